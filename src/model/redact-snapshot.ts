/**
 * Makes a snapshot safe to commit: every credential value is replaced by a fixed marker, so a snapshot can
 * be reviewed, stored in Git and replayed into `synth` without carrying a password or a key.
 */
import type { HubSnapshot } from './hub-snapshot.js';
import { isJsonObject, type JsonValue } from './json.js';
import { jsonPathOf } from './json-path.js';
import { isCredentialName, looksLikeCredential, REDACTED_MARKER } from './credential-patterns.js';
import { CREATE_OPTIONS_CHUNK_SIZE, createOptionsChunkKey, isCreateOptionsKey, parseCreateOptions } from './create-options.js';
import type { Problem } from './problem.js';
import { redactCreateOptions, type CreateOptionsRedactionReason } from './redact-create-options.js';

/** Why a value was redacted. */
export type RedactionReason = 'registry password' | 'credential module setting' | 'credential twin property' | 'credential configuration label' | 'device key' | CreateOptionsRedactionReason;

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
// A JSON string literal inside createOptions text that does not parse (escapes allowed).
const STRING_LITERAL = /"((?:[^"\\]|\\.)*)"/g;

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
  /** Set inside a device twin: the words its target conditions read, which name-based redaction keeps. */
  readonly twin?: ReadonlySet<string>;
  /** Set inside a configuration: name-based redaction of its `labels`. */
  readonly configuration?: true;
}

/**
 * Returns a copy of the snapshot in which credential values are replaced by `REDACTED_MARKER`:
 * - `$edgeAgent` registry passwords (`runtime.settings.registryCredentials.<name>.password`, whole or layered);
 * - `$edgeAgent` module env values whose name says credential (`isCredentialName`);
 * - inside createOptions, by the rule translate applies (`redactCreateOptions`): credential `Env` values,
 *   `Cmd`/`Entrypoint` arguments and `Labels`. The chunks are joined and parsed as the agent does; when
 *   something was redacted the JSON is written again (JSON.stringify) and cut into 512-character chunks
 *   `createOptions`, `createOptions01`, … as IoT Edge tooling does, so the replay parses to the same options.
 *   createOptions that do not parse keep their chunks, with credential-shaped string literals and credential
 *   `NAME=value` entries replaced inside each chunk;
 * - string settings of custom modules' desired properties whose key says credential (`FacadeAuthCode`);
 * - twin `tags` and `properties.desired`/`reported` strings whose key says credential, unless a target
 *   condition of the snapshot reads that key (redacting it would change which devices a deployment targets),
 *   and configuration `labels` whose key says credential;
 * - any string anywhere that looks like a credential (`looksLikeCredential`: connection strings, SAS, URLs with
 *   a password, private keys, GitHub tokens, JWTs, bearer tokens, AWS key ids);
 * - twin `authentication.*Key` values;
 * - any string equal to one of the registry passwords (translate treats such an env value as a credential
 *   by that equality, which a redacted password could no longer show).
 * Everything else is kept as is. Redacting a redacted snapshot changes nothing. The input is not modified.
 * `onRedact` hears of each replacement, by path.
 */
export function redactSnapshot(snapshot: HubSnapshot, onRedact?: (redaction: Redaction) => void): HubSnapshot {
  const report = onRedact ?? (() => undefined);
  const passwords = _registryPasswords(snapshot);
  const conditionWords = _targetConditionWords(snapshot);
  return {
    ...snapshot,
    configurations: snapshot.configurations.map((configuration) => {
      const configurationId = isJsonObject(configuration) && typeof configuration['id'] === 'string' ? configuration['id'] : undefined;
      return _redact(configuration, { path: [], passwords, configuration: true }, (path, reason) => report({ configurationId, jsonPath: jsonPathOf('', ...path), reason }));
    }),
    devices: snapshot.devices.map((twin) => {
      const deviceId = isJsonObject(twin) && typeof twin['deviceId'] === 'string' ? twin['deviceId'] : undefined;
      return _redact(twin, { path: [], passwords, twin: conditionWords }, (path, reason) => report({ deviceId, jsonPath: jsonPathOf('', ...path), reason }));
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
    const childWhere = (key: string): _Where => ({
      path: [...where.path, key],
      module: moduleLevel ? key : where.module,
      logical: moduleLevel ? undefined : contentLevel ? key.split('.') : where.logical && [...where.logical, key],
      passwords: where.passwords,
      twin: where.twin,
      configuration: where.configuration,
    });
    const chunks = where.module === '$edgeAgent' ? _createOptionsChunks(value, where, contentLevel) : undefined;
    const done = new Set<string>();
    for (const [key, child] of Object.entries(value)) {
      if (done.has(key)) continue;
      const group = chunks?.get(key);
      if (group !== undefined) {
        for (const chunkKey of group) done.add(chunkKey);
        for (const [newKey, newValue] of _redactChunks(value, group, where, report)) _define(copy, newKey, newValue);
        continue;
      }
      _define(copy, key, _redact(child, childWhere(key), report, onValue));
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
  return value;
}

function _define(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  // defineProperty, not assignment: a `__proto__` key (legal in JSON) must stay a key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The createOptions chunks among the keys of one `$edgeAgent` object, grouped by the module `settings` they
 * belong to (the object may be the settings themselves or the module content with layered keys): first
 * chunk key → every chunk key of that settings, in key order; undefined when there is none.
 */
function _createOptionsChunks(value: Record<string, JsonValue>, where: _Where, contentLevel: boolean): Map<string, string[]> | undefined {
  let bySettings: Map<string, string[]> | undefined;
  for (const key of Object.keys(value)) {
    if (!isCreateOptionsKey(key)) continue;
    const logical = contentLevel ? key.split('.') : where.logical && [...where.logical, key];
    if (logical === undefined || !_isModuleSettings(logical.slice(0, -1)) || !isCreateOptionsKey(logical[logical.length - 1]!)) continue;
    const settings = logical.slice(0, -1).join('\u0000');
    bySettings ??= new Map();
    bySettings.set(settings, [...(bySettings.get(settings) ?? []), key]);
  }
  return bySettings && new Map([...bySettings.values()].map((group) => [group[0]!, group]));
}

/**
 * The redacted chunks of one module's createOptions (keys as written: `createOptions01` or a layered
 * `properties.desired.modules.m.settings.createOptions01`), in order. Unchanged when nothing is a credential.
 */
function _redactChunks(parent: Record<string, JsonValue>, keys: readonly string[], where: _Where, report: Report): [string, JsonValue][] {
  // The chunk key proper is the last dotted segment; a layered key keeps what precedes it.
  const chunkKeyOf = (key: string): string => key.slice(key.lastIndexOf('.') + 1);
  const prefix = keys[0]!.slice(0, keys[0]!.length - chunkKeyOf(keys[0]!).length);
  const settings: Record<string, JsonValue> = {};
  for (const key of keys) _define(settings, chunkKeyOf(key), parent[key]!);
  const unchanged = keys.map((key): [string, JsonValue] => [key, parent[key]!]);
  const problems: Problem[] = [];
  const { options, form } = parseCreateOptions(settings, problems);
  const at = [...where.path, keys[0]!];
  if (problems.length > 0) return keys.map((key) => [key, _redactUnparsed(parent[key]!, [...where.path, key], where.passwords, report)]);
  if (options === null) return unchanged;
  const redacted = redactCreateOptions(options, where.passwords, (path, reason) => report([...at, ...path], reason));
  if (JSON.stringify(redacted) === JSON.stringify(options)) return unchanged;
  if (form === 'object') return [[keys[0]!, redacted]];
  const text = JSON.stringify(redacted);
  const out: [string, JsonValue][] = [];
  for (let i = 0; i * CREATE_OPTIONS_CHUNK_SIZE < text.length; i++) {
    out.push([`${prefix}${createOptionsChunkKey(i)}`, text.slice(i * CREATE_OPTIONS_CHUNK_SIZE, (i + 1) * CREATE_OPTIONS_CHUNK_SIZE)]);
  }
  return out;
}

/**
 * A chunk of createOptions that do not parse (synth fails on them either way): string literals that look
 * like a credential or equal a registry password, and the values of `NAME=value` literals whose name says
 * credential, are replaced; the rest of the text is kept.
 */
function _redactUnparsed(chunk: JsonValue, path: Key[], passwords: ReadonlySet<string>, report: Report): JsonValue {
  if (typeof chunk !== 'string') return chunk;
  let reason: RedactionReason | undefined;
  const result = chunk.replace(STRING_LITERAL, (literal, body: string) => {
    const eq = body.indexOf('=');
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(body.slice(0, eq)) && isCredentialName(body.slice(0, eq)) && body.slice(eq + 1) !== REDACTED_MARKER) {
      reason ??= 'credential env value';
      return `"${body.slice(0, eq)}=${REDACTED_MARKER}"`;
    }
    if (body !== REDACTED_MARKER && (looksLikeCredential(body) || passwords.has(body))) {
      reason ??= 'credential-shaped value';
      return `"${REDACTED_MARKER}"`;
    }
    return literal;
  });
  if (reason !== undefined) report(path, reason);
  return result;
}

function _reasonAt(where: _Where, value: string | number): RedactionReason | undefined {
  const { path, module, logical } = where;
  if (module === '$edgeAgent' && logical !== undefined && _isRegistryPassword(logical)) return 'registry password';
  if (module === '$edgeAgent' && logical !== undefined && _isCredentialEnv(logical)) return 'credential env value';
  if (typeof value === 'string' && module !== undefined && !module.startsWith('$') && logical !== undefined && _isCredentialSetting(logical)) return 'credential module setting';
  if (path[0] === 'authentication' && /key$/i.test(String(path[path.length - 1]))) return 'device key';
  if (typeof value === 'string' && where.twin !== undefined && _isCredentialTwinValue(path, where.twin)) return 'credential twin property';
  if (typeof value === 'string' && where.configuration === true && path[0] === 'labels' && path.length === 2 && isCredentialName(String(path[1]))) return 'credential configuration label';
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

function _isModuleSettings(logical: readonly string[]): boolean {
  // properties.desired.<modules|systemModules>.<module>.settings
  return logical.length === 5 && logical[0] === 'properties' && logical[1] === 'desired' && MODULE_SECTIONS.has(logical[2]!) && logical[4] === 'settings';
}

function _isCredentialTwinValue(path: readonly Key[], conditionWords: ReadonlySet<string>): boolean {
  // tags.<...>.<name> and properties.<desired|reported>.<...>.<name>: the nearest key that is not an array index names it.
  const twinPart = path[0] === 'tags' || (path[0] === 'properties' && (path[1] === 'desired' || path[1] === 'reported'));
  if (!twinPart) return false;
  const name = [...path].reverse().find((key) => typeof key === 'string' && !/^\d+$/.test(key));
  return typeof name === 'string' && isCredentialName(name) && !conditionWords.has(name);
}

/**
 * Every word of every configuration's target condition (identifiers and quoted names, `tags.apiKey` → `tags`,
 * `apiKey`): a twin value under a key a condition reads decides targeting, so it is kept (its value is in
 * the condition text anyway).
 */
function _targetConditionWords(snapshot: HubSnapshot): Set<string> {
  const words = new Set<string>();
  for (const configuration of snapshot.configurations) {
    const condition = isJsonObject(configuration) ? configuration['targetCondition'] : undefined;
    if (typeof condition !== 'string') continue;
    for (const match of condition.matchAll(/[A-Za-z0-9_$-]+/g)) words.add(match[0]);
  }
  return words;
}

function _startsWith(path: readonly Key[], prefix: readonly string[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}

function _samePath(path: readonly Key[], other: readonly string[]): boolean {
  return path.length === other.length && _startsWith(path, other);
}
