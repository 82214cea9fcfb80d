/**
 * JSON paths in messages and ledger rows (src/model/json-path.ts): identifier-like keys are dotted, every other
 * key is bracketed and quoted as a JSON string, array indexes are bracketed, so an IoT Edge path such as
 * `$edgeAgent["properties.desired"]` can be read back unambiguously.
 */
import { jsonPath, jsonPathOf } from '../../src/model/json-path.js';

describe('jsonPath', () => {
  it.each([
    { name: 'a plain key on an empty base is the key alone', base: '', key: 'content', expected: 'content' },
    { name: 'a plain key is dotted onto the base', base: 'content', key: 'modulesContent', expected: 'content.modulesContent' },
    { name: '$ may start a plain key (system modules)', base: 'modulesContent', key: '$edgeAgent', expected: 'modulesContent.$edgeAgent' },
    { name: '_ and - inside a plain key keep it plain', base: 'modules', key: 'temp_sensor-1', expected: 'modules.temp_sensor-1' },
    { name: 'a key holding a dot is bracketed and quoted', base: '$edgeAgent', key: 'properties.desired', expected: '$edgeAgent["properties.desired"]' },
    { name: 'a port binding key with a slash is bracketed', base: 'PortBindings', key: '5671/tcp', expected: 'PortBindings["5671/tcp"]' },
    { name: 'a key starting with a digit is bracketed', base: 'a', key: '1st', expected: 'a["1st"]' },
    { name: 'a key starting with - is bracketed', base: 'a', key: '-x', expected: 'a["-x"]' },
    { name: 'a key with a space is bracketed', base: 'env', key: 'MY VAR', expected: 'env["MY VAR"]' },
    { name: 'a non-ASCII key is bracketed', base: 'tags', key: 'städte', expected: 'tags["städte"]' },
    { name: 'the empty key is bracketed', base: 'a', key: '', expected: 'a[""]' },
    { name: 'quotes and backslashes inside a bracketed key are JSON-escaped', base: 'a', key: 'say "hi"\\', expected: 'a["say \\"hi\\"\\\\"]' },
    { name: 'a newline inside a bracketed key is JSON-escaped, so the path stays one line', base: 'a', key: 'x\ny', expected: 'a["x\\ny"]' },
    { name: 'a non-plain key on an empty base is bracketed with no leading dot', base: '', key: 'properties.desired', expected: '["properties.desired"]' },
    { name: 'an array index is bracketed, unquoted', base: 'routes', key: 0, expected: 'routes[0]' },
    { name: 'an index on an empty base is bracketed alone', base: '', key: 3, expected: '[3]' },
    { name: 'a numeric string is a key, not an index', base: 'a', key: '0', expected: 'a["0"]' },
  ])('$name', ({ base, key, expected }) => {
    expect(jsonPath(base, key)).toBe(expected);
  });
});

describe('jsonPathOf', () => {
  it.each([
    { name: 'no keys: the base unchanged', base: 'content', keys: [], expected: 'content' },
    { name: 'keys and indexes in order', base: 'a', keys: ['b', 0], expected: 'a.b[0]' },
    {
      name: 'the IoT Edge path of an agent module, mixing dotted and bracketed keys',
      base: '',
      keys: ['content', 'modulesContent', '$edgeAgent', 'properties.desired', 'modules', 'sensor'],
      expected: 'content.modulesContent.$edgeAgent["properties.desired"].modules.sensor',
    },
    { name: 'an index right after a bracketed key', base: 'c', keys: ['properties.desired', 2, 'x'], expected: 'c["properties.desired"][2].x' },
  ])('$name', ({ base, keys, expected }) => {
    expect(jsonPathOf(base, ...(keys as (string | number)[]))).toBe(expected);
  });
});
