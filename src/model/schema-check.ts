import ajvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import ajvDraft04Module from 'ajv-draft-04';
import { isCreateOptionsKey } from './create-options.js';
import type { JsonValue } from './json.js';
import type { Problem } from './problem.js';
import { EDGE_AGENT_SCHEMA_1_0 } from './schemas/edge-agent-schema-1-0.js';
import { EDGE_AGENT_SCHEMA_1_1 } from './schemas/edge-agent-schema-1-1.js';
import { EDGE_HUB_SCHEMA_1_0 } from './schemas/edge-hub-schema-1-0.js';
import { EDGE_HUB_SCHEMA_1_1 } from './schemas/edge-hub-schema-1-1.js';
import { EDGE_HUB_SCHEMA_1_2 } from './schemas/edge-hub-schema-1-2.js';
import { EDGE_HUB_SCHEMA_1_3 } from './schemas/edge-hub-schema-1-3.js';

/**
 * JSON-schema checks of `$edgeAgent` / `$edgeHub` desired properties with the az CLI schemas (ajv; the
 * draft-04 ones with ajv-draft-04). ajv errors become readable problems whose paths are segments under
 * the twin's desired properties.
 *
 * Three parts of the schemas are left to this tool's own checks, because the IoT Edge runtime is the
 * authority there and the checks must also run on layered writes and merged manifests:
 * createOptions chunk keys (create-options.ts: the agent accepts `CreateOptions01`, the 1.1 schema does
 * not), module names (module-name.ts) and routes (route-entry.ts).
 *
 * Unknown properties (`additionalProperties: false` on an object with named properties) are reported
 * as warnings: the IoT Edge runtime ignores members it does not know, and IoT Hub never validates the
 * document; only `az` does, client side. Invalid names in a name map (env, registryCredentials) are errors.
 */

/** `$edgeAgent` schemaVersions the IoT Edge agent accepts (it rejects anything above 1.1, spec §5/§10.18). */
export const EDGE_AGENT_SCHEMA_VERSIONS: readonly string[] = ['1.0', '1.1'];
/** `$edgeHub` schemaVersions edgeHub accepts (spec §6/§10.19). */
export const EDGE_HUB_SCHEMA_VERSIONS: readonly string[] = ['1.0', '1.1', '1.2', '1.3'];

type Twin = '$edgeAgent' | '$edgeHub';
interface SchemaEntry {
  readonly key: string;
  readonly twin: Twin;
  readonly root: Readonly<Record<string, unknown>>;
}

const SCHEMAS: Readonly<Record<string, SchemaEntry>> = {
  'agent-1.0': { key: 'agent-1.0', twin: '$edgeAgent', root: EDGE_AGENT_SCHEMA_1_0 },
  'agent-1.1': { key: 'agent-1.1', twin: '$edgeAgent', root: EDGE_AGENT_SCHEMA_1_1 },
  'hub-1.0': { key: 'hub-1.0', twin: '$edgeHub', root: EDGE_HUB_SCHEMA_1_0 },
  'hub-1.1': { key: 'hub-1.1', twin: '$edgeHub', root: EDGE_HUB_SCHEMA_1_1 },
  'hub-1.2': { key: 'hub-1.2', twin: '$edgeHub', root: EDGE_HUB_SCHEMA_1_2 },
  'hub-1.3': { key: 'hub-1.3', twin: '$edgeHub', root: EDGE_HUB_SCHEMA_1_3 },
};

const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;
let _ajv07: InstanceType<typeof ajvModule.default> | undefined;
let _ajv04: InstanceType<typeof ajvDraft04Module.default> | undefined;
const _compiled = new Map<string, ValidateFunction>();

/**
 * Checks a whole `$edgeAgent` desired document against the schema of `version` ('1.0' or '1.1'; the
 * caller reports other versions). Problem paths are relative to the desired document.
 */
export function checkEdgeAgentSchema(desired: JsonValue, version: string, problems: Problem[]): void {
  _checkAt(_entry('agent', version), [], desired, problems);
}

/** Checks a whole `$edgeHub` desired document against the schema of `version` ('1.0' … '1.3'). */
export function checkEdgeHubSchema(desired: JsonValue, version: string, problems: Problem[]): void {
  _checkAt(_entry('hub', version), [], desired, problems);
}

/**
 * Checks one value that a layered deployment writes at `path` under `$edgeAgent` desired properties
 * (`['modules', 'm0']`, `['modules', 'm0', 'settings', 'image']`, `['runtime', 'settings', 'registryCredentials', 'acr']`)
 * against the part of the agent schema that governs that path. A layer has no schemaVersion of its own:
 * 1.1, the newest the agent accepts, is the default. A path the schema does not allow is a problem.
 */
export function checkEdgeAgentValueAt(path: readonly string[], value: JsonValue, problems: Problem[], version = '1.1'): void {
  _checkAt(_entry('agent', version), path, value, problems);
}

function _entry(kind: 'agent' | 'hub', version: string): SchemaEntry {
  const entry = SCHEMAS[`${kind}-${version}`];
  if (entry === undefined) throw new Error(`no ${kind} schema for version ${version}`);
  return entry;
}

type SchemaNode = Record<string, unknown>;

/** Finds the sub-schema for `path`, validates `value` with it and appends the translated errors. */
function _checkAt(entry: SchemaEntry, path: readonly string[], value: JsonValue, problems: Problem[]): void {
  let schemaPath: string[] = ['properties', entry.twin, 'properties', 'properties.desired'];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    schemaPath = _resolveRef(entry, schemaPath);
    const node = _nodeAt(entry.root, schemaPath);
    if ((node['type'] !== undefined && node['type'] !== 'object') || node['enum'] !== undefined) {
      const kind = node['type'] !== undefined ? _article(String(node['type'])) : 'an enumerated value';
      const parent = path[i - 1] ?? 'properties.desired';
      problems.push(_problem(entry.twin, path.slice(0, i + 1), `'${parent}' must be ${kind}; '${segment}' cannot be set inside it`));
      return;
    }
    const properties = node['properties'] as SchemaNode | undefined;
    const patterns = node['patternProperties'] as SchemaNode | undefined;
    if (properties !== undefined && Object.hasOwn(properties, segment)) {
      schemaPath = [...schemaPath, 'properties', segment];
      continue;
    }
    const pattern = patterns === undefined ? undefined : Object.keys(patterns).find((p) => new RegExp(p, 'u').test(segment));
    if (pattern !== undefined) {
      schemaPath = [...schemaPath, 'patternProperties', pattern];
      continue;
    }
    const target = path.slice(0, i + 1);
    if (_isOwned(entry.twin, target, 'additionalProperties')) return;
    if (node['additionalProperties'] === false) {
      problems.push(_problem(entry.twin, target, _additionalMessage(node, segment), _isNameMap(node) ? 'error' : 'warning'));
    }
    return; // nothing in the schema constrains deeper values
  }

  const validate = _validator(entry, schemaPath);
  if (validate(value)) return;
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = _translate(entry.twin, path, error);
    if (problem === undefined) continue;
    const id = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
}

function _validator(entry: SchemaEntry, schemaPath: readonly string[]): ValidateFunction {
  const cacheKey = `${entry.key}|${schemaPath.join('/')}`;
  let validate = _compiled.get(cacheKey);
  if (validate === undefined) {
    const schema = { ..._nodeAt(entry.root, schemaPath), definitions: entry.root['definitions'] ?? {} };
    const draft04 = String(entry.root['$schema']).includes('draft-04');
    validate = draft04 ? _draft04().compile(schema) : _draft07().compile(schema);
    _compiled.set(cacheKey, validate);
  }
  return validate;
}

function _draft07(): InstanceType<typeof ajvModule.default> {
  return (_ajv07 ??= new ajvModule.default(AJV_OPTIONS));
}

function _draft04(): InstanceType<typeof ajvDraft04Module.default> {
  return (_ajv04 ??= new ajvDraft04Module.default(AJV_OPTIONS));
}

function _nodeAt(root: Readonly<Record<string, unknown>>, schemaPath: readonly string[]): SchemaNode {
  let node: unknown = root;
  for (const key of schemaPath) node = (node as SchemaNode)[key];
  return node as SchemaNode;
}

/** Follows `$ref: "#/definitions/x"` (the only kind these schemas use). */
function _resolveRef(entry: SchemaEntry, schemaPath: string[]): string[] {
  const ref = _nodeAt(entry.root, schemaPath)['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schemaPath;
  return _resolveRef(entry, ref.slice(2).split('/'));
}

/** An object whose keys are names (only patternProperties), as opposed to a record with named fields. */
function _isNameMap(node: SchemaNode): boolean {
  return node['patternProperties'] !== undefined && node['properties'] === undefined;
}

/** Paths whose rules this tool checks itself (see the file comment). */
function _isOwned(twin: Twin, target: readonly string[], keyword: string): boolean {
  const n = target.length;
  if (twin === '$edgeHub') return target[0] === 'routes' && n >= 2;
  if (n >= 2 && target[n - 2] === 'settings' && isCreateOptionsKey(target[n - 1]!)) return true;
  return keyword === 'additionalProperties' && n === 2 && target[0] === 'modules';
}

function _translate(twin: Twin, prefix: readonly string[], error: ErrorObject): Problem | undefined {
  const instance = [...prefix, ..._pointerSegments(error.instancePath)];
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  switch (error.keyword) {
    case 'required': {
      const target = [...instance, String(params['missingProperty'])];
      if (_isOwned(twin, target, error.keyword)) return undefined;
      return _problem(twin, target, `required property '${String(params['missingProperty'])}' is missing`);
    }
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const target = [...instance, name];
      if (_isOwned(twin, target, error.keyword)) return undefined;
      return _problem(twin, target, _additionalMessage(parent, name), _isNameMap(parent) ? 'error' : 'warning');
    }
    case 'anyOf':
    case 'oneOf':
      if (_isOwned(twin, instance, error.keyword)) return undefined;
      return _problem(twin, instance, 'does not match any of the allowed forms');
    default:
      if (_isOwned(twin, instance, error.keyword)) return undefined;
      return _problem(twin, instance, _describe(error, instance));
  }
}

function _additionalMessage(node: SchemaNode, name: string): string {
  const patterns = Object.keys((node['patternProperties'] as SchemaNode | undefined) ?? {});
  if (_isNameMap(node)) return `'${name}' is not a valid name here: names must match ${patterns.join(' or ')}`;
  const known = Object.keys((node['properties'] as SchemaNode | undefined) ?? {});
  return `unknown property '${name}'${known.length > 0 ? ` (the schema knows ${known.join(', ')})` : ''}; the IoT Edge runtime ignores it`;
}

/** Message for value-level keywords; quotes the offending value only where it cannot be a secret. */
function _describe(error: ErrorObject, instance: readonly string[]): string {
  const params = error.params as Record<string, unknown>;
  const quotable = !instance.includes('registryCredentials') && !instance.includes('env') && typeof error.data === 'string' && error.data.length <= 64;
  const got = quotable ? ` (got '${String(error.data)}')` : ` (got ${_jsonType(error.data)})`;
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map((v) => `'${String(v)}'`).join(', ')}${got}`;
    case 'type':
      return `must be ${_article(String(params['type']))}${` (got ${_jsonType(error.data)})`}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params['comparison'])} ${String(params['limit'])}${typeof error.data === 'number' ? ` (got ${error.data})` : ''}`;
    case 'pattern': {
      const pattern = String(params['pattern']);
      if (pattern === '^.+$') return 'must not be empty';
      if (pattern === '^[^\\s]+$') return 'must not contain whitespace';
      return `must match the pattern ${pattern}${got}`;
    }
    default:
      return error.message ?? `fails the schema keyword '${error.keyword}'`;
  }
}

function _problem(twin: Twin, path: readonly string[], message: string, severity: 'error' | 'warning' = 'error'): Problem {
  const module = _moduleOf(twin, path);
  return { path, message, ...(module !== undefined ? { module } : {}), ...(severity === 'warning' ? { severity } : {}) };
}

/** The module a path under `$edgeAgent` desired belongs to. */
function _moduleOf(twin: Twin, path: readonly string[]): string | undefined {
  if (twin === '$edgeHub') return '$edgeHub';
  if (path[0] === 'modules' && path[1] !== undefined) return path[1];
  if (path[0] === 'systemModules' && path[1] === 'edgeHub') return '$edgeHub';
  if (path[0] === 'systemModules' && path[1] === 'edgeAgent') return '$edgeAgent';
  return undefined;
}

function _pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function _article(type: string): string {
  if (type.includes(',')) return `one of ${type}`;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function _jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isInteger(value)) return 'an integer';
  return _article(typeof value);
}
