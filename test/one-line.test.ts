/**
 * Every printed line is one line (src/one-line.ts). The main escape table of `oneLine` lives in
 * test/cli/one-line-output.test.ts; here: the exact edges of the escaped ranges (C0 up to U+001F, DEL, C1 up to
 * U+009F, U+2028/U+2029) and `printableLines`.
 */
import { oneLine, printableLines } from '../src/one-line.js';

describe('oneLine: the edges of the escaped ranges', () => {
  it.each([
    { name: 'U+001F (last C0 control) is escaped', input: 'a\x1fb', expected: 'a\\x1Fb' },
    { name: 'space (U+0020) is printable', input: 'a b', expected: 'a b' },
    { name: 'tilde (U+007E) is printable', input: '~', expected: '~' },
    { name: 'U+009F (last C1 control) is escaped', input: '\x9f', expected: '\\x9F' },
    { name: 'no-break space (U+00A0) is printable', input: 'a\u00a0b', expected: 'a\u00a0b' },
    { name: 'U+2027 and U+202A around the separators are printable', input: '\u2027\u202a', expected: '\u2027\u202a' },
    { name: 'vertical tab and form feed get hex escapes, not names', input: '\v\f', expected: '\\x0B\\x0C' },
    { name: 'every control of a run is escaped', input: '\r\r\n\n', expected: '\\r\\r\\n\\n' },
    { name: 'the empty string', input: '', expected: '' },
    { name: 'an escape already written as text is left alone (for reading, not decoding)', input: 'a\\nb', expected: 'a\\nb' },
  ])('$name', ({ input, expected }) => {
    expect(oneLine(input)).toBe(expected);
  });
});

describe('printableLines', () => {
  it.each([
    { name: 'lines joined by newlines, with one final newline', lines: ['a', 'b'], expected: 'a\nb\n' },
    { name: 'one line', lines: ['only'], expected: 'only\n' },
    { name: 'no lines: a lone newline', lines: [], expected: '\n' },
    { name: 'an empty line stays an empty line', lines: ['a', '', 'b'], expected: 'a\n\nb\n' },
    { name: 'a newline inside a line is escaped: it cannot start a line of its own', lines: ['device d\n::add-mask::x', 'next'], expected: 'device d\\n::add-mask::x\nnext\n' },
    { name: 'a trailing newline inside the last line is escaped, so the block still ends in exactly one', lines: ['x\n'], expected: 'x\\n\n' },
  ])('$name', ({ lines, expected }) => {
    expect(printableLines(lines)).toBe(expected);
  });
});
