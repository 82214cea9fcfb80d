/**
 * JSON objects carry no key order and IoT Hub returns lists in no promised order: the output must depend
 * only on content. Object keys are shuffled at every depth and the two top-level lists reordered; arrays
 * inside manifests (Cmd, Env, Binds) keep their order because it is meaningful.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;

function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  return Object.fromEntries(keys.map((k) => [k, shuffleKeys((value as Record<string, unknown>)[k], random)]));
}

function permute<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const expected = synthesize(example).plan.files;

it('synth output is byte-identical under shuffled keys and list order', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      let state = seed;
      const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
      const shuffled = shuffleKeys(example, random) as HubSnapshot;
      const input: HubSnapshot = { ...shuffled, configurations: permute(shuffled.configurations, random), devices: permute(shuffled.devices, random) };
      const files = synthesize(input).plan.files;
      expect([...files.keys()].sort()).toStrictEqual([...expected.keys()].sort());
      for (const [name, content] of expected) expect({ name, content: files.get(name) }).toStrictEqual({ name, content });
    }),
    { numRuns: 15 },
  );
});
