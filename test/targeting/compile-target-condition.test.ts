/**
 * compileTargetCondition (src/targeting/compile-target-condition.ts) on hand-built ASTs, so the
 * evaluator is tested apart from the parser. Semantics (spec §4, Cosmos DB / IoT Hub query rules):
 * three-valued logic where `undefined` never matches; comparisons only between primitives of the same
 * type, ordering only numbers or strings (ordinal by UTF-16 code unit); IN as an OR of equalities;
 * IS_DEFINED true for any existing value including null; own keys only. target-condition.test.ts checks
 * parsed conditions against example twins; this file checks the truth tables and the edge cases a parser
 * cannot produce.
 */
import type { JsonObject } from '../../src/model/json.js';
import { compileTargetCondition } from '../../src/targeting/compile-target-condition.js';
import type { ComparisonOperator } from '../../src/targeting/target-condition-lexer.js';
import type { ConditionNode, LiteralValue, Operand, PathOperand } from '../../src/targeting/target-condition.js';

const lit = (value: LiteralValue): Operand => ({ kind: 'literal', value });
const path = (dotted: string): PathOperand => ({ kind: 'path', segments: dotted.split('.') });
const cmp = (left: Operand, operator: ComparisonOperator, right: Operand): ConditionNode => ({ kind: 'compare', operator, left, right });
const and = (...operands: ConditionNode[]): ConditionNode => ({ kind: 'and', operands });
const or = (...operands: ConditionNode[]): ConditionNode => ({ kind: 'or', operands });
const not = (operand: ConditionNode): ConditionNode => ({ kind: 'not', operand });
const inList = (operand: Operand, values: LiteralValue[], negated = false): ConditionNode => ({ kind: 'in', operand, values, negated });
const isDefined = (dotted: string): ConditionNode => ({ kind: 'is-defined', path: path(dotted) });

/** Leaves of known truth value: T true, F false, U unknown (a missing property compared). */
const T = cmp(lit(1), '=', lit(1));
const F = cmp(lit(1), '=', lit(2));
const U = cmp(path('tags.missing'), '=', lit(1));

const TWIN: JsonObject = {
  deviceId: 'd1',
  tags: { n: 9, s: '9', t: 'prod', b: true, z: null, list: ['a'], obj: { k: 'v' }, high: '\uFFFF', emoji: '\u{1F600}' },
};

/**
 * The three-valued result, observed through the public boolean matcher: e is true when it matches, false
 * when NOT e matches, unknown when neither does.
 */
function truth(node: ConditionNode, twin: JsonObject = TWIN): 'T' | 'F' | 'U' {
  if (compileTargetCondition(node)(twin)) return 'T';
  return compileTargetCondition(not(node))(twin) ? 'F' : 'U';
}

describe('whole-condition kinds', () => {
  it.each([{}, TWIN])("'all' matches every twin, 'none' matches none (twin %#)", (twin) => {
    expect(compileTargetCondition({ kind: 'all' })(twin)).toBe(true);
    expect(compileTargetCondition({ kind: 'none' })(twin)).toBe(false);
  });

  it('the leaves used below have the truth values they are named after', () => {
    expect([truth(T), truth(F), truth(U)]).toStrictEqual(['T', 'F', 'U']);
  });
});

describe('three-valued logic (SQL rules)', () => {
  it.each<{ name: string; node: ConditionNode; expected: 'T' | 'F' | 'U' }>([
    { name: 'T AND T', node: and(T, T), expected: 'T' },
    { name: 'T AND F', node: and(T, F), expected: 'F' },
    { name: 'T AND U', node: and(T, U), expected: 'U' },
    { name: 'U AND F: false wins wherever it stands', node: and(U, F), expected: 'F' },
    { name: 'U AND U', node: and(U, U), expected: 'U' },
    { name: 'T AND U AND F', node: and(T, U, F), expected: 'F' },
    { name: 'F OR F', node: or(F, F), expected: 'F' },
    { name: 'F OR U', node: or(F, U), expected: 'U' },
    { name: 'U OR T: true wins wherever it stands', node: or(U, T), expected: 'T' },
    { name: 'U OR U', node: or(U, U), expected: 'U' },
    { name: 'F OR U OR T', node: or(F, U, T), expected: 'T' },
    { name: 'NOT T', node: not(T), expected: 'F' },
    { name: 'NOT F', node: not(F), expected: 'T' },
    { name: 'NOT U stays unknown', node: not(U), expected: 'U' },
    { name: 'NOT NOT U stays unknown', node: not(not(U)), expected: 'U' },
    { name: 'NOT (U AND F) is true', node: not(and(U, F)), expected: 'T' },
    { name: 'NOT (U OR F) is unknown', node: not(or(U, F)), expected: 'U' },
  ])('$name → $expected', ({ node, expected }) => {
    expect(truth(node)).toBe(expected);
  });
});

describe('comparisons', () => {
  it.each<{ name: string; node: ConditionNode; expected: 'T' | 'F' | 'U' }>([
    { name: 'number = number', node: cmp(path('tags.n'), '=', lit(9)), expected: 'T' },
    { name: "number = string '9' is unknown, not false", node: cmp(path('tags.n'), '=', lit('9')), expected: 'U' },
    { name: "number != string '9' is unknown, not true", node: cmp(path('tags.n'), '!=', lit('9')), expected: 'U' },
    { name: '<> of equal values is false', node: cmp(path('tags.t'), '<>', lit('prod')), expected: 'F' },
    { name: '!= of different values of one type is true', node: cmp(path('tags.t'), '!=', lit('test')), expected: 'T' },
    { name: 'null = null', node: cmp(path('tags.z'), '=', lit(null)), expected: 'T' },
    { name: 'null < null: nulls do not order', node: cmp(path('tags.z'), '<', lit(null)), expected: 'U' },
    { name: 'boolean = boolean', node: cmp(path('tags.b'), '=', lit(true)), expected: 'T' },
    { name: 'booleans do not order', node: cmp(path('tags.b'), '>=', lit(false)), expected: 'U' },
    { name: 'number < number', node: cmp(path('tags.n'), '<', lit(10)), expected: 'T' },
    { name: 'number <= itself', node: cmp(path('tags.n'), '<=', lit(9)), expected: 'T' },
    { name: 'number > itself is false', node: cmp(path('tags.n'), '>', lit(9)), expected: 'F' },
    { name: 'number vs string does not order', node: cmp(path('tags.n'), '<', lit('10')), expected: 'U' },
    { name: "strings order ordinally: 'B' < 'a'", node: cmp(lit('B'), '<', lit('a')), expected: 'T' },
    { name: 'strings order by UTF-16 code unit, not code point: U+1F600 < U+FFFF', node: cmp(path('tags.emoji'), '<', path('tags.high')), expected: 'T' },
    { name: "string >= itself", node: cmp(path('tags.s'), '>=', lit('9')), expected: 'T' },
    { name: 'an array does not compare, even with an equal-looking array element', node: cmp(path('tags.list'), '=', lit('a')), expected: 'U' },
    { name: 'an object does not compare with itself', node: cmp(path('tags.obj'), '=', path('tags.obj')), expected: 'U' },
    { name: 'the literal undefined equals nothing, not even itself', node: cmp(lit(undefined), '=', lit(undefined)), expected: 'U' },
    { name: 'a missing property is not null', node: cmp(path('tags.missing'), '=', lit(null)), expected: 'U' },
    { name: 'two paths', node: cmp(path('tags.s'), '=', path('tags.s')), expected: 'T' },
  ])('$name → $expected', ({ node, expected }) => {
    expect(truth(node)).toBe(expected);
  });
});

describe('IN and NIN', () => {
  it.each<{ name: string; node: ConditionNode; expected: 'T' | 'F' | 'U' }>([
    { name: 'one equal element is enough', node: inList(path('tags.t'), ['test', 'prod']), expected: 'T' },
    { name: 'no element equal, all comparable → false', node: inList(path('tags.t'), ['a', 'b']), expected: 'F' },
    { name: 'no element equal, one of another type → unknown', node: inList(path('tags.n'), ['9', 10]), expected: 'U' },
    { name: 'an equal element wins over an earlier one of another type', node: inList(path('tags.n'), ['9', 9]), expected: 'T' },
    { name: 'a missing property → unknown', node: inList(path('tags.missing'), [1]), expected: 'U' },
    { name: 'an empty list → false', node: inList(path('tags.t'), []), expected: 'F' },
    { name: 'NIN: an equal element → false', node: inList(path('tags.t'), ['prod'], true), expected: 'F' },
    { name: 'NIN: nothing equal, all comparable → true', node: inList(path('tags.t'), ['test'], true), expected: 'T' },
    { name: 'NIN: unknown stays unknown', node: inList(path('tags.n'), ['9'], true), expected: 'U' },
    { name: 'NIN over a missing property → unknown', node: inList(path('tags.missing'), ['x'], true), expected: 'U' },
    { name: 'NIN with an empty list → true', node: inList(path('tags.t'), [], true), expected: 'T' },
    { name: 'null IN [null]', node: inList(path('tags.z'), [null]), expected: 'T' },
  ])('$name → $expected', ({ node, expected }) => {
    expect(truth(node)).toBe(expected);
  });
});

describe('paths and IS_DEFINED', () => {
  const protoTwin = JSON.parse('{"tags":{"__proto__":"own","constructor":"mine"}}') as JsonObject;

  it.each<{ name: string; node: ConditionNode; twin?: JsonObject; expected: 'T' | 'F' | 'U' }>([
    { name: 'IS_DEFINED of a null value is true', node: isDefined('tags.z'), expected: 'T' },
    { name: 'IS_DEFINED of a missing property is false, never unknown', node: isDefined('tags.missing'), expected: 'F' },
    { name: 'IS_DEFINED of an object', node: isDefined('tags.obj'), expected: 'T' },
    { name: 'a path through an array is missing', node: isDefined('tags.list.0'), expected: 'F' },
    { name: 'a path through a string is missing', node: isDefined('tags.t.length'), expected: 'F' },
    { name: 'a path through null is missing', node: isDefined('tags.z.x'), expected: 'F' },
    { name: 'Object.prototype members are not twin keys (toString)', node: isDefined('tags.toString'), expected: 'F' },
    { name: 'Object.prototype members are not twin keys (__proto__)', node: isDefined('tags.__proto__'), expected: 'F' },
    { name: 'an own key named __proto__ is a twin key', node: cmp(path('tags.__proto__'), '=', lit('own')), twin: protoTwin, expected: 'T' },
    { name: 'an own key named constructor is a twin key', node: cmp(path('tags.constructor'), '=', lit('mine')), twin: protoTwin, expected: 'T' },
    { name: 'keys are case-sensitive', node: isDefined('Tags.t'), expected: 'F' },
  ])('$name → $expected', ({ node, twin, expected }) => {
    expect(truth(node, twin ?? TWIN)).toBe(expected);
  });

  it('one compiled matcher answers for each twin it is given', () => {
    const match = compileTargetCondition(cmp(path('tags.env'), '=', lit('prod')));
    const twins: JsonObject[] = [{ tags: { env: 'prod' } }, { tags: { env: 'test' } }, {}];
    expect(twins.map((twin) => match(twin))).toStrictEqual([true, false, false]);
  });
});
