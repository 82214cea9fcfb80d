import type { JsonObject, JsonValue } from './json.js';

/**
 * What counts as a credential, in one place, so that snapshot redaction, message scrubbing and any later
 * stage that must keep secrets out of its output agree on the same rules.
 */

/** Replaces every credential value in a snapshot: fixed, so that a redacted snapshot is deterministic and greppable. */
export const REDACTED_MARKER = '<redacted:iotedge-gitops>';

// Names are matched as substrings, case-insensitively: `ACR_PASSWORD`, `apiKey`, `GITHUB_TOKEN`,
// `ClientSecret`, `FacadeAuthCode`. Over-matching (`KEYBOARD`) only hides a harmless value;
// under-matching leaks a secret.
const CREDENTIAL_NAME = /PASSWORD|PASSWD|SECRET|KEY|TOKEN|CREDENTIAL|AUTH_?CODE|CONNECTION_?STRING/i;

// A value carries a credential when it embeds one of the Azure connection-string or SAS markers, a
// private key, or a GitHub token. The markers are what `az` and the portal put in the strings users paste.
const CREDENTIAL_VALUE = [
  /SharedAccessKey\s*=/i,
  /AccountKey\s*=/i,
  /SharedAccessSignature\s/i,
  /[?&]sig=/i,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/,
];

/** True when an environment variable or setting name says its value is a credential (PASSWORD, SECRET, KEY, TOKEN, CREDENTIAL, AUTHCODE, CONNECTIONSTRING). */
export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
}

/** True when a string value embeds a credential whatever its key is called (connection strings, SAS URLs, private keys, tokens). */
export function looksLikeCredential(value: string): boolean {
  return CREDENTIAL_VALUE.some((pattern) => pattern.test(value));
}

/**
 * A copy of `value` in which every string that is a credential — under a key whose name says so, or
 * shaped like one — is replaced by REDACTED_MARKER. `onRedact` receives the path of each replaced value.
 */
export function redactCredentials(value: JsonValue, onRedact: (path: readonly string[]) => void = () => undefined, path: readonly string[] = []): JsonValue {
  if (typeof value === 'string') {
    const key = path[path.length - 1];
    if ((key !== undefined && isCredentialName(key)) || looksLikeCredential(value)) {
      onRedact(path);
      return REDACTED_MARKER;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => redactCredentials(item, onRedact, [...path, String(i)]));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) out[key] = redactCredentials(child, onRedact, [...path, key]);
  return out;
}

/** What scrubbed text shows in place of a secret. */
export const SCRUBBED = '<redacted>';

// Shapes of secrets in free text (library errors echo URLs, headers and request options), applied in order.
const SECRET_TEXT: readonly [RegExp, string][] = [
  // user:password@ (or a bare token@) in a URL
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@:'"]*(:[^/\s@'"]*)?@/gi, `$1${SCRUBBED}@`],
  // a whole SAS token (IoT Hub Authorization header)
  [/SharedAccessSignature\s+[^\s"',}]+/gi, `SharedAccessSignature ${SCRUBBED}`],
  // an Authorization header value, keeping its scheme
  [/(authorization["']?\s*[:=]\s*["']?)(basic\s+|bearer\s+|token\s+)?(?!SharedAccessSignature\s)[^\s"',}]+/gi, `$1$2${SCRUBBED}`],
  [/\bBearer\s+(?!<redacted>)[A-Za-z0-9._~+/=-]+/gi, `Bearer ${SCRUBBED}`],
  // name=value pairs of connection strings, query strings and form bodies
  [/\b(SharedAccessKey|AccountKey|sig|password|pwd|token|access_token)=(?!<redacted>)[^;&\s"',}]+/gi, `$1=${SCRUBBED}`],
  [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, SCRUBBED],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, SCRUBBED],
];

/**
 * Text safe to print or store: every known secret value (as is and URL-encoded; values shorter than 8
 * characters are ignored so that scrubbing cannot shred ordinary words) and everything shaped like a
 * credential in a URL, header, connection string or token is replaced by `<redacted>`.
 */
export function scrubSecrets(text: string, known: readonly (string | undefined)[] = []): string {
  let result = text;
  const variants = known
    .filter((secret): secret is string => secret !== undefined && secret.length >= 8)
    .flatMap((secret) => [secret, encodeURIComponent(secret)])
    // Longest first, so that a connection string is replaced whole before its key is.
    .sort((a, b) => b.length - a.length);
  for (const secret of variants) result = result.split(secret).join(SCRUBBED);
  for (const [pattern, replacement] of SECRET_TEXT) result = result.replace(pattern, replacement);
  return result;
}
