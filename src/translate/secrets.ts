/**
 * Where credentials live and how the output refers to them. The output never holds a secret value:
 * every credential becomes an ExternalSecret (external-secrets.io) that names a key in the secret store.
 *
 * Remote key convention (README "Secrets"), all under `iotedge/<hub>/`:
 * - `registries/<credential name>/password` — a registryCredentials password (name = key under registryCredentials)
 * - `devices/<deviceId>/modules/<module>/connection-string` — module identity (`$edgeHub` for edgeHub)
 * - `devices/<deviceId>/modules/<module>/env/<NAME>` — an env value that is a credential
 * - `devices/<deviceId>/certs/<file>` — edgeHub server certificate, chain CA and device CA
 */
import { isCredentialName, looksLikeCredential } from '../model/credential-patterns.js';
import type { RegistryCredential } from '../model/device-manifest.js';
import type { ExternalSecretIntent, StringMap } from './device-intent.js';
import type { SecretStoreRef } from './translate-options.js';

/** Name of the per-device Secret holding module connection strings. */
export const IDENTITY_SECRET = 'iotedge-identity';
/** Name of the Secret with edgeHub's server certificate and chain CA (edgeHub only: holds a private key). */
export const EDGEHUB_CERTS_SECRET = 'iotedge-edgehub-certs';
/** Name of the Secret with the device CA certificate that modules trust. */
export const MODULE_CA_SECRET = 'iotedge-module-ca';

/** Mount paths and file names from the IoT Edge simulator (iotedgehubdev `EdgeManager`). */
export const EDGEHUB_CERT_DIR = '/mnt/edgehub';
export const MODULE_CERT_DIR = '/mnt/edgemodule';
export const EDGE_CHAIN_CA_FILE = 'edge-chain-ca.cert.pem';
export const EDGEHUB_SERVER_PFX_FILE = 'edge-hub-server.cert.pfx';
export const EDGE_DEVICE_CA_FILE = 'edge-device-ca.cert.pem';

const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

function _base(hub: string): string {
  return `iotedge/${_segment(hub)}`;
}

/** A key segment: ids may be `.` or `..` (IoT Hub allows dots), which a path-normalising store would resolve. */
function _segment(id: string): string {
  return /^\.+$/.test(id) ? id.replace(/\./g, '%2E') : id;
}

/** Remote key of a registry password. */
export function registryPasswordKey(hub: string, credentialName: string): string {
  return `${_base(hub)}/registries/${_segment(credentialName)}/password`;
}

/** Remote key of a module's connection string (`$edgeHub` for edgeHub). */
export function moduleConnectionStringKey(hub: string, deviceId: string, module: string): string {
  return `${_base(hub)}/devices/${_segment(deviceId)}/modules/${_segment(module)}/connection-string`;
}

/** Remote key of an env value that is a credential. */
export function moduleEnvKey(hub: string, deviceId: string, module: string, name: string): string {
  return `${_base(hub)}/devices/${_segment(deviceId)}/modules/${_segment(module)}/env/${_segment(name)}`;
}

/** Remote key of a device certificate file. */
export function deviceCertKey(hub: string, deviceId: string, file: string): string {
  return `${_base(hub)}/devices/${_segment(deviceId)}/certs/${file}`;
}

/** Key inside a Secret: the name itself when Kubernetes allows it, else a stable stand-in. */
export function secretKeyOf(name: string): string {
  return SECRET_KEY.test(name) ? name : `key-${Buffer.from(name, 'utf8').toString('hex').slice(0, 40)}`;
}

/**
 * True when an env entry carries a credential, by the same rules snapshot redaction uses
 * (model/credential-patterns.ts): the value looks like a connection string, SAS, private key or token, the
 * name says credential (PASSWORD, SECRET, KEY, TOKEN, …), or the value is one of the device's registry passwords.
 */
export function isCredentialEnv(name: string, value: string, registryPasswords: ReadonlySet<string>): boolean {
  return looksLikeCredential(value) || isCredentialName(name) || (value !== '' && registryPasswords.has(value));
}

/** Registry host of an address: lower-cased, scheme and path removed (`https://MyAcr.azurecr.io/v2` → `myacr.azurecr.io`). */
export function registryHost(address: string): string {
  const host = address.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').split('/')[0] ?? '';
  return ['index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'].includes(host) ? 'docker.io' : host;
}

/** Registry an image is pulled from: its first path segment when it looks like a host, else Docker Hub. */
export function imageRegistry(image: string): string {
  const first = image.split('/')[0] ?? '';
  if (image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return registryHost(first);
  return 'docker.io';
}

function _dnsSubdomain(text: string): string {
  return text
    .toLowerCase()
    .split('.')
    .map((seg) => seg.replace(/[^a-z0-9-]/g, '').replace(/^[^a-z]+/, '').replace(/[^a-z0-9]+$/, ''))
    .filter((seg) => seg !== '')
    .join('.')
    .slice(0, 253)
    .replace(/[.-]+$/, '');
}

/**
 * Name of a registry pull Secret, as the IoT Edge on Kubernetes runtime named it (mapping §5.3):
 * `lower(username) + "-" + host` made a DNS subdomain, e.g. `myacr-myacr.azurecr.io`. Host `:` → `-`.
 */
export function registrySecretName(username: string, address: string): string {
  return _dnsSubdomain(`${username.toLowerCase()}-${registryHost(address).replace(/:/g, '-')}`);
}

/** Go-template string literal for a value that is not secret (user name). */
function _goString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The ExternalSecret producing a `kubernetes.io/dockerconfigjson` Secret for one registry credential. Only
 * the password is fetched; the address and user name are not secret and are written into the template.
 */
export function registryExternalSecret(
  credential: RegistryCredential,
  hub: string,
  store: SecretStoreRef,
  labels: StringMap,
  annotations: StringMap,
): ExternalSecretIntent {
  const auths =
    `{"auths":{${JSON.stringify(credential.address)}:{"username":${JSON.stringify(credential.username)},` +
    `"password":{{ .password | toJson }},` +
    `"auth":"{{ printf "%s:%s" ${_goString(credential.username)} .password | b64enc }}"}}}`;
  return {
    name: registrySecretName(credential.username, credential.address),
    labels,
    annotations: { ...annotations, 'net.azure-devices.edge.registry': credential.name },
    storeRef: store,
    secretType: 'kubernetes.io/dockerconfigjson',
    data: [{ secretKey: 'password', remoteKey: registryPasswordKey(hub, credential.name) }],
    template: { '.dockerconfigjson': auths },
  };
}
