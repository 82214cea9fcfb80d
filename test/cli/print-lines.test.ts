/**
 * How the CLI prints (src/cli/print-lines.ts): `printLines` writes its messages as one block, one line each, with
 * every control character inside a message escaped; `printJson` writes pretty JSON in which no string can break a
 * line (DEL, C1 controls, U+2028 and U+2029, which JSON.stringify leaves raw, become \uXXXX escapes).
 */
import { printJson, printLines } from '../../src/cli/print-lines.js';

const stream = () => {
  const writes: string[] = [];
  return { writes, write: (text: string) => writes.push(text) };
};

describe('printLines', () => {
  it.each([
    { name: 'one message: one line ending in a newline', lines: ['done'], expected: ['done\n'] },
    { name: 'several messages: one write, one line each', lines: ['a', 'b', 'c'], expected: ['a\nb\nc\n'] },
    { name: 'a newline inside a message is escaped, so no workflow command can start a line', lines: ["device 'd\n::add-mask::x'"], expected: ["device 'd\\n::add-mask::x'\n"] },
    { name: 'other controls inside a message are escaped too', lines: ['a\r\x1b[2J\u2028b'], expected: ['a\\r\\x1B[2J\\u2028b\n'] },
    { name: 'an empty message is an empty line', lines: [''], expected: ['\n'] },
    { name: 'no messages: nothing is written', lines: [], expected: [] },
  ])('$name', ({ lines, expected }) => {
    const out = stream();
    printLines(out, ...lines);
    expect(out.writes).toStrictEqual(expected);
  });
});

describe('printJson', () => {
  it.each<{ name: string; value: unknown; expected: string }>([
    { name: 'pretty, 2-space indent, final newline', value: { a: [1] }, expected: '{\n  "a": [\n    1\n  ]\n}\n' },
    { name: 'C0 controls in strings as JSON.stringify escapes them', value: 'a\nb\t', expected: '"a\\nb\\t"\n' },
    { name: 'DEL and C1 controls (NEL) as \\u escapes', value: 'a\x7fb\x85c\x9f', expected: '"a\\u007Fb\\u0085c\\u009F"\n' },
    { name: 'line and paragraph separators as \\u escapes', value: { 'k\u2028': 'v\u2029' }, expected: '{\n  "k\\u2028": "v\\u2029"\n}\n' },
    { name: 'the first printable characters after the ranges stay as they are', value: '~\u00a0\u2027\u202a', expected: '"~\u00a0\u2027\u202a"\n' },
  ])('$name', ({ value, expected }) => {
    const out = stream();
    printJson(out, value);
    expect(out.writes).toStrictEqual([expected]);
  });

  it('the escaped text parses back to the same value', () => {
    const value = { deviceId: 'd\x85e\u2028f\x7f', n: [1, null, true] };
    const out = stream();
    printJson(out, value);
    expect(JSON.parse(out.writes[0]!)).toStrictEqual(value);
    expect(out.writes[0]!.slice(0, -1)).not.toMatch(/[\x7f-\x9f\u2028\u2029]/);
  });
});
