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
