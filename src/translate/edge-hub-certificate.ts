/**
 * Where edgeHub's server certificate and the CA modules trust come from. On an IoT Edge device the security daemon
 * issues them; here cert-manager does by default: one `cert-manager.io/v1` Certificate per device namespace, whose
 * Secret (`tls.crt` with the chain, `tls.key`, `ca.crt`) edgeHub mounts and whose `ca.crt` alone modules mount.
 * With `--certs-from-secret-store` the three files come from the secret store through ExternalSecrets instead.
 *
 * edgeHub reads PEM files when EdgeHubDevServerCertificateFile, EdgeHubDevServerPrivateKeyFile and
 * EdgeHubDevTrustBundleFile are all set (edge-hub Microsoft.Azure.Devices.Edge.Hub.Service/EdgeHubCertificates.cs
 * LoadAsync, the branch after the workload API one), so no PKCS#12 keystore and no keystore password are needed;
 * EdgeModuleHubServerCertificateFile / EdgeModuleHubServerCAChainCertificateFile are set to the same files, as
 * images that check them before start (edge-hub scripts start.sh) expect.
 */
import type { CertificateIntent, EnvVarIntent, StringMap, VolumeIntent } from './device-intent.js';
import {
  EDGE_CHAIN_CA_FILE,
  EDGE_DEVICE_CA_FILE,
  EDGEHUB_CERT_DIR,
  EDGEHUB_CERTS_SECRET,
  EDGEHUB_SERVER_PFX_FILE,
  MODULE_CA_SECRET,
  MODULE_CERT_DIR,
} from './secrets.js';
import { GATEWAY_HOST_NAME } from '../names.js';
import type { CertificateIssuerRef, CertificateSource } from './certificate-source.js';

/** Name of edgeHub's Certificate object. */
export const EDGEHUB_CERTIFICATE = 'edgehub';
/** Name of the Secret cert-manager writes for it (`tls.crt`, `tls.key`, `ca.crt`). */
export const EDGEHUB_TLS_SECRET = 'iotedge-edgehub-tls';
/** Keys of a cert-manager Secret (kubernetes.io/tls plus the issuing CA). */
export const TLS_CERT_KEY = 'tls.crt';
export const TLS_PRIVATE_KEY_KEY = 'tls.key';
export const TLS_CA_KEY = 'ca.crt';

/**
 * edgeHub's server Certificate in `namespace`: the names modules and leaf devices use to reach it (the Service
 * `edgehub`, short and fully qualified), an RSA 2048 key made anew at each renewal, server-auth usage.
 */
export function edgeHubCertificate(namespace: string, issuer: CertificateIssuerRef, labels: StringMap, annotations: StringMap): CertificateIntent {
  return {
    name: EDGEHUB_CERTIFICATE,
    labels,
    annotations,
    secretName: EDGEHUB_TLS_SECRET,
    commonName: GATEWAY_HOST_NAME,
    dnsNames: [GATEWAY_HOST_NAME, `${GATEWAY_HOST_NAME}.${namespace}`, `${GATEWAY_HOST_NAME}.${namespace}.svc`, `${GATEWAY_HOST_NAME}.${namespace}.svc.cluster.local`],
    issuer,
  };
}

/** The certificate variables of edgeHub's container. */
export function edgeHubCertificateEnv(source: CertificateSource): EnvVarIntent[] {
  if (source.from === 'secret-store') {
    // Variable names and paths as the IoT Edge simulator (iotedgehubdev) gives them to edgeHub.
    return [
      { name: 'EdgeModuleHubServerCAChainCertificateFile', value: `${EDGEHUB_CERT_DIR}/${EDGE_CHAIN_CA_FILE}` },
      { name: 'EdgeModuleHubServerCertificateFile', value: `${EDGEHUB_CERT_DIR}/${EDGEHUB_SERVER_PFX_FILE}` },
      { name: 'SSL_CERTIFICATE_PATH', value: `${EDGEHUB_CERT_DIR}/` },
      { name: 'SSL_CERTIFICATE_NAME', value: EDGEHUB_SERVER_PFX_FILE },
    ];
  }
  return [
    { name: 'EdgeHubDevServerCertificateFile', value: `${EDGEHUB_CERT_DIR}/${TLS_CERT_KEY}` },
    { name: 'EdgeHubDevServerPrivateKeyFile', value: `${EDGEHUB_CERT_DIR}/${TLS_PRIVATE_KEY_KEY}` },
    { name: 'EdgeHubDevTrustBundleFile', value: `${EDGEHUB_CERT_DIR}/${TLS_CA_KEY}` },
    { name: 'EdgeModuleHubServerCAChainCertificateFile', value: `${EDGEHUB_CERT_DIR}/${TLS_CA_KEY}` },
    { name: 'EdgeModuleHubServerCertificateFile', value: `${EDGEHUB_CERT_DIR}/${TLS_CERT_KEY}` },
  ];
}

/** The volume with edgeHub's certificate files, mounted at EDGEHUB_CERT_DIR. */
export function edgeHubCertificateVolume(source: CertificateSource): VolumeIntent {
  return source.from === 'secret-store'
    ? { name: 'iotedge-edgehub-certs', secret: { secretName: EDGEHUB_CERTS_SECRET } }
    : { name: 'iotedge-edgehub-certs', secret: { secretName: EDGEHUB_TLS_SECRET } };
}

/** The volume with the CA a module trusts, mounted at MODULE_CERT_DIR: only `ca.crt` of edgeHub's Secret, never its key. */
export function moduleCaVolume(source: CertificateSource): VolumeIntent {
  return source.from === 'secret-store'
    ? { name: 'iotedge-module-ca', secret: { secretName: MODULE_CA_SECRET } }
    : { name: 'iotedge-module-ca', secret: { secretName: EDGEHUB_TLS_SECRET, items: [{ key: TLS_CA_KEY, path: TLS_CA_KEY }] } };
}

/** The file a module reads as EdgeModuleCACertificateFile. */
export function moduleCaFile(source: CertificateSource): string {
  return `${MODULE_CERT_DIR}/${source.from === 'secret-store' ? EDGE_DEVICE_CA_FILE : TLS_CA_KEY}`;
}
