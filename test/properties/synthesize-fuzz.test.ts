/**
 * Fuzzing the pure pipeline (issue 8 §1–2): any JSON put anywhere in a valid snapshot gives an answer —
 * devices synthesized or failed with messages — and never an exception (which the CLI would report as an
 * internal error, exit 70). The seeds are the corpus' good snapshot and the bundled 10-deployment example.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonValue } from '../../src/model/json.js';
import { validateDeployment } from '../../src/model/validate-deployment.js';
import { loadModel } from '../../src/model/load-model.js';

const root = path.resolve(import.meta.dirname, '../..');
const seeds: Record<string, HubSnapshot> = {
  corpus: JSON.parse(readFileSync(path.join(root, 'test/corpus/good-snapshot.json'), 'utf8')),
  example: JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')),
};

/** Every path to a value inside `value` (objects and arrays), parents before children. */
function paths(value: JsonValue, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function replaced(snapshot: HubSnapshot, at: (string | number)[], value: JsonValue | undefined): HubSnapshot {
  const copy = structuredClone(snapshot) as any;
  if (at.length === 0) return copy;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key];
  const last = at[at.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

/** Values that exercise type confusion, odd strings (ids, conditions, createOptions) and odd numbers. */
const hostile: fc.Arbitrary<JsonValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>,
  fc.constantFrom<JsonValue>('', ' ', '*', '..', '../x', '{}', '[]', 'null', '{"HostConfig":', "tags.a = 'x", 'FROM /messages/* INTO', '${MODULES.x}', 'a_b', 'A', -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, [], {}, null, true),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe.each(Object.keys(seeds))('one random replacement anywhere in the %s snapshot', (seed) => {
  const snapshot = seeds[seed]!;
  const all = paths(snapshot as unknown as JsonValue).filter((p) => p.length > 0);

  it('never throws from the pure pipeline, and every failure is a message naming something', () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), hostile, fc.nat(all.length - 1), hostile, (i, value, j, value2) => {
        let input: HubSnapshot;
        try {
          input = replaced(replaced(snapshot, all[i]!, value), all[j]!, value2);
        } catch {
          return; // the second path vanished with the first replacement
        }
        if (!Array.isArray(input.configurations) || !Array.isArray(input.devices) || typeof input.hub !== 'string') return; // source-stage errors: the corpus covers them
        const result = synthesize(input);
        expect([0, 2]).toContain(result.exitCode);
        if (result.exitCode === 2) expect(result.messages.length).toBeGreaterThan(0);
        for (const m of result.messages) expect(m).toMatch(/configuration '|device '|at /);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? (seed === 'corpus' ? 300 : 40)), seed: Number(process.env['FC_SEED'] ?? 8) },
    );
  });
});

it('validateDeployment never throws on any modulesContent', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (content) => {
      const model = loadModel({ hub: 'h', configurations: [{ id: 'c', content: { modulesContent: content as JsonValue }, targetCondition: '*', priority: 1 }], devices: [] });
      for (const d of model.deployments) validateDeployment(d, []);
    }),
    { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: Number(process.env['FC_SEED'] ?? 8) },
  );
});
