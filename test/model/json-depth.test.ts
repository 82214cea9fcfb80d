/**
 * The nesting limit that keeps hostile configurations away from every recursive walk (src/model/json-depth.ts):
 * findTooDeep agrees with the plain recursive definition of depth on random JSON, names a path that really
 * leads to a container that deep, and handles 100,000 levels without recursion.
 */
import fc from 'fast-check';
import { findTooDeep, MAX_JSON_DEPTH } from '../../src/model/json-depth.js';
import type { JsonValue } from '../../src/model/json.js';

const RUNS = { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: Number(process.env['FC_SEED'] ?? 8) };
const depth = (v: JsonValue): number => (typeof v !== 'object' || v === null ? 0 : 1 + Math.max(0, ...(Array.isArray(v) ? v : Object.values(v)).map(depth)));
const at = (v: JsonValue, path: (string | number)[]): JsonValue => path.reduce<any>((node, key) => node[key], v);

it('reports a path exactly when the value nests deeper than max, and that path leads to a container at level max + 1', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 8 }) as fc.Arbitrary<JsonValue>, fc.integer({ min: 1, max: 8 }), (value, max) => {
      const path = findTooDeep(value, max);
      expect(path !== null).toBe(depth(value) > max);
      if (path !== null) {
        expect(path).toHaveLength(max);
        const node = at(value, path);
        expect(typeof node === 'object' && node !== null).toBe(true);
      }
    }),
    RUNS,
  );
});

it('walks 100,000 levels without overflowing the stack', () => {
  const value = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as JsonValue;
  expect(findTooDeep(value)).toHaveLength(MAX_JSON_DEPTH);
  expect(findTooDeep({ a: [1, { b: 'c' }] })).toBeNull();
});
