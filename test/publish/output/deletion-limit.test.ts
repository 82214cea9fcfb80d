/**
 * parseDeletionLimit / allowedDeletions: `--max-deletions` is a whole number of device directories (`10`) or a
 * percentage of those present, up to 100 (`25%`, decimals allowed), spaces around ignored; a percentage rounds
 * down. Anything else is a ConfigError of stage publish that names the flag and quotes the text as given.
 */
import { ConfigError } from '../../../src/errors.js';
import { allowedDeletions, DEFAULT_MAX_DELETIONS, parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';

describe('parseDeletionLimit', () => {
  it.each([
    { name: 'the default is 10 directories', text: DEFAULT_MAX_DELETIONS, expected: { kind: 'count', value: 10 } },
    { name: 'leading zeros are decimal, not octal', text: '010', expected: { kind: 'count', value: 10 } },
    { name: '0% is a percentage of zero', text: '0%', expected: { kind: 'percent', value: 0 } },
    { name: '100.0% is at the bound', text: '100.0%', expected: { kind: 'percent', value: 100 } },
    { name: 'a decimal percentage keeps its fraction', text: '2.5%', expected: { kind: 'percent', value: 2.5 } },
    { name: 'spaces around a percentage are ignored', text: ' 25% ', expected: { kind: 'percent', value: 25 } },
  ])('$name: "$text"', ({ text, expected }) => {
    expect(parseDeletionLimit(text)).toStrictEqual(expected);
  });

  it.each([
    { name: 'just over 100%', text: '100.5%' },
    { name: 'a space before %', text: '10 %' },
    { name: 'a bare %', text: '%' },
    { name: 'a fraction without its integer part', text: '.5%' },
    { name: 'a trailing decimal point', text: '5.%' },
    { name: 'a plus sign', text: '+5' },
    { name: 'exponent notation', text: '1e3' },
    { name: 'a negative percentage', text: '-10%' },
    { name: 'hex', text: '0x10' },
    { name: 'spaces only', text: '  ' },
    { name: 'empty', text: '' },
    { name: 'a negative count', text: '-1' },
    { name: 'a fractional count', text: '2.5' },
    { name: 'over 100%', text: '150%' },
    { name: 'words', text: 'ten' },
  ])('rejects $name ("$text"), quoting the text as given', ({ text }) => {
    expect(() => parseDeletionLimit(text)).toThrow(
      new ConfigError(`--max-deletions must be a whole number of device directories or a percentage up to 100% (e.g. 10 or 25%), got '${text}'`),
    );
    try {
      parseDeletionLimit(text);
    } catch (error) {
      expect([error instanceof ConfigError, (error as ConfigError).stage]).toStrictEqual([true, 'publish']);
    }
  });
});

describe('allowedDeletions', () => {
  it.each([
    { name: 'a count does not depend on how many are present, even none', text: '5', present: 0, allowed: 5 },
    { name: 'a count may exceed the directories present', text: '10', present: 2, allowed: 10 },
    { name: 'any percentage of none is none', text: '100%', present: 0, allowed: 0 },
    { name: '50% of 3 rounds 1.5 down to 1', text: '50%', present: 3, allowed: 1 },
    { name: '0% of many is none', text: '0%', present: 1000, allowed: 0 },
    { name: '33.4% of 3 is 1.002, rounded down to 1', text: '33.4%', present: 3, allowed: 1 },
    { name: '99% of 100 is exactly 99', text: '99%', present: 100, allowed: 99 },
    { name: 'zero forbids every removal', text: '0', present: 50, allowed: 0 },
    { name: '25% of 8 is 2', text: '25%', present: 8, allowed: 2 },
    { name: '10% of 19 is 1.9, rounded down to 1', text: '10%', present: 19, allowed: 1 },
    { name: '10% of 5 allows none', text: '10%', present: 5, allowed: 0 },
    { name: '100% allows all', text: '100%', present: 7, allowed: 7 },
    { name: '12.5% of 16 is 2', text: '12.5%', present: 16, allowed: 2 },
    { name: 'spaces around a count are ignored', text: ' 4 ', present: 1, allowed: 4 },
  ])('$name', ({ text, present, allowed }) => {
    expect(allowedDeletions(parseDeletionLimit(text), present)).toBe(allowed);
  });
});
