import { ConfigError } from '../errors.js';
import { checkEdgeAgentDesired } from './check-edge-agent.js';
import { checkEdgeHubDesired } from './check-edge-hub.js';
import { parseCreateOptions } from './create-options.js';
import type {
  DeviceManifest,
  EdgeHubSpec,
  EnvSetting,
  ImagePullPolicy,
  ModuleSpec,
  ModuleStatus,
  ModuleTwinSpec,
  RegistryCredential,
  RestartPolicy,
  RouteSpec,
} from './device-manifest.js';
import { MODULES_CONTENT_PATH } from './edge-deployment.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json.js';
import { jsonPathOf } from './json-path.js';
import { locateSource } from './locate-source.js';
import type { MergedDesired } from './merged-desired.js';
import { problemsToErrors, type Problem } from './problem.js';
import type { SourceRef } from './source-ref.js';
import { stripTwinMetadata } from './strip-twin-metadata.js';
import { compareOrdinal } from '../ordinal-compare.js';

/** Result of parseDeviceManifest. */
export interface ParsedDeviceManifest {
  /** Null when `errors` is not empty: the device keeps its last good output. */
  readonly manifest: DeviceManifest | null;
  readonly errors: ConfigError[];
  /** Findings the IoT Edge runtime ignores (unknown properties); never stop the device. */
  readonly warnings: ConfigError[];
}

/** storeAndForwardConfiguration.timeToLiveSecs when the manifest gives none (IoT Edge default). */
export const DEFAULT_TIME_TO_LIVE_SECS = 7200;

const AGENT = '$edgeAgent';
const HUB = '$edgeHub';
const STATUSES: readonly string[] = ['running', 'stopped'];
const RESTART_POLICIES: readonly string[] = ['always', 'never', 'on-failure', 'on-unhealthy'];
const PULL_POLICIES: readonly string[] = ['on-create', 'never'];

/**
 * Turns one device's merged desired documents (targeting's MergedDesired: base plus layers) into the
 * typed DeviceManifest, re-running on the merged result the same checks validateDeployment runs on
 * each deployment (schema of the base's schemaVersions, module names, createOptions chunks, routes),
 * because layering can break what each deployment alone got right: a layer that adds a partial module
 * (spec §10.9), a nested `createOptions01` write that leaves a gap, an object-form route layered onto a
 * 1.0 `$edgeHub`. Every error names the configuration that wrote the offending value, the device, the
 * module and the JSON path inside that configuration (locateSource). The 50-module quota is per
 * deployment and is not re-checked here.
 *
 * Every ModuleSpec, EnvSetting, RouteSpec, RegistryCredential and ModuleTwinSpec carries the SourceRef
 * of the write that supplied it (sourceOf's rule, with the path extended down to the value); the
 * EdgeHubSpec names the write of the whole `$edgeHub` document (the base). Defaults: type docker,
 * status running, restartPolicy always. `$metadata` / `$version` are stripped from every twin. Images
 * are kept as written, trimmed (translate decides about a missing tag). Modules, routes, credentials and
 * module twins are sorted by name (ordinal).
 */
export function parseDeviceManifest(merged: MergedDesired, deviceId: string): ParsedDeviceManifest {
  const errors: ConfigError[] = [];
  const warnings: ConfigError[] = [];
  const twins: Record<string, JsonObject> = {};
  for (const [name, desired] of Object.entries(merged.twins)) _define(twins, name, stripTwinMetadata(desired));

  const convert = (twin: string, problems: readonly Problem[]): void => {
    const result = problemsToErrors(problems, [], (path) => locateSource(merged, twin, path), { deviceId });
    errors.push(...result.errors);
    warnings.push(...result.warnings);
  };

  const agentDoc = twins[AGENT];
  const hubDoc = twins[HUB];
  for (const [twin, doc] of [[AGENT, agentDoc], [HUB, hubDoc]] as const) {
    if (doc === undefined) {
      errors.push(
        new ConfigError(`no ${twin}["properties.desired"]: only a base deployment supplies it, and none was merged for this device`, {
          stage: 'model',
          configurationId: merged.writes[0]?.source.configurationId ?? '',
          deviceId,
          module: twin,
          jsonPath: jsonPathOf(MODULES_CONTENT_PATH, twin),
        }),
      );
    }
  }
  if (agentDoc === undefined || hubDoc === undefined) return { manifest: null, errors, warnings };

  const agentProblems: Problem[] = [];
  const agentVersion = checkEdgeAgentDesired(agentDoc, agentProblems, { moduleLimit: false });
  convert(AGENT, agentProblems);
  const hubProblems: Problem[] = [];
  const hub = checkEdgeHubDesired(hubDoc, hubProblems);
  convert(HUB, hubProblems);
  if (errors.length > 0 || agentVersion === undefined || hub.version === undefined) return { manifest: null, errors, warnings };

  const at = (twin: string, path: readonly string[]): SourceRef => locateSource(merged, twin, path);
  const system = agentDoc['systemModules'] as JsonObject;
  const modules = agentDoc['modules'] as JsonObject;
  const runtimeSettings = isJsonObject(agentDoc['runtime']) ? (agentDoc['runtime']['settings'] as JsonValue | undefined) : undefined;
  const credentials = isJsonObject(runtimeSettings) && isJsonObject(runtimeSettings['registryCredentials']) ? runtimeSettings['registryCredentials'] : {};

  const routes: RouteSpec[] = hub.routes.map((entry) => ({
    name: entry.name,
    route: entry.route,
    ...(entry.priority !== undefined ? { priority: entry.priority } : {}),
    ...(entry.timeToLiveSecs !== undefined ? { timeToLiveSecs: entry.timeToLiveSecs } : {}),
    modules: entry.parsed.modules,
    source: at(HUB, ['routes', entry.name]),
  }));
  const storeAndForward = hubDoc['storeAndForwardConfiguration'];
  const ttl = isJsonObject(storeAndForward) ? storeAndForward['timeToLiveSecs'] : undefined;
  const hubSpec: EdgeHubSpec = {
    schemaVersion: hub.version,
    routes: routes.sort((a, b) => compareOrdinal(a.name, b.name)),
    timeToLiveSecs: typeof ttl === 'number' ? ttl : DEFAULT_TIME_TO_LIVE_SECS,
    ...(hubDoc['mqttBroker'] !== undefined ? { mqttBroker: hubDoc['mqttBroker'] } : {}),
    raw: hubDoc,
    source: _wholeDocumentSource(merged, HUB),
  };

  const manifest: DeviceManifest = {
    agentSchemaVersion: agentVersion,
    edgeAgent: _moduleSpec('$edgeAgent', true, system['edgeAgent'] as JsonObject, ['systemModules', 'edgeAgent'], at),
    edgeHub: _moduleSpec('$edgeHub', true, system['edgeHub'] as JsonObject, ['systemModules', 'edgeHub'], at),
    modules: Object.keys(modules)
      .sort(compareOrdinal)
      .map((name) => _moduleSpec(name, false, modules[name] as JsonObject, ['modules', name], at)),
    registryCredentials: Object.keys(credentials)
      .sort(compareOrdinal)
      .map((name) => _credential(name, credentials[name] as JsonObject, at(AGENT, ['runtime', 'settings', 'registryCredentials', name]))),
    hub: hubSpec,
    moduleTwins: Object.keys(twins)
      .filter((name) => name !== AGENT && name !== HUB)
      .sort(compareOrdinal)
      .map((name): ModuleTwinSpec => ({ module: name, desired: twins[name]!, source: at(name, []) })),
  };
  return { manifest, errors, warnings };
}

/** One module; the schema check already guaranteed the shapes, so only defaults are applied here. */
function _moduleSpec(
  name: string,
  system: boolean,
  module: JsonObject,
  path: readonly string[],
  at: (twin: string, path: readonly string[]) => SourceRef,
): ModuleSpec {
  const settings = isJsonObject(module['settings']) ? module['settings'] : {};
  const { options, form, readings } = parseCreateOptions(settings, []);
  const envValue = module['env'];
  const env: EnvSetting[] = [];
  if (isJsonObject(envValue)) {
    // Twin JSON objects carry no key order (IoT Hub and snapshots may reorder keys): sort so that the
    // output depends only on the content.
    for (const key of Object.keys(envValue).sort(compareOrdinal)) {
      const entry = envValue[key]!;
      const value = isJsonObject(entry) ? entry['value'] : undefined;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        env.push({ name: key, value, source: at(AGENT, [...path, 'env', key]) });
      }
    }
  }
  const status = module['status'];
  const restartPolicy = module['restartPolicy'];
  const imagePullPolicy = module['imagePullPolicy'];
  const startupOrder = module['startupOrder'];
  const version = module['version'];
  const image = settings['image'];
  return {
    name,
    system,
    type: typeof module['type'] === 'string' ? module['type'] : 'docker',
    ...(typeof version === 'string' ? { version } : {}),
    status: typeof status === 'string' && STATUSES.includes(status) ? (status as ModuleStatus) : 'running',
    restartPolicy: typeof restartPolicy === 'string' && RESTART_POLICIES.includes(restartPolicy) ? (restartPolicy as RestartPolicy) : 'always',
    ...(typeof imagePullPolicy === 'string' && PULL_POLICIES.includes(imagePullPolicy) ? { imagePullPolicy: imagePullPolicy as ImagePullPolicy } : {}),
    ...(typeof startupOrder === 'number' ? { startupOrder } : {}),
    image: typeof image === 'string' ? image.trim() : '',
    createOptions: options,
    createOptionsForm: form,
    createOptionsReadings: readings,
    env,
    source: at(AGENT, path),
    raw: module,
  };
}

function _credential(name: string, value: JsonObject, source: SourceRef): RegistryCredential {
  const text = (key: string): string => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return { name, address: text('address'), username: text('username'), password: text('password'), source };
}

/** The write of a twin's whole desired document (the base's), else the first write of that twin. */
function _wholeDocumentSource(merged: MergedDesired, twin: string): SourceRef {
  const whole = merged.writes.find((w) => w.twin === twin && w.path.length === 0) ?? merged.writes.find((w) => w.twin === twin);
  return whole?.source ?? locateSource(merged, twin, []);
}

function _define(target: Record<string, JsonObject>, key: string, value: JsonObject): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
