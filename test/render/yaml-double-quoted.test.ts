/**
 * yamlDoubleQuoted: one-line double-quoted YAML scalars. Expected texts written by hand from the escapes
 * YAML 1.1 and 1.2 both define (`\n \t \r \" \\`, `\xXX`, `\uXXXX`) and from the set of characters every
 * reader (go-yaml, PyYAML, `yaml`) takes raw; each is also read back with the `yaml` package.
 * When manifestYaml chooses this form is manifest-yaml.test.ts's.
 */
import { parse } from 'yaml';
import { InternalError } from '../../src/errors.js';
import { yamlDoubleQuoted } from '../../src/render/yaml-double-quoted.js';

describe('yamlDoubleQuoted', () => {
  it.each([
    { name: 'printable ASCII stays raw', value: 'a b:c#{}[]', expected: '"a b:c#{}[]"' },
    { name: 'the empty string', value: '', expected: '""' },
    { name: 'double quote escaped', value: 'say "hi"', expected: '"say \\"hi\\""' },
    { name: 'backslash escaped', value: 'C:\\dir', expected: '"C:\\\\dir"' },
    { name: 'newline, tab, carriage return: named escapes', value: 'a\nb\tc\rd', expected: '"a\\nb\\tc\\rd"' },
    { name: 'NUL → \\x00', value: '\x00', expected: '"\\x00"' },
    { name: 'ESC → \\x1B (upper-case hex, two digits)', value: '\x1b[0m', expected: '"\\x1B[0m"' },
    { name: 'DEL → \\x7F', value: '\x7f', expected: '"\\x7F"' },
    { name: 'NEL (a line break to YAML 1.1) → \\x85', value: '\x85', expected: '"\\x85"' },
    { name: 'no-break space U+00A0 stays raw', value: 'a\u00a0b', expected: '"a\u00a0b"' },
    { name: 'Latin letters stay raw', value: 'Grüße', expected: '"Grüße"' },
    { name: 'line separator U+2028 → \\u2028', value: '\u2028', expected: '"\\u2028"' },
    { name: 'paragraph separator U+2029 → \\u2029', value: '\u2029', expected: '"\\u2029"' },
    { name: 'byte-order mark U+FEFF → \\uFEFF', value: '\ufeff', expected: '"\\uFEFF"' },
    { name: 'non-characters U+FFFE, U+FFFF → \\u escapes', value: '\ufffe\uffff', expected: '"\\uFFFE\\uFFFF"' },
    { name: 'private-use U+E000 stays raw', value: '\ue000', expected: '"\ue000"' },
    { name: 'an astral character (a surrogate pair in JS) stays raw', value: '😀', expected: '"😀"' },
  ])('$name', ({ value, expected }) => {
    const text = yamlDoubleQuoted(value);
    expect(text).toBe(expected);
    expect(parse(`v: ${text}`, { version: '1.1' })).toStrictEqual({ v: value });
    expect(parse(`v: ${text}`, { version: '1.2' })).toStrictEqual({ v: value });
  });

  it.each([
    { name: 'a lone high surrogate', value: 'a\ud800' },
    { name: 'a lone low surrogate', value: '\udc00b' },
  ])('$name is an InternalError of the render stage (no UTF-8 file can hold it)', ({ value }) => {
    expect(() => yamlDoubleQuoted(value)).toThrow(InternalError);
    expect(() => yamlDoubleQuoted(value)).toThrow(expect.objectContaining({ stage: 'render' }));
  });
});
