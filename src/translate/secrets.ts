/**
 * Where credentials live and how the output refers to them. The output never holds a secret value:
 * every credential becomes an ExternalSecret (external-secrets.io) that names a key in the secret store.
 *
 * Remote key convention (README "Identity and secrets"): parts joined by `--`, built and checked by remote-key.ts
 * (valid Azure Key Vault, AWS Secrets Manager, GCP Secret Manager and Vault names; a hash suffix when a part is not
 * already lower-case letters, digits and single dashes):
 * - `<hub>--registry--<credential name>--password` — a registryCredentials password (name = key under registryCredentials)
 * - `<hub>--<deviceId>--<module>--connection-string` — module identity (`$edgeHub` for edgeHub)
 * - `<hub>--<deviceId>--<module>--env--<NAME>` — an env value that is a credential
 * - `<hub>--<deviceId>--cert--<file>` — edgeHub server certificate, chain CA and device CA (only with `--certs-from-secret-store`)
 */
import { createHash } from 'node:crypto';
import { isCredentialName, looksLikeCredential } from '../model/credential-patterns.js';
import type { RegistryCredential } from '../model/device-manifest.js';
import type { ExternalSecretIntent, StringMap } from './device-intent.js';
import { remoteKey } from './remote-key.js';
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

/** Remote key of a registry password. */
export function registryPasswordKey(hub: string, credentialName: string): string {
  return remoteKey(hub, 'registry', credentialName, 'password');
}

/** Remote key of a module's connection string (`$edgeHub` for edgeHub). */
export function moduleConnectionStringKey(hub: string, deviceId: string, module: string): string {
  return remoteKey(hub, deviceId, module, 'connection-string');
}

/** Remote key of an env value that is a credential. */
export function moduleEnvKey(hub: string, deviceId: string, module: string, name: string): string {
  return remoteKey(hub, deviceId, module, 'env', name);
}

/** Remote key of a device certificate file. */
export function deviceCertKey(hub: string, deviceId: string, file: string): string {
  return remoteKey(hub, deviceId, 'cert', file);
}

/** Longest readable prefix kept in a stand-in Secret key. */
const SECRET_KEY_PREFIX_MAX = 64;

/** True when Kubernetes accepts `key` as a Secret data key (validation.IsConfigMapKey: charset, ≤ 253, not `.`, no `..` prefix). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && key.length <= 253 && key !== '.' && !key.startsWith('..');
}

/**
 * Key inside a Secret: the name itself when Kubernetes allows it, else a readable stand-in: the name with every
 * run of other characters made `-` (cut to 64 characters, no leading dot or dash; `key` when nothing is left),
 * then `-` and the full SHA-256 (hex) of the name. `ConnectionStrings:SqlPrimary` →
 * `ConnectionStrings-SqlPrimary-<64 hex>`; two names never share a key unless SHA-256 collides, and translate
 * checks each device's keys anyway.
 */
export function secretKeyOf(name: string): string {
  if (isSecretKey(name)) return name;
  const readable = name
    .replace(/[^-._a-zA-Z0-9]+/g, '-')
    .slice(0, SECRET_KEY_PREFIX_MAX)
    .replace(/^[-.]+/, '')
    .replace(/[-.]+$/, '');
  return `${readable === '' ? 'key' : readable}-${createHash('sha256').update(name, 'utf8').digest('hex')}`;
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

/**
 * A Go interpreted string literal (text/template reads it with strconv.Unquote) holding `text` exactly: printable
 * ASCII as is except `"`, `\`, `{` and `}`, everything else as `\u`/`\U` escapes. So no user name or
 * address can close the literal, open or close an action, or become a printf verb (it is an argument, never the
 * format). A lone UTF-16 surrogate (possible in JSON text) becomes U+FFFD, as any UTF-8 writer would make it.
 */
export function goStringLiteral(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp < 0x7f && ch !== '"' && ch !== '\\' && ch !== '{' && ch !== '}') out += ch;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\uFFFD';
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/**
 * The `.dockerconfigjson` template of a registry credential, for External Secrets' template engine v2 (Go
 * text/template + sprig): one action that builds the JSON with `dict` and `toJson`, so the address and user
 * name, which are not secret, are only ever Go string literals (goStringLiteral) and never template text. The
 * only value read from the store is `.password`. Result: `{"auths":{"<address>":{"auth":"<base64 user:password>",
 * "password":"…","username":"…"}}}` (Go sorts the keys).
 */
export function dockerConfigJsonTemplate(address: string, username: string): string {
  const user = goStringLiteral(username);
  return (
    `{{ dict "auths" (dict ${goStringLiteral(address)} (dict "username" ${user} "password" .password ` +
    `"auth" (printf "%s:%s" ${user} .password | b64enc))) | toJson }}`
  );
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
  return {
    name: registrySecretName(credential.username, credential.address),
    labels,
    annotations: { ...annotations, 'net.azure-devices.edge.registry': credential.name },
    storeRef: store,
    secretType: 'kubernetes.io/dockerconfigjson',
    data: [{ secretKey: 'password', remoteKey: registryPasswordKey(hub, credential.name) }],
    template: { '.dockerconfigjson': dockerConfigJsonTemplate(credential.address, credential.username) },
  };
}
