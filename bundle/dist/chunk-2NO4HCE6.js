import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/tool-version.ts
var TOOL_VERSION = "0.1.0";

// src/translate/certificate-source.ts
var DEFAULT_CERTIFICATE_ISSUER = { name: "iotedge-ca", kind: "ClusterIssuer" };
var DEFAULT_CERTIFICATE_SOURCE = { from: "cert-manager", issuer: DEFAULT_CERTIFICATE_ISSUER };

// src/translate/translate-options.ts
var DEFAULT_CLUSTER_TAG = "cluster";
var DEFAULT_CLUSTER = "default";
var DEFAULT_SECRET_STORE = { name: "iotedge-secrets", kind: "ClusterSecretStore" };
var DEFAULT_VOLUME_SIZE = "1Gi";
var DEFAULT_TRANSLATE_OPTIONS = {
  clusterTag: DEFAULT_CLUSTER_TAG,
  secretStore: DEFAULT_SECRET_STORE,
  strict: false,
  volumeSize: DEFAULT_VOLUME_SIZE
};
function resolveTranslateOptions(options) {
  return {
    hub: options.hub,
    hostName: options.hostName,
    clusterTag: options.clusterTag ?? DEFAULT_CLUSTER_TAG,
    secretStore: options.secretStore ?? DEFAULT_SECRET_STORE,
    strict: options.strict ?? false,
    volumeSize: options.volumeSize ?? DEFAULT_VOLUME_SIZE,
    ...options.storageClassName !== void 0 ? { storageClassName: options.storageClassName } : {},
    ...options.upstreamHost !== void 0 ? { upstreamHost: options.upstreamHost } : {},
    isolation: options.isolation ?? {},
    certificates: options.certificates ?? DEFAULT_CERTIFICATE_SOURCE
  };
}

export {
  TOOL_VERSION,
  DEFAULT_CERTIFICATE_ISSUER,
  DEFAULT_CLUSTER_TAG,
  DEFAULT_CLUSTER,
  DEFAULT_SECRET_STORE,
  DEFAULT_TRANSLATE_OPTIONS,
  resolveTranslateOptions
};
