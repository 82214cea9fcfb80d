/**
 * Docker byte and CPU numbers as Kubernetes quantities. Expected values worked out by hand: 1 Mi = 2^20 bytes,
 * 1 Gi = 2^30 bytes (Kubernetes binary suffixes), 1 CPU = 10^9 NanoCpus = 1000 m; Docker size suffixes
 * b/k/m/g are powers of 1024 (docker/go-units RAMInBytes).
 */
import { bytesQuantity, milliCpuQuantity, nanoCpusToMilli, parseDockerSize } from '../../../src/translate/create-options/quantity.js';

describe('bytesQuantity', () => {
  it.each([
    { name: 'a whole number of GiB → Gi', bytes: 2 * 2 ** 30, expected: '2Gi' },
    { name: 'a whole number of MiB (not of GiB) → Mi', bytes: 1536 * 2 ** 20, expected: '1536Mi' },
    { name: 'exactly 1 MiB → 1Mi', bytes: 2 ** 20, expected: '1Mi' },
    { name: 'a whole number of KiB only → plain bytes (no Ki suffix)', bytes: 1024, expected: '1024' },
    { name: 'decimal megabytes are not MiB → plain bytes', bytes: 1_000_000, expected: '1000000' },
    { name: 'zero → 0 (no suffix)', bytes: 0, expected: '0' },
  ])('$name', ({ bytes, expected }) => {
    expect(bytesQuantity(bytes)).toBe(expected);
  });
});

describe('milliCpuQuantity', () => {
  it.each([
    { name: 'millicores get the m suffix', milli: 250, expected: '250m' },
    { name: 'whole CPUs stay in millicores', milli: 2000, expected: '2000m' },
  ])('$name', ({ milli, expected }) => {
    expect(milliCpuQuantity(milli)).toBe(expected);
  });
});

describe('nanoCpusToMilli', () => {
  it.each([
    { name: '1.5 CPUs → 1500 m, exact', nano: 1_500_000_000, expected: { milli: 1500, exact: true } },
    { name: 'a whole millicore → exact', nano: 1_000_000, expected: { milli: 1, exact: true } },
    { name: 'one NanoCpu → rounded up to 1 m, not exact', nano: 1, expected: { milli: 1, exact: false } },
    { name: 'just over a millicore → rounded up, not exact', nano: 1_000_001, expected: { milli: 2, exact: false } },
  ])('$name', ({ nano, expected }) => {
    expect(nanoCpusToMilli(nano)).toStrictEqual(expected);
  });
});

describe('parseDockerSize', () => {
  it.each([
    { name: 'k = 1024 bytes', text: '512k', expected: 512 * 1024 },
    { name: 'm = 2^20 bytes', text: '64m', expected: 64 * 2 ** 20 },
    { name: 'g = 2^30 bytes', text: '1g', expected: 2 ** 30 },
    { name: 'unit upper case, trailing b, surrounding spaces', text: ' 2GB ', expected: 2 * 2 ** 30 },
    { name: 'no unit → bytes', text: '100', expected: 100 },
    { name: 'b alone → bytes', text: '100b', expected: 100 },
    { name: 'a fraction is unreadable', text: '1.5g', expected: undefined },
    { name: 'an unknown unit is unreadable', text: '10t', expected: undefined },
    { name: 'no number is unreadable', text: 'big', expected: undefined },
    { name: 'empty text is unreadable', text: '', expected: undefined },
  ])('$name', ({ text, expected }) => {
    expect(parseDockerSize(text)).toBe(expected);
  });
});
