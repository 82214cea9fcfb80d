import type { JsonObject } from '../model/json.js';
import { sortJsonKeys } from '../model/sort-json-keys.js';

/** Top-level keys that lead every manifest, in this order; every other key follows in code-unit order. */
const LEADING_KEYS = ['apiVersion', 'kind', 'metadata'] as const;

/**
 * A copy of a Kubernetes object with a stable key order: `apiVersion`, `kind`, `metadata` first, then the
 * other top-level keys, and every nested map, sorted by UTF-16 code unit (`Array.prototype.sort`, no locale).
 * Arrays keep their order (it is meaningful: env, ports, args). `undefined` members are dropped; every other
 * key is kept, `__proto__` included (sortJsonKeys).
 * Done once at the end because cdk8s only sorts what it built itself, not values added by JSON patches,
 * and cdk8s's own sorting can be switched off by an environment variable (CDK8S_DISABLE_SORT).
 */
export function canonicalManifest(object: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const key of LEADING_KEYS) {
    const value = object[key];
    if (value !== undefined) result[key] = sortJsonKeys(value);
  }
  const rest = sortJsonKeys(Object.fromEntries(Object.entries(object).filter(([key]) => !(LEADING_KEYS as readonly string[]).includes(key)))) as JsonObject;
  for (const key of Object.keys(rest)) Object.defineProperty(result, key, { value: rest[key], enumerable: true, writable: true, configurable: true });
  return result;
}

