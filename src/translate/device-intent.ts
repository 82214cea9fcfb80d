/**
 * What translate decides a device needs on Kubernetes, as plain data in Kubernetes field vocabulary.
 * Render turns it into cdk8s objects and YAML; nothing here depends on cdk8s. Optional fields left
 * undefined must stay unset in the output (no library default may fill them).
 */
import type { JsonObject } from '../model/json.js';
import type { LimitRangeIntent, NetworkPolicyIntent, ResourceQuotaIntent } from './isolation-intent.js';
import type { PodSecurityLevel } from './pod-security-level.js';

export type { StringMap } from './string-map.js';
import type { StringMap } from './string-map.js';

/** `env[]` entry: a literal value or a reference to a key of a Secret (filled by an ExternalSecret). */
export type EnvVarIntent =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly secretKeyRef: { readonly name: string; readonly key: string } };

export interface ContainerPortIntent {
  readonly containerPort: number;
  readonly protocol: 'TCP' | 'UDP' | 'SCTP';
  readonly name?: string;
}

export interface VolumeMountIntent {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
  readonly mountPropagation?: 'None' | 'HostToContainer' | 'Bidirectional';
}

/** A pod volume. Exactly one source is set. `raw` carries a `k8s-experimental` volume verbatim. */
export interface VolumeIntent {
  readonly name: string;
  readonly hostPath?: { readonly path: string; readonly type?: string };
  readonly persistentVolumeClaim?: { readonly claimName: string; readonly readOnly?: boolean };
  readonly emptyDir?: { readonly medium?: 'Memory'; readonly sizeLimit?: string };
  readonly configMap?: { readonly name: string };
  /** `items`: only these keys of the Secret, as these files. @default every key */
  readonly secret?: { readonly secretName: string; readonly items?: readonly { readonly key: string; readonly path: string }[] };
  readonly raw?: JsonObject;
}

export interface ContainerSecurityIntent {
  readonly privileged?: boolean;
  readonly readOnlyRootFilesystem?: boolean;
  readonly runAsUser?: number;
  readonly runAsGroup?: number;
  readonly runAsNonRoot?: boolean;
  readonly allowPrivilegeEscalation?: boolean;
  readonly capabilities?: { readonly add?: readonly string[]; readonly drop?: readonly string[] };
  readonly seccompProfile?: JsonObject;
  readonly seLinuxOptions?: JsonObject;
  readonly appArmorProfile?: JsonObject;
}

export interface ResourcesIntent {
  readonly limits?: StringMap;
  readonly requests?: StringMap;
}

export interface ContainerIntent {
  /** DNS-1123 label, = the workload name. */
  readonly name: string;
  readonly image: string;
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /** From createOptions.Entrypoint. */
  readonly command?: readonly string[];
  /** From createOptions.Cmd. */
  readonly args?: readonly string[];
  readonly workingDir?: string;
  /** Module env, then createOptions.Env (module env wins on duplicates), then runtime variables. */
  readonly env: readonly EnvVarIntent[];
  readonly ports: readonly ContainerPortIntent[];
  readonly volumeMounts: readonly VolumeMountIntent[];
  /** Always rendered, with only the fields set here (so library defaults never leak in). */
  readonly securityContext: ContainerSecurityIntent;
  /** Undefined → no resources at all in the output. */
  readonly resources?: ResourcesIntent;
  readonly livenessProbe?: JsonObject;
  readonly tty?: boolean;
  readonly stdin?: boolean;
}

export interface HostAliasIntent {
  readonly ip: string;
  readonly hostnames: readonly string[];
}

export interface PodIntent {
  readonly hostNetwork?: boolean;
  readonly dnsPolicy?: 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
  readonly hostIPC?: boolean;
  readonly hostPID?: boolean;
  readonly hostname?: string;
  readonly subdomain?: string;
  readonly hostAliases?: readonly HostAliasIntent[];
  readonly dnsConfig?: JsonObject;
  readonly nodeSelector?: StringMap;
  /** Pod-level securityContext (k8s-experimental.securityContext, Sysctls, GroupAdd). Undefined → unset. */
  readonly securityContext?: JsonObject;
  readonly imagePullSecrets: readonly string[];
  readonly volumes: readonly VolumeIntent[];
  readonly terminationGracePeriodSeconds?: number;
  readonly runtimeClassName?: string;
}

export interface ServicePortIntent {
  /** Unique within the Service, e.g. `hostport-8883-tcp`. */
  readonly name: string;
  readonly port: number;
  readonly targetPort: number;
  readonly protocol: 'TCP' | 'UDP' | 'SCTP';
}

export interface ServiceIntent {
  readonly type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** Sorted by port then protocol. */
  readonly ports: readonly ServicePortIntent[];
  readonly loadBalancerIP?: string;
  readonly annotations: StringMap;
}

/** One IoT Edge module → Deployment (+ Service) + ServiceAccount. */
export interface WorkloadIntent {
  /** Module name as written (`$edgeHub` for edgeHub). */
  readonly module: string;
  /** DNS-1123 / RFC 1035 label used for the Deployment, Service, ServiceAccount and container. */
  readonly name: string;
  /** Labels for every object of this workload, selector labels included. */
  readonly labels: StringMap;
  /** Only these labels go into `spec.selector` (immutable after creation). */
  readonly selectorLabels: StringMap;
  readonly annotations: StringMap;
  readonly podAnnotations: StringMap;
  /** 1, or 0 when the module is stopped. */
  readonly replicas: number;
  readonly container: ContainerIntent;
  readonly pod: PodIntent;
  /** Deployment strategy verbatim (k8s-experimental.strategy). Undefined → unset. */
  readonly strategy?: JsonObject;
  /** Undefined → no Service. */
  readonly service?: ServiceIntent;
}

export interface ConfigMapIntent {
  readonly name: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  /** File name → content. */
  readonly data: StringMap;
}

/** A Secret filled by External Secrets from the secret store: names where to find values, never holds them. */
export interface ExternalSecretIntent {
  readonly name: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  /** The SecretStore / ClusterSecretStore to read from (`--secret-store`, `--secret-store-kind`). */
  readonly storeRef: { readonly name: string; readonly kind: 'SecretStore' | 'ClusterSecretStore' };
  /** Type of the produced Secret, e.g. `kubernetes.io/dockerconfigjson`. @default Opaque */
  readonly secretType?: string;
  /** Secret key → remote reference in the store. */
  readonly data: readonly {
    readonly secretKey: string;
    readonly remoteKey: string;
    readonly remoteProperty?: string;
    /** `Base64` when the store keeps a binary file (the edgeHub .pfx) base64-encoded: `remoteRef.decodingStrategy`. @default unset (None) */
    readonly decodingStrategy?: 'Base64';
  }[];
  /** Templated Secret data (e.g. `.dockerconfigjson` built from fetched values); values are templates, not secrets. */
  readonly template?: StringMap;
}

/** A cert-manager Certificate (cert-manager.io/v1): the Secret `secretName` that cert-manager keeps issued and renewed. */
export interface CertificateIntent {
  readonly name: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly secretName: string;
  readonly commonName: string;
  readonly dnsNames: readonly string[];
  readonly issuer: { readonly name: string; readonly kind: 'Issuer' | 'ClusterIssuer' };
}

export interface PersistentVolumeClaimIntent {
  readonly name: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly accessModes: readonly string[];
  readonly storage: string;
  readonly storageClassName?: string;
}

/** A device's place in the cluster and in the output tree, named once per device by `deviceIdentity`. */
export interface DeviceIdentity {
  readonly deviceId: string;
  /** DNS-1123 label ≤ 63 characters, unique per device (`deviceNamespace`). */
  readonly namespace: string;
  /** Cluster folder name (`clusterOf`). */
  readonly cluster: string;
  /** `devices/<cluster>/<namespace>`, relative to the output root (`deviceDir`). */
  readonly dir: string;
}

/**
 * Everything one device namespace holds, and where it goes (its `DeviceIdentity`, as the synth loop named it). Lists
 * are sorted by name so output is deterministic.
 */
export interface DeviceIntent extends DeviceIdentity {
  readonly hub: string;
  readonly hostName: string;
  /** Labels for the Namespace and every object not tied to one module. */
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly workloads: readonly WorkloadIntent[];
  readonly configMaps: readonly ConfigMapIntent[];
  readonly externalSecrets: readonly ExternalSecretIntent[];
  readonly persistentVolumeClaims: readonly PersistentVolumeClaimIntent[];
  /**
   * The Pod Security Standards level the device's pods need (the highest of its modules), labelled on the
   * Namespace for Pod Security Admission. @default undefined: no such labels
   */
  readonly podSecurityLevel?: PodSecurityLevel;
  /** NetworkPolicies of the namespace, sorted by name (see device-isolation.ts). @default none */
  readonly networkPolicies?: readonly NetworkPolicyIntent[];
  /** @default undefined: no ResourceQuota */
  readonly resourceQuota?: ResourceQuotaIntent;
  /** @default undefined: no LimitRange */
  readonly limitRange?: LimitRangeIntent;
  /** cert-manager Certificates (edgeHub's server certificate). @default none */
  readonly certificates?: readonly CertificateIntent[];
}

/** What a device's files are made of: its intent without `dir`, where they go (in no file; it follows from the cluster and namespace). */
export type IntentContent = Omit<DeviceIntent, 'dir'>;

/** The intent without its `dir`: what hashes and templates compare. */
export function intentContent(intent: DeviceIntent): IntentContent {
  const { dir: _dir, ...content } = intent;
  return content;
}
