/**
 * The building blocks every createOptions handler uses: Go zero values (Docker's "not set"), handlers for
 * fields without a Kubernetes equivalent, and the readers that turn a JSON value into the type a Docker
 * field has — an input of another type is an error that names the type found, never the value (it could
 * be a secret).
 */
import type { JsonValue } from '../../../src/model/json.js';
import { asBoolean, asInteger, asObject, asString, asStringList, droppedField, isZeroValue, type FieldContext } from '../../../src/translate/create-options/field-handler.js';

/** A context that only collects what a reader or handler reports. */
function fakeContext(): { ctx: FieldContext; failures: string[]; records: string[] } {
  const failures: string[] = [];
  const records: string[] = [];
  const ctx = {
    fail: (message: string, ...sub: (string | number)[]) => failures.push(sub.length === 0 ? message : `${message} @ ${sub.join('.')}`),
    record: (fidelity: string, target: string, reason: string) => records.push(`${fidelity} | ${target} | ${reason}`),
  } as unknown as FieldContext;
  return { ctx, failures, records };
}

describe('isZeroValue: the values Docker Go structs read as "not set"', () => {
  it.each<{ name: string; value: JsonValue; expected: boolean }>([
    { name: 'null', value: null, expected: true },
    { name: 'empty string', value: '', expected: true },
    { name: 'number 0', value: 0, expected: true },
    { name: 'false', value: false, expected: true },
    { name: 'empty list', value: [], expected: true },
    { name: 'empty object', value: {}, expected: true },
    { name: 'a space is a value', value: ' ', expected: false },
    { name: '-1 is a value (Docker uses it for "unlimited")', value: -1, expected: false },
    { name: 'true', value: true, expected: false },
    { name: 'a list holding one empty string is a value', value: [''], expected: false },
    { name: 'an object whose only member is empty is a value', value: { Name: '' }, expected: false },
    { name: 'the string "0" is a value', value: '0', expected: false },
  ])('$name → $expected', ({ value, expected }) => {
    expect(isZeroValue(value)).toBe(expected);
  });
});

describe('droppedField', () => {
  const handler = droppedField('HostConfig.Example', 'No Kubernetes field.', ['SIGTERM', { Name: 'no' }]);

  it('describes a mapping-table row with no Kubernetes field and fidelity dropped', () => {
    expect([handler.field, handler.kubernetes, handler.fidelity, handler.note]).toStrictEqual(['HostConfig.Example', '', 'dropped', 'No Kubernetes field.']);
  });

  it.each<{ name: string; value: JsonValue; expected: string }>([
    { name: 'a value other than the defaults is dropped with the note as reason', value: 'SIGINT', expected: 'dropped |  | No Kubernetes field.' },
    { name: 'a listed default string is exact: nothing to translate', value: 'SIGTERM', expected: 'exact |  | Docker default value: nothing to translate.' },
    { name: 'a listed default object compares by value', value: { Name: 'no' }, expected: 'exact |  | Docker default value: nothing to translate.' },
    { name: 'an object that differs from the default is dropped', value: { Name: 'always' }, expected: 'dropped |  | No Kubernetes field.' },
  ])('$name', ({ value, expected }) => {
    const { ctx, records, failures } = fakeContext();
    handler.apply(value, ctx);
    expect(records).toStrictEqual([expected]);
    expect(failures).toStrictEqual([]);
  });

  it('without listed defaults every value is dropped', () => {
    const { ctx, records } = fakeContext();
    droppedField('HostConfig.Other', 'Windows only.').apply('SIGTERM', ctx);
    expect(records).toStrictEqual(['dropped |  | Windows only.']);
  });
});

describe('readers: the value when it has the type, else an error naming the type found', () => {
  type Reader = (value: JsonValue, ctx: FieldContext) => unknown;
  it.each<{ name: string; read: Reader; value: JsonValue; expected: unknown; error?: string }>([
    { name: 'asString: a string', read: asString, value: 'x', expected: 'x' },
    { name: 'asString: the empty string is a string', read: asString, value: '', expected: '' },
    { name: 'asString: a number', read: asString, value: 5, expected: undefined, error: 'expected a string, got a number' },
    { name: 'asString: null', read: asString, value: null, expected: undefined, error: 'expected a string, got null' },
    { name: 'asStringList: a list of strings', read: (v, c) => asStringList(v, c), value: ['a', 'b'], expected: ['a', 'b'] },
    { name: 'asStringList: a single string is refused by default', read: (v, c) => asStringList(v, c), value: 'a', expected: undefined, error: 'expected a list of strings, got a string' },
    { name: 'asStringList: a single string allowed → one-element list', read: (v, c) => asStringList(v, c, true), value: 'a', expected: ['a'] },
    { name: 'asStringList: a list with a number', read: (v, c) => asStringList(v, c, true), value: ['a', 1], expected: undefined, error: 'expected a list of strings or a string, got a list' },
    { name: 'asObject: an object', read: asObject, value: { a: 1 }, expected: { a: 1 } },
    { name: 'asObject: a list is not an object', read: asObject, value: [{ a: 1 }], expected: undefined, error: 'expected an object, got a list' },
    { name: 'asInteger: an integer', read: asInteger, value: 42, expected: 42 },
    { name: 'asInteger: a negative integer', read: asInteger, value: -1, expected: -1 },
    { name: 'asInteger: digits in a string, trimmed (as templates write them)', read: asInteger, value: ' 42 ', expected: 42 },
    { name: 'asInteger: a signed string', read: asInteger, value: '-3', expected: -3 },
    { name: 'asInteger: a fraction', read: asInteger, value: 1.5, expected: undefined, error: 'expected an integer, got a number' },
    { name: 'asInteger: exponent notation in a string', read: asInteger, value: '1e3', expected: undefined, error: 'expected an integer, got a string' },
    { name: 'asInteger: a boolean', read: asInteger, value: true, expected: undefined, error: 'expected an integer, got a boolean' },
    { name: 'asBoolean: false', read: asBoolean, value: false, expected: false },
    { name: 'asBoolean: the string "true" is not a boolean here', read: asBoolean, value: 'true', expected: undefined, error: 'expected true or false, got a string' },
    { name: 'asBoolean: an object', read: asBoolean, value: { a: true }, expected: undefined, error: 'expected true or false, got an object' },
  ])('$name', ({ read, value, expected, error }) => {
    const { ctx, failures } = fakeContext();
    expect(read(value, ctx)).toStrictEqual(expected);
    expect(failures).toStrictEqual(error === undefined ? [] : [error]);
  });

  it('the error never quotes the value (it could be a secret)', () => {
    const { ctx, failures } = fakeContext();
    asInteger('s3cr3t-Passw0rd', ctx);
    expect(failures).toHaveLength(1);
    expect(failures[0]).not.toContain('s3cr3t');
  });
});
