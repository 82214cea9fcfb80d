import { parseRetryAfter } from '../../../src/source/live/retry-after.js';

const NOW = Date.UTC(2024, 4, 1, 10, 0, 0); // Wed, 01 May 2024 10:00:00 GMT

describe('parseRetryAfter', () => {
  it.each([
    { name: 'whole seconds are multiplied by 1000', header: '1', expected: 1000 },
    { name: 'zero seconds means retry now', header: '0', expected: 0 },
    { name: 'surrounding spaces are ignored', header: ' 12 ', expected: 12000 },
    { name: 'an HTTP-date 5 s ahead gives 5000 ms', header: 'Wed, 01 May 2024 10:00:05 GMT', expected: 5000 },
    { name: 'an HTTP-date in the past gives 0', header: 'Wed, 01 May 2024 09:59:00 GMT', expected: 0 },
    { name: 'the first of repeated headers counts', header: ['2', '9'], expected: 2000 },
    { name: 'absent header: no opinion', header: undefined, expected: undefined },
    { name: 'empty header: no opinion', header: '', expected: undefined },
    { name: 'fractional seconds are not RFC 9110 delta-seconds', header: '1.5', expected: undefined },
    { name: 'negative numbers are not delta-seconds', header: '-3', expected: undefined },
    { name: 'garbage is ignored', header: 'soon', expected: undefined },
  ])('$name', ({ header, expected }) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});
