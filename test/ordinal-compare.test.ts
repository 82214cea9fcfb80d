/** compareOrdinal: UTF-16 code unit order, the same on every machine (no locale, no collation). */
import { compareOrdinal } from '../src/ordinal-compare.js';

it.each([
  { name: 'upper case before lower case (Z is 0x5A, a is 0x61)', a: 'Z', b: 'a', sign: -1 },
  { name: 'a prefix first', a: 'dev', b: 'dev-1', sign: -1 },
  { name: 'digits by code unit, not by value', a: 'dev-10', b: 'dev-9', sign: -1 },
  { name: "'-' (0x2D) before '.' (0x2E) and '_' (0x5F)", a: 'a-b', b: 'a.b', sign: -1 },
  { name: 'accented after every ASCII letter, whatever a locale says (é is 0xE9)', a: 'é', b: 'z', sign: 1 },
  { name: 'by code unit, not code point: U+FF5E (0xFF5E) after U+1F600 (0xD83D 0xDE00)', a: '\uff5e', b: '\u{1F600}', sign: 1 },
  { name: 'equal strings', a: 'same', b: 'same', sign: 0 },
])('$name', ({ a, b, sign }) => {
  expect(compareOrdinal(a, b)).toBe(sign);
  expect(compareOrdinal(b, a)).toBe(-sign || 0);
});
