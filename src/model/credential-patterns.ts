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
const CREDENTIAL_NAME = /PASSWORD|PASSWD|PASSPHRASE|SECRET|KEY|TOKEN|CREDENTIAL|PRIVATE|AUTH_?CODE|CONNECTION_?STRING/i;
// Short names are matched as whole words only (split at `_`, `-`, `.`, spaces and camelCase humps):
// `DB_PWD`, `mqttPass`, `SAS` and `blob-sas` are credentials; `BYPASS_PROXY`, `COMPASS_URL` and `KANSAS` are not.
const CREDENTIAL_WORDS = new Set(['PWD', 'PASS', 'SAS']);

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
  // `Server=…;User Id=…;Password=…` (SQL Server, PostgreSQL, MySQL connection strings) and `Pwd=`.
  /(?:^|[;\s])(?:Password|Pwd)\s*=/i,
  // user:password@ in a URL (`mongodb://admin:pw@host`, `rtsp://user:pw@camera/stream`); a bare `user@` is not a secret.
  /\b[a-z][a-z0-9+.-]*:\/\/[^/\s@:]*:[^/\s@]*@/i,
  // a JSON Web Token: base64url header and payload, both JSON objects (`eyJ` is `{"`), and a signature
  /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/,
  // an HTTP bearer token, as pasted into an Authorization value
  /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/i,
  // an AWS access key id (long-term `AKIA`, temporary `ASIA`)
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
];

/**
 * True when an environment variable, setting, label, tag or command-line flag name says its value is a
 * credential: it contains PASSWORD, PASSWD, PASSPHRASE, SECRET, KEY, TOKEN, CREDENTIAL, PRIVATE, AUTHCODE or
 * CONNECTIONSTRING, or has the word PWD, PASS or SAS.
 */
export function isCredentialName(name: string): boolean {
  if (CREDENTIAL_NAME.test(name)) return true;
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .some((word) => CREDENTIAL_WORDS.has(word.toUpperCase()));
}

/**
 * True when a string value embeds a credential whatever its key is called: Azure connection strings and SAS,
 * `Password=`/`Pwd=` connection strings, a password in a URL, a private key, a GitHub token, a JWT, a bearer
 * token, an AWS access key id — or REDACTED_MARKER, which stands for one, so that a redacted snapshot is
 * translated exactly as the live hub it was read from.
 */
export function looksLikeCredential(value: string): boolean {
  return value.includes(REDACTED_MARKER) || CREDENTIAL_VALUE.some((pattern) => pattern.test(value));
}

/** A credential inside one command-line argument: `args[index]` is `prefix` followed by the secret. */
export interface ArgCredential {
  readonly index: number;
  /** What stays in clear: `--password=` for `--password=X`, '' when the whole argument is the secret. */
  readonly prefix: string;
}

const FLAG = /^--?([A-Za-z][A-Za-z0-9_.-]*)$/;
const FLAG_WITH_VALUE = /^(--?([A-Za-z][A-Za-z0-9_.-]*)=)(.*)$/s;

/**
 * The credentials in a command line (Docker `Cmd` or `Entrypoint`), by the same name and value rules:
 * the argument after a flag whose name says credential (`--password X`, `-sas-token X`; not when it is
 * itself a flag), the value of such a flag written `--password=X`, and any argument that looks like a
 * credential (a connection string, a URL with a password, a token). Sorted by index.
 */
export function credentialArgs(args: readonly string[]): ArgCredential[] {
  const found: ArgCredential[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const withValue = FLAG_WITH_VALUE.exec(arg);
    if (withValue !== null && isCredentialName(withValue[2]!) && withValue[3] !== '') {
      found.push({ index: i, prefix: withValue[1]! });
      continue;
    }
    if (looksLikeCredential(arg)) {
      found.push({ index: i, prefix: '' });
      continue;
    }
    const flag = FLAG.exec(arg);
    const next = args[i + 1];
    if (flag !== null && isCredentialName(flag[1]!) && next !== undefined && !next.startsWith('-')) {
      found.push({ index: i + 1, prefix: '' });
      i++;
    }
  }
  return found;
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
  for (const [key, child] of Object.entries(value)) {
    // defineProperty, not assignment: a `__proto__` key (legal in JSON) must stay a key, not become a prototype.
    Object.defineProperty(out, key, { value: redactCredentials(child, onRedact, [...path, key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * `text` with the user info of every URL in it removed (`https://user:token@host/x` → `https://host/x`): for
 * naming a repository or a command line where neither a credential nor a marker belongs.
 */
export function withoutUrlUserInfo(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1');
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
