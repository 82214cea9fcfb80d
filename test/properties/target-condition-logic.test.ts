/**
 * The target-condition evaluator (README "Target conditions"): three-valued like IoT Hub/Cosmos, a device
 * matches only when the condition is exactly true. Laws that hold in that (Kleene) logic must hold for
 * every condition and twin; laws of two-valued logic that do not (A OR NOT A) must fail for a missing
 * property. The parser's own properties (only TargetConditionError, print → parse) are in
 * test/targeting/print-target-condition.test.ts.
 */
import fc from 'fast-check';
import type { JsonObject } from '../../src/model/json.js';
import { compileTargetCondition } from '../../src/targeting/compile-target-condition.js';
import { parseTargetCondition } from '../../src/targeting/target-condition.js';

const RUNS = { numRuns: Number(process.env['FUZZ_RUNS'] ?? 400), seed: Number(process.env['FC_SEED'] ?? 8) };
const matches = (condition: string, twin: JsonObject) => compileTargetCondition(parseTargetCondition(condition))(twin);

const key = fc.constantFrom('a', 'b', 'c');
const literal = fc.oneof(fc.constantFrom("'x'", "'y'", "''", '1', '2', '-1.5', 'true', 'false', 'null', "'1'"));
const comparison = fc.tuple(fc.constantFrom('tags', 'properties.reported'), key, fc.constantFrom('=', '!=', '<>', '<', '<=', '>', '>='), literal).map(([root, k, op, v]) => `${root}.${k} ${op} ${v}`);
const atom = fc.oneof(
  comparison,
  fc.tuple(key, fc.array(literal, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([k, vs, nin]) => `tags.${k} ${nin ? 'NIN' : 'IN'} [${vs.join(', ')}]`),
  key.map((k) => `IS_DEFINED(tags.${k})`),
);
const { condition } = fc.letrec<{ condition: string }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('condition'), tie('condition')).map(([x, y]) => `(${x}) AND (${y})`),
    fc.tuple(tie('condition'), tie('condition')).map(([x, y]) => `(${x}) OR (${y})`),
    tie('condition').map((x) => `NOT (${x})`),
  ),
}));
const value = fc.oneof(fc.constantFrom<unknown>('x', 'y', '', '1', 1, 2, -1.5, true, false, null), fc.jsonValue({ maxDepth: 1 }));
const section = fc.dictionary(key, value, { maxKeys: 3 });
const twin = fc.record({ deviceId: fc.string(), tags: section, properties: fc.record({ reported: section }) }, { requiredKeys: ['deviceId'] }) as fc.Arbitrary<JsonObject>;

describe('three-valued laws', () => {
  it.each([
    { name: 'AND commutes', left: (a: string, b: string) => `(${a}) AND (${b})`, right: (a: string, b: string) => `(${b}) AND (${a})` },
    { name: 'OR commutes', left: (a: string, b: string) => `(${a}) OR (${b})`, right: (a: string, b: string) => `(${b}) OR (${a})` },
    { name: 'De Morgan over AND', left: (a: string, b: string) => `NOT ((${a}) AND (${b}))`, right: (a: string, b: string) => `(NOT (${a})) OR (NOT (${b}))` },
    { name: 'De Morgan over OR', left: (a: string, b: string) => `NOT ((${a}) OR (${b}))`, right: (a: string, b: string) => `(NOT (${a})) AND (NOT (${b}))` },
    { name: 'double negation', left: (a: string) => `NOT (NOT (${a}))`, right: (a: string) => a },
    { name: 'AND is idempotent', left: (a: string) => `(${a}) AND (${a})`, right: (a: string) => a },
    { name: 'OR absorbs AND', left: (a: string, b: string) => `(${a}) OR ((${a}) AND (${b}))`, right: (a: string) => a },
  ])('$name', ({ left, right }) => {
    fc.assert(
      fc.property(condition, condition, twin, (a, b, t) => {
        expect(matches(left(a, b), t)).toBe(matches(right(a, b), t));
      }),
      RUNS,
    );
  });

  it('a condition and its negation never both match; with every compared property missing, neither does', () => {
    fc.assert(
      fc.property(condition, twin, (a, t) => {
        expect(matches(a, t) && matches(`NOT (${a})`, t)).toBe(false);
      }),
      RUNS,
    );
    expect(matches("tags.a = 'x' OR NOT (tags.a = 'x')", { deviceId: 'bare' })).toBe(false);
  });

  it('IN [v] matches like = v, and NIN [v] like != v', () => {
    fc.assert(
      fc.property(key, literal, twin, (k, v, t) => {
        expect(matches(`tags.${k} IN [${v}]`, t)).toBe(matches(`tags.${k} = ${v}`, t));
        expect(matches(`tags.${k} NIN [${v}]`, t)).toBe(matches(`tags.${k} != ${v}`, t));
      }),
      RUNS,
    );
  });

  it('* matches every twin and the empty condition none, whatever the twin holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (t) => {
        expect(matches('*', t as JsonObject)).toBe(true);
        expect(matches('', t as JsonObject)).toBe(false);
      }),
      RUNS,
    );
  });

  it('evaluation never throws on any twin, even where the paths cross arrays, strings and null', () => {
    fc.assert(
      fc.property(condition, fc.dictionary(fc.constantFrom('tags', 'properties', 'deviceId', 'a'), fc.jsonValue({ maxDepth: 4 })), (a, t) => {
        expect(typeof matches(a, t as JsonObject)).toBe('boolean');
      }),
      RUNS,
    );
  });
});
