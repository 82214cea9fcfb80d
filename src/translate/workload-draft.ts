import type { JsonObject, JsonValue } from '../model/json.js';
import type {
  ContainerPortIntent,
  EnvVarIntent,
  HostAliasIntent,
  PersistentVolumeClaimIntent,
  ServicePortIntent,
  VolumeIntent,
  VolumeMountIntent,
} from './device-intent.js';
import { shortHash } from '../names.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A createOptions `Env` entry, kept apart until module env and runtime variables are merged. */
export interface CreateEnvEntry {
  readonly name: string;
  readonly value: string;
  readonly index: number;
}

/** A command-line argument holding a credential: it reads `$(name)`, an env variable the secret store fills. */
export interface ArgSecret {
  /** Env variable name (`IOTEDGE_GITOPS_CMD_2`). */
  readonly name: string;
  /** Ledger key (`Cmd[2]`). */
  readonly key: string;
  /** Path of the argument below the module. */
  readonly path: readonly (string | number)[];
  /** The argument's createOptions field and index, and the text before the credential (`--token=`, or ''). */
  readonly field: 'Cmd' | 'Entrypoint';
  readonly index: number;
  readonly prefix: string;
}

/**
 * The mutable working copy of one module's workload while createOptions handlers run. Handlers only add
 * to it; `translate-module.ts` freezes it into a WorkloadIntent with sorted lists. Undefined fields stay
 * unset in the output.
 */
export interface WorkloadDraft {
  command?: string[];
  args?: string[];
  workingDir?: string;
  createEnv: CreateEnvEntry[];
  /** Cmd/Entrypoint arguments moved to the secret store, referenced as `$(name)`. */
  argSecrets: ArgSecret[];
  /** Extra env the translator adds (runtime identity, credential references), after user env. */
  runtimeEnv: EnvVarIntent[];
  /** Key `<port>/<PROTOCOL>`. */
  containerPorts: Map<string, ContainerPortIntent>;
  /** Key `<port>/<PROTOCOL>`: the Service port identity (port numbers of both protocols may coexist). */
  servicePorts: Map<string, ServicePortIntent>;
  serviceType?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  loadBalancerIP?: string;
  /** Pod-template and Service annotations from createOptions.Labels. */
  labelAnnotations: Record<string, string>;
  volumes: Map<string, VolumeIntent>;
  mounts: VolumeMountIntent[];
  /** Where each mount of `mounts` came from (see addMount); mounts without an entry rank as system mounts. */
  mountOrigins: Map<VolumeMountIntent, MountOrigin>;
  pvcs: Map<string, PersistentVolumeClaimIntent>;
  security: Mutable<{
    privileged?: boolean;
    readOnlyRootFilesystem?: boolean;
    runAsUser?: number;
    runAsGroup?: number;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { add?: string[]; drop?: string[] };
    seccompProfile?: JsonObject;
    seLinuxOptions?: JsonObject;
    appArmorProfile?: JsonObject;
  }>;
  podSecurity: Record<string, JsonValue>;
  limits: Record<string, string>;
  requests: Record<string, string>;
  /** Set by k8s-experimental.resources, which replaces everything HostConfig asked for. */
  resourcesOverride?: { limits?: Record<string, string>; requests?: Record<string, string> };
  livenessProbe?: JsonObject;
  tty?: boolean;
  stdin?: boolean;
  terminationGracePeriodSeconds?: number;
  hostNetwork?: boolean;
  dnsPolicy?: 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
  hostIPC?: boolean;
  hostPID?: boolean;
  hostname?: string;
  subdomain?: string;
  hostAliases: Map<string, string[]>;
  dnsConfig: { nameservers?: string[]; searches?: string[]; options?: JsonObject[] };
  nodeSelector?: Record<string, string>;
  runtimeClassName?: string;
  strategy?: JsonObject;
  /** True when createOptions.Healthcheck produced a livenessProbe (restartPolicy on-unhealthy relies on it). */
  hasHealthcheck: boolean;
}

/**
 * Which field asked for a mount, and how strongly: Kubernetes mounts one volume per container path, so when
 * two fields mount the same path the higher rank is kept (resolveMountPaths).
 */
export interface MountOrigin {
  /** Ledger key of the field (`HostConfig.Binds`). */
  readonly key: string;
  /** Path of the entry below the module (`['settings', 'createOptions', 'HostConfig', 'Binds', 0]`). */
  readonly path: readonly (string | number)[];
  /**
   * 5 the tool's own mounts (identity, twin, edgeHub config); 4 k8s-experimental volumes (the Kubernetes
   * runtime's own statement); 3 Binds, Mounts and Tmpfs (Docker refuses two of these on one path);
   * 2 Devices (a bind of the same path is mounted over the device node); 1 anonymous Volumes (Docker skips
   * one where a bind is mounted); 0 ShmSize (Docker creates no /dev/shm when something is mounted there).
   */
  readonly rank: 0 | 1 | 2 | 3 | 4 | 5;
}

/** Adds a container mount and remembers where it came from. */
export function addMount(draft: WorkloadDraft, mount: VolumeMountIntent, origin: MountOrigin): void {
  draft.mounts.push(mount);
  draft.mountOrigins.set(mount, origin);
}

/** An empty draft. */
export function newWorkloadDraft(): WorkloadDraft {
  return {
    createEnv: [],
    argSecrets: [],
    runtimeEnv: [],
    containerPorts: new Map(),
    servicePorts: new Map(),
    labelAnnotations: {},
    volumes: new Map(),
    mounts: [],
    mountOrigins: new Map(),
    pvcs: new Map(),
    security: {},
    podSecurity: {},
    limits: {},
    requests: {},
    hostAliases: new Map(),
    dnsConfig: {},
    hasHealthcheck: false,
  };
}

function _sameSource(a: VolumeIntent, b: VolumeIntent): boolean {
  const strip = (v: VolumeIntent): string => JSON.stringify({ ...v, name: '' });
  return strip(a) === strip(b);
}

/**
 * Adds a pod volume and returns the name it got. The same source under the same name is shared (a named
 * volume bound twice); a different source that sanitizes to a taken name gets `-<hash8>` of its own
 * description, so `/a/bc` and `/a-bc` never share a volume.
 */
export function addVolume(draft: WorkloadDraft, volume: VolumeIntent): string {
  const existing = draft.volumes.get(volume.name);
  if (existing === undefined) {
    draft.volumes.set(volume.name, volume);
    return volume.name;
  }
  if (_sameSource(existing, volume)) return volume.name;
  const name = `${volume.name.slice(0, 63 - 9)}-${shortHash(JSON.stringify(volume))}`;
  draft.volumes.set(name, { ...volume, name });
  return name;
}
