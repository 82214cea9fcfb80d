import { TargetConditionError } from './target-condition-error.js';

/** Kinds of token in a target condition. Keywords arrive as `identifier` and are recognised by the parser. */
export type TokenKind =
  | 'identifier'
  | 'string'
  | 'number'
  | 'operator'
  | 'lparen'
  | 'rparen'
  | 'lbracket'
  | 'rbracket'
  | 'comma'
  | 'dot'
  | 'end';

/** One token: its kind, the text it was read from, its value (strings unescaped, numbers parsed) and offset. */
export interface Token {
  readonly kind: TokenKind;
  /** Source text of the token, as written. */
  readonly text: string;
  /** Unescaped string value, numeric value, operator or identifier text. */
  readonly value: string | number;
  /** 0-based character offset of the first character. */
  readonly position: number;
}

/** Comparison operators of the IoT Hub query language [QL]. */
export const COMPARISON_OPERATORS = ['=', '!=', '<>', '<', '<=', '>', '>='] as const;
/** One comparison operator. */
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

// Twin keys cannot contain '.', '$' or space; '$' still starts system keys such as $metadata, and '-'
// is common in tag names. Arithmetic is not supported, so '-' inside a name cannot be read as minus.
const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_-]/;
const DIGIT = /[0-9]/;
const HEX_DIGIT = /[0-9A-Fa-f]/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Splits a target condition into tokens, ending with one `end` token. Throws TargetConditionError (never
 * anything else) at the first character that cannot start a token, naming its position.
 * Strings: single or double quotes; the delimiter doubled stands for itself (`'operator''sDevice'`,
 * [MDM]); backslash escapes `\' \" \\ \/ \b \f \n \r \t \uXXXX` [QL]. Numbers: decimal with optional
 * sign, fraction and exponent, or hex `0x…` [QL].
 */
export function lexTargetCondition(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      const { value, end } = _readString(text, i);
      tokens.push({ kind: 'string', text: text.slice(start, end), value, position: start });
      i = end;
    } else if (DIGIT.test(c) || (c === '-' && DIGIT.test(text[i + 1] ?? ''))) {
      const { value, end } = _readNumber(text, i);
      tokens.push({ kind: 'number', text: text.slice(start, end), value, position: start });
      i = end;
    } else if (IDENTIFIER_START.test(c)) {
      i++;
      while (i < text.length && IDENTIFIER_PART.test(text[i]!)) i++;
      const word = text.slice(start, i);
      tokens.push({ kind: 'identifier', text: word, value: word, position: start });
    } else if (c === '<' || c === '>' || c === '=' || c === '!') {
      const two = text.slice(i, i + 2);
      const op = two === '<=' || two === '>=' || two === '<>' || two === '!=' ? two : c;
      if (op === '!') {
        throw new TargetConditionError(`unexpected '!' at position ${start}: did you mean '!='?`, start);
      }
      tokens.push({ kind: 'operator', text: op, value: op, position: start });
      i += op.length;
    } else if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',' || c === '.') {
      const kind: TokenKind =
        c === '(' ? 'lparen' : c === ')' ? 'rparen' : c === '[' ? 'lbracket' : c === ']' ? 'rbracket' : c === ',' ? 'comma' : 'dot';
      tokens.push({ kind, text: c, value: c, position: start });
      i++;
    } else if (c === '+' || c === '-' || c === '*' || c === '/' || c === '%') {
      throw new TargetConditionError(
        `arithmetic operator '${c}' at position ${start} is not supported in target conditions` +
          (c === '*' ? " ('*' alone is the whole condition that targets every device)" : ''),
        start,
      );
    } else {
      throw new TargetConditionError(`unexpected character ${JSON.stringify(c)} at position ${start}`, start);
    }
  }
  tokens.push({ kind: 'end', text: '', value: '', position: text.length });
  return tokens;
}

function _readString(text: string, start: number): { value: string; end: number } {
  const quote = text[start]!;
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === quote) {
      if (text[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (c === '\\') {
      const e = text[i + 1];
      if (e === undefined) break;
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (hex.length !== 4 || ![...hex].every((h) => HEX_DIGIT.test(h))) {
          throw new TargetConditionError(`invalid \\u escape at position ${i}: expected 4 hex digits`, i);
        }
        value += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      const simple = SIMPLE_ESCAPES[e];
      if (simple === undefined) {
        throw new TargetConditionError(`unknown escape '\\${e}' at position ${i} in a string literal`, i);
      }
      value += simple;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw new TargetConditionError(`unterminated string starting at position ${start}: missing closing ${quote}`, start);
}

function _readNumber(text: string, start: number): { value: number; end: number } {
  let i = start;
  const negative = text[i] === '-';
  if (negative) i++;
  let value: number;
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
    const digitsStart = i + 2;
    i = digitsStart;
    while (i < text.length && HEX_DIGIT.test(text[i]!)) i++;
    if (i === digitsStart) {
      throw new TargetConditionError(`hex number at position ${start} has no digits after '0x'`, start);
    }
    value = parseInt(text.slice(digitsStart, i), 16);
  } else {
    while (i < text.length && DIGIT.test(text[i]!)) i++;
    if (text[i] === '.') {
      i++;
      const fractionStart = i;
      while (i < text.length && DIGIT.test(text[i]!)) i++;
      if (i === fractionStart) {
        throw new TargetConditionError(`number at position ${start} has no digits after the decimal point`, start);
      }
    }
    if (text[i] === 'e' || text[i] === 'E') {
      let j = i + 1;
      if (text[j] === '+' || text[j] === '-') j++;
      const exponentStart = j;
      while (j < text.length && DIGIT.test(text[j]!)) j++;
      if (j === exponentStart) {
        throw new TargetConditionError(`number at position ${start} has no digits in its exponent`, start);
      }
      i = j;
    }
    value = Number(text.slice(negative ? start + 1 : start, i));
  }
  // A letter glued to a number (`9a`) is a typo, not a number followed by a name.
  if (i < text.length && (IDENTIFIER_PART.test(text[i]!) || text[i] === '.')) {
    throw new TargetConditionError(`malformed number at position ${start}`, start);
  }
  if (!Number.isFinite(value)) {
    throw new TargetConditionError(`number at position ${start} is too large`, start);
  }
  return { value: negative ? -value : value, end: i };
}
