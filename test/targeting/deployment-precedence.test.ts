/**
 * src/targeting/deployment-precedence.ts: how IoT Hub picks between deployments (spec §3 steps 2 and 4):
 * higher priority; at equal priority the newer createdTimeUtc [MDM "Priority"]; at equal times too the
 * larger id by ordinal comparison (spec §10.12). select-deployments.test.ts covers the choice end to end
 * and the basic createdTimeValue readings; this file covers the comparison and precedenceKey themselves.
 */
import { compareDeploymentPrecedence, createdTimeValue, precedenceKey, type PrecedenceKey } from '../../src/targeting/deployment-precedence.js';
import { deployment } from '../builders/model-objects.js';

const T1 = '2024-01-01T00:00:00Z';
const T2 = '2024-02-01T00:00:00Z';
const d = (id: string, priority: number, createdTimeUtc: string) => deployment({ id, priority, createdTimeUtc });

describe('compareDeploymentPrecedence and precedenceKey', () => {
  it.each<{ name: string; a: ReturnType<typeof d>; b: ReturnType<typeof d>; sign: number; key: PrecedenceKey }>([
    { name: 'higher priority wins even when older', a: d('a', 10, T1), b: d('b', 5, T2), sign: 1, key: 'priority' },
    { name: 'lower priority loses even when newer and larger id', a: d('z', 5, T2), b: d('a', 10, T1), sign: -1, key: 'priority' },
    { name: 'negative priorities compare as numbers', a: d('a', -1, T1), b: d('b', 0, T1), sign: -1, key: 'priority' },
    { name: 'equal priority: the newer wins', a: d('a', 5, T2), b: d('b', 5, T1), sign: 1, key: 'createdTimeUtc' },
    { name: 'equal priority: the older loses even with the larger id', a: d('z', 5, T1), b: d('a', 5, T2), sign: -1, key: 'createdTimeUtc' },
    { name: 'equal priority: a missing creation time counts as the oldest', a: d('z', 5, ''), b: d('a', 5, T1), sign: -1, key: 'createdTimeUtc' },
    { name: 'equal priority and time: the larger id wins', a: d('b', 5, T1), b: d('a', 5, T1), sign: 1, key: 'id' },
    { name: "ids compare ordinally: 'a' (0x61) is larger than 'B' (0x42)", a: d('a', 5, T1), b: d('B', 5, T1), sign: 1, key: 'id' },
    { name: 'ids compare ordinally: a prefix is smaller', a: d('base', 5, T1), b: d('base-2', 5, T1), sign: -1, key: 'id' },
    { name: 'the same instant written with another offset is a tie on time', a: d('a', 5, '2024-01-01T01:00:00+01:00'), b: d('b', 5, T1), sign: -1, key: 'id' },
    { name: 'the same instant written without a zone (read as UTC) is a tie on time', a: d('b', 5, '2024-01-01T00:00:00'), b: d('a', 5, T1), sign: 1, key: 'id' },
    { name: 'two unreadable times are a tie on time', a: d('a', 5, 'yesterday'), b: d('b', 5, ''), sign: -1, key: 'id' },
    { name: 'the same deployment: 0', a: d('a', 5, T1), b: d('a', 5, T1), sign: 0, key: 'same' },
  ])('$name', ({ a, b, sign, key }) => {
    expect(Math.sign(compareDeploymentPrecedence(a, b))).toBe(sign);
    expect(Math.sign(compareDeploymentPrecedence(b, a))).toBe(-sign || 0);
    expect(precedenceKey(a, b)).toBe(key);
    expect(precedenceKey(b, a)).toBe(key);
  });

  it('sorting with it puts the deployment that takes precedence last (layers apply in that order)', () => {
    const list = [d('c', 5, T1), d('a', 9, T1), d('b', 5, T2), d('d', 5, T1)];
    expect([...list].sort(compareDeploymentPrecedence).map((x) => x.id)).toStrictEqual(['c', 'd', 'b', 'a']);
  });

  it('precedenceKey checks priority before the id: the same id with other priorities is a priority decision', () => {
    expect(precedenceKey(d('a', 1, T1), d('a', 2, T1))).toBe('priority');
    expect(precedenceKey(d('a', 1, T1), d('a', 1, T2))).toBe('createdTimeUtc');
  });
});

describe('createdTimeValue: more readings', () => {
  it.each([
    { name: 'surrounding whitespace is ignored', text: `  ${T1}\t`, expected: Date.UTC(2024, 0, 1) },
    { name: 'whitespace only is oldest', text: '   ', expected: -Infinity },
    { name: 'a date without a time is midnight UTC', text: '2024-03-05', expected: Date.UTC(2024, 2, 5) },
    { name: 'a negative offset is honoured', text: '2024-01-01T00:00:00-05:00', expected: Date.UTC(2024, 0, 1, 5) },
    { name: 'zone-less with milliseconds is UTC', text: '2024-01-01T00:00:00.250', expected: Date.UTC(2024, 0, 1, 0, 0, 0, 250) },
  ])('$name', ({ text, expected }) => {
    expect(createdTimeValue(text)).toBe(expected);
  });
});
