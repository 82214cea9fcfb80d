import { createHash } from 'node:crypto';
import { ConfigError, InternalError } from '../errors.js';

/**
 * Remote keys (the secret-store paths ExternalSecrets read) are built only from parts encoded here and end in
 * `checkRemoteKey`, so no id, env name or credential name can add a segment, climb out of its prefix (`..` on a
 * store that normalises paths, Vault's HTTP API, file-backed stores) or cut the key (`?`, `#` in a URL).
 *
 * A segment keeps the characters of an RFC 3986 path segment that no store reads specially (letters, digits,
 * `-._~!$'()*+,=:@`); every other byte of its UTF-8 form, `%` included, becomes `%XX` (upper-case hex), and a
 * segment made only of dots has its dots encoded (`..` → `%2E%2E`). That is injective: decoding gives the part
 * back. A segment longer than REMOTE_KEY_SEGMENT_MAX once encoded keeps a readable prefix and ends in `%7E` +
 * the SHA-256 (hex) of the whole encoded segment; `%7E` never occurs otherwise, because `~` is kept as is.
 */

/** Most characters one encoded segment may have (device ids, the longest IoT Hub ids, are at most 128). */
export const REMOTE_KEY_SEGMENT_MAX = 128;
/** Most characters a whole remote key may have. */
export const REMOTE_KEY_MAX = 1024;

const SAFE_CHAR = /^[A-Za-z0-9\-._~!$'()*+,=:@]$/;
const SEGMENT = /^(?:[A-Za-z0-9\-._~!$'()*+,=:@]|%[0-9A-F]{2})+$/;
const HASH_MARK = '%7E';
const PREFIX_MAX = REMOTE_KEY_SEGMENT_MAX - HASH_MARK.length - 64;

/** UTF-8 bytes of one code point; a lone surrogate (possible in JSON text) gets its own 3 bytes, so no two parts share an encoding. */
function _utf8(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000) return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  return [0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
}

function _percent(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * One part of a remote key (hub, device id, module name, env name, credential name, file name), encoded as
 * described above. Throws ConfigError for an empty part: no encoding of "nothing" would be a segment; the
 * caller adds the configuration, device, module and JSON path.
 */
export function remoteKeySegment(part: string): string {
  if (part === '') throw new ConfigError('an empty name cannot be part of a secret-store key');
  let out = '';
  if (/^\.+$/.test(part)) {
    out = part.replace(/\./g, '%2E');
  } else {
    for (const ch of part) {
      out += SAFE_CHAR.test(ch) ? ch : _utf8(ch.codePointAt(0)!).map(_percent).join('');
    }
  }
  if (out.length <= REMOTE_KEY_SEGMENT_MAX) return out;
  let prefix = out.slice(0, PREFIX_MAX);
  const cut = prefix.lastIndexOf('%');
  if (cut > prefix.length - 3 && cut >= 0) prefix = prefix.slice(0, cut);
  return `${prefix}${HASH_MARK}${createHash('sha256').update(out).digest('hex')}`;
}

/**
 * The check every remote key passes before it is written: `/`-separated segments, none empty, `.` or `..`,
 * each only of the kept characters and `%XX` escapes and at most REMOTE_KEY_SEGMENT_MAX long, the whole at most
 * REMOTE_KEY_MAX. Keys are built from `remoteKeySegment` parts, so a failure here is a bug (InternalError).
 */
export function checkRemoteKey(key: string): string {
  const problem =
    key.length > REMOTE_KEY_MAX
      ? `longer than ${REMOTE_KEY_MAX} characters`
      : key
          .split('/')
          .map((s) =>
            s === ''
              ? 'has an empty segment'
              : s === '.' || s === '..'
                ? `has a '${s}' segment`
                : !SEGMENT.test(s)
                  ? `has a segment with a character outside [A-Za-z0-9-._~!$'()*+,=:@] that is not %-encoded`
                  : s.length > REMOTE_KEY_SEGMENT_MAX
                    ? `has a segment longer than ${REMOTE_KEY_SEGMENT_MAX} characters`
                    : '',
          )
          .find((p) => p !== '');
  if (problem !== undefined && problem !== '') throw new InternalError(`secret-store key '${key}' ${problem}`, { stage: 'translate' });
  return key;
}

/** A remote key from raw parts: each part encoded by `remoteKeySegment`, joined by `/`, then checked. */
export function remoteKey(...parts: readonly string[]): string {
  return checkRemoteKey(parts.map(remoteKeySegment).join('/'));
}
