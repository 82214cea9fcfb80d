import type { ModuleSpec } from '../model/device-manifest.js';
import type { JsonObject, JsonValue } from '../model/json.js';
import { redactCreateOptions } from '../model/redact-create-options.js';
import { applyCreateOptions } from './create-options/index.js';
import { resolveMountPaths } from './resolve-mount-paths.js';
import { sortJsonKeys } from '../model/sort-json-keys.js';
import type {
  ContainerSecurityIntent,
  EnvVarIntent,
  ExternalSecretIntent,
  PersistentVolumeClaimIntent,
  ResourcesIntent,
  ServiceIntent,
  StringMap,
  VolumeIntent,
  WorkloadIntent,
} from './device-intent.js';
import { EDGEHUB_CONFIG_DIR, EDGEHUB_CONFIG_MAP } from './edge-hub.js';
import { ANNOTATION_VERSION, moduleAnnotations, moduleLabels, moduleSelectorLabels } from './labels.js';
import { LedgerRecorder } from './ledger-recorder.js';
import { buildModuleEnv } from './module-env.js';
import { SETTING_HANDLERS, type SettingsDraft } from './module-settings.js';
import { TWIN_DIR } from './module-twins.js';
import { EDGEHUB_CERT_DIR, IDENTITY_SECRET, imageRegistry, MODULE_CERT_DIR } from './secrets.js';
import { GATEWAY_HOST_NAME } from '../names.js';
import { edgeHubCertificateEnv, edgeHubCertificateVolume, moduleCaFile, moduleCaVolume } from './edge-hub-certificate.js';
import type { ResolvedTranslateOptions } from './translate-options.js';
import type { SecretValueSource } from './secret-value-source.js';
import { addVolume, newWorkloadDraft, type WorkloadDraft } from './workload-draft.js';
import { compareOrdinal } from '../ordinal-compare.js';

/** Everything a module translation needs from the device. */
export interface ModuleContext {
  readonly deviceId: string;
  readonly options: ResolvedTranslateOptions;
  /** dnsLabel of the module name, unique in the device. */
  readonly resourceName: string;
  readonly isEdgeHub: boolean;
  /** Registry host → pull Secret name, for the credentials of this device. */
  readonly pullSecrets: ReadonlyMap<string, string>;
  readonly registryPasswords: ReadonlySet<string>;
  /** Name of the module's twin ConfigMap, when its twin has desired properties in the deployment. */
  readonly twinConfigMap?: string;
  readonly deviceLabels: StringMap;
  readonly deviceAnnotations: StringMap;
  /** What `$upstream` in an image stands for on this device, and where that came from. @default undefined (nothing) */
  readonly upstream?: UpstreamHost;
}

/** The registry host of a nested-edge device's parent. */
export interface UpstreamHost {
  readonly host: string;
  /** `flag`: --upstream-host; `parent`: the parent device id of the twin's parentScopes. */
  readonly from: 'flag' | 'parent';
}

/** A module's objects and its ledger. */
export interface ModuleTranslation {
  readonly workload: WorkloadIntent;
  readonly pvcs: readonly PersistentVolumeClaimIntent[];
  /** `<module>-env` when some env values are credentials. */
  readonly envSecret?: ExternalSecretIntent;
  /** Secret key of this module's connection string in the identity Secret. */
  readonly identityKey: string;
  /** Where the deployment holds the value of each remote key `envSecret` reads. */
  readonly secretSources: readonly SecretValueSource[];
  readonly recorder: LedgerRecorder;
}

/** Secret key of a module's connection string inside `iotedge-identity`. */
export function identityKeyOf(resourceName: string): string {
  return `${resourceName}-connection-string`;
}

function _runtimeEnv(module: ModuleSpec, ctx: ModuleContext): EnvVarIntent[] {
  const identity = { name: IDENTITY_SECRET, key: identityKeyOf(ctx.resourceName) };
  const env: EnvVarIntent[] = [
    { name: 'IOTEDGE_DEVICEID', value: ctx.deviceId },
    { name: 'IOTEDGE_MODULEID', value: module.name },
    { name: 'IOTEDGE_IOTHUBHOSTNAME', value: ctx.options.hostName },
  ];
  if (ctx.isEdgeHub) {
    env.push({ name: 'IotHubConnectionString', secretKeyRef: identity }, ...edgeHubCertificateEnv(ctx.options.certificates));
  } else {
    env.push(
      { name: 'IOTEDGE_GATEWAYHOSTNAME', value: GATEWAY_HOST_NAME },
      { name: 'EdgeHubConnectionString', secretKeyRef: identity },
      { name: 'EdgeModuleCACertificateFile', value: moduleCaFile(ctx.options.certificates) },
    );
  }
  return env;
}

function _systemVolumes(draft: WorkloadDraft, ctx: ModuleContext): void {
  const mount = (volume: VolumeIntent, mountPath: string): void => {
    const name = addVolume(draft, volume);
    draft.mounts.push({ name, mountPath, readOnly: true });
  };
  if (ctx.isEdgeHub) {
    mount(edgeHubCertificateVolume(ctx.options.certificates), EDGEHUB_CERT_DIR);
    mount({ name: 'iotedge-edgehub-config', configMap: { name: EDGEHUB_CONFIG_MAP } }, EDGEHUB_CONFIG_DIR);
  } else {
    mount(moduleCaVolume(ctx.options.certificates), MODULE_CERT_DIR);
  }
  if (ctx.twinConfigMap !== undefined) mount({ name: 'iotedge-twin', configMap: { name: ctx.twinConfigMap } }, TWIN_DIR);
}

function _byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function _security(draft: WorkloadDraft): ContainerSecurityIntent {
  const s = draft.security;
  const caps = s.capabilities;
  return {
    ...(s.privileged !== undefined ? { privileged: s.privileged } : {}),
    ...(s.readOnlyRootFilesystem === true ? { readOnlyRootFilesystem: true } : {}),
    ...(s.runAsUser !== undefined ? { runAsUser: s.runAsUser } : {}),
    ...(s.runAsGroup !== undefined ? { runAsGroup: s.runAsGroup } : {}),
    ...(s.allowPrivilegeEscalation !== undefined ? { allowPrivilegeEscalation: s.allowPrivilegeEscalation } : {}),
    ...(caps !== undefined ? { capabilities: { ...(caps.add !== undefined ? { add: caps.add } : {}), ...(caps.drop !== undefined ? { drop: caps.drop } : {}) } } : {}),
    ...(s.seccompProfile !== undefined ? { seccompProfile: s.seccompProfile } : {}),
    ...(s.seLinuxOptions !== undefined ? { seLinuxOptions: s.seLinuxOptions } : {}),
    ...(s.appArmorProfile !== undefined ? { appArmorProfile: s.appArmorProfile } : {}),
  };
}

function _resources(draft: WorkloadDraft): ResourcesIntent | undefined {
  const r = draft.resourcesOverride ?? { limits: draft.limits, requests: draft.requests };
  const limits = r.limits !== undefined && Object.keys(r.limits).length > 0 ? _sortedMap(r.limits) : undefined;
  const requests = r.requests !== undefined && Object.keys(r.requests).length > 0 ? _sortedMap(r.requests) : undefined;
  if (limits === undefined && requests === undefined) return undefined;
  return { ...(limits !== undefined ? { limits } : {}), ...(requests !== undefined ? { requests } : {}) };
}

function _sortedMap(map: Readonly<Record<string, string>>): StringMap {
  const out: Record<string, string> = {};
  for (const k of Object.keys(map).sort()) out[k] = map[k] as string;
  return out;
}

function _sortedJson(map: Readonly<Record<string, JsonValue>>): JsonObject {
  return sortJsonKeys(map as JsonObject) as JsonObject;
}

const PROTOCOL_ORDER = { TCP: 0, UDP: 1, SCTP: 2 } as const;

/**
 * Translates one module (user module or edgeHub) into a WorkloadIntent: module settings, createOptions,
 * env with runtime variables and identity, volumes, Service. Input errors and ledger entries are in the
 * returned recorder; the caller decides whether the device can be written.
 */
export function translateModule(module: ModuleSpec, ctx: ModuleContext): ModuleTranslation {
  const rec = new LedgerRecorder(ctx.deviceId, module.name, module.source);
  const draft = newWorkloadDraft();
  const hub = ctx.options.hub;
  _systemVolumes(draft, ctx);

  if (module.createOptions !== null) {
    // Credentials are replaced by the marker before any handler reads createOptions, by the rule snapshot
    // redaction applies: translation never needs their values (env and arguments become references), nothing
    // can write one, and a redacted snapshot translates exactly like the live hub.
    const createOptions = redactCreateOptions(module.createOptions, ctx.registryPasswords, (path, reason) => {
      if (reason === 'credential-shaped value' || reason === 'registry password value') {
        if (path[0] === 'Env' || path[0] === 'Labels') return;
        rec.record(`createOptions.${path.join('.')}`, 'dropped', '', 'A credential: its value is not written (the marker stands in its place), and this field cannot read the secret store.', ['settings', 'createOptions', ...path]);
      }
    });
    applyCreateOptions(createOptions, {
      draft,
      recorder: rec,
      options: ctx.options,
      deviceLabels: ctx.deviceLabels,
      deviceAnnotations: ctx.deviceAnnotations,
    });
  }
  resolveMountPaths(draft, rec);
  const settings: SettingsDraft = { replicas: 1, image: module.image.trim(), hasHealthcheck: draft.hasHealthcheck, ...(ctx.upstream !== undefined ? { upstream: ctx.upstream } : {}) };
  for (const handler of SETTING_HANDLERS) handler.apply(module, settings, rec);

  draft.runtimeEnv = _runtimeEnv(module, ctx);
  const envSecretName = `${ctx.resourceName}-env`;
  const moduleEnv = buildModuleEnv(module, draft, rec, { hub, deviceId: ctx.deviceId, envSecretName, registryPasswords: ctx.registryPasswords });
  rec.record(
    'runtime identity',
    'approximate',
    `containers[].env ${ctx.isEdgeHub ? 'IotHubConnectionString' : 'EdgeHubConnectionString'} (Secret ${IDENTITY_SECRET})`,
    'No IoT Edge security daemon, so no workload API (IOTEDGE_WORKLOADURI, IOTEDGE_AUTHSCHEME): the module authenticates with a connection string from the secret store, as the IoT Edge simulator does.',
    [],
  );

  const labels = moduleLabels(hub, ctx.deviceId, ctx.resourceName);
  const annotations: Record<string, string> = { ...moduleAnnotations(hub, ctx.deviceId, module.name) };
  if (settings.version !== undefined) annotations[ANNOTATION_VERSION] = settings.version;
  const podAnnotations = _sortedMap({ ...draft.labelAnnotations, ...annotations });

  const registry = imageRegistry(settings.image);
  const pullSecret = ctx.pullSecrets.get(registry);

  const servicePorts = [...draft.servicePorts.values()].sort((a, b) => a.port - b.port || PROTOCOL_ORDER[a.protocol] - PROTOCOL_ORDER[b.protocol]);
  const service: ServiceIntent | undefined =
    servicePorts.length === 0
      ? undefined
      : {
          type: draft.serviceType ?? 'ClusterIP',
          ports: servicePorts,
          ...(draft.loadBalancerIP !== undefined ? { loadBalancerIP: draft.loadBalancerIP } : {}),
          annotations: _sortedMap(draft.labelAnnotations),
        };
  if (service === undefined && (draft.serviceType !== undefined || draft.loadBalancerIP !== undefined)) {
    rec.revise('k8s-experimental.serviceOptions', 'dropped', '', 'serviceOptions without any port: no Service is created.', ['settings', 'createOptions', 'k8s-experimental', 'serviceOptions']);
  }

  const dns = draft.dnsConfig;
  const dnsConfig: JsonObject | undefined =
    dns.nameservers === undefined && dns.searches === undefined && dns.options === undefined
      ? undefined
      : {
          ...(dns.nameservers !== undefined ? { nameservers: dns.nameservers } : {}),
          ...(dns.options !== undefined ? { options: dns.options } : {}),
          ...(dns.searches !== undefined ? { searches: dns.searches } : {}),
        };

  const workload: WorkloadIntent = {
    module: module.name,
    name: ctx.resourceName,
    labels,
    selectorLabels: moduleSelectorLabels(ctx.deviceId, ctx.resourceName),
    annotations: _sortedMap(annotations),
    podAnnotations,
    replicas: settings.replicas,
    container: {
      name: ctx.resourceName,
      image: settings.image,
      ...(settings.imagePullPolicy !== undefined ? { imagePullPolicy: settings.imagePullPolicy } : {}),
      ...(draft.command !== undefined ? { command: draft.command } : {}),
      ...(draft.args !== undefined ? { args: draft.args } : {}),
      ...(draft.workingDir !== undefined ? { workingDir: draft.workingDir } : {}),
      env: moduleEnv.env,
      ports: [...draft.containerPorts.values()].sort((a, b) => a.containerPort - b.containerPort || PROTOCOL_ORDER[a.protocol] - PROTOCOL_ORDER[b.protocol]),
      volumeMounts: [...draft.mounts].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : _byName(a, b))),
      securityContext: _security(draft),
      ...(_resources(draft) !== undefined ? { resources: _resources(draft) } : {}),
      ...(draft.livenessProbe !== undefined ? { livenessProbe: draft.livenessProbe } : {}),
      ...(draft.tty !== undefined ? { tty: draft.tty } : {}),
      ...(draft.stdin !== undefined ? { stdin: draft.stdin } : {}),
    },
    pod: {
      ...(draft.hostNetwork !== undefined ? { hostNetwork: draft.hostNetwork } : {}),
      ...(draft.dnsPolicy !== undefined ? { dnsPolicy: draft.dnsPolicy } : {}),
      ...(draft.hostIPC !== undefined ? { hostIPC: draft.hostIPC } : {}),
      ...(draft.hostPID !== undefined ? { hostPID: draft.hostPID } : {}),
      ...(draft.hostname !== undefined ? { hostname: draft.hostname } : {}),
      ...(draft.subdomain !== undefined ? { subdomain: draft.subdomain } : {}),
      ...(draft.hostAliases.size > 0
        ? { hostAliases: [...draft.hostAliases.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([ip, hostnames]) => ({ ip, hostnames: [...hostnames].sort() })) }
        : {}),
      ...(dnsConfig !== undefined ? { dnsConfig } : {}),
      ...(draft.nodeSelector !== undefined ? { nodeSelector: _sortedMap(draft.nodeSelector) } : {}),
      ...(Object.keys(draft.podSecurity).length > 0 ? { securityContext: _sortedJson(draft.podSecurity) } : {}),
      imagePullSecrets: pullSecret !== undefined ? [pullSecret] : [],
      volumes: [...draft.volumes.values()].sort(_byName),
      ...(draft.terminationGracePeriodSeconds !== undefined ? { terminationGracePeriodSeconds: draft.terminationGracePeriodSeconds } : {}),
      ...(draft.runtimeClassName !== undefined ? { runtimeClassName: draft.runtimeClassName } : {}),
    },
    ...(draft.strategy !== undefined ? { strategy: draft.strategy } : {}),
    ...(service !== undefined ? { service } : {}),
  };

  const envSecret: ExternalSecretIntent | undefined =
    moduleEnv.secrets.length === 0
      ? undefined
      : {
          name: envSecretName,
          labels,
          annotations: moduleAnnotations(hub, ctx.deviceId, module.name),
          storeRef: ctx.options.secretStore,
          data: [...moduleEnv.secrets].sort((a, b) => (a.secretKey < b.secretKey ? -1 : a.secretKey > b.secretKey ? 1 : 0)),
        };

  return {
    workload,
    pvcs: [...draft.pvcs.values()],
    ...(envSecret !== undefined ? { envSecret } : {}),
    identityKey: identityKeyOf(ctx.resourceName),
    secretSources: moduleEnv.sources,
    recorder: rec,
  };
}
