import { isJsonObject, type JsonObject, type JsonValue } from './json.js';

const METADATA_KEYS = new Set(['$metadata', '$version']);

/**
 * A copy of a twin's desired properties without the read-only `$metadata` / `$version` members, at
 * every depth (spec §7, §10.30: twins read back from IoT Hub carry them; twin keys can never contain
 * `$`, so nothing else is lost).
 */
export function stripTwinMetadata(desired: JsonObject): JsonObject {
  return _strip(desired) as JsonObject;
}

function _strip(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(_strip);
  if (!isJsonObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (METADATA_KEYS.has(key)) continue;
    // defineProperty: a key such as `__proto__` must stay data.
    Object.defineProperty(copy, key, { value: _strip(inner), writable: true, enumerable: true, configurable: true });
  }
  return copy;
}
