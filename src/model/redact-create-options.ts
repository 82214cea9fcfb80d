import { credentialArgs, isCredentialName, looksLikeCredential, REDACTED_MARKER } from './credential-patterns.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json.js';

/** Why a createOptions value was redacted. */
export type CreateOptionsRedactionReason = 'credential env value' | 'credential argument' | 'credential label' | 'credential-shaped value' | 'registry password value';

/** Hears of each createOptions value found to be a credential, by path inside createOptions — also when it already was the marker. */
export type OnCreateOptionsRedaction = (path: readonly (string | number)[], reason: CreateOptionsRedactionReason) => void;

/**
 * Parsed Docker create options with every credential replaced by REDACTED_MARKER, by one rule shared by
 * snapshot redaction and translation, so that a redacted snapshot translates exactly like the live hub:
 * - `Env` entries `NAME=value` whose name says credential, whose value looks like one or equals a registry
 *   password: only the value is replaced (`DB_PASSWORD=<marker>`); an empty value is kept;
 * - `Cmd` and `Entrypoint` arguments found by `credentialArgs` (`--password X`, `--token=X`, a connection
 *   string): the secret part is replaced, a `--flag=` prefix kept; a single string stays a single string;
 * - `Labels` values whose label name says credential or whose value looks like one;
 * - any other string that looks like a credential or equals a registry password. Key names are not used
 *   there: `secretName` of a k8s-experimental volume names a Secret, it is not one.
 * Idempotent: the marker is itself credential-shaped, so redacting twice changes nothing more, and
 * `onRedact` hears of a marker as of the value it replaced. The input is not modified.
 */
export function redactCreateOptions(options: JsonObject, registryPasswords: ReadonlySet<string>, onRedact: OnCreateOptionsRedaction = () => undefined): JsonObject {
  const secretValue = (value: string): boolean => looksLikeCredential(value) || (value !== '' && registryPasswords.has(value));
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(options)) {
    let copy: JsonValue;
    if (key === 'Env' && Array.isArray(value)) copy = value.map((entry, i) => _redactEnvEntry(entry, i, secretValue, onRedact));
    else if ((key === 'Cmd' || key === 'Entrypoint') && (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')))) copy = _redactArgs(key, value, onRedact);
    else if (key === 'Labels' && isJsonObject(value)) copy = _redactLabels(value, secretValue, onRedact);
    else copy = _redactShaped(value, [key], secretValue, onRedact);
    // defineProperty, not assignment: a `__proto__` key (legal in JSON) must stay a key.
    Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function _redactEnvEntry(entry: JsonValue, index: number, secretValue: (value: string) => boolean, onRedact: OnCreateOptionsRedaction): JsonValue {
  if (typeof entry !== 'string') return _redactShaped(entry, ['Env', index], secretValue, onRedact);
  const eq = entry.indexOf('=');
  if (eq <= 0) return _redactShaped(entry, ['Env', index], secretValue, onRedact);
  const name = entry.slice(0, eq);
  const value = entry.slice(eq + 1);
  if (value === '' || !(isCredentialName(name) || secretValue(value))) return entry;
  onRedact(['Env', index], _registryPasswordOnly(name, value, secretValue) ? 'registry password value' : 'credential env value');
  return `${name}=${REDACTED_MARKER}`;
}

function _registryPasswordOnly(name: string, value: string, secretValue: (value: string) => boolean): boolean {
  return !isCredentialName(name) && !looksLikeCredential(value) && secretValue(value);
}

function _redactArgs(field: string, value: string | readonly JsonValue[], onRedact: OnCreateOptionsRedaction): JsonValue {
  const args = (typeof value === 'string' ? [value] : value) as string[];
  const copy = [...args];
  for (const { index, prefix } of credentialArgs(args)) {
    onRedact([field, index], 'credential argument');
    copy[index] = `${prefix}${REDACTED_MARKER}`;
  }
  return typeof value === 'string' ? copy[0]! : copy;
}

function _redactLabels(labels: JsonObject, secretValue: (value: string) => boolean, onRedact: OnCreateOptionsRedaction): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(labels)) {
    let copy: JsonValue = value;
    if (typeof value === 'string' && (isCredentialName(key) || secretValue(value))) {
      onRedact(['Labels', key], 'credential label');
      copy = REDACTED_MARKER;
    } else if (typeof value !== 'string') {
      copy = _redactShaped(value, ['Labels', key], secretValue, onRedact);
    }
    Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function _redactShaped(value: JsonValue, path: readonly (string | number)[], secretValue: (value: string) => boolean, onRedact: OnCreateOptionsRedaction): JsonValue {
  if (typeof value === 'string') {
    if (!secretValue(value)) return value;
    onRedact(path, looksLikeCredential(value) ? 'credential-shaped value' : 'registry password value');
    return REDACTED_MARKER;
  }
  if (Array.isArray(value)) return value.map((item, i) => _redactShaped(item, [...path, i], secretValue, onRedact));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: _redactShaped(child, [...path, key], secretValue, onRedact), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
