/**
 * Deterministic JSON text (src/translate/stable-json.ts): `stableJson` for files (2-space indent, final newline),
 * `canonicalJson` for hashes (compact). Both sort object keys by code unit at every depth and keep array order.
 * (`__proto__` keys and undefined members: test/model/sort-json-keys.test.ts.)
 */
import type { JsonValue } from '../../src/model/json.js';
import { canonicalJson, stableJson } from '../../src/translate/stable-json.js';

describe('stableJson', () => {
  it.each<{ name: string; input: JsonValue; expected: string }>([
    { name: 'a string on one line with a final newline', input: 'x', expected: '"x"\n' },
    { name: 'null', input: null, expected: 'null\n' },
    { name: 'empty object and array stay on one line', input: { b: [], a: {} }, expected: '{\n  "a": {},\n  "b": []\n}\n' },
    { name: 'keys sorted by code unit: upper case and digits before lower case', input: { b: 1, a: 2, B: 3, '1': 4 }, expected: '{\n  "1": 4,\n  "B": 3,\n  "a": 2,\n  "b": 1\n}\n' },
    { name: 'arrays keep their order', input: [3, 1, 2], expected: '[\n  3,\n  1,\n  2\n]\n' },
  ])('$name', ({ input, expected }) => {
    expect(stableJson(input)).toBe(expected);
  });
});

describe('canonicalJson', () => {
  it.each<{ name: string; input: unknown; expected: string }>([
    { name: 'compact, keys sorted at every depth', input: { z: { y: 1, x: [{ b: 1, a: 2 }] }, a: true }, expected: '{"a":true,"z":{"x":[{"a":2,"b":1}],"y":1}}' },
    { name: 'a primitive as JSON', input: 42, expected: '42' },
    { name: 'undefined (JSON has none) is the text null, never undefined', input: undefined, expected: 'null' },
  ])('$name', ({ input, expected }) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  it('the same members in any order give the same text (a live read vs a sorted snapshot)', () => {
    expect(canonicalJson({ id: 'base', content: { b: 1, a: 2 } })).toBe(canonicalJson({ content: { a: 2, b: 1 }, id: 'base' }));
  });
});
