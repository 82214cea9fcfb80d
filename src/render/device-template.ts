import type { JsonObject, JsonValue } from '../model/json.js';
import { intentContent, type DeviceIntent } from '../translate/device-intent.js';
import { manifestFileName } from './manifest-file-name.js';
import { manifestYaml } from './manifest-yaml.js';
import { KUSTOMIZATION_FILE } from './render-kustomization.js';
import { renderDevice, renderDeviceObjects } from './render-device.js';
import type { RenderedDevice } from './rendered-device.js';

/**
 * The rendered files of a family of devices whose intents differ only in some string values (devices of one
 * cluster that get the same deployments: they differ in deviceId, namespace, labels and secret keys derived
 * from it). cdk8s and the YAML writer run once for the family; each device then only fills its strings into
 * the YAML text. Built by `compileDeviceTemplate`, used by `renderWithTemplate`.
 */
export interface DeviceTemplate {
  /** The content of the intent the template was made from; other intents' content must match it everywhere but in `slots`. */
  readonly reference: JsonValue;
  /** Paths (keys / indexes from the intent root) of the string values that vary, in walk order. */
  readonly slots: ReadonlySet<string>;
  /** File name → text pieces; odd positions are slot numbers to fill with the device's YAML scalar. */
  readonly files: ReadonlyMap<string, readonly (string | number)[]>;
}

// Lowercase letters and digits only, so a token is a valid DNS label, label value and namespace name for cdk8s
// and is always written plain by the YAML writer; the compile checks that it appears nowhere else.
const TOKEN = /zqslot(\d+)qz/g;
const TOKEN_MARK = 'zqslot';
const tokenOf = (slot: number) => `zqslot${slot}qz`;

/**
 * A template from two intents of the same family (typically a real device and the same targets translated for a
 * probe device id): the string values where they differ become slots. Null when the intents differ in anything
 * but string values, or when the rendered objects use a slot other than as a whole value (a name derived from a
 * device string, a key), or when filling the template with either intent does not give exactly what
 * `renderDevice` gives for it. So a template, when there is one, is proven byte-identical on two devices, and
 * `renderWithTemplate` refuses any device whose strings the YAML writer would not write plain.
 */
export function compileDeviceTemplate(reference: DeviceIntent, probe: DeviceIntent): DeviceTemplate | null {
  const slots = new Set<string>();
  const content = _json(reference);
  if (!_diff(content, _json(probe), '', slots)) return null;
  if (slots.size === 0 || JSON.stringify(content).includes(TOKEN_MARK)) return null;
  const numbered = new Map<string, number>();
  for (const path of slots) numbered.set(path, numbered.size);
  const filled = _fill(content, '', (path) => {
    const n = numbered.get(path);
    return n === undefined ? undefined : tokenOf(n);
  }) as JsonObject;
  const tokenIntent = { ...filled, dir: reference.dir } as unknown as DeviceIntent;
  let objects: JsonObject[];
  try {
    objects = renderDeviceObjects(tokenIntent);
  } catch {
    return null;
  }
  if (!objects.every((o) => _tokensWhole(o))) return null;
  let plain: RenderedDevice;
  try {
    plain = renderDevice(reference);
  } catch {
    return null;
  }
  const texts = new Map<string, string>();
  for (const object of objects) {
    const name = manifestFileName(object);
    if (name.includes(TOKEN_MARK) || texts.has(name)) return null;
    texts.set(name, manifestYaml(object));
  }
  // Same names in the same (sorted) order as renderDevice; the kustomization lists only names, no slots.
  const files = new Map<string, (string | number)[]>();
  for (const name of plain.files.keys()) {
    const text = texts.get(name) ?? (name === KUSTOMIZATION_FILE ? plain.files.get(name) : undefined);
    if (text === undefined) return null;
    const pieces: (string | number)[] = [];
    let last = 0;
    for (const match of text.matchAll(TOKEN)) {
      pieces.push(text.slice(last, match.index), Number(match[1]));
      last = match.index! + match[0].length;
    }
    pieces.push(text.slice(last));
    files.set(name, pieces);
  }
  const template: DeviceTemplate = { reference: content, slots, files };
  for (const intent of [reference, probe]) {
    let expected: RenderedDevice;
    try {
      expected = intent === reference ? plain : renderDevice(intent);
    } catch {
      return null;
    }
    const filled = renderWithTemplate(template, intent);
    if (filled === null || !_sameRendered(filled, expected)) return null;
  }
  return template;
}

/**
 * The files of `intent` from a template: byte-identical to `renderDevice(intent)`, or null when the intent does
 * not fit the template (then call `renderDevice`). Fits = same structure and values as the template's reference
 * except at slots and in `dir` (taken as the intent carries it), and every slot value is a string the YAML writer
 * writes as a plain scalar.
 */
export function renderWithTemplate(template: DeviceTemplate, intent: DeviceIntent): RenderedDevice | null {
  const values: string[] = [];
  if (!_collect(template.reference, _json(intent), '', template.slots, values)) return null;
  const scalars: string[] = [];
  for (const value of values) {
    if (!_isPlain(value)) return null;
    scalars.push(value);
  }
  const files = new Map<string, string>();
  for (const [name, pieces] of template.files) {
    let text = '';
    for (let i = 0; i < pieces.length; i++) text += i % 2 === 0 ? (pieces[i] as string) : scalars[pieces[i] as number];
    files.set(name, text);
  }
  return { dir: intent.dir, files };
}

/**
 * The intent without its directory, which says where the files go and is in none of them: as a slot it would only
 * cost each device a check (`_isPlain`) and could refuse a device for a path the YAML writer never writes.
 */
function _json(intent: DeviceIntent): JsonValue {
  return intentContent(intent) as unknown as JsonValue;
}

const _plainCache = new Map<string, boolean>();

/** True when the YAML writer writes `value` unquoted on one line, so it can stand in for a plain token. */
function _isPlain(value: string): boolean {
  let plain = _plainCache.get(value);
  if (plain === undefined) {
    plain = value !== '' && manifestYaml(value) === `${value}\n`;
    if (_plainCache.size > 100_000) _plainCache.clear();
    _plainCache.set(value, plain);
  }
  return plain;
}

function _sameRendered(a: RenderedDevice, b: RenderedDevice): boolean {
  if (a.dir !== b.dir || a.files.size !== b.files.size) return false;
  const an = [...a.files.keys()];
  const bn = [...b.files.keys()];
  return an.every((n, i) => n === bn[i] && a.files.get(n) === b.files.get(n));
}

/** Walks two values of the same shape; records paths where only strings differ. False on any other difference. */
function _diff(a: JsonValue | undefined, b: JsonValue | undefined, path: string, slots: Set<string>): boolean {
  return _walkAlike(a, b, path, (x, y, at) => {
    if (x !== y) slots.add(at);
    return true;
  });
}

/** Collects the strings of `b` at the slots in walk order; false when `b` differs from `a` anywhere else. */
function _collect(a: JsonValue | undefined, b: JsonValue | undefined, path: string, slots: ReadonlySet<string>, values: string[]): boolean {
  return _walkAlike(a, b, path, (x, y, at) => {
    if (!slots.has(at)) return x === y;
    values.push(y);
    return true;
  });
}

/**
 * Walks two values that must have the same shape (same keys in the same order, equal non-string values) and
 * lets `onStrings` judge each pair of strings; false as soon as anything differs or `onStrings` says so.
 */
function _walkAlike(a: JsonValue | undefined, b: JsonValue | undefined, path: string, onStrings: (a: string, b: string, path: string) => boolean): boolean {
  if (typeof a === 'string' || typeof b === 'string') return typeof a === 'string' && typeof b === 'string' && onStrings(a, b, path);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  for (let i = 0; i < ak.length; i++) {
    const key = ak[i]!;
    if (key !== bk[i]) return false;
    if (!_walkAlike((a as JsonObject)[key], (b as JsonObject)[key], `${path}/${key}`, onStrings)) return false;
  }
  return true;
}

function _fill(value: JsonValue | undefined, path: string, slot: (path: string) => string | undefined): JsonValue | undefined {
  if (typeof value === 'string') return slot(path) ?? value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => _fill(v, `${path}/${i}`, slot)) as JsonValue;
  const result: Record<string, JsonValue | undefined> = {};
  for (const key of Object.keys(value)) result[key] = _fill(value[key], `${path}/${key}`, slot);
  return result as JsonValue;
}

/** True when every string containing a token is exactly one token and no key contains one. */
function _tokensWhole(value: JsonValue | undefined): boolean {
  if (typeof value === 'string') return !value.includes(TOKEN_MARK) || /^zqslot\d+qz$/.test(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(_tokensWhole);
  for (const key of Object.keys(value)) {
    if (key.includes(TOKEN_MARK) || !_tokensWhole(value[key])) return false;
  }
  return true;
}
