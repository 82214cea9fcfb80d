/** Key order independent of how a service or a user happened to write an object. */
import { isJsonObject, type JsonValue } from '../model/json.js';

/**
 * A copy of `value` in which every object's keys are in code-unit order (not `localeCompare`: bytes must
 * not depend on the machine's locale). Arrays keep their order. `__proto__` keys stay ordinary keys.
 */
export function sortJsonKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortJsonKeys);
  if (!isJsonObject(value)) return value;
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort()) {
    // defineProperty, not assignment: assigning a `__proto__` key (legal in JSON) would set the prototype.
    Object.defineProperty(sorted, key, { value: sortJsonKeys(value[key] as JsonValue), enumerable: true, writable: true, configurable: true });
  }
  return sorted;
}
