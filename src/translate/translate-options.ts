/** Options of the translate stage, resolved by the CLI (flag ?? env ?? config ?? DEFAULT_*). */
import type { IsolationOptions } from './isolation-options.js';
import { DEFAULT_CERTIFICATE_SOURCE, type CertificateSource } from './certificate-source.js';

/** Where ExternalSecrets read credentials from (`--secret-store`, `--secret-store-kind`). */
export interface SecretStoreRef {
  readonly name: string;
  readonly kind: 'SecretStore' | 'ClusterSecretStore';
}

export interface TranslateOptions {
  /** IoT Hub name (first label of the host name); part of the namespace and of secret-store keys. */
  readonly hub: string;
  /** IoT Hub host name, given to modules as IOTEDGE_IOTHUBHOSTNAME. */
  readonly hostName: string;
  /** Twin tag that names the device's cluster. @default DEFAULT_CLUSTER_TAG */
  readonly clusterTag?: string;
  /** @default DEFAULT_SECRET_STORE */
  readonly secretStore?: SecretStoreRef;
  /** Turn every `dropped` ledger entry (except by-design ones and defaults) into a ConfigError. @default false */
  readonly strict?: boolean;
  /** Size requested by PersistentVolumeClaims made for Docker named volumes. @default DEFAULT_VOLUME_SIZE */
  readonly volumeSize?: string;
  /** storageClassName of those claims. @default undefined (the cluster's default class) */
  readonly storageClassName?: string;
  /**
   * Registry host that replaces `$upstream` in nested-edge images (`$upstream:443/azureiotedge-agent:1.5`),
   * as the IoT Edge agent replaces it with its parent's host name (`--upstream-host`).
   * @default undefined: the parent device id from the device's twin (`parentScopes`)
   */
  readonly upstreamHost?: string;
  /** Network policy, Pod Security and resource bounds of each device namespace. @default {} (see IsolationOptions) */
  readonly isolation?: IsolationOptions;
  /** Where edgeHub's server certificate and the modules' CA come from. @default DEFAULT_CERTIFICATE_SOURCE (cert-manager) */
  readonly certificates?: CertificateSource;
}

/** @default value of TranslateOptions.clusterTag. */
export const DEFAULT_CLUSTER_TAG = 'cluster';
/** Cluster directory of devices without a usable cluster tag. */
export const DEFAULT_CLUSTER = 'default';
/** @default value of TranslateOptions.secretStore. */
export const DEFAULT_SECRET_STORE: SecretStoreRef = { name: 'iotedge-secrets', kind: 'ClusterSecretStore' };
/** @default value of TranslateOptions.volumeSize: Docker volumes have no size, so a claim needs one. */
export const DEFAULT_VOLUME_SIZE = '1Gi';

/** Every optional TranslateOptions field with its default, for callers that build options from flags. */
export const DEFAULT_TRANSLATE_OPTIONS = {
  clusterTag: DEFAULT_CLUSTER_TAG,
  secretStore: DEFAULT_SECRET_STORE,
  strict: false,
  volumeSize: DEFAULT_VOLUME_SIZE,
} as const;

/** TranslateOptions with every default applied once. */
export interface ResolvedTranslateOptions {
  readonly hub: string;
  readonly hostName: string;
  readonly clusterTag: string;
  readonly secretStore: SecretStoreRef;
  readonly strict: boolean;
  readonly volumeSize: string;
  readonly storageClassName?: string;
  readonly upstreamHost?: string;
  readonly isolation: IsolationOptions;
  readonly certificates: CertificateSource;
}

/** Applies the DEFAULT_* values. */
export function resolveTranslateOptions(options: TranslateOptions): ResolvedTranslateOptions {
  return {
    hub: options.hub,
    hostName: options.hostName,
    clusterTag: options.clusterTag ?? DEFAULT_CLUSTER_TAG,
    secretStore: options.secretStore ?? DEFAULT_SECRET_STORE,
    strict: options.strict ?? false,
    volumeSize: options.volumeSize ?? DEFAULT_VOLUME_SIZE,
    ...(options.storageClassName !== undefined ? { storageClassName: options.storageClassName } : {}),
    ...(options.upstreamHost !== undefined ? { upstreamHost: options.upstreamHost } : {}),
    isolation: options.isolation ?? {},
    certificates: options.certificates ?? DEFAULT_CERTIFICATE_SOURCE,
  };
}
