import type { JsonValue } from '../model/json.js';
import { isJsonObject } from '../model/json.js';

function _sorted(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(_sorted);
  if (isJsonObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value).sort()) out[key] = _sorted(value[key] as JsonValue);
    return out;
  }
  return value;
}

/** JSON with object keys sorted at every level, 2-space indent and a final newline: same input → same bytes. */
export function stableJson(value: JsonValue): string {
  return JSON.stringify(_sorted(value), null, 2) + '\n';
}

/**
 * Compact JSON with object keys sorted at every level (no indentation): the canonical form to hash, so that
 * key order — which a live read and a sorted snapshot need not share — never changes a hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}
