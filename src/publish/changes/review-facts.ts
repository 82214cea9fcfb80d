/**
 * What a reviewer needs about one device directory beyond images, replicas, ports and env names (those come from
 * `readWorkloads`): per module its security posture, mounts, resources, which env names come from a secret and its
 * twin's desired properties; per device edgeHub's routes and store-and-forward, and every remote key its
 * ExternalSecrets name. Read from the rendered files alone, so a change can be described from Git before and the
 * plan after, with no model at hand.
 */
import { moduleNameOf, type DeviceFiles } from './device-file-documents.js';
import { canonicalJson } from '../../translate/stable-json.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** Posture, mounts and resources of one module's workload; lists sorted. */
export interface ModuleReviewFacts {
  /** Module name as written in the deployment (`$edgeHub`). */
  readonly module: string;
  readonly privileged: boolean;
  /** `hostNetwork`, `hostPID`, `hostIPC` when set on the pod. */
  readonly hostNamespaces: readonly string[];
  readonly capabilitiesAdded: readonly string[];
  /** Host paths mounted from the node that are not device files. */
  readonly hostPaths: readonly string[];
  /** Host device files (hostPath of type CharDevice or BlockDevice), as `PathOnHost`. */
  readonly hostDevices: readonly string[];
  /** `mountPath ← source` per volume mount, e.g. `/data ← hostPath /srv/data`. */
  readonly mounts: readonly string[];
  /** `limits.memory=512Mi`-style entries of the first container's resources. */
  readonly resources: readonly string[];
  /** Env names whose value comes from a Secret (credentials moved out of the output). */
  readonly secretEnv: readonly string[];
}

/** Everything `readReviewFacts` finds in one device directory. */
export interface DeviceReviewFacts {
  /** Keyed by module name as written. */
  readonly modules: ReadonlyMap<string, ModuleReviewFacts>;
  /** Module name as written → canonical JSON of its twin's desired properties. */
  readonly twins: ReadonlyMap<string, unknown>;
  /** edgeHub route name → route text (`FROM … INTO …`, with priority/TTL when set). */
  readonly routes: ReadonlyMap<string, string>;
  /** Canonical JSON of edgeHub's storeAndForwardConfiguration; null when absent. */
  readonly storeAndForward: string | null;
  /** `<ExternalSecret>/<secretKey>` → remote key in the secret store. */
  readonly secretRefs: ReadonlyMap<string, string>;
}

/** edgeHub's desired properties are rendered into this ConfigMap key (translate/edge-hub.ts). */
const EDGEHUB_CONFIG_KEY = 'edgehub-config.json';
/** A module twin ConfigMap holds its desired properties under this key (translate/module-twins.ts TWIN_FILE). */
const TWIN_KEY = 'twin.json';
const DEVICE_FILE_TYPES = new Set(['CharDevice', 'BlockDevice']);

/** Reads the review facts of one device directory (`readDeviceFiles`). Files that do not parse are skipped. */
export function readReviewFacts(files: DeviceFiles): DeviceReviewFacts {
  const modules = new Map<string, ModuleReviewFacts>();
  const twins = new Map<string, unknown>();
  const routes = new Map<string, string>();
  const secretRefs = new Map<string, string>();
  let storeAndForward: string | null = null;
  for (const [, file] of [...files].sort(([a], [b]) => compareOrdinal(a, b))) {
    for (const doc of file.documents) {
      if (doc === null || typeof doc !== 'object') continue;
      const annotations = doc.metadata?.annotations ?? {};
      const module = moduleNameOf(annotations);
      if (doc.kind === 'Deployment' && typeof module === 'string') modules.set(module, _moduleFacts(module, doc));
      if (doc.kind === 'ConfigMap' && typeof doc.data?.[TWIN_KEY] === 'string' && typeof module === 'string') twins.set(module, _json(doc.data[TWIN_KEY]));
      if (doc.kind === 'ConfigMap' && typeof doc.data?.[EDGEHUB_CONFIG_KEY] === 'string') {
        const config = _json(doc.data[EDGEHUB_CONFIG_KEY]) as Record<string, any> | null;
        for (const [route, value] of Object.entries(config?.routes ?? {})) routes.set(route, _routeText(value));
        storeAndForward = config?.storeAndForwardConfiguration === undefined ? null : canonicalJson(config.storeAndForwardConfiguration);
      }
      if (doc.kind === 'ExternalSecret') {
        for (const entry of doc.spec?.data ?? []) {
          if (typeof entry?.secretKey === 'string' && typeof entry.remoteRef?.key === 'string') secretRefs.set(`${doc.metadata?.name}/${entry.secretKey}`, entry.remoteRef.key);
        }
      }
    }
  }
  return { modules, twins, routes, storeAndForward, secretRefs };
}

function _moduleFacts(module: string, doc: Record<string, any>): ModuleReviewFacts {
  const pod = doc.spec?.template?.spec ?? {};
  const container = (pod.containers ?? [])[0] ?? {};
  const security = container.securityContext ?? {};
  const volumes = new Map<string, Record<string, any>>((pod.volumes ?? []).map((v: any) => [v?.name, v]));
  const hostPaths: string[] = [];
  const hostDevices: string[] = [];
  for (const volume of volumes.values()) {
    const hostPath = volume?.hostPath;
    if (typeof hostPath?.path !== 'string') continue;
    (DEVICE_FILE_TYPES.has(hostPath.type) ? hostDevices : hostPaths).push(hostPath.path);
  }
  const mounts = (container.volumeMounts ?? []).map((m: any) => `${m.mountPath} ← ${_volumeSource(volumes.get(m.name))}${m.readOnly ? ' (read-only)' : ''}`);
  const resources: string[] = [];
  for (const side of ['limits', 'requests'] as const) {
    for (const [key, value] of Object.entries(container.resources?.[side] ?? {})) resources.push(`${side}.${key}=${String(value)}`);
  }
  return {
    module,
    privileged: security.privileged === true,
    hostNamespaces: (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((k) => pod[k] === true),
    capabilitiesAdded: [...(security.capabilities?.add ?? [])].map(String).sort(compareOrdinal),
    hostPaths: [...new Set(hostPaths)].sort(compareOrdinal),
    hostDevices: [...new Set(hostDevices)].sort(compareOrdinal),
    mounts: mounts.sort(compareOrdinal),
    resources: resources.sort(compareOrdinal),
    secretEnv: (container.env ?? []).filter((e: any) => e?.valueFrom?.secretKeyRef !== undefined).map((e: any) => String(e.name)).sort(compareOrdinal),
  };
}

function _volumeSource(volume: Record<string, any> | undefined): string {
  if (volume === undefined) return 'unknown volume';
  if (volume.hostPath) return `hostPath ${volume.hostPath.path}`;
  if (volume.secret) return `Secret ${volume.secret.secretName}`;
  if (volume.configMap) return `ConfigMap ${volume.configMap.name}`;
  if (volume.persistentVolumeClaim) return `PVC ${volume.persistentVolumeClaim.claimName}`;
  if (volume.emptyDir) return 'emptyDir';
  return `volume ${volume.name}`;
}

/** A route as edgeHub accepts it: a string, or `{route, priority, timeToLiveSecs}` (schema 1.1). */
function _routeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const { route, ...rest } = value as Record<string, unknown>;
    const extra = Object.keys(rest).sort(compareOrdinal).map((k) => `${k} ${JSON.stringify(rest[k])}`);
    return [String(route), ...extra].join(', ');
  }
  return JSON.stringify(value);
}

function _json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

