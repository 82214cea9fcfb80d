import { ConfigError } from '../errors.js';
import { MODULES_CONTENT_PATH, type EdgeDeployment } from '../model/edge-deployment.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.js';
import { jsonPathOf } from '../model/json-path.js';
import { compareOrdinal } from '../ordinal-compare.js';
import type { DesiredWrite, MergedDesired } from '../model/merged-desired.js';

/** The key of a twin's whole desired document in `modulesContent.<twin>`. */
export const DESIRED_KEY = 'properties.desired';

/** A write that replaced, wholly or in part, what another deployment of the same priority wrote (spec §10.11). */
export interface EqualPriorityOverwrite {
  readonly twin: string;
  /** Path under `properties.desired` of the later write. */
  readonly path: readonly string[];
  /** The deployment written over. */
  readonly overwritten: string;
  /** The deployment that wrote later and won. */
  readonly winner: string;
}

/** What merging one device's deployments gave. */
export interface MergeResult {
  /** Null when a key could not be applied (then `errors` says why). */
  readonly merged: MergedDesired | null;
  readonly errors: readonly ConfigError[];
  /** Same-priority layers that wrote the same place: not documented by IoT Hub, so worth a warning. */
  readonly overwrites: readonly EqualPriorityOverwrite[];
}

interface _Write extends DesiredWrite {
  readonly deployment: EdgeDeployment;
  /** Order of writing. */
  readonly seq: number;
}

const SYSTEM_TWINS = ['$edgeAgent', '$edgeHub'];

/**
 * Merges the base deployment and its layers into one `modulesContent` (spec §2, §3 step 4). Every
 * deployment is applied the same way, base first, then the layers in the order given (ascending
 * precedence): for each twin, the key `properties.desired` replaces the whole desired document of that
 * twin, and a key `properties.desired.<a>.<b>…` writes its value at `<a>.<b>…` (replacing what was
 * there, creating missing or non-object intermediates as objects). Within one twin of one deployment
 * the whole document is written first, then dotted keys, shallower paths first. Values are deep-copied:
 * the deployments are never mutated and devices share nothing. Writes made invisible by a later write
 * are dropped from `writes`. Keys that are neither form, and desired documents that are not objects,
 * are errors naming the configuration, the twin and the JSON path. Linear in the number of keys (a layer may
 * hold tens of thousands); `counter` counts the steps.
 */
export function mergeLayers(base: EdgeDeployment, layers: readonly EdgeDeployment[], counter?: MergeCounter): MergeResult {
  const twins = new Map<string, JsonObject>();
  // Live writes per twin as a tree of path segments, so finding the writes a new one covers or extends costs
  // the depth of its path plus what it removes (each write is removed once): linear in the number of keys.
  const index = new Map<string, _WriteNode>();
  const live = new Set<_Write>();
  let seq = 0;
  const errors: ConfigError[] = [];
  const overwrites: EqualPriorityOverwrite[] = [];

  for (const deployment of [base, ...layers]) {
    for (const [twin, content] of Object.entries(deployment.modulesContent)) {
      const twinPath = jsonPathOf(MODULES_CONTENT_PATH, twin);
      const context = { stage: 'targeting', configurationId: deployment.id, module: twin };
      if (!isJsonObject(content)) {
        errors.push(new ConfigError(`module content must be an object of 'properties.desired…' keys`, { ...context, jsonPath: twinPath }));
        continue;
      }
      for (const { key, path } of _orderedKeys(content)) {
        const jsonPath = jsonPathOf(twinPath, key);
        if (path === null) {
          errors.push(new ConfigError(`key '${key}' is neither 'properties.desired' nor 'properties.desired.<path>' with non-empty segments`, { ...context, jsonPath }));
          continue;
        }
        const value = content[key]!;
        if (path.length === 0 && !isJsonObject(value)) {
          errors.push(new ConfigError(`'properties.desired' must be an object`, { ...context, jsonPath }));
          continue;
        }
        const write: _Write = { twin, path, source: { configurationId: deployment.id, jsonPath }, deployment, seq: seq++ };
        const touched = _replaceWrites(index, live, write, counter);
        for (const earlier of touched) {
          if (_equalPriorityLayers(earlier.deployment, deployment, base)) overwrites.push({ twin, path, overwritten: earlier.deployment.id, winner: deployment.id });
        }
        _write(twins, twin, path, value);
      }
    }
  }
  if (errors.length > 0) return { merged: null, errors, overwrites };
  return {
    merged: { twins: _orderedTwins(twins), writes: [...live].map(({ twin, path, source }) => ({ twin, path, source })) },
    errors,
    overwrites,
  };
}

/** Counts the steps of a merge (tree nodes visited), so tests can check it grows linearly with the keys. */
export interface MergeCounter {
  steps: number;
}

interface _WriteNode {
  write?: _Write;
  readonly children: Map<string, _WriteNode>;
}

/**
 * Records `write` in the twin's tree and `live`: the earlier writes at or below its path are covered (removed),
 * those above it are extended (kept). Returns both kinds, in the order they were written (the order of `live`).
 */
function _replaceWrites(index: Map<string, _WriteNode>, live: Set<_Write>, write: _Write, counter: MergeCounter | undefined): _Write[] {
  let node = index.get(write.twin);
  if (node === undefined) {
    node = { children: new Map() };
    index.set(write.twin, node);
  }
  const touched: _Write[] = [];
  for (const segment of write.path) {
    if (counter) counter.steps++;
    if (node.write) touched.push(node.write);
    let child = node.children.get(segment);
    if (child === undefined) {
      child = { children: new Map() };
      node.children.set(segment, child);
    }
    node = child;
  }
  const stack: _WriteNode[] = [node];
  while (stack.length > 0) {
    const covered = stack.pop()!;
    if (counter) counter.steps++;
    if (covered.write) {
      touched.push(covered.write);
      live.delete(covered.write);
    }
    for (const child of covered.children.values()) stack.push(child);
  }
  node.children.clear();
  node.write = write;
  live.add(write);
  return touched.sort((a, b) => a.seq - b.seq);
}

function _orderedKeys(content: JsonObject): { key: string; path: string[] | null }[] {
  const keys = Object.keys(content).map((key) => ({ key, path: _desiredPath(key) }));
  const depth = (p: string[] | null): number => (p === null ? -1 : p.length);
  return keys.sort((a, b) => depth(a.path) - depth(b.path) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** `properties.desired` → [], `properties.desired.a.b` → ['a', 'b'], anything else (or an empty segment) → null. */
function _desiredPath(key: string): string[] | null {
  if (key === DESIRED_KEY) return [];
  if (!key.startsWith(`${DESIRED_KEY}.`)) return null;
  const segments = key.slice(DESIRED_KEY.length + 1).split('.');
  return segments.some((s) => s === '') ? null : segments;
}

function _isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function _equalPriorityLayers(a: EdgeDeployment, b: EdgeDeployment, base: EdgeDeployment): boolean {
  return a !== b && a !== base && b !== base && a.priority === b.priority;
}

function _write(twins: Map<string, JsonObject>, twin: string, path: readonly string[], value: JsonValue): void {
  if (path.length === 0) {
    twins.set(twin, _clone(value) as JsonObject);
    return;
  }
  let target = twins.get(twin);
  if (target === undefined) {
    target = {};
    twins.set(twin, target);
  }
  for (const segment of path.slice(0, -1)) {
    const next: JsonValue | undefined = Object.prototype.hasOwnProperty.call(target, segment) ? target[segment] : undefined;
    if (isJsonObject(next)) {
      target = next;
    } else {
      const created: JsonObject = {};
      _set(target, segment, created);
      target = created;
    }
  }
  _set(target, path[path.length - 1]!, _clone(value));
}

// defineProperty, not assignment: a key such as `__proto__` must become data, not change a prototype.
function _set(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function _clone(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(_clone);
  if (!isJsonObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) _set(copy, key, _clone(inner));
  return copy;
}

function _orderedTwins(twins: Map<string, JsonObject>): Record<string, JsonObject> {
  const names = [...twins.keys()];
  const ordered = [
    ...SYSTEM_TWINS.filter((n) => twins.has(n)),
    ...names.filter((n) => !SYSTEM_TWINS.includes(n)).sort(compareOrdinal),
  ];
  const result: Record<string, JsonObject> = {};
  for (const name of ordered) _set(result, name, twins.get(name)!);
  return result;
}
