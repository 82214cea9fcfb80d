/**
 * Kubernetes names from arbitrary ids (README "Names", src/translate/names.ts): always valid, and distinct
 * device ids get distinct namespaces — including ids that differ only in case, in characters the sanitizer
 * replaces, or after the 54th character, where only the hash tells them apart.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { deviceNamespace, dnsLabel, isDnsLabel, isLabelValue, labelValue } from '../../src/names.js';

const RUNS = { numRuns: Number(process.env['FUZZ_RUNS'] ?? 500), seed: Number(process.env['FC_SEED'] ?? 8) };
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** IoT Hub names: 3–50 letters, digits and '-' (spec); the snapshot may still carry anything. */
const hubName = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$/), fc.string({ unit: 'grapheme', maxLength: 70 }));
/** Device ids: the IoT Hub alphabet (ASCII alphanumerics and - . % _ * ? ! ( ) , : = @ $ '), and anything. */
const deviceId = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9\-.%_*?!(),:=@$']{1,128}$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 130 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);
/** Ids the sanitizer maps to the same text: same letters, other case, or another replaced character. */
const lookalikes = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}([-_.:@][a-z0-9]{1,8}){0,3}$/), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.constantFrom('_', '.', ':', '@', ' ', '/', '-'))
  .map(([id, flips, replacement]) => [id, [...id].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join(''), id.replace(/[-_.:@]/g, replacement)]);

describe('deviceNamespace', () => {
  it('is always a DNS-1123 label of at most 63 characters', () => {
    fc.assert(
      fc.property(hubName, deviceId, (hub, id) => {
        const namespace = deviceNamespace(hub, id);
        expect(namespace.length).toBeLessThanOrEqual(63);
        expect(namespace).toMatch(DNS_1123_LABEL);
      }),
      RUNS,
    );
  });

  it('keeps msiot-<hub>-<deviceId> exactly when that is already a valid label (the IoT Edge on Kubernetes name)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/), fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/), (hub, id) => {
        expect(deviceNamespace(hub, id)).toBe(`msiot-${hub}-${id}`);
      }),
      RUNS,
    );
  });

  it('is injective over distinct random device ids of one hub', () => {
    fc.assert(
      fc.property(hubName, fc.uniqueArray(deviceId, { minLength: 2, maxLength: 30 }), (hub, ids) => {
        expect(new Set(ids.map((id) => deviceNamespace(hub, id))).size).toBe(ids.length);
      }),
      RUNS,
    );
  });

  it('is injective over ids that differ only in case or in characters the sanitizer replaces', () => {
    fc.assert(
      fc.property(hubName, lookalikes, (hub, ids) => {
        const distinct = [...new Set(ids)];
        expect(new Set(distinct.map((id) => deviceNamespace(hub, id))).size).toBe(distinct.length);
      }),
      RUNS,
    );
  });

  it('is injective over long ids that differ only after the part that fits in 63 characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{60,70}$/), fc.uniqueArray(fc.stringMatching(/^[a-zA-Z0-9_]{1,6}$/), { minLength: 2, maxLength: 20 }), (prefix, tails) => {
        const namespaces = tails.map((t) => deviceNamespace('contoso-hub', prefix + t));
        expect(new Set(namespaces).size).toBe(tails.length);
      }),
      RUNS,
    );
  });

  it('is not injective for one crafted pair: a valid id equal to another id\'s hashed form (synth then fails both, see the corpus)', () => {
    // 'x_y' is not a label, so it becomes msiot-h-x-y-<first 8 hex of sha256("h\0x_y")>; the id spelled that
    // way is a valid label and keeps it. No injective rule can keep every valid id unchanged (README Names).
    const hash = createHash('sha256').update('h\u0000x_y').digest('hex').slice(0, 8);
    expect(deviceNamespace('h', 'x_y')).toBe(`msiot-h-x-y-${hash}`);
    expect(deviceNamespace('h', `x-y-${hash}`)).toBe(`msiot-h-x-y-${hash}`);
  });
});

describe('dnsLabel', () => {
  it('is a DNS-1123 label ≤ max, starting with a letter (RFC 1035, for Services), or empty only when the input has no letter or digit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 12, max: 63 }), (name, max) => {
        const label = dnsLabel(name, max);
        if (label === '') {
          expect(name.toLowerCase()).not.toMatch(/[a-z0-9]/);
          return;
        }
        expect(label.length).toBeLessThanOrEqual(max);
        expect(label).toMatch(DNS_1123_LABEL);
        expect(label).toMatch(/^[a-z]/);
        expect(isDnsLabel(label, max)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is idempotent: a name it made is kept as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (name) => {
        const label = dnsLabel(name);
        expect(dnsLabel(label)).toBe(label);
      }),
      RUNS,
    );
  });
});

describe('labelValue', () => {
  it('is always a valid label value of at most 63 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 150 }), (value) => {
        const label = labelValue(value);
        expect(label.length).toBeLessThanOrEqual(63);
        expect(label).toMatch(LABEL_VALUE);
        expect(isLabelValue(label)).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps a value that is already valid', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/), (value) => expect(labelValue(value)).toBe(value)),
      RUNS,
    );
  });
});
