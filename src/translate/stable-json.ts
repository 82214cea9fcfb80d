import type { JsonValue } from '../model/json.js';
import { sortJsonKeys } from '../model/sort-json-keys.js';

/** JSON with object keys sorted at every level (sortJsonKeys), 2-space indent and a final newline: same input → same bytes. */
export function stableJson(value: JsonValue): string {
  return JSON.stringify(sortJsonKeys(value), null, 2) + '\n';
}

/**
 * Compact JSON with object keys sorted at every level (sortJsonKeys, no indentation): the canonical form to hash,
 * so that key order — which a live read and a sorted snapshot need not share — never changes a hash.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortJsonKeys(value as JsonValue)) ?? 'null';
}
