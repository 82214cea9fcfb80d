import { ConfigError, ConfigErrors, InternalError } from '../errors.js';
import type { ModuleSpec } from '../model/device-manifest.js';
import type { DeviceTarget } from '../targeting/device-target.js';
import type { ConfigMapIntent, DeviceIdentity, DeviceIntent, ExternalSecretIntent, PersistentVolumeClaimIntent, WorkloadIntent } from './device-intent.js';
import { translateEdgeHub } from './edge-hub.js';
import { deviceAnnotations, deviceLabels, moduleAnnotations, moduleLabels } from './labels.js';
import type { LedgerEntry } from './ledger.js';
import { LedgerRecorder } from './ledger-recorder.js';
import { translateModuleTwins, twinConfigMapName } from './module-twins.js';
import { dnsLabel } from '../names.js';
import { remoteKeyCollisions } from './remote-key-collisions.js';
import { edgeHubCertificate } from './edge-hub-certificate.js';
import {
  deviceCertKey,
  EDGE_CHAIN_CA_FILE,
  EDGE_DEVICE_CA_FILE,
  EDGEHUB_CERTS_SECRET,
  EDGEHUB_SERVER_PFX_FILE,
  IDENTITY_SECRET,
  MODULE_CA_SECRET,
  moduleConnectionStringKey,
  registryExternalSecret,
  registryHost,
} from './secrets.js';
import { translateModule, type UpstreamHost } from './translate-module.js';
import { resolveTranslateOptions, type TranslateOptions } from './translate-options.js';
import { parentDeviceId } from '../model/parent-device.js';
import { devicePodSecurity, podSecurityLimitErrors } from './device-pod-security.js';
import { deviceIsolation } from './device-isolation.js';
import { compareOrdinal } from '../ordinal-compare.js';
import type { SecretValueSource } from './secret-value-source.js';

/** Ledger key of the by-design edgeAgent entry, which `strict` never counts. */
export const EDGE_AGENT_KEY = 'systemModules.edgeAgent';

/** The result of translating one device. */
export interface DeviceTranslation {
  readonly intent: DeviceIntent;
  /** Sorted by module, key, JSON path. */
  readonly ledger: LedgerEntry[];
  /**
   * Each remote key of the ExternalSecrets whose value the deployment holds (registry passwords, credential env
   * values and arguments), with where it holds it, sorted by remote key: what `provision` writes.
   */
  readonly secretSources: readonly SecretValueSource[];
}


function _throwAll(errors: readonly ConfigError[], deviceId: string): never {
  if (errors.length === 1) throw errors[0] as ConfigError;
  throw new ConfigErrors(errors, { stage: 'translate', deviceId });
}

/**
 * Translates one targeted device into the Kubernetes objects of its namespace, plus the fidelity ledger.
 * Throws ConfigError (ConfigErrors when several) on bad input — invalid image, unsupported module type,
 * module names that collide after sanitizing, a route that does not parse — and, with `strict`, when any
 * field was dropped (except the by-design edgeAgent entry and Docker-default values). The caller then
 * keeps the device's last good output. Never writes a secret value anywhere. `identity` is the device's place
 * (`deviceIdentity`), carried into the intent as it is.
 */
export function translateDevice(target: DeviceTarget, identity: DeviceIdentity, options: TranslateOptions): DeviceTranslation {
  const manifest = target.manifest;
  const { deviceId, namespace } = identity;
  if (manifest === null) throw new InternalError('translateDevice called for a device without a manifest', { stage: 'translate', deviceId });
  const opts = resolveTranslateOptions(options);
  const hub = opts.hub;
  const devLabels = deviceLabels(hub, deviceId);
  const devAnnotations = deviceAnnotations(hub, deviceId);
  const errors: ConfigError[] = [];
  const entries: LedgerEntry[] = [];

  // Resource names: one per module, edgeHub included; collisions after sanitizing are an error.
  const modules: ModuleSpec[] = [manifest.edgeHub, ...manifest.modules];
  const resourceNames = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const m of modules) {
    const name = dnsLabel(m.name);
    const context = { stage: 'translate', configurationId: m.source.configurationId, deviceId, module: m.name, jsonPath: m.source.jsonPath };
    if (name === '') {
      errors.push(new ConfigError(`module name '${m.name}' has no letter or digit: no Kubernetes name can be made from it`, context));
      continue;
    }
    const other = owners.get(name);
    if (other !== undefined) {
      errors.push(new ConfigError(`modules '${other}' and '${m.name}' both become the Kubernetes name '${name}'; rename one`, context));
      continue;
    }
    owners.set(name, m.name);
    resourceNames.set(m.name, name);
  }

  // Registry credentials → one pull Secret each, matched to images by registry host. Every Secret name has one
  // owner: two sources of one name would give one of them the other's value.
  const externalSecrets = new Map<string, ExternalSecretIntent>();
  const secretOwners = new Map<string, string>();
  const pullSecrets = new Map<string, string>();
  const secretSources: SecretValueSource[] = [];
  for (const cred of manifest.registryCredentials) {
    const rec = new LedgerRecorder(deviceId, '$edgeAgent', cred.source);
    if (cred.name === '') {
      rec.fail('a registry credential with an empty name cannot name its password in the secret store', []);
      errors.push(...rec.errors);
      continue;
    }
    const es = registryExternalSecret(cred, hub, opts.secretStore, devLabels, devAnnotations);
    const other = secretOwners.get(es.name);
    if (es.name === '') {
      rec.fail(`registry credential '${cred.name}' gives no valid Secret name (user name and address are empty or a placeholder)`, []);
    } else if (other !== undefined) {
      // The agent compares registry hosts without case and pulls with the first credential whose address
      // matches (Agent.Docker DockerUtil.FirstAuthConfig); user names are compared by the registry, with case.
      // A Secret name is lower-case, so `U` and `u` (or one user on `REGISTRY.io` and `registry.io`) share one.
      rec.fail(`${other} and registry credential '${cred.name}' both become the pull Secret '${es.name}' (registry host without case, user name lower-cased); remove one (IoT Edge pulls with the first whose address matches)`, []);
    } else {
      const host = registryHost(cred.address);
      secretOwners.set(es.name, `registry credential '${cred.name}'`);
      externalSecrets.set(es.name, es);
      for (const entry of es.data) secretSources.push({ remoteKey: entry.remoteKey, place: { kind: 'registry password', credential: cred.name } });
      if (!pullSecrets.has(host)) pullSecrets.set(host, es.name);
      rec.record(
        `registryCredentials.${cred.name}`,
        'approximate',
        `ExternalSecret ${es.name} → Secret kubernetes.io/dockerconfigjson, pod imagePullSecrets`,
        'The password is not written: External Secrets fetches it from the secret store and builds the pull Secret.',
        [],
      );
    }
    entries.push(...rec.entries);
    errors.push(...rec.errors);
  }
  const registryPasswords = new Set(manifest.registryCredentials.map((c) => c.password).filter((p) => p !== ''));

  // Module twins first: a module mounts its twin ConfigMap.
  const twinNames = new Set(manifest.moduleTwins.filter((t) => resourceNames.has(t.module)).map((t) => t.module));
  const twins = translateModuleTwins(manifest.moduleTwins, deviceId, resourceNames, (resource, module) => ({
    labels: moduleLabels(hub, deviceId, resource),
    annotations: moduleAnnotations(hub, deviceId, module),
  }));
  for (const r of twins.recorders) entries.push(...r.entries);

  const parent = parentDeviceId(target.device.twin);
  const upstream: UpstreamHost | undefined =
    opts.upstreamHost !== undefined ? { host: opts.upstreamHost, from: 'flag' } : parent !== undefined ? { host: parent, from: 'parent' } : undefined;
  const workloads: WorkloadIntent[] = [];
  const pvcs = new Map<string, PersistentVolumeClaimIntent>();
  const connectionStrings: { secretKey: string; remoteKey: string }[] = [];
  for (const m of modules) {
    const resourceName = resourceNames.get(m.name);
    if (resourceName === undefined) continue;
    const t = translateModule(m, {
      deviceId,
      options: opts,
      resourceName,
      isEdgeHub: m === manifest.edgeHub,
      pullSecrets,
      registryPasswords,
      ...(twinNames.has(m.name) ? { twinConfigMap: twinConfigMapName(resourceName) } : {}),
      deviceLabels: devLabels,
      deviceAnnotations: devAnnotations,
      ...(upstream !== undefined ? { upstream } : {}),
    });
    workloads.push(t.workload);
    for (const p of t.pvcs) if (!pvcs.has(p.name)) pvcs.set(p.name, p);
    if (t.envSecret !== undefined) {
      const other = secretOwners.get(t.envSecret.name);
      if (other !== undefined) {
        const context = { stage: 'translate', configurationId: m.source.configurationId, deviceId, module: m.name, jsonPath: m.source.jsonPath };
        errors.push(new ConfigError(`${other} and the credential env values of module '${m.name}' both become the Secret '${t.envSecret.name}'; rename one`, context));
      } else {
        secretOwners.set(t.envSecret.name, `the credential env values of module '${m.name}'`);
        externalSecrets.set(t.envSecret.name, t.envSecret);
        secretSources.push(...t.secretSources);
      }
    }
    connectionStrings.push({ secretKey: t.identityKey, remoteKey: moduleConnectionStringKey(hub, deviceId, m.name) });
    entries.push(...t.recorder.entries);
    errors.push(...t.recorder.errors);
  }

  const edgeHub = translateEdgeHub(manifest.hub, deviceId, new Set(manifest.modules.map((m) => m.name)), moduleLabels(hub, deviceId, 'edgehub'), moduleAnnotations(hub, deviceId, '$edgeHub'));
  entries.push(...edgeHub.recorder.entries);
  errors.push(...edgeHub.recorder.errors);

  const agent = new LedgerRecorder(deviceId, '$edgeAgent', manifest.edgeAgent.source);
  agent.record(EDGE_AGENT_KEY, 'dropped', '', 'Not deployed by design: Flux or Argo CD applies the desired state that the IoT Edge agent would.', []);
  entries.push(...agent.entries);

  // Device identity: module connection strings from the secret store; certificates from cert-manager, or from the
  // secret store when a flag asks for it.
  const certificates = opts.certificates.from === 'cert-manager' ? [edgeHubCertificate(namespace, opts.certificates.issuer, devLabels, devAnnotations)] : [];
  const identitySecrets: ExternalSecretIntent[] = [
    { name: IDENTITY_SECRET, labels: devLabels, annotations: devAnnotations, storeRef: opts.secretStore, data: connectionStrings.sort((a, b) => compareOrdinal(a.secretKey, b.secretKey)) },
  ];
  if (opts.certificates.from === 'secret-store') {
    identitySecrets.push(
      {
        name: EDGEHUB_CERTS_SECRET,
        labels: devLabels,
        annotations: devAnnotations,
        storeRef: opts.secretStore,
        data: [
          { secretKey: EDGE_CHAIN_CA_FILE, remoteKey: deviceCertKey(hub, deviceId, EDGE_CHAIN_CA_FILE) },
          { secretKey: EDGEHUB_SERVER_PFX_FILE, remoteKey: deviceCertKey(hub, deviceId, EDGEHUB_SERVER_PFX_FILE), decodingStrategy: 'Base64' },
        ],
      },
      { name: MODULE_CA_SECRET, labels: devLabels, annotations: devAnnotations, storeRef: opts.secretStore, data: [{ secretKey: EDGE_DEVICE_CA_FILE, remoteKey: deviceCertKey(hub, deviceId, EDGE_DEVICE_CA_FILE) }] },
    );
  }
  for (const c of certificates) {
    const other = secretOwners.get(c.secretName);
    if (other !== undefined) {
      errors.push(new ConfigError(`${other} and edgeHub's certificate both become the Secret '${c.secretName}'; rename or remove the first`, { stage: 'translate', deviceId }));
    }
    secretOwners.set(c.secretName, "edgeHub's certificate");
  }
  for (const s of identitySecrets) {
    const other = secretOwners.get(s.name);
    if (other !== undefined) {
      errors.push(new ConfigError(`${other} and the device identity both become the Secret '${s.name}'; rename or remove the first`, { stage: 'translate', deviceId }));
    }
    secretOwners.set(s.name, 'the device identity');
    externalSecrets.set(s.name, s);
  }
  errors.push(...remoteKeyCollisions(externalSecrets.values(), deviceId));

  // Pod Security: the level the device's pods need; above --max-pod-security the device fails like a broken one.
  const podSecurity = devicePodSecurity(workloads);
  if (opts.isolation.maxPodSecurity !== undefined) {
    const sources = new Map(modules.map((m) => [m.name, m.source]));
    errors.push(...podSecurityLimitErrors(podSecurity, opts.isolation.maxPodSecurity, deviceId, (module) => sources.get(module)));
  }

  if (errors.length > 0) _throwAll(errors, deviceId);

  const ledger = entries.sort((a, b) => compareOrdinal(a.module, b.module) || compareOrdinal(a.key, b.key) || compareOrdinal(a.jsonPath, b.jsonPath));
  if (opts.strict) {
    const dropped = ledger.filter((e) => e.fidelity === 'dropped' && !(e.module === '$edgeAgent' && e.key === EDGE_AGENT_KEY));
    if (dropped.length > 0) {
      _throwAll(
        dropped.map(
          (e) =>
            new ConfigError(`strict: ${e.key} is dropped: ${e.reason}`, {
              stage: 'translate',
              configurationId: e.configurationId,
              deviceId,
              module: e.module,
              jsonPath: e.jsonPath,
            }),
        ),
        deviceId,
      );
    }
  }

  const configMaps: ConfigMapIntent[] = [edgeHub.configMap, ...twins.configMaps].sort((a, b) => compareOrdinal(a.name, b.name));
  const sortedWorkloads = workloads.sort((a, b) => compareOrdinal(a.name, b.name));
  const isolation = deviceIsolation(sortedWorkloads, opts.isolation, devLabels, devAnnotations);
  const intent: DeviceIntent = {
    deviceId,
    hub,
    hostName: opts.hostName,
    cluster: identity.cluster,
    namespace,
    dir: identity.dir,
    labels: devLabels,
    annotations: devAnnotations,
    workloads: sortedWorkloads,
    configMaps,
    externalSecrets: [...externalSecrets.values()].sort((a, b) => compareOrdinal(a.name, b.name)),
    persistentVolumeClaims: [...pvcs.values()].sort((a, b) => compareOrdinal(a.name, b.name)),
    podSecurityLevel: podSecurity.level,
    networkPolicies: isolation.networkPolicies,
    ...(isolation.resourceQuota !== undefined ? { resourceQuota: isolation.resourceQuota } : {}),
    ...(isolation.limitRange !== undefined ? { limitRange: isolation.limitRange } : {}),
    ...(certificates.length > 0 ? { certificates } : {}),
  };
  return { intent, ledger, secretSources: secretSources.sort((a, b) => compareOrdinal(a.remoteKey, b.remoteKey)) };
}
