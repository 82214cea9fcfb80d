/** Stage `translate`: one targeted device → Kubernetes-vocabulary intent + fidelity ledger. Pure. */
export { translateDevice, EDGE_AGENT_KEY, type DeviceTranslation } from './translate-device.js';
export { clusterOf, deviceIdentity } from './device-identity.js';
export { clusterTagError } from './cluster-tag-error.js';
export {
  DEFAULT_CLUSTER,
  DEFAULT_CLUSTER_TAG,
  DEFAULT_TRANSLATE_OPTIONS,
  DEFAULT_SECRET_STORE,
  DEFAULT_VOLUME_SIZE,
  resolveTranslateOptions,
  type ResolvedTranslateOptions,
  type SecretStoreRef,
  type TranslateOptions,
} from './translate-options.js';
export { mappingTable, renderMappingTableMarkdown, type MappingRow } from './mapping-table.js';
export * from './device-intent.js';
export type { Fidelity, LedgerEntry } from './ledger.js';
export { dnsLabel, deviceNamespace, labelValue, hubNameOf } from '../names.js';
export {
  IDENTITY_SECRET,
  EDGEHUB_CERTS_SECRET,
  MODULE_CA_SECRET,
  registryPasswordKey,
  moduleConnectionStringKey,
  moduleEnvKey,
  deviceCertKey,
  registrySecretName,
} from './secrets.js';
export { EDGEHUB_CONFIG_MAP, EDGEHUB_CONFIG_FILE, EDGEHUB_CONFIG_DIR } from './edge-hub.js';
export { TWIN_DIR, TWIN_FILE, twinConfigMapName } from './module-twins.js';
export { GATEWAY_HOST_NAME } from '../names.js';
