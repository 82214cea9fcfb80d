import type { JsonObject, JsonValue } from '../model/json.js';

/** Top-level keys that lead every manifest, in this order; every other key follows in code-unit order. */
const LEADING_KEYS = ['apiVersion', 'kind', 'metadata'] as const;

/**
 * A copy of a Kubernetes object with a stable key order: `apiVersion`, `kind`, `metadata` first, then the
 * other top-level keys, and every nested map, sorted by UTF-16 code unit (`Array.prototype.sort`, no locale).
 * Arrays keep their order (it is meaningful: env, ports, args). `undefined` members are dropped.
 * Done once at the end because cdk8s only sorts what it built itself, not values added by JSON patches,
 * and cdk8s's own sorting can be switched off by an environment variable (CDK8S_DISABLE_SORT).
 */
export function canonicalManifest(object: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const key of LEADING_KEYS) {
    const value = object[key];
    if (value !== undefined) result[key] = _canonical(value);
  }
  for (const key of Object.keys(object).sort()) {
    if ((LEADING_KEYS as readonly string[]).includes(key)) continue;
    const value = object[key];
    if (value !== undefined) result[key] = _canonical(value);
  }
  return result;
}

function _canonical(value: JsonValue): JsonValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(_canonical);
  const result: JsonObject = {};
  for (const key of Object.keys(value).sort()) {
    const member = value[key];
    if (member !== undefined) result[key] = _canonical(member);
  }
  return result;
}
