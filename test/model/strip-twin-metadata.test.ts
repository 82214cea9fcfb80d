/**
 * Twins read back from IoT Hub carry the read-only `$metadata` and `$version` members at every level of their
 * desired properties; they are stripped before the properties become modulesContent (spec §2, §10.30), and
 * nothing else is touched (src/model/strip-twin-metadata.ts).
 */
import type { JsonObject } from '../../src/model/json.js';
import { stripTwinMetadata } from '../../src/model/strip-twin-metadata.js';

const META = { $lastUpdated: '2024-01-01T00:00:00Z', $lastUpdatedVersion: 3 };

describe('stripTwinMetadata', () => {
  it.each<{ name: string; input: JsonObject; expected: JsonObject }>([
    { name: 'top-level $metadata and $version go', input: { a: 1, $metadata: META, $version: 3 }, expected: { a: 1 } },
    { name: 'nested in an object at any depth', input: { a: { b: { c: 'x', $metadata: { c: META } }, $version: 2 } }, expected: { a: { b: { c: 'x' } } } },
    { name: 'inside objects held by arrays', input: { list: [{ k: 1, $version: 1 }, 'v', [{ $metadata: {} }]] }, expected: { list: [{ k: 1 }, 'v', [{}]] } },
    { name: 'an object of nothing but metadata becomes empty, not absent', input: { a: { $metadata: META } }, expected: { a: {} } },
    { name: 'primitives, null and empty containers stay as they are', input: { s: '$version', n: 0, b: false, z: null, o: {}, l: [] }, expected: { s: '$version', n: 0, b: false, z: null, o: {}, l: [] } },
    { name: 'names that only look alike stay (case, no $)', input: { metadata: 1, version: 2, $Metadata: 3, $VERSION: 4 }, expected: { metadata: 1, version: 2, $Metadata: 3, $VERSION: 4 } },
  ])('$name', ({ input, expected }) => {
    expect(stripTwinMetadata(input)).toStrictEqual(expected);
  });

  it('returns a copy: the twin read from the hub is left unchanged', () => {
    const input: JsonObject = { a: { b: 1, $version: 5 }, $metadata: META };
    const before = JSON.stringify(input);
    const output = stripTwinMetadata(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(output['a']).not.toBe(input['a']);
  });

  it('a `__proto__` key stays an own data member and never becomes the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true, "$version": 1}, "$version": 2}') as JsonObject;
    const output = stripTwinMetadata(input);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.keys(output)).toStrictEqual(['__proto__']);
    expect(JSON.stringify(output)).toBe('{"__proto__":{"polluted":true}}');
  });
});
