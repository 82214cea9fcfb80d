import { ConfigError } from '../errors.js';
import { unwritableTextReason } from './unwritable-text.js';
import type { EdgeDeployment } from './edge-deployment.js';
import type { EdgeDevice } from './edge-device.js';
import type { HubModel } from './hub-model.js';
import type { HubSnapshot } from './hub-snapshot.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json.js';
import { MAX_JSON_DEPTH, findTooDeep } from './json-depth.js';
import { jsonPathOf } from './json-path.js';
import { validateDeployment } from './validate-deployment.js';
import { compareOrdinal } from '../ordinal-compare.js';

/**
 * Reads a raw snapshot into typed deployments and devices (issue 2 §2, spec §1–§3).
 *
 * Configurations are read exactly as `GET /configurations` returns them: an item is an edge deployment
 * iff `content.modulesContent` is a non-null JSON object; other items (ADM `deviceContent` /
 * `moduleContent` configurations) are listed in `ignoredConfigurations`. The kind is `base` iff
 * `modulesContent.$edgeAgent["properties.desired"]` is an object, otherwise `layered`.
 *
 * Shape errors name the configuration id (or `configurations[i]` when it has none) and the JSON path:
 * - unusable (in `errors`, not in `deployments`): item not an object, id missing / not a non-empty string,
 *   priority not an integer, targetCondition not a string, modulesContent present but not an object;
 * - usable but broken (in `deploymentErrors`, still in `deployments` so that targeting can tell which
 *   devices it would have applied to): createdTimeUtc not a string, etag not a string, labels not a map
 *   of strings, a later configuration with the same id (the later one is dropped), content nested deeper
 *   than MAX_JSON_DEPTH (its modulesContent is replaced by `{}` and not validated: later stages walk it
 *   recursively), and everything validateDeployment finds.
 * Defaults: priority 0, targetCondition '' (matches nothing), createdTimeUtc '' (oldest), etag null, labels {}.
 *
 * Twins are read as `POST /devices/query` returns them: `capabilities.iotEdge === true` makes an
 * EdgeDevice, any other twin is listed in `ignoredDevices`. A twin without a string deviceId and a
 * repeated deviceId (the later twin is dropped) are `errors`.
 *
 * Deployments are sorted by id, devices and ignored lists by id (ordinal, never re-cased).
 */
export function loadModel(snapshot: HubSnapshot): HubModel {
  const errors: ConfigError[] = [];
  const unusableDeployments: ConfigError[] = [];
  const deploymentErrors = new Map<string, ConfigError[]>();
  const deploymentWarnings = new Map<string, ConfigError[]>();
  const deployments = new Map<string, EdgeDeployment>();
  const ignoredConfigurations: string[] = [];

  snapshot.configurations.forEach((item, index) => {
    const read = _readConfiguration(item, index);
    if (read.kind === 'ignored') {
      if (read.id !== undefined) ignoredConfigurations.push(read.id);
      return;
    }
    if (read.kind === 'unusable') {
      errors.push(...read.errors);
      unusableDeployments.push(...read.errors);
      return;
    }
    const { deployment } = read;
    const own = [...read.errors];
    if (deployments.has(deployment.id)) {
      own.push(_error(`duplicate configuration id '${deployment.id}' (also at configurations[${deployments.get(deployment.id)!.index}]); this copy is ignored`, deployment.id, `configurations[${index}].id`));
      errors.push(...own);
      _append(deploymentErrors, deployment.id, [own[own.length - 1]!]);
      return;
    }
    deployments.set(deployment.id, deployment);
    const warnings: ConfigError[] = [];
    if (read.validate) own.push(...validateDeployment(deployment, warnings));
    _append(deploymentErrors, deployment.id, own);
    _append(deploymentWarnings, deployment.id, warnings);
  });

  const devices = new Map<string, EdgeDevice>();
  const ignoredDevices: string[] = [];
  const seenDevices = new Map<string, number>();
  snapshot.devices.forEach((twin, index) => {
    if (!isJsonObject(twin)) {
      errors.push(_error(`a device twin must be an object`, undefined, `devices[${index}]`));
      return;
    }
    const deviceId = twin['deviceId'];
    if (typeof deviceId !== 'string' || deviceId === '') {
      errors.push(_error(`a device twin needs a non-empty string deviceId`, undefined, `devices[${index}].deviceId`));
      return;
    }
    const unwritable = unwritableTextReason(deviceId);
    if (unwritable !== null) {
      errors.push(_error(`the deviceId ${unwritable}; this twin is ignored`, undefined, `devices[${index}].deviceId`));
      return;
    }
    const first = seenDevices.get(deviceId);
    if (first !== undefined) {
      errors.push(
        new ConfigError(`duplicate deviceId '${deviceId}' (also at devices[${first}]); this twin is ignored`, {
          stage: 'model',
          deviceId,
          jsonPath: `devices[${index}].deviceId`,
        }),
      );
      return;
    }
    seenDevices.set(deviceId, index);
    const capabilities = twin['capabilities'];
    if (!isJsonObject(capabilities) || capabilities['iotEdge'] !== true) {
      ignoredDevices.push(deviceId);
      return;
    }
    const tags = twin['tags'];
    devices.set(deviceId, { deviceId, twin, tags: isJsonObject(tags) ? tags : {}, index });
  });

  return {
    hub: snapshot.hub,
    hostName: snapshot.hostName ?? `${snapshot.hub}.azure-devices.net`,
    deployments: [...deployments.values()].sort((a, b) => compareOrdinal(a.id, b.id)),
    devices: [...devices.values()].sort((a, b) => compareOrdinal(a.deviceId, b.deviceId)),
    ignoredConfigurations: [...new Set(ignoredConfigurations)].sort(compareOrdinal),
    ignoredDevices: ignoredDevices.sort(compareOrdinal),
    deploymentErrors,
    deploymentWarnings,
    unusableDeployments,
    errors,
  };
}

type ReadConfiguration =
  | { kind: 'ignored'; id?: string }
  | { kind: 'unusable'; errors: ConfigError[] }
  | { kind: 'deployment'; deployment: EdgeDeployment; errors: ConfigError[]; validate: boolean };

function _readConfiguration(item: JsonValue, index: number): ReadConfiguration {
  const where = `configurations[${index}]`;
  if (!isJsonObject(item)) return { kind: 'unusable', errors: [_error('a configuration must be an object', where, where)] };
  const rawId = item['id'];
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
  const content = item['content'];
  const modulesContent = isJsonObject(content) ? content['modulesContent'] : undefined;
  if (modulesContent === undefined || modulesContent === null) return id === undefined ? { kind: 'ignored' } : { kind: 'ignored', id };

  const name = id ?? where;
  const unusable: ConfigError[] = [];
  const broken: ConfigError[] = [];
  if (id === undefined) unusable.push(_error(`configuration id must be a non-empty string`, name, 'id'));
  if (!isJsonObject(modulesContent)) unusable.push(_error(`content.modulesContent must be an object`, name, 'content.modulesContent'));

  const rawPriority = item['priority'] ?? 0;
  if (typeof rawPriority !== 'number' || !Number.isInteger(rawPriority)) {
    unusable.push(_error(`priority must be an integer (got ${JSON.stringify(rawPriority)})`, name, 'priority'));
  }
  const rawCondition = item['targetCondition'] ?? '';
  if (typeof rawCondition !== 'string') unusable.push(_error(`targetCondition must be a string`, name, 'targetCondition'));
  if (unusable.length > 0) return { kind: 'unusable', errors: unusable };

  const rawCreated = item['createdTimeUtc'] ?? '';
  if (typeof rawCreated !== 'string') broken.push(_error(`createdTimeUtc must be an ISO-8601 string`, name, 'createdTimeUtc'));
  const rawEtag = item['etag'] ?? null;
  if (rawEtag !== null && typeof rawEtag !== 'string') broken.push(_error(`etag must be a string`, name, 'etag'));
  const labels: Record<string, string> = {};
  const rawLabels = item['labels'] ?? {};
  if (!isJsonObject(rawLabels)) {
    broken.push(_error(`labels must be a map of strings`, name, 'labels'));
  } else {
    for (const [key, value] of Object.entries(rawLabels)) {
      if (typeof value === 'string') labels[key] = value;
      else broken.push(_error(`label '${key}' must be a string`, name, jsonPathOf('labels', key)));
    }
  }

  let mc = modulesContent as JsonObject;
  const agent = mc['$edgeAgent'];
  const kind = isJsonObject(agent) && isJsonObject(agent['properties.desired']) ? 'base' : 'layered';
  const tooDeep = findTooDeep(mc, MAX_JSON_DEPTH - 2);
  if (tooDeep !== null) {
    // Every later stage walks this content recursively: keep the deployment (so the devices it applies to
    // keep their last good output) but not its content. Name the first levels only: the full path is as
    // long as the nesting.
    broken.push(_error(`content is nested deeper than ${MAX_JSON_DEPTH} levels under this path (IoT Hub allows 10 in a twin)`, name, jsonPathOf('content.modulesContent', ...tooDeep.slice(0, 6))));
    mc = {};
  }
  return {
    kind: 'deployment',
    errors: broken,
    validate: tooDeep === null,
    deployment: {
      id: id!,
      kind,
      priority: rawPriority as number,
      createdTimeUtc: typeof rawCreated === 'string' ? rawCreated : '',
      etag: typeof rawEtag === 'string' ? rawEtag : null,
      targetCondition: rawCondition as string,
      modulesContent: mc,
      labels,
      index,
    },
  };
}

function _error(message: string, configurationId: string | undefined, jsonPath: string): ConfigError {
  return new ConfigError(message, { stage: 'model', ...(configurationId !== undefined ? { configurationId } : {}), jsonPath });
}

function _append(map: Map<string, ConfigError[]>, id: string, list: readonly ConfigError[]): void {
  if (list.length === 0) return;
  map.set(id, [...(map.get(id) ?? []), ...list]);
}
