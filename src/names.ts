/**
 * Every Kubernetes name and label value the tool writes comes from here, so that the rules are in one
 * place (README "Names") and property tests can cover them.
 */
import { createHash } from 'node:crypto';
import { ConfigError, InternalError } from './errors.js';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
/** Length of the hash suffix: `-` + 8 hex characters. */
const HASH_SUFFIX_LENGTH = 9;

/** First 8 hex characters of the SHA-256 of the UTF-8 text: short, stable, and collision-resistant enough for names. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** True when `name` is a DNS-1123 label of at most `max` characters. */
export function isDnsLabel(name: string, max = 63): boolean {
  return name.length <= max && DNS_LABEL.test(name);
}

function _sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

function _withHash(cleaned: string, original: string, max: number): string {
  const head = cleaned.slice(0, max - HASH_SUFFIX_LENGTH).replace(/-+$/, '');
  return head === '' ? `h${shortHash(original)}` : `${head}-${shortHash(original)}`;
}

/**
 * A DNS-1123 label for a module resource name (Deployment, Service, ServiceAccount, container):
 * lower-cased, every other character replaced by `-`, runs collapsed, ends trimmed; `m-` prefixed when
 * it would start with a digit (Services need RFC 1035); longer than `max` → cut and `-<hash8>` appended.
 * `$edgeHub` → `edgehub`. Returns '' only for input with no letter or digit at all.
 */
export function dnsLabel(name: string, max = 63): string {
  let cleaned = _sanitize(name);
  if (cleaned === '') return '';
  if (/^[0-9]/.test(cleaned)) cleaned = `m-${cleaned}`;
  return cleaned.length <= max ? cleaned : _withHash(cleaned, name, max);
}

/**
 * The namespace of a device: `msiot-<hub>-<deviceId>` (the IoT Edge on Kubernetes convention) when that
 * is already a valid DNS-1123 label of ≤ 63 characters. Otherwise it is sanitized like `dnsLabel`, and a
 * hash of the original device id is appended so that distinct device ids (`Dev1`, `dev1`) never share a
 * namespace; the result is cut to fit 63 characters.
 */
export function deviceNamespace(hub: string, deviceId: string): string {
  const plain = `msiot-${hub}-${deviceId}`;
  if (isDnsLabel(plain)) return plain;
  const cleaned = _sanitize(plain);
  const suffix = shortHash(`${hub}\u0000${deviceId}`);
  const head = cleaned.slice(0, 63 - HASH_SUFFIX_LENGTH).replace(/-+$/, '');
  return `${head}-${suffix}`;
}

/** True when `value` is a valid Kubernetes label value. */
export function isLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/**
 * A valid label value for an arbitrary id: kept when already valid; otherwise characters outside
 * `[A-Za-z0-9-_.]` become `-`, non-alphanumeric ends are trimmed, and anything over 63 characters is cut
 * with a hash suffix. The original id always goes into an annotation of the same key.
 */
export function labelValue(value: string): string {
  if (isLabelValue(value)) return value;
  const cleaned = value.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (cleaned.length <= 63 && cleaned !== '') return cleaned;
  const head = cleaned.slice(0, 63 - HASH_SUFFIX_LENGTH).replace(/[^A-Za-z0-9]+$/, '');
  return head === '' ? `h${shortHash(value)}` : `${head}-${shortHash(value)}`;
}

/** The hub name from a host name: its first dot-separated label (`myhub.azure-devices.net` → `myhub`). */
export function hubNameOf(hostName: string): string {
  return hostName.split('.')[0] ?? hostName;
}

/** File name of the inventory at the output root. */
export const INVENTORY_FILE = 'inventory.json';
/** Folder under the output root that holds one directory per device. */
export const DEVICES_DIR = 'devices';

/** File name of each cluster's inventory: `devices/<cluster>/inventory.json` (same shape, that cluster's devices only). */
export function clusterInventoryFile(cluster: string): string {
  return `${DEVICES_DIR}/${cluster}/${INVENTORY_FILE}`;
}

/**
 * True when `name` is a cluster folder name as the tool writes it (`devices/<name>/`): a DNS-1123 label, which is
 * what the cluster tag becomes (`clusterOf` in translate). `--cluster` takes only such names.
 */
export function isClusterFolderName(name: string): boolean {
  return isDnsLabel(name);
}

/** The cluster of a path under the output root (`devices/<cluster>/…`, any depth); undefined for any other path. */
export function clusterOfPath(relative: string): string | undefined {
  const parts = relative.split('/');
  return parts.length >= 2 && parts[0] === DEVICES_DIR && parts[1] !== '' ? parts[1] : undefined;
}

/**
 * Where a path under the output root lies in the layout `deviceDir` and `clusterInventoryFile` name: a cluster
 * folder `devices/<cluster>`, its inventory `devices/<cluster>/inventory.json`, a device directory
 * `devices/<cluster>/<namespace>`, or a file in one, `devices/<cluster>/<namespace>/<file>`. For reading paths found
 * on disk or in a plan; a device's own directory is named once, by `deviceIdentity`.
 */
export interface OutputPlace {
  readonly cluster: string;
  /** True for `devices/<cluster>/inventory.json`. */
  readonly inventory: boolean;
  /** Set for a device directory and a file in one. */
  readonly namespace?: string;
  /** `devices/<cluster>/<namespace>`, set with `namespace`. */
  readonly dir?: string;
  /** The file name, for a file in a device directory. */
  readonly file?: string;
}

/** The place of `relative` (POSIX, from the output root); undefined outside `devices/<cluster>/` or below a device's files. */
export function outputPlace(relative: string): OutputPlace | undefined {
  const parts = relative.split('/');
  if (parts.length < 2 || parts.length > 4 || parts[0] !== DEVICES_DIR || parts[1] === '') return undefined;
  const cluster = parts[1]!;
  if (parts.length === 2) return { cluster, inventory: false };
  const namespace = parts[2]!;
  if (parts.length === 3 && namespace === INVENTORY_FILE) return { cluster, inventory: true };
  const dir = `${DEVICES_DIR}/${cluster}/${namespace}`;
  return parts.length === 3 ? { cluster, inventory: false, namespace, dir } : { cluster, inventory: false, namespace, dir, file: parts[3]! };
}

/** Characters a cluster name may not hold, because it becomes one directory name on every OS Git runs on. */
const UNSAFE_SEGMENT = /[/\\:*?"<>|\u0000-\u001f]/;

/**
 * The directory of a device relative to the output root: `devices/<cluster>/<namespace>`, POSIX.
 * The cluster comes from a twin tag, so it is checked here to be one safe path segment (no separator,
 * not `.` or `..`): anything else would write outside the device tree. The namespace is a DNS-1123 label
 * (`deviceNamespace`); a violation is a bug upstream. Called once per device, by `deviceIdentity` in translate.
 * @throws ConfigError for an unsafe cluster name, InternalError for an invalid namespace.
 */
export function deviceDir(cluster: string, namespace: string, deviceId?: string): string {
  if (cluster === '' || cluster === '.' || cluster === '..' || UNSAFE_SEGMENT.test(cluster)) {
    throw new ConfigError(
      `cluster name '${cluster}' cannot be a directory name (empty, '.', '..', or holds / \\ : * ? " < > | or a control character)`,
      { stage: 'translate', deviceId },
    );
  }
  if (!isDnsLabel(namespace)) {
    throw new InternalError(`namespace '${namespace}' is not a DNS-1123 label`, { stage: 'translate', deviceId });
  }
  return `${DEVICES_DIR}/${cluster}/${namespace}`;
}

/** Name of the edgeHub Service that modules reach as IOTEDGE_GATEWAYHOSTNAME (as the original runtime). */
export const GATEWAY_HOST_NAME = 'edgehub';
