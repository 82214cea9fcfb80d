/**
 * Last line of defence before text leaves the process: library errors often embed request options, URLs
 * or headers. Removes known secret values and anything shaped like a key, SAS signature or token.
 */
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/\b(SharedAccessKey|AccountKey|SharedAccessSignature|sig|password|token|access_token)=([^;&\s"']+)/gi, '$1=***'],
  [/\b(Authorization["']?\s*[:=]\s*["']?)(SharedAccessSignature|Bearer|token|Basic)?\s*[^\s"',}]+/gi, '$1***'],
  [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, '***'],
];

/** Names of environment variables whose values are secrets. */
const SECRET_ENV_NAME = /TOKEN|CONNECTION_STRING|PASSWORD|SECRET|KEY/i;

/** Replaces every occurrence of the given secret values and of key-like patterns with `***`. */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= 4) out = out.split(secret).join('***');
  }
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}

/** Values of environment variables whose names say they hold secrets (GITHUB_TOKEN, IOTHUB_CONNECTION_STRING…). */
export function secretValuesOf(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_ENV_NAME.test(name) && value !== undefined && value.length >= 4)
    .map(([, value]) => value!);
}
