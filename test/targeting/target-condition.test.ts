/**
 * Conformance table for target conditions (spec §4). Every row lists, worked out by hand from the spec,
 * which of the twins A–E the condition matches; each row is therefore five condition × twin cases.
 * A–D are the spec §4 example twins; E is ours, for nested tags, null, booleans, arrays and escapes.
 */
import type { JsonObject } from '../../src/model/json.js';
import { compileTargetCondition } from '../../src/targeting/compile-target-condition.js';
import { parseTargetCondition } from '../../src/targeting/target-condition.js';
import { TargetConditionError } from '../../src/targeting/target-condition-error.js';

const TWINS: Record<string, JsonObject> = {
  A: { deviceId: 'linuxprod1', tags: { environment: 'prod', location: 'westus', building: 9 }, properties: { reported: { devicemodel: '4000x' } } },
  B: { deviceId: "operator'sDevice", tags: { environment: 'prod', location: 'eastus', building: '9' } },
  C: { deviceId: 'dev-7', tags: { environment: 'test', operator: 'John' } },
  D: { deviceId: 'bare' },
  E: {
    deviceId: 'edge-9',
    status: 'enabled',
    capabilities: { iotEdge: true },
    tags: {
      site: { region: 'eu', floor: 3, geo: { lat: 1.5 } },
      nullable: null,
      flag: true,
      list: ['a', 'b'],
      obj: { k: 'v' },
      Env: 'Prod',
      count: 16,
      ratio: 0.5,
      neg: -3,
      name: "it's",
      path: 'a\\b',
      quote: 'say "hi"',
      unicode: 'é',
      'device-type': 'gateway',
    },
    properties: { desired: { interval: 10 }, reported: { fw: '1.2.10' } },
  },
};
const ALL = 'ABCDE';

interface Row {
  readonly name: string;
  readonly condition: string;
  /** Letters of the twins that match. */
  readonly matches: string;
}

const ROWS: Row[] = [
  // spec §4 examples 1–16 (E added by us)
  { name: 'ex1 deviceId equality', condition: "deviceId='linuxprod1'", matches: 'A' },
  { name: 'ex2 tag equality', condition: "tags.environment='prod'", matches: 'AB' },
  { name: 'ex3 AND', condition: "tags.environment = 'prod' AND tags.location = 'westus'", matches: 'A' },
  { name: 'ex4 OR (missing side is undefined, true side wins)', condition: "tags.environment = 'prod' OR tags.location = 'westus'", matches: 'AB' },
  { name: 'ex5 number literal does not equal string "9"', condition: 'tags.building=9', matches: 'A' },
  { name: 'ex6 string literal does not equal number 9', condition: "tags.building='9'", matches: 'B' },
  { name: "ex7 doubled single quote ''", condition: "deviceId='operator''sDevice'", matches: 'B' },
  { name: 'ex8 IN list', condition: "tags.environment IN ['test','staging']", matches: 'C' },
  { name: 'ex9 NIN: missing → undefined → no match', condition: "tags.environment NIN ['prod']", matches: 'C' },
  { name: 'ex10 is_defined lower case', condition: 'is_defined(tags.operator)', matches: 'C' },
  { name: 'ex11 NOT is_defined', condition: 'NOT is_defined(tags.environment)', matches: 'DE' },
  { name: 'ex12 reported property', condition: "properties.reported.devicemodel='4000x'", matches: 'A' },
  { name: 'ex13 != does not match missing', condition: "tags.environment != 'prod'", matches: 'C' },
  { name: 'ex14 parentheses, NOT, OR with undefined', condition: "(tags.environment='prod' AND NOT (deviceId='linuxprod1')) OR tags.operator='John'", matches: 'BC' },
  { name: 'ex15 * matches all', condition: '*', matches: ALL },
  { name: 'ex16 empty matches none', condition: '', matches: '' },
  // quoting and escapes
  { name: 'double-quoted string', condition: 'deviceId = "linuxprod1"', matches: 'A' },
  { name: "backslash-escaped quote \\'", condition: "deviceId='operator\\'sDevice'", matches: 'B' },
  { name: 'single quote inside double quotes', condition: 'deviceId="operator\'sDevice"', matches: 'B' },
  { name: '\\uXXXX escape', condition: "deviceId = 'dev\\u002d7'", matches: 'C' },
  { name: 'escaped backslash \\\\', condition: "tags.path = 'a\\\\b'", matches: 'E' },
  { name: 'escaped double quote \\" in single quotes', condition: "tags.quote = 'say \\\"hi\\\"'", matches: 'E' },
  { name: 'doubled double quote in double quotes', condition: 'tags.quote = "say ""hi"""', matches: 'E' },
  { name: "doubled quote inside a tag value", condition: "tags.name = 'it''s'", matches: 'E' },
  { name: 'non-ASCII via \\u escape', condition: "tags.unicode = '\\u00e9'", matches: 'E' },
  { name: 'non-ASCII literal', condition: "tags.unicode = 'é'", matches: 'E' },
  // numbers
  { name: 'hex literal', condition: 'tags.count = 0x10', matches: 'E' },
  { name: 'hex literal with upper-case X', condition: 'tags.count = 0X10', matches: 'E' },
  { name: 'arithmetic minus is refused', condition: 'tags.count = 0x1A - 10', matches: 'ERROR' },
  { name: 'negative literal', condition: 'tags.neg = -3', matches: 'E' },
  { name: 'negative hex literal', condition: 'tags.neg = -0x3', matches: 'E' },
  { name: 'negative fractional comparison', condition: 'tags.neg < -2.5', matches: 'E' },
  { name: 'fractional literal', condition: 'tags.ratio = 0.5', matches: 'E' },
  { name: 'exponent literal', condition: 'tags.count = 1.6e1', matches: 'E' },
  { name: 'number equality ignores written form (16.0)', condition: 'tags.count = 16.0', matches: 'E' },
  { name: 'hex inside IN', condition: 'tags.count IN [0x10]', matches: 'E' },
  // comparison operators and type strictness
  { name: '> on numbers; string "9" vs 8 is undefined', condition: 'tags.building > 8', matches: 'A' },
  { name: '>= on numbers', condition: 'tags.building >= 9', matches: 'A' },
  { name: '< false at equality', condition: 'tags.building < 9', matches: '' },
  { name: '<= true at equality', condition: 'tags.building <= 9', matches: 'A' },
  { name: '> on strings compares strings only', condition: "tags.building > '8'", matches: 'B' },
  { name: '!= across types is undefined, not true', condition: 'tags.building != 9', matches: '' },
  { name: '<> across types is undefined', condition: "tags.building <> '9'", matches: '' },
  { name: '<> same type', condition: "tags.location <> 'westus'", matches: 'B' },
  { name: '!= same type', condition: "tags.location != 'westus'", matches: 'B' },
  { name: '< ordinal string order', condition: "tags.location < 'westus'", matches: 'B' },
  { name: 'ordinal: lowercase sorts after uppercase', condition: "deviceId < 'Z'", matches: '' },
  { name: 'ordinal string > on every deviceId', condition: "deviceId > 'c'", matches: 'ABCE' },
  { name: "ordinal, not version order: '1.2.10' > '1.2.9' is false", condition: "properties.reported.fw > '1.2.9'", matches: '' },
  { name: 'boolean equality', condition: 'tags.flag = true', matches: 'E' },
  { name: 'boolean inequality', condition: 'tags.flag != false', matches: 'E' },
  { name: "boolean vs string 'true' is undefined", condition: "tags.flag = 'true'", matches: '' },
  { name: 'ordering booleans is undefined', condition: 'tags.flag > false', matches: '' },
  { name: 'capabilities path', condition: 'capabilities.iotEdge = true', matches: 'E' },
  { name: 'status path', condition: "status = 'enabled'", matches: 'E' },
  { name: 'desired property path', condition: 'properties.desired.interval >= 10', matches: 'E' },
  { name: 'literal on the left', condition: "'prod' = tags.environment", matches: 'AB' },
  { name: 'number literal on the left', condition: '9 = tags.building', matches: 'A' },
  { name: 'path compared with itself', condition: 'tags.environment = tags.environment', matches: 'ABC' },
  { name: 'path compared with another path', condition: 'deviceId = tags.location', matches: '' },
  { name: 'constant true comparison', condition: '1 = 1', matches: ALL },
  { name: 'constant string comparison is case-sensitive', condition: "'a' = 'A'", matches: '' },
  // case rules
  { name: 'values are case-sensitive', condition: "tags.environment = 'PROD'", matches: '' },
  { name: 'keys are case-sensitive (Env)', condition: "tags.Env = 'Prod'", matches: 'E' },
  { name: 'keys are case-sensitive (env)', condition: "tags.env = 'Prod'", matches: '' },
  { name: 'keys are case-sensitive (ENVIRONMENT)', condition: "tags.ENVIRONMENT = 'prod'", matches: '' },
  { name: 'keywords lower case', condition: "tags.environment = 'prod' and tags.location = 'westus'", matches: 'A' },
  { name: 'keywords mixed case', condition: "tags.environment='test' oR NoT is_defined(tags.environment)", matches: 'CDE' },
  { name: 'function name upper case', condition: 'IS_DEFINED(tags.operator)', matches: 'C' },
  { name: 'in / nin lower case', condition: "tags.environment in ['test']", matches: 'C' },
  { name: 'constants upper case', condition: 'tags.flag = TRUE', matches: 'E' },
  // IN / NIN
  { name: 'NIN excludes every listed value', condition: "tags.environment nin ['prod', 'test']", matches: '' },
  { name: 'IN with numbers: string "9" never equals 9', condition: 'tags.building IN [9, 10]', matches: 'A' },
  { name: 'NIN with numbers: mismatched type stays undefined', condition: 'tags.building NIN [10]', matches: 'A' },
  { name: "NIN ['9'] over number 9 is undefined", condition: "tags.building NIN ['9']", matches: '' },
  { name: 'IN mixed list: one equal element is enough', condition: "tags.building IN ['9', 9]", matches: 'AB' },
  { name: 'IN over deviceId', condition: "deviceId IN ['bare', 'dev-7', 'nope']", matches: 'CD' },
  { name: 'IN on an array property is undefined', condition: "tags.list IN ['a']", matches: '' },
  { name: 'IN [null] matches a null value', condition: 'tags.nullable IN [null]', matches: 'E' },
  // null and undefined
  { name: 'null equals null', condition: 'tags.nullable = null', matches: 'E' },
  { name: 'missing is not null', condition: 'tags.missing = null', matches: '' },
  { name: 'IS_DEFINED is true for a null value', condition: 'is_defined(tags.nullable)', matches: 'E' },
  { name: 'NOT IS_DEFINED of a null value', condition: 'NOT is_defined(tags.nullable)', matches: 'ABCD' },
  { name: 'null != null is false', condition: 'tags.nullable != null', matches: '' },
  { name: 'null vs string is undefined', condition: "tags.nullable = 'x'", matches: '' },
  { name: 'NOT of null vs string stays undefined', condition: "NOT tags.nullable = 'x'", matches: '' },
  { name: 'comparison with undefined literal never matches', condition: 'tags.environment != undefined', matches: '' },
  { name: 'undefined literal equals nothing, not even missing', condition: 'tags.missing = undefined', matches: '' },
  // nested tags, objects and arrays
  { name: 'nested tag', condition: "tags.site.region = 'eu'", matches: 'E' },
  { name: 'deeply nested tag', condition: 'tags.site.geo.lat > 1', matches: 'E' },
  { name: 'two nested tags', condition: "tags.site.floor = 3 AND tags.site.region = 'eu'", matches: 'E' },
  { name: 'object compared with string is undefined', condition: "tags.site = 'eu'", matches: '' },
  { name: 'path through a string is undefined', condition: "tags.site.region.x = 'eu'", matches: '' },
  { name: 'array compared with element is undefined', condition: "tags.list = 'a'", matches: '' },
  { name: 'object equality is undefined', condition: 'tags.obj = tags.obj', matches: '' },
  { name: 'IS_DEFINED of an object', condition: 'is_defined(tags.site.geo)', matches: 'E' },
  { name: 'IS_DEFINED of tags', condition: 'is_defined(tags)', matches: 'ABCE' },
  { name: 'IS_DEFINED of properties.reported', condition: 'is_defined(properties.reported)', matches: 'AE' },
  { name: 'hyphen in a tag name', condition: "tags.device-type = 'gateway'", matches: 'E' },
  { name: 'prototype member names are not twin keys', condition: 'is_defined(tags.constructor)', matches: '' },
  // NOT over missing, precedence, three-valued logic
  { name: 'NOT binds tighter than the comparison result', condition: "NOT tags.environment = 'prod'", matches: 'C' },
  { name: 'NOT over a comparison on a missing tag is undefined', condition: "NOT (tags.operator = 'John')", matches: '' },
  { name: 'double NOT', condition: "NOT NOT tags.environment = 'test'", matches: 'C' },
  { name: 'AND binds tighter than OR', condition: "tags.environment = 'test' OR tags.environment = 'prod' AND tags.location = 'eastus'", matches: 'BC' },
  { name: 'parentheses override precedence', condition: "(tags.environment = 'test' OR tags.environment = 'prod') AND tags.location = 'eastus'", matches: 'B' },
  { name: 'NOT binds tighter than AND', condition: "NOT tags.environment = 'prod' AND tags.location = 'eastus'", matches: '' },
  { name: 'NOT over a parenthesised AND (false AND undefined = false)', condition: "NOT (tags.environment = 'prod' AND tags.location = 'eastus')", matches: 'AC' },
  { name: 'OR: undefined OR true is true', condition: "tags.operator = 'John' OR deviceId = 'bare'", matches: 'CD' },
  { name: 'AND of IS_DEFINED and comparison', condition: "is_defined(tags.environment) AND tags.operator = 'John'", matches: 'C' },
  { name: 'no spaces around operators and keywords', condition: "tags.environment='prod'AND(tags.location='westus')", matches: 'A' },
  { name: 'newlines and tabs are whitespace', condition: "\n\ttags.environment\n=\n'test'\n", matches: 'C' },
  { name: '* with surrounding spaces', condition: '  *  ', matches: ALL },
  { name: 'whitespace-only matches none', condition: ' \t ', matches: '' },
];

describe('target condition conformance (spec §4)', () => {
  const valid = ROWS.filter((r) => r.matches !== 'ERROR');
  it('has at least 60 condition × twin cases', () => {
    expect(valid.length * Object.keys(TWINS).length).toBeGreaterThanOrEqual(60);
  });

  it.each(valid)('$name: $condition', ({ condition, matches }) => {
    const match = compileTargetCondition(parseTargetCondition(condition));
    const got = Object.keys(TWINS).filter((k) => match(TWINS[k]!)).join('');
    expect(got).toBe(matches);
  });

  it.each(ROWS.filter((r) => r.matches === 'ERROR'))('$name: $condition is refused', ({ condition }) => {
    expect(() => parseTargetCondition(condition)).toThrow(TargetConditionError);
  });
});

interface ErrorRow {
  readonly name: string;
  readonly condition: string;
  readonly position: number;
  readonly fragment: string;
}

const MDM_TYPO = "tags.operator = 'John' AND tags.environment = 'prod' NOT deviceId = 'linuxprod1'";

const ERROR_ROWS: ErrorRow[] = [
  { name: 'MDM example with no operator between clauses', condition: MDM_TYPO, position: 53, fragment: "unexpected 'NOT' at position 53" },
  { name: 'routing-only function STARTS_WITH', condition: "starts_with(deviceId, 'a')", position: 0, fragment: 'valid only in message routing' },
  { name: 'routing-only function LOWER later in the text', condition: "tags.x = 1 AND LOWER(deviceId) = 'a'", position: 15, fragment: 'LOWER is valid only in message routing' },
  { name: 'routing-only function IS_STRING', condition: 'IS_STRING(tags.x)', position: 0, fragment: 'valid only in message routing' },
  { name: 'routing-only function CONTAINS', condition: "contains(deviceId, 'x')", position: 0, fragment: 'valid only in message routing' },
  { name: 'unknown function', condition: 'foo(deviceId)', position: 0, fragment: "unknown function 'foo'" },
  { name: 'unterminated string', condition: "tags.a = 'abc", position: 9, fragment: 'unterminated string' },
  { name: 'arithmetic +', condition: 'tags.a = 1 + 2', position: 11, fragment: 'arithmetic' },
  { name: '* inside a condition', condition: '* AND tags.a = 1', position: 0, fragment: 'arithmetic' },
  { name: 'dangling AND', condition: "tags.a = 'x' AND", position: 16, fragment: 'the end of the condition' },
  { name: 'unclosed parenthesis', condition: '(tags.a = 1', position: 11, fragment: "expected ')'" },
  { name: 'extra closing parenthesis', condition: 'tags.a = 1)', position: 10, fragment: "unexpected ')'" },
  { name: 'bare path without operator', condition: 'tags.a', position: 6, fragment: 'comparison operator' },
  { name: '== is not an operator', condition: 'tags.a == 1', position: 8, fragment: "unexpected '='" },
  { name: 'unknown escape', condition: "tags.a = 'x\\q'", position: 11, fragment: 'unknown escape' },
  { name: 'short \\u escape', condition: "tags.a = '\\u12'", position: 10, fragment: '\\u escape' },
  { name: 'hex without digits', condition: 'tags.a = 0x', position: 9, fragment: 'no digits' },
  { name: 'letters glued to a number', condition: 'tags.a = 9a', position: 9, fragment: 'malformed number' },
  { name: 'IN without a list', condition: "tags.a IN 'x'", position: 10, fragment: "expected '['" },
  { name: 'empty IN list', condition: 'tags.a IN []', position: 11, fragment: "unexpected ']'" },
  { name: 'IN list without comma', condition: "tags.a IN ['x' 'y']", position: 15, fragment: "expected ',' or ']'" },
  { name: 'array constant outside IN', condition: 'tags.a = [1]', position: 9, fragment: 'only after IN or NIN' },
  { name: 'empty path segment', condition: 'tags. = 1', position: 6, fragment: 'property name' },
  { name: 'condition starting with AND', condition: 'AND tags.a = 1', position: 0, fragment: "unexpected 'AND'" },
  { name: 'two clauses side by side', condition: 'tags.a = 1 tags.b = 2', position: 11, fragment: 'expected AND, OR' },
  { name: 'IS_DEFINED of a constant', condition: "is_defined('x')", position: 11, fragment: 'property path' },
  { name: 'lone !', condition: 'tags.a ! 1', position: 7, fragment: "'!='" },
  { name: 'unexpected character', condition: 'tags.a = 1 # x', position: 11, fragment: 'unexpected character "#"' },
  { name: 'NOT IN is not the query language (NIN is)', condition: "tags.a NOT IN ['x']", position: 7, fragment: "unexpected 'NOT'" },
  { name: 'NOT alone', condition: 'NOT', position: 3, fragment: 'the end of the condition' },
  { name: 'number too large', condition: 'tags.a = 1e999', position: 9, fragment: 'too large' },
  { name: 'keyword used as a value', condition: 'tags.a = AND', position: 9, fragment: "unexpected 'AND'" },
  { name: 'nesting deeper than the limit', condition: '('.repeat(101) + 'tags.a = 1' + ')'.repeat(101), position: 100, fragment: 'nested deeper' },
];

describe('target condition syntax errors', () => {
  it.each(ERROR_ROWS)('$name', ({ condition, position, fragment }) => {
    let caught: unknown;
    try {
      parseTargetCondition(condition);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TargetConditionError);
    const error = caught as TargetConditionError;
    expect(error.position).toBe(position);
    expect(error.message).toContain(fragment);
    expect(error.message).toContain(`position ${position}`);
    expect(error.jsonPath).toBe('targetCondition');
  });

  it('withContext adds the configuration id and keeps the position', () => {
    try {
      parseTargetCondition(MDM_TYPO);
      throw new Error('expected a TargetConditionError');
    } catch (error) {
      const withId = (error as TargetConditionError).withContext({ configurationId: 'prod-base' });
      expect(withId).toBeInstanceOf(TargetConditionError);
      expect(withId.position).toBe(53);
      expect(withId.describe()).toBe(`configuration 'prod-base', at targetCondition: unexpected 'NOT' at position 53: expected AND, OR or the end of the condition`);
    }
  });

  it('99 nested parentheses are still accepted (limit is 100)', () => {
    const condition = '('.repeat(99) + "tags.environment = 'test'" + ')'.repeat(99);
    expect(compileTargetCondition(parseTargetCondition(condition))(TWINS['C']!)).toBe(true);
  });
});
