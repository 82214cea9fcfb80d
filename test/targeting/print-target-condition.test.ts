/**
 * The AST the parser builds (precedence and associativity as in spec §4), the canonical printer, and
 * fast-check properties: the parser throws nothing but TargetConditionError on any input, and
 * print → parse is the identity on generated ASTs.
 */
import fc from 'fast-check';
import type { JsonObject } from '../../src/model/json.js';
import { compileTargetCondition } from '../../src/targeting/compile-target-condition.js';
import { printTargetCondition } from '../../src/targeting/print-target-condition.js';
import {
  parseTargetCondition,
  RESERVED_WORDS,
  type ConditionNode,
  type LiteralValue,
  type Operand,
  type PathOperand,
  type TargetCondition,
} from '../../src/targeting/target-condition.js';
import { TargetConditionError } from '../../src/targeting/target-condition-error.js';

const p = (...segments: string[]): Operand => ({ kind: 'path', segments });
const l = (value: LiteralValue): Operand => ({ kind: 'literal', value });
const eq = (left: Operand, right: Operand): ConditionNode => ({ kind: 'compare', operator: '=', left, right });
const a = eq(p('tags', 'a'), l(1));
const b = eq(p('tags', 'b'), l(2));
const c = eq(p('tags', 'c'), l(3));

describe('parser builds the AST the grammar says', () => {
  it.each<{ name: string; text: string; ast: TargetCondition }>([
    { name: 'AND binds tighter than OR', text: 'tags.a = 1 OR tags.b = 2 AND tags.c = 3', ast: { kind: 'or', operands: [a, { kind: 'and', operands: [b, c] }] } },
    { name: 'a chain of AND is one n-ary node', text: 'tags.a = 1 AND tags.b = 2 AND tags.c = 3', ast: { kind: 'and', operands: [a, b, c] } },
    { name: 'parentheses keep their group', text: 'tags.a = 1 AND (tags.b = 2 AND tags.c = 3)', ast: { kind: 'and', operands: [a, { kind: 'and', operands: [b, c] }] } },
    { name: 'NOT binds tighter than AND', text: 'NOT tags.a = 1 AND tags.b = 2', ast: { kind: 'and', operands: [{ kind: 'not', operand: a }, b] } },
    { name: 'comparison binds tighter than NOT', text: 'NOT tags.a = 1', ast: { kind: 'not', operand: a } },
    { name: 'NIN with mixed constants', text: "deviceId NIN ['x', 0x10, -1.5, true, null, undefined]", ast: { kind: 'in', negated: true, operand: p('deviceId'), values: ['x', 16, -1.5, true, null, undefined] } },
    { name: 'IS_DEFINED keeps the path', text: 'Is_Defined(properties.reported.x)', ast: { kind: 'is-defined', path: { kind: 'path', segments: ['properties', 'reported', 'x'] } } },
    { name: '<> is kept as written', text: "tags.a <> 'x'", ast: { kind: 'compare', operator: '<>', left: p('tags', 'a'), right: l('x') } },
    { name: 'keyword after a dot is a key', text: 'tags.and = 1', ast: eq(p('tags', 'and'), l(1)) },
    { name: '* is match-all', text: ' * ', ast: { kind: 'all' } },
    { name: 'blank is match-none', text: '\n', ast: { kind: 'none' } },
  ])('$name', ({ text, ast }) => {
    expect(parseTargetCondition(text)).toStrictEqual(ast);
  });
});

describe('printTargetCondition', () => {
  it.each<{ name: string; text: string; printed: string }>([
    { name: 'keywords upper-cased, spacing normalised', text: "tags.a='x' and not tags.b=2", printed: "tags.a = 'x' AND NOT tags.b = 2" },
    { name: 'parentheses only where needed', text: '((tags.a = 1)) OR (tags.b = 2 AND tags.c = 3)', printed: 'tags.a = 1 OR tags.b = 2 AND tags.c = 3' },
    { name: 'OR under AND keeps parentheses', text: '(tags.a = 1 OR tags.b = 2) AND tags.c = 3', printed: '(tags.a = 1 OR tags.b = 2) AND tags.c = 3' },
    { name: 'NOT over a group keeps parentheses', text: 'NOT (tags.a = 1 AND tags.b = 2)', printed: 'NOT (tags.a = 1 AND tags.b = 2)' },
    { name: 'strings single-quoted with doubled quote', text: 'deviceId = "operator\'sDevice"', printed: "deviceId = 'operator''sDevice'" },
    { name: 'backslash and control characters escaped', text: "tags.a = 'a\\\\b\\n'", printed: "tags.a = 'a\\\\b\\u000a'" },
    { name: 'hex printed as decimal', text: 'tags.a IN [0x10, -0x1]', printed: 'tags.a IN [16, -1]' },
    { name: 'constants lower-case', text: 'tags.a NIN [TRUE, NULL, Undefined]', printed: 'tags.a NIN [true, null, undefined]' },
    { name: 'function name canonical', text: 'is_defined(tags.a)', printed: 'IS_DEFINED(tags.a)' },
    { name: 'match-all and match-none', text: '*', printed: '*' },
  ])('$name', ({ text, printed }) => {
    expect(printTargetCondition(parseTargetCondition(text))).toBe(printed);
  });
});

// ---- property-based tests -------------------------------------------------------------------------

const identifier = fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_-]{0,6}$/);
const firstSegment = identifier.filter((s) => !RESERVED_WORDS.includes(s.toUpperCase()));
const pathArb: fc.Arbitrary<PathOperand> = fc
  .tuple(firstSegment, fc.array(identifier, { maxLength: 3 }))
  .map(([first, rest]): PathOperand => ({ kind: 'path', segments: [first, ...rest] }));
const literalValue: fc.Arbitrary<LiteralValue> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const operandArb: fc.Arbitrary<Operand> = fc.oneof(pathArb.map((path): Operand => path), literalValue.map((value): Operand => ({ kind: 'literal', value })));
const operatorArb = fc.constantFrom('=', '!=', '<>', '<', '<=', '>', '>=' as const);

// fc.record builds objects without Object.prototype; the parser builds plain ones.
function _plain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(_plain) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, _plain(v)])) as T;
}

const { node: rawNode } = fc.letrec<{ node: ConditionNode; leaf: ConditionNode }>((tie) => ({
  leaf: fc.oneof(
    fc.record({ kind: fc.constant('compare' as const), operator: operatorArb, left: operandArb, right: operandArb }),
    fc.record({ kind: fc.constant('in' as const), negated: fc.boolean(), operand: operandArb, values: fc.array(literalValue, { minLength: 1, maxLength: 4 }) }),
    pathArb.map((path): ConditionNode => ({ kind: 'is-defined', path })),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.record({ kind: fc.constant('not' as const), operand: tie('node') }),
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), operands: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
  ),
}));
const node = rawNode.map(_plain);

// An OR directly inside an OR (or AND inside AND) can only come from parentheses, which the printer
// writes back; every generated tree is therefore a tree the parser can produce.
describe('properties', () => {
  it('the parser throws only TargetConditionError on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        try {
          parseTargetCondition(text);
        } catch (error) {
          if (!(error instanceof TargetConditionError)) throw error;
          expect(error.position).toBeGreaterThanOrEqual(0);
          expect(error.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the parser throws only TargetConditionError on random token soup', () => {
    const piece = fc.constantFrom(
      'tags.a', 'deviceId', ' ', '=', '!=', '<>', '<', '>=', 'AND', 'or', 'NOT', 'IN', 'nin', '(', ')', '[', ']', ',', '.',
      "'x'", '"y"', "'", '"', '\\', '0x1F', '-2.5', '1e3', 'true', 'null', 'undefined', 'is_defined(', 'LOWER(', '*', '-', '!',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        try {
          parseTargetCondition(pieces.join(' '));
        } catch (error) {
          if (!(error instanceof TargetConditionError)) throw error;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('print → parse is the identity on generated ASTs', () => {
    fc.assert(
      fc.property(node, (ast) => {
        expect(parseTargetCondition(printTargetCondition(ast))).toStrictEqual(ast);
      }),
      { numRuns: 1500 },
    );
  });

  it('the printed condition evaluates like the original on random twins', () => {
    const twin = fc.record({ deviceId: fc.string({ maxLength: 3 }), tags: fc.dictionary(firstSegment, fc.oneof(fc.string({ maxLength: 2 }), fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.constant(null))) });
    fc.assert(
      fc.property(node, twin, (ast, t) => {
        const reparsed = parseTargetCondition(printTargetCondition(ast));
        expect(compileTargetCondition(reparsed)(t as JsonObject)).toBe(compileTargetCondition(ast)(t as JsonObject));
      }),
      { numRuns: 500 },
    );
  });
});
