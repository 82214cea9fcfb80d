/**
 * Makes text that came from outside (library error messages, service error bodies) safe to print: library
 * errors often embed the request options, and with them the SAS token or the connection string.
 */

const MARKER = '<redacted>';

// `name=value` pairs whose value is a credential, up to the next separator of a connection string,
// a query string, a header list or a quoted JSON string.
const SECRET_PAIR = /\b(SharedAccessKey|AccountKey|sig|SharedAccessSignature|password|pwd|token|access_token)=[^;&\s"',}]*/gi;
// A whole SAS token as it appears in an Authorization header.
const SAS_TOKEN = /SharedAccessSignature\s+[^\s"',}]+/gi;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;

/**
 * Returns `text` with every known secret (exactly and URL-encoded) and every credential-shaped
 * `name=value` pair replaced by `<redacted>`. `known` is the connection string, its key and anything
 * else the caller holds; values shorter than 4 characters are ignored so that scrubbing cannot shred text.
 */
export function scrubSecrets(text: string, known: readonly string[] = []): string {
  let result = text;
  const variants = known
    .filter((secret) => secret.length >= 4)
    .flatMap((secret) => [secret, encodeURIComponent(secret)])
    // Longest first, so that a connection string is replaced whole before its key is.
    .sort((a, b) => b.length - a.length);
  for (const secret of variants) result = result.split(secret).join(MARKER);
  return result.replace(SAS_TOKEN, `SharedAccessSignature ${MARKER}`).replace(SECRET_PAIR, `$1=${MARKER}`).replace(BEARER, `Bearer ${MARKER}`);
}
