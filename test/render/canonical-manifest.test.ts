/**
 * canonicalManifest: a copy of an object with `apiVersion`, `kind`, `metadata` first (those present), then every
 * other top-level key in UTF-16 code-unit order; `undefined` members dropped; a `__proto__` key (legal JSON) kept
 * as an ordinary key. (`__proto__` inside data: sort-json-keys.test.ts.)
 */
import type { JsonObject } from '../../src/model/json.js';
import { canonicalManifest } from '../../src/render/canonical-manifest.js';

describe('canonicalManifest', () => {
  it.each<{ name: string; input: JsonObject; keys: string[] }>([
    { name: 'leading keys first even when others sort before them (upper case, "data")', input: { data: {}, Z: 1, metadata: {}, kind: 'K', apiVersion: 'v1' }, keys: ['apiVersion', 'kind', 'metadata', 'Z', 'data'] },
    { name: 'a missing leading key leaves no gap', input: { spec: {}, kind: 'K', apiVersion: 'v1' }, keys: ['apiVersion', 'kind', 'spec'] },
    { name: 'an undefined leading key is dropped', input: { kind: 'K', apiVersion: undefined as unknown as string, metadata: {} }, keys: ['kind', 'metadata'] },
    { name: 'an undefined top-level member is dropped', input: { kind: 'K', status: undefined as unknown as string, spec: {} }, keys: ['kind', 'spec'] },
    { name: 'no leading keys: plain code-unit order', input: { b: 1, _a: 2, A: 3 }, keys: ['A', '_a', 'b'] },
  ])('$name', ({ input, keys }) => {
    expect(Object.keys(canonicalManifest(input))).toStrictEqual(keys);
  });

  it('a top-level "__proto__" key stays an own key and never becomes the prototype', () => {
    const input = JSON.parse('{"kind":"K","__proto__":{"polluted":true},"apiVersion":"v1"}') as JsonObject;
    const result = canonicalManifest(input);
    expect(Object.keys(result)).toStrictEqual(['apiVersion', 'kind', '__proto__']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect((result as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(result)).toBe('{"apiVersion":"v1","kind":"K","__proto__":{"polluted":true}}');
  });

  it('returns a copy: the input keeps its own order and values, and changing the result leaves it alone', () => {
    const input: JsonObject = { spec: { b: 1, a: 2 }, kind: 'K', metadata: { name: 'n' } };
    const result = canonicalManifest(input);
    (result['metadata'] as JsonObject)['name'] = 'changed';
    (result['spec'] as JsonObject)['c'] = 3;
    expect(JSON.stringify(input)).toBe('{"spec":{"b":1,"a":2},"kind":"K","metadata":{"name":"n"}}');
  });
});

describe('canonicalManifest: basic cases', () => {
  it.each<{ name: string; input: JsonObject; keys: string[] }>([
    { name: 'apiVersion, kind, metadata lead', input: { spec: {}, metadata: {}, kind: 'K', apiVersion: 'v1' }, keys: ['apiVersion', 'kind', 'metadata', 'spec'] },
    { name: 'other top-level keys sorted', input: { stringData: {}, data: {}, kind: 'K', type: 'x' }, keys: ['kind', 'data', 'stringData', 'type'] },
    { name: 'code-unit order, upper case first', input: { b: 1, B: 2, a: 3 }, keys: ['B', 'a', 'b'] },
  ])('top level: $name', ({ input, keys }) => {
    expect(Object.keys(canonicalManifest(input))).toStrictEqual(keys);
  });

  it('nested maps sorted (metadata too), arrays keep their order, undefined dropped', () => {
    const result = canonicalManifest({
      metadata: { name: 'n', labels: { z: '1', a: '2' } },
      spec: { z: [{ b: 1, a: 2 }, 3], a: undefined as unknown as string },
    });
    expect(JSON.stringify(result)).toBe('{"metadata":{"labels":{"a":"2","z":"1"},"name":"n"},"spec":{"z":[{"a":2,"b":1},3]}}');
  });
});
