/**
 * lexTargetCondition (src/targeting/target-condition-lexer.ts): the tokens of a target condition, by the
 * IoT Hub query language [QL] and the MDM docs: strings in single or double quotes with the delimiter
 * doubled or backslash escapes; decimal (sign, fraction, exponent) or hex numbers; names that may hold
 * '-' and start with '$'; the seven comparison operators; one `end` token. target-condition.test.ts covers
 * the language through the parser; this file covers the tokens themselves and the lexer's own errors.
 */
import { COMPARISON_OPERATORS, lexTargetCondition, type Token } from '../../src/targeting/target-condition-lexer.js';
import { TargetConditionError } from '../../src/targeting/target-condition-error.js';

/** Tokens as compact [kind, value, position] triples. */
const lex = (text: string): [Token['kind'], string | number, number][] => lexTargetCondition(text).map((t) => [t.kind, t.value, t.position]);

describe('lexTargetCondition: tokens', () => {
  it.each<{ name: string; text: string; tokens: [Token['kind'], string | number, number][] }>([
    { name: 'empty text: only the end token', text: '', tokens: [['end', '', 0]] },
    { name: 'whitespace only: end at the text length', text: ' \t\n ', tokens: [['end', '', 4]] },
    {
      name: 'path, operator, string, with positions',
      text: "tags.env = 'prod'",
      tokens: [['identifier', 'tags', 0], ['dot', '.', 4], ['identifier', 'env', 5], ['operator', '=', 9], ['string', 'prod', 11], ['end', '', 17]],
    },
    {
      name: 'punctuation',
      text: '( ) [ ] , .',
      tokens: [['lparen', '(', 0], ['rparen', ')', 2], ['lbracket', '[', 4], ['rbracket', ']', 6], ['comma', ',', 8], ['dot', '.', 10], ['end', '', 11]],
    },
    { name: "'-' inside a name is part of it, not a minus", text: 'device-type-2', tokens: [['identifier', 'device-type-2', 0], ['end', '', 13]] },
    { name: "'$' and '_' start names", text: '$metadata _x', tokens: [['identifier', '$metadata', 0], ['identifier', '_x', 10], ['end', '', 12]] },
    { name: 'keywords arrive as identifiers', text: 'NOT is_defined', tokens: [['identifier', 'NOT', 0], ['identifier', 'is_defined', 4], ['end', '', 14]] },
    { name: '=> is two operators (only <=, >=, <>, != are two characters)', text: '=>', tokens: [['operator', '=', 0], ['operator', '>', 1], ['end', '', 2]] },
    { name: 'operators need no spaces', text: 'a<>1', tokens: [['identifier', 'a', 0], ['operator', '<>', 1], ['number', 1, 3], ['end', '', 4]] },
    { name: 'a string glued to a keyword', text: "'x'AND", tokens: [['string', 'x', 0], ['identifier', 'AND', 3], ['end', '', 6]] },
  ])('$name', ({ text, tokens }) => {
    expect(lex(text)).toStrictEqual(tokens);
  });

  it.each(COMPARISON_OPERATORS)('operator %s is one token', (op) => {
    expect(lex(`a${op}1`)).toStrictEqual([['identifier', 'a', 0], ['operator', op, 1], ['number', 1, 1 + op.length], ['end', '', 2 + op.length]]);
  });

  it('the comparison operators are exactly those of the query language', () => {
    expect([...COMPARISON_OPERATORS].sort()).toStrictEqual(['!=', '<', '<=', '<>', '=', '>', '>='].sort());
  });
});

describe('lexTargetCondition: numbers', () => {
  it.each<{ text: string; value: number }>([
    { text: '10', value: 10 },
    { text: '007', value: 7 },
    { text: '-3', value: -3 },
    { text: '1.25', value: 1.25 },
    { text: '1.5e3', value: 1500 },
    { text: '2E-2', value: 0.02 },
    { text: '1e+2', value: 100 },
    { text: '0x1F', value: 31 },
    { text: '0Xff', value: 255 },
    { text: '-0x10', value: -16 },
  ])('$text reads as $value, text kept as written', ({ text, value }) => {
    const [token, end] = lexTargetCondition(text);
    expect(token).toStrictEqual({ kind: 'number', text, value, position: 0 });
    expect(end!.kind).toBe('end');
  });

  it('a minus right before a digit after an operator is a sign', () => {
    expect(lex('a=-1')).toStrictEqual([['identifier', 'a', 0], ['operator', '=', 1], ['number', -1, 2], ['end', '', 4]]);
  });
});

describe('lexTargetCondition: strings', () => {
  it.each<{ name: string; text: string; value: string }>([
    { name: "doubled single quote (MDM: 'operator''sDevice')", text: "'operator''sDevice'", value: "operator'sDevice" },
    { name: 'doubled double quote', text: '"say ""hi"""', value: 'say "hi"' },
    { name: 'the other quote needs no escape', text: `"it's"`, value: "it's" },
    { name: 'simple escapes', text: "'\\n\\t\\r\\b\\f\\/\\\\'", value: '\n\t\r\b\f/\\' },
    { name: 'escaped quotes of both kinds', text: `'\\'\\"'`, value: `'"` },
    { name: '\\u escape, hex digits in either case', text: "'\\u0041\\u00e9\\u00E9'", value: 'Aéé' },
    { name: 'non-ASCII as is', text: "'é😀'", value: 'é😀' },
    { name: 'empty string', text: "''", value: '' },
  ])('$name', ({ text, value }) => {
    expect(lexTargetCondition(text)[0]).toStrictEqual({ kind: 'string', text, value, position: 0 });
  });
});

describe('lexTargetCondition: errors name the position and the cause', () => {
  it.each<{ name: string; text: string; position: number; message: string }>([
    { name: 'no digits after the decimal point', text: 'a = 1.', position: 4, message: 'number at position 4 has no digits after the decimal point' },
    { name: 'no digits after the point, then a name', text: '1.x', position: 0, message: 'number at position 0 has no digits after the decimal point' },
    { name: 'no digits in the exponent', text: '1e', position: 0, message: 'number at position 0 has no digits in its exponent' },
    { name: 'a signed exponent without digits', text: '2e+', position: 0, message: 'number at position 0 has no digits in its exponent' },
    { name: 'a second decimal point', text: '1.5.3', position: 0, message: 'malformed number at position 0' },
    { name: 'a hex number glued to a name', text: '0x1g', position: 0, message: 'malformed number at position 0' },
    { name: 'a backslash that ends the text', text: "'abc\\", position: 0, message: "unterminated string starting at position 0: missing closing '" },
    { name: 'an unterminated double-quoted string names the double quote', text: 'a = "x', position: 4, message: 'unterminated string starting at position 4: missing closing "' },
    { name: 'a \\u escape with a non-hex digit', text: "'\\u00G1'", position: 1, message: 'invalid \\u escape at position 1: expected 4 hex digits' },
    { name: 'a lone minus is arithmetic', text: 'a = - 1', position: 4, message: "arithmetic operator '-' at position 4 is not supported in target conditions" },
    { name: 'division', text: 'a / 2', position: 2, message: "arithmetic operator '/' at position 2 is not supported in target conditions" },
    { name: 'modulo', text: 'a % 2', position: 2, message: "arithmetic operator '%' at position 2 is not supported in target conditions" },
    { name: "'*' points at its use alone", text: 'a * 2', position: 2, message: "arithmetic operator '*' at position 2 is not supported in target conditions ('*' alone is the whole condition that targets every device)" },
    { name: "a trailing '!'", text: 'a !', position: 2, message: "unexpected '!' at position 2: did you mean '!='?" },
    { name: 'a character no token starts with', text: 'a = @x', position: 4, message: 'unexpected character "@" at position 4' },
    { name: 'a digit cannot start a name', text: '9lives', position: 0, message: 'malformed number at position 0' },
  ])('$name', ({ text, position, message }) => {
    let caught: unknown;
    try {
      lexTargetCondition(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TargetConditionError);
    expect((caught as TargetConditionError).position).toBe(position);
    expect((caught as TargetConditionError).message).toBe(message);
  });
});
