import { createHash } from 'node:crypto';
import { ConfigError, InternalError } from '../errors.js';

/**
 * Remote keys (the secret-store names ExternalSecrets read and `provision` writes) are built only here and end in
 * `checkRemoteKey`, so every key is a valid name in every common store: Azure Key Vault secret names
 * (`^[0-9a-zA-Z-]{1,127}$`, compared without case), AWS Secrets Manager (`[A-Za-z0-9/_+=.@-]`, ≤ 512), GCP Secret
 * Manager (`[A-Za-z0-9_-]{1,255}`) and HashiCorp Vault KV paths (no `/`, `..`, `?`, `#` inside a part).
 *
 * A key is its parts joined by `--`. A part that is already lower-case letters and digits in runs joined by single
 * dashes (`myhub`, `device-1`, `connection-string`) is written as it is. Such parts contain no `--` and neither
 * start nor end in `-`, so a key made only of them splits back into exactly its parts: two such keys never meet,
 * not even without case, since they are all lower case. Any other part (`Dev1`, `$edgeHub`, `dev_1`) is written in
 * a readable lower-case form, and the key then ends in `---` + the first 32 hex digits (128 bits) of the SHA-256 of
 * the exact parts: `---` never occurs in a key without a hash, and the hash tells `Dev1` from `dev1`. A key longer
 * than 127 characters keeps a readable prefix and gets the hash the same way.
 */

/** Most characters of a remote key (Azure Key Vault secret names; the strictest of the stores above). */
export const REMOTE_KEY_MAX = 127;
/** Hex digits of the SHA-256 suffix a key gets when its readable form is not exact. */
export const REMOTE_KEY_HASH_DIGITS = 32;

const KEY = /^[0-9a-zA-Z-]{1,127}$/;
const EXACT_PART = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PART_SEPARATOR = '--';
const HASH_MARK = '---';
const READABLE_MAX = REMOTE_KEY_MAX - HASH_MARK.length - REMOTE_KEY_HASH_DIGITS;

/** A part in lower-case letters and digits, every run of other characters one `-`, no dash at either end (`x` if nothing is left). */
function _readablePart(part: string): string {
  const readable = part
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return readable === '' ? 'x' : readable;
}

/**
 * The check every remote key passes before it is written: the Azure Key Vault secret name rule, which every other
 * store above accepts too. Keys are built by `remoteKey`, so a failure here is a bug (InternalError).
 */
export function checkRemoteKey(key: string): string {
  if (!KEY.test(key)) throw new InternalError(`secret-store key '${key}' is not 1 to ${REMOTE_KEY_MAX} letters, digits and dashes`, { stage: 'translate' });
  return key;
}

/**
 * The remote key of a secret given its parts (hub, device id, module, purpose, name…), as described above.
 * Throws ConfigError for an empty part (the caller adds the configuration, device, module and JSON path).
 */
export function remoteKey(...parts: readonly string[]): string {
  if (parts.length === 0 || parts.some((p) => p === '')) throw new ConfigError('an empty name cannot be part of a secret-store key');
  const exact = parts.every((p) => EXACT_PART.test(p));
  const readable = parts.map(_readablePart).join(PART_SEPARATOR);
  if (exact && readable.length <= REMOTE_KEY_MAX) return checkRemoteKey(readable);
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, REMOTE_KEY_HASH_DIGITS);
  const prefix = readable.slice(0, READABLE_MAX).replace(/-+$/, '');
  return checkRemoteKey(`${prefix}${HASH_MARK}${hash}`);
}
