import { lexTargetCondition, type ComparisonOperator, type Token } from './target-condition-lexer.js';
import { TargetConditionError } from './target-condition-error.js';

export type { ComparisonOperator } from './target-condition-lexer.js';

/** A constant of the query language; `undefined` is the literal `undefined` [QL]. */
export type LiteralValue = string | number | boolean | null | undefined;

/** A dotted property path over the twin: `tags.location.building` → `['tags', 'location', 'building']`. */
export interface PathOperand {
  readonly kind: 'path';
  readonly segments: readonly string[];
}

/** A constant written in the condition. */
export interface LiteralOperand {
  readonly kind: 'literal';
  readonly value: LiteralValue;
}

/** Either side of a comparison. */
export type Operand = PathOperand | LiteralOperand;

/** `left <op> right`. */
export interface ComparisonNode {
  readonly kind: 'compare';
  readonly operator: ComparisonOperator;
  readonly left: Operand;
  readonly right: Operand;
}

/** `operand IN [..]`, or `NIN` when `negated`. */
export interface InNode {
  readonly kind: 'in';
  readonly negated: boolean;
  readonly operand: Operand;
  readonly values: readonly LiteralValue[];
}

/** `IS_DEFINED(path)`: true when the property exists, even with value null [QL "Functions"]. */
export interface IsDefinedNode {
  readonly kind: 'is-defined';
  readonly path: PathOperand;
}

/** `NOT operand`. */
export interface NotNode {
  readonly kind: 'not';
  readonly operand: ConditionNode;
}

/** `a AND b AND …` / `a OR b OR …`: at least two operands, as written without parentheses. */
export interface LogicalNode {
  readonly kind: 'and' | 'or';
  readonly operands: readonly ConditionNode[];
}

/** An expression node of a condition. */
export type ConditionNode = ComparisonNode | InNode | IsDefinedNode | NotNode | LogicalNode;

/**
 * A parsed target condition: `all` for `*` (every edge device), `none` for an empty or blank condition
 * (no device, [CLI-params]), otherwise an expression.
 */
export type TargetCondition = { readonly kind: 'all' } | { readonly kind: 'none' } | ConditionNode;

/** Functions of the query language that IoT Hub documents for message routing only, not for twin queries [QL]. */
export const ROUTING_ONLY_FUNCTIONS: readonly string[] = [
  'ABS', 'AS_NUMBER', 'CEILING', 'CONCAT', 'CONTAINS', 'ENDS_WITH', 'EXP', 'FLOOR', 'INDEX_OF', 'IS_ARRAY',
  'IS_BOOL', 'IS_NULL', 'IS_NUMBER', 'IS_OBJECT', 'IS_PRIMITIVE', 'IS_STRING', 'LENGTH', 'LOWER', 'POWER',
  'SIGN', 'SQRT', 'SQUARE', 'STARTS_WITH', 'SUBSTRING', 'UPPER',
];

/** Words the parser reads as keywords or constants in any letter case; a path may not start with one. */
export const RESERVED_WORDS: readonly string[] = ['AND', 'OR', 'NOT', 'IN', 'NIN', 'TRUE', 'FALSE', 'NULL', 'UNDEFINED'];

/** Parentheses and NOT deeper than this are refused, so hostile input cannot exhaust the stack. */
export const MAX_NESTING = 100;

/**
 * Parses an IoT Hub target condition (the WHERE body of a twin query, spec §4) into an AST.
 * Grammar (keywords case-insensitive; precedence NOT > AND > OR; comparisons bind tighter than NOT):
 *
 *     condition  := '*' | '' | or
 *     or         := and ('OR' and)*
 *     and        := not ('AND' not)*
 *     not        := 'NOT' not | primary
 *     primary    := '(' or ')' | 'IS_DEFINED' '(' path ')' | operand compare-op operand
 *                 | operand ('IN' | 'NIN') '[' literal (',' literal)* ']'
 *     operand    := path | literal
 *     path       := identifier ('.' identifier)*
 *     literal    := string | number | 'true' | 'false' | 'null' | 'undefined'
 *
 * A comparison needs an operator: clauses side by side (`a = 1 NOT b = 2`, the [MDM] typo) are refused.
 * Message-routing functions (STARTS_WITH, LOWER, …) and unknown functions are refused rather than read as
 * false. Throws only TargetConditionError, whose message and `position` name the 0-based offset.
 */
export function parseTargetCondition(text: string): TargetCondition {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  if (trimmed === '*') return { kind: 'all' };
  return new _Parser(lexTargetCondition(text)).parse();
}

function _describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the condition' : `'${token.text}'`;
}

function _isKeyword(token: Token, word: string): boolean {
  return token.kind === 'identifier' && token.text.toUpperCase() === word;
}

class _Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): ConditionNode {
    const node = this.parseOr();
    const next = this.peek();
    if (next.kind !== 'end') {
      throw this.error(next, 'expected AND, OR or the end of the condition');
    }
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private error(token: Token, expected: string): TargetConditionError {
    return new TargetConditionError(`unexpected ${_describe(token)} at position ${token.position}: ${expected}`, token.position);
  }

  private expect(kind: Token['kind'], expected: string): Token {
    const token = this.peek();
    if (token.kind !== kind) throw this.error(token, expected);
    return this.next();
  }

  private enter(token: Token): void {
    if (++this.depth > MAX_NESTING) {
      throw new TargetConditionError(`condition nested deeper than ${MAX_NESTING} levels at position ${token.position}`, token.position);
    }
  }

  private parseOr(): ConditionNode {
    const operands = [this.parseAnd()];
    while (_isKeyword(this.peek(), 'OR')) {
      this.next();
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  }

  private parseAnd(): ConditionNode {
    const operands = [this.parseNot()];
    while (_isKeyword(this.peek(), 'AND')) {
      this.next();
      operands.push(this.parseNot());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  }

  private parseNot(): ConditionNode {
    const token = this.peek();
    if (!_isKeyword(token, 'NOT')) return this.parsePrimary();
    this.next();
    this.enter(token);
    const operand = this.parseNot();
    this.depth--;
    return { kind: 'not', operand };
  }

  private parsePrimary(): ConditionNode {
    const token = this.peek();
    if (token.kind === 'lparen') {
      this.next();
      this.enter(token);
      const inner = this.parseOr();
      this.depth--;
      this.expect('rparen', `expected ')' to close the '(' at position ${token.position}`);
      return inner;
    }
    if (token.kind === 'identifier' && this.peek(1).kind === 'lparen') return this.parseFunction();
    const left = this.parseOperand();
    const op = this.peek();
    if (op.kind === 'operator') {
      this.next();
      return { kind: 'compare', operator: op.value as ComparisonOperator, left, right: this.parseOperand() };
    }
    if (_isKeyword(op, 'IN') || _isKeyword(op, 'NIN')) {
      this.next();
      return { kind: 'in', negated: _isKeyword(op, 'NIN'), operand: left, values: this.parseArray() };
    }
    throw this.error(op, 'expected a comparison operator (= != <> < <= > >=), IN or NIN');
  }

  private parseFunction(): ConditionNode {
    const name = this.next();
    const upper = name.text.toUpperCase();
    if (upper !== 'IS_DEFINED') {
      const why = ROUTING_ONLY_FUNCTIONS.includes(upper)
        ? `function ${upper} is valid only in message routing queries, not in target conditions (only IS_DEFINED is)`
        : `unknown function '${name.text}' (target conditions support only IS_DEFINED)`;
      throw new TargetConditionError(`${why}, at position ${name.position}`, name.position);
    }
    this.expect('lparen', "expected '(' after IS_DEFINED");
    const argument = this.peek();
    const path = this.parseOperand();
    if (path.kind !== 'path') throw this.error(argument, 'IS_DEFINED takes a property path');
    this.expect('rparen', "expected ')' after the IS_DEFINED argument");
    return { kind: 'is-defined', path };
  }

  private parseOperand(): Operand {
    const token = this.next();
    switch (token.kind) {
      case 'string':
      case 'number':
        return { kind: 'literal', value: token.value };
      case 'identifier': {
        const literal = this.keywordLiteral(token);
        if (literal !== null) return literal;
        if (RESERVED_WORDS.includes(token.text.toUpperCase())) {
          throw this.error(token, 'expected a property path or a constant');
        }
        if (this.peek().kind === 'lparen') {
          throw this.error(token, 'functions can only be used as a whole clause (IS_DEFINED(path))');
        }
        const segments = [token.text];
        while (this.peek().kind === 'dot') {
          this.next();
          segments.push(this.expect('identifier', "expected a property name after '.'").text);
        }
        return { kind: 'path', segments };
      }
      case 'lbracket':
        throw this.error(token, 'array constants are allowed only after IN or NIN');
      default:
        throw this.error(token, 'expected a property path or a constant');
    }
  }

  private keywordLiteral(token: Token): LiteralOperand | null {
    switch (token.text.toUpperCase()) {
      case 'TRUE':
        return { kind: 'literal', value: true };
      case 'FALSE':
        return { kind: 'literal', value: false };
      case 'NULL':
        return { kind: 'literal', value: null };
      case 'UNDEFINED':
        return { kind: 'literal', value: undefined };
      default:
        return null;
    }
  }

  private parseArray(): LiteralValue[] {
    this.expect('lbracket', "expected '[' to start the list after IN/NIN");
    const values: LiteralValue[] = [];
    for (;;) {
      const token = this.peek();
      const operand = this.parseOperand();
      if (operand.kind !== 'literal') throw this.error(token, 'IN/NIN lists hold constants only');
      values.push(operand.value);
      const separator = this.next();
      if (separator.kind === 'rbracket') return values;
      if (separator.kind !== 'comma') throw this.error(separator, "expected ',' or ']' in the IN/NIN list");
    }
  }
}
