/**
 * Makes a snapshot safe to commit: every credential value is replaced by a fixed marker, so a snapshot can
 * be reviewed, stored in Git and replayed into `synth` without carrying a password or a key.
 */
import type { HubSnapshot } from '../model/hub-snapshot.js';
import { isJsonObject, type JsonValue } from '../model/json.js';
import { jsonPathOf } from '../model/json-path.js';
import { isCredentialName, looksLikeCredential, REDACTED_MARKER } from '../model/credential-patterns.js';

/** Why a value was redacted. */
export type RedactionReason = 'registry password' | 'registry password value' | 'credential env value' | 'credential module setting' | 'credential-shaped value' | 'device key';

/** One redacted value: where it was (never what it was). */
export interface Redaction {
  /** Configuration id, for values inside a configuration. */
  readonly configurationId?: string;
  /** Device id, for values inside a twin. */
  readonly deviceId?: string;
  /** JSON path inside that configuration or twin. */
  readonly jsonPath: string;
  readonly reason: RedactionReason;
}

// Module twin content may be written whole (`properties.desired`) or as layered keys
// (`properties.desired.runtime.settings.registryCredentials.acr`), so the rules below match the logical
// path: the module-content key split at dots, followed by the nested keys.
const MODULES_CONTENT = ['content', 'modulesContent'];
const REGISTRY_CREDENTIALS = ['properties', 'desired', 'runtime', 'settings', 'registryCredentials'];
const MODULE_SECTIONS = new Set(['modules', 'systemModules']);
const CREATE_OPTIONS = /^createOptions\d*$/i;
// A Docker `Env` entry inside createOptions text: "NAME=value" (JSON string, escapes allowed).
const ENV_ENTRY = /"([A-Za-z_][A-Za-z0-9_.-]*)=((?:[^"\\]|\\.)*)"/g;

type Key = string | number;
type Report = (path: Key[], reason: RedactionReason) => void;
interface _Where {
  readonly path: Key[];
  /** Module of `content.modulesContent.<module>` the value is in. */
  readonly module?: string;
  /** Logical path inside that module's content. */
  readonly logical?: string[];
  /** Every registry password of the snapshot: the same text anywhere else is the same secret. */
  readonly passwords: ReadonlySet<string>;
}

/**
 * Returns a copy of the snapshot in which credential values are replaced by `REDACTED_MARKER`:
 * - `$edgeAgent` registry passwords (`runtime.settings.registryCredentials.<name>.password`, whole or layered);
 * - `$edgeAgent` module env values whose name says credential (`isCredentialName`), and such `NAME=value`
 *   entries inside `createOptions` text (only the value is replaced; a pair split across createOptions
 *   chunks is not seen);
 * - string settings of custom modules' desired properties whose key says credential (`FacadeAuthCode`);
 * - any string anywhere that embeds `SharedAccessKey=`, `AccountKey=`, a SAS token or URL signature, a
 *   private key or a GitHub token (`looksLikeCredential`);
 * - twin `authentication.*Key` values;
 * - any string equal to one of the registry passwords (translate treats such an env value as a credential
 *   by that equality, which a redacted password could no longer show).
 * Everything else is kept as is. The input is not modified. `onRedact` hears of each replacement, by path.
 */
export function redactSnapshot(snapshot: HubSnapshot, onRedact?: (redaction: Redaction) => void): HubSnapshot {
  const report = onRedact ?? (() => undefined);
  const passwords = _registryPasswords(snapshot);
  return {
    ...snapshot,
    configurations: snapshot.configurations.map((configuration) => {
      const configurationId = isJsonObject(configuration) && typeof configuration['id'] === 'string' ? configuration['id'] : undefined;
      return _redact(configuration, { path: [], passwords }, (path, reason) => report({ configurationId, jsonPath: jsonPathOf('', ...path), reason }));
    }),
    devices: snapshot.devices.map((twin) => {
      const deviceId = isJsonObject(twin) && typeof twin['deviceId'] === 'string' ? twin['deviceId'] : undefined;
      return _redact(twin, { path: [], passwords }, (path, reason) => report({ deviceId, jsonPath: jsonPathOf('', ...path), reason }));
    }),
  };
}

function _redact(value: JsonValue, where: _Where, report: Report, onValue?: (value: string | number, reason: RedactionReason) => void): JsonValue {
  if (Array.isArray(value)) {
    return value.map((item, index) => _redact(item, { ...where, path: [...where.path, index], logical: where.logical && [...where.logical, String(index)] }, report, onValue));
  }
  if (isJsonObject(value)) {
    const copy: Record<string, JsonValue> = {};
    const moduleLevel = _samePath(where.path, MODULES_CONTENT);
    const contentLevel = where.module !== undefined && where.path.length === MODULES_CONTENT.length + 1;
    for (const [key, child] of Object.entries(value)) {
      const childWhere: _Where = moduleLevel
        ? { path: [...where.path, key], module: key, passwords: where.passwords }
        : { path: [...where.path, key], module: where.module, logical: contentLevel ? key.split('.') : where.logical && [...where.logical, key], passwords: where.passwords };
      // defineProperty, not assignment: a `__proto__` key (legal in JSON) must stay a key.
      Object.defineProperty(copy, key, { value: _redact(child, childWhere, report, onValue), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  if (value === null || typeof value === 'boolean') return value;
  const reason = _reasonAt(where, value);
  if (reason !== undefined) {
    onValue?.(value, reason);
    report(where.path, reason);
    return REDACTED_MARKER;
  }
  if (typeof value === 'string' && where.module === '$edgeAgent' && CREATE_OPTIONS.test(where.logical?.[where.logical.length - 1] ?? '')) {
    return _redactEnvEntries(value, where.path, report);
  }
  return value;
}

function _reasonAt(where: _Where, value: string | number): RedactionReason | undefined {
  const { path, module, logical } = where;
  if (module === '$edgeAgent' && logical !== undefined && _isRegistryPassword(logical)) return 'registry password';
  if (module === '$edgeAgent' && logical !== undefined && _isCredentialEnv(logical)) return 'credential env value';
  if (typeof value === 'string' && module !== undefined && !module.startsWith('$') && logical !== undefined && _isCredentialSetting(logical)) return 'credential module setting';
  if (path[0] === 'authentication' && /key$/i.test(String(path[path.length - 1]))) return 'device key';
  if (typeof value === 'string' && looksLikeCredential(value)) return 'credential-shaped value';
  if (typeof value === 'string' && where.passwords.has(value)) return 'registry password value';
  return undefined;
}

/** The registry passwords of every configuration (whole `$edgeAgent` documents and layered credential keys). */
function _registryPasswords(snapshot: HubSnapshot): Set<string> {
  const found = new Set<string>();
  for (const configuration of snapshot.configurations) {
    _redact(configuration, { path: [], passwords: new Set() }, () => undefined, (value, reason) => {
      if (reason === 'registry password' && typeof value === 'string' && value !== '') found.add(value);
    });
  }
  return found;
}

function _redactEnvEntries(text: string, path: Key[], report: Report): string {
  let found = false;
  const result = text.replace(ENV_ENTRY, (entry, name: string) => {
    if (!isCredentialName(name)) return entry;
    found = true;
    return `"${name}=${REDACTED_MARKER}"`;
  });
  if (found) report(path, 'credential env value');
  return result;
}

function _isRegistryPassword(logical: string[]): boolean {
  // The credential name may itself contain dots (`contoso.azurecr.io`) when written as a layered key.
  return logical.length >= REGISTRY_CREDENTIALS.length + 2 && _startsWith(logical, REGISTRY_CREDENTIALS) && logical[logical.length - 1] === 'password';
}

function _isCredentialEnv(logical: string[]): boolean {
  // properties.desired.<modules|systemModules>.<module>.env.<NAME>[.value]
  if (logical[0] !== 'properties' || logical[1] !== 'desired' || !MODULE_SECTIONS.has(logical[2] ?? '') || logical[4] !== 'env') return false;
  const nameParts = logical.slice(5);
  if (nameParts.length > 1 && nameParts[nameParts.length - 1] === 'value') nameParts.pop();
  return nameParts.length > 0 && isCredentialName(nameParts.join('.'));
}

function _isCredentialSetting(logical: string[]): boolean {
  // properties.desired.<...>.<name>: the nearest key that is not an array index names the setting.
  if (logical[0] !== 'properties' || logical[1] !== 'desired') return false;
  const name = [...logical.slice(2)].reverse().find((key) => !/^\d+$/.test(key));
  return name !== undefined && isCredentialName(name);
}

function _startsWith(path: readonly Key[], prefix: readonly string[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}

function _samePath(path: readonly Key[], other: readonly string[]): boolean {
  return path.length === other.length && _startsWith(path, other);
}
