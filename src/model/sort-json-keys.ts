/** Key order independent of how a service or a user happened to write an object. */
import { isJsonObject, type JsonValue } from './json.js';

/**
 * The one canonical JSON order of the tool: a copy of `value` in which every object's keys are in code-unit
 * order (not `localeCompare`: bytes must not depend on the machine's locale). Arrays keep their order.
 * `undefined` members are left out (JSON has none). Every other key is kept, `__proto__` included, as an
 * ordinary key: IoT Hub twins and createOptions are JSON, where it is a legal name.
 *
 * Used for snapshots, hashes (`canonicalJson`), ConfigMap JSON (`stableJson`) and manifests (`canonicalManifest`).
 */
export function sortJsonKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortJsonKeys);
  if (!isJsonObject(value)) return value;
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort()) {
    const member = value[key];
    if (member === undefined) continue;
    // defineProperty, not assignment: assigning a `__proto__` key (legal in JSON) would set the prototype.
    Object.defineProperty(sorted, key, { value: sortJsonKeys(member), enumerable: true, writable: true, configurable: true });
  }
  return sorted;
}
