/**
 * The YAML writer's quoting of strings that the `yaml` package's YAML 1.1 schema would leave plain or raw but
 * that go-yaml (kubectl, kustomize, Flux, Argo CD) or PyYAML refuse or read as something else (issue 19 §12).
 * Expected texts are written by hand from the YAML 1.1/1.2 double-quoted escapes.
 */
import { parse } from 'yaml';
import { InternalError } from '../../src/errors.js';
import { manifestYaml } from '../../src/render/manifest-yaml.js';
import type { JsonObject } from '../../src/model/json.js';

describe('manifestYaml quotes and escapes what some reader would misread', () => {
  it.each<{ name: string; value: string; expected: string }>([
    { name: 'YAML 1.2 octal (go-yaml v3 reads 18)', value: '0o022', expected: 'v: "0o022"\n' },
    { name: 'upper-case octal prefix (Go ParseInt)', value: '0O17', expected: 'v: "0O17"\n' },
    { name: 'upper-case binary prefix', value: '0B1', expected: 'v: "0B1"\n' },
    { name: 'upper-case hex prefix', value: '0X1f', expected: 'v: "0X1f"\n' },
    { name: 'signed octal', value: '-0o7', expected: 'v: "-0o7"\n' },
    { name: 'hex with a Go digit separator', value: '0x_1F', expected: 'v: "0x_1F"\n' },
    { name: 'line separator U+2028 escaped (a line break to YAML 1.1 readers)', value: 'a\u2028b', expected: 'v: "a\\u2028b"\n' },
    { name: 'paragraph separator U+2029 escaped', value: 'a\u2029b', expected: 'v: "a\\u2029b"\n' },
    { name: 'non-character U+FFFE escaped (readers refuse it raw)', value: 'a\ufffeb', expected: 'v: "a\\uFFFEb"\n' },
    { name: 'non-character U+FFFF escaped', value: '\uffff', expected: 'v: "\\uFFFF"\n' },
    { name: 'byte-order mark U+FEFF escaped', value: '\ufeffx', expected: 'v: "\\uFEFFx"\n' },
    { name: 'DEL escaped', value: 'a\x7fb', expected: 'v: "a\\x7Fb"\n' },
    { name: 'C1 control escaped', value: 'a\x9bb', expected: 'v: "a\\x9Bb"\n' },
    { name: 'NEL escaped (a line break to YAML 1.1)', value: 'a\x85', expected: 'v: "a\\x85"\n' },
    { name: 'C0 control escaped', value: '\x01', expected: 'v: "\\x01"\n' },
    { name: 'multi-line text with a C1 control: one double-quoted line, not a block scalar', value: 'a\nb\x80', expected: 'v: "a\\nb\\x80"\n' },
    { name: 'quote and backslash escaped beside an escape', value: '"\\\u2028', expected: 'v: "\\"\\\\\\u2028"\n' },
    { name: 'PyYAML value tag `=`', value: '=', expected: 'v: "="\n' },
    { name: 'merge key `<<` as a value', value: '<<', expected: 'v: "<<"\n' },
    { name: 'a tab in one-line text (PyYAML refuses it plain)', value: 'a\tb', expected: 'v: "a\\tb"\n' },
    { name: 'astral character stays raw', value: 'x😀', expected: 'v: x😀\n' },
    { name: 'non-ASCII letters stay plain', value: 'Grüße', expected: 'v: Grüße\n' },
    { name: 'a version-like string stays plain', value: '1.2.3', expected: 'v: 1.2.3\n' },
    { name: 'a quantity stays plain', value: '100Mi', expected: 'v: 100Mi\n' },
    { name: 'multi-line text stays a block scalar', value: 'a\nb', expected: 'v: |-\n  a\n  b\n' },
  ])('value: $name', ({ value, expected }) => {
    const text = manifestYaml({ v: value });
    expect(text).toBe(expected);
    expect(parse(text, { version: '1.1' })).toStrictEqual({ v: value });
    expect(parse(text, { version: '1.2', schema: 'core' })).toStrictEqual({ v: value });
  });

  it.each<{ name: string; key: string; expected: string }>([
    { name: 'merge key `<<` is quoted as a key', key: '<<', expected: '"<<": 1\n' },
    { name: 'U+2028 in a key is escaped', key: 'k\u2028', expected: '"k\\u2028": 1\n' },
    { name: 'YAML 1.2 octal key is quoted', key: '0o1', expected: '"0o1": 1\n' },
  ])('key: $name', ({ key, expected }) => {
    expect(manifestYaml({ [key]: 1 })).toBe(expected);
  });

  it('a lone surrogate (refused by the model before render) is an internal error, never written', () => {
    expect(() => manifestYaml({ v: 'a\ud800' })).toThrow(InternalError);
  });
});

describe('manifestYaml', () => {
  it.each<{ name: string; value: JsonObject; expected: string }>([
    { name: 'YAML 1.1 boolean word is quoted', value: { v: 'off' }, expected: 'v: "off"\n' },
    { name: 'YAML 1.1 sexagesimal is quoted', value: { v: '1:20' }, expected: 'v: "1:20"\n' },
    { name: 'date is quoted (no timestamp)', value: { v: '2024-01-02' }, expected: 'v: "2024-01-02"\n' },
    { name: 'number stays a number', value: { v: 5671 }, expected: 'v: 5671\n' },
    { name: 'long string is never folded', value: { v: 'x '.repeat(100).trim() }, expected: `v: ${'x '.repeat(100).trim()}\n` },
    { name: 'an object used twice is written twice, no alias', value: (() => { const l = { a: '1' }; return { p: l, q: l }; })(), expected: 'p:\n  a: "1"\nq:\n  a: "1"\n' },
    { name: 'a map key that is a YAML 1.1 boolean (y) is quoted', value: { y: 1 }, expected: '"y": 1\n' },
  ])('$name', ({ value, expected }) => {
    expect(manifestYaml(value)).toBe(expected);
  });
});
