/**
 * Issue 7, memory: `synth` hands each rendered device directory to a streaming writer and writes inventory.json
 * piece by piece. The rule under test is equality with the collected path (every file in `plan.files`, then
 * `writeOutput`), so the expected value of every comparison is that path's output on the same input.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InternalError } from '../../src/errors.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import { synthesize } from '../../src/plan/synthesize.js';
import { readPreviousOutput } from '../../src/publish/output/read-previous-output.js';
import { applyPlanToFolder } from '../../src/publish/output/apply-plan.js';
import { parseDeletionLimit } from '../../src/publish/output/deletion-limit.js';
import { openOutput, writeOutput } from '../../src/publish/output/write-output.js';
import type { Inventory } from '../../src/plan/inventory.js';
import { inventoryJsonPieces } from '../../src/plan/inventory-json.js';
import { syntheticHub } from '../builders.js';
import { readTree } from '../helpers/output-tree.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { inventoryTexts } from '../helpers/read-inventory.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;
const hubs: { name: string; snapshot: HubSnapshot }[] = [
  { name: 'bundled example', snapshot: example },
  { name: 'synthetic hub of 60 devices', snapshot: syntheticHub(example, { devices: 60 }) },
];

const temp = tempDirs('iotedge-gitops-streamed-');

/** The collected (plain) synth of each hub, run once per file: synthesize is pure and no test changes a plan. */
const collectedRuns = new Map<HubSnapshot, ReturnType<typeof synthesize>>();
function collectedSynth(snapshot: HubSnapshot): ReturnType<typeof synthesize> {
  const run = collectedRuns.get(snapshot) ?? synthesize(snapshot);
  collectedRuns.set(snapshot, run);
  return run;
}

/** What `synth` does: stream device directories into `out`, then finish with the plan. */
async function streamedSynth(snapshot: HubSnapshot, out: string) {
  const output = await openOutput(out);
  const previous = await readPreviousOutput(out);
  const result = synthesize(snapshot, { details: false, ...(previous ? { previous } : {}), onDevice: (dir, files) => output.writeDevice(dir, files) });
  return { result, written: await output.finish(result.plan) };
}

describe('streamed synth', () => {
  it.each(hubs)('$name: the streamed tree equals the collected tree byte for byte', async ({ snapshot }) => {
    const collected = temp();
    const plain = collectedSynth(snapshot);
    await writeOutput(collected, plain.plan);
    const streamed = temp();
    const { result, written } = await streamedSynth(snapshot, streamed);
    expect(readTree(streamed)).toEqual(readTree(collected));
    // Rule: streamed device files are not held in the plan, and the summary still counts every directory as added.
    expect([...result.plan.files.keys()]).toEqual([]);
    expect(result.plan.delivered).toEqual(plain.plan.deviceDirs);
    expect(written.added).toEqual(plain.plan.deviceDirs);
    expect(result.synthesized).toBe(plain.synthesized);
    expect(result.ledgerSummary).toEqual(plain.ledgerSummary);
    // Two synths of the 60-device hub and two trees written: can pass jest's 60 s on a busy 2-core machine.
  }, 240_000);

  it.each(hubs)('$name: without details, targets and ledgers are empty and nothing else changes', ({ snapshot }) => {
    const full = collectedSynth(snapshot);
    const lean = synthesize(snapshot, { details: false });
    expect(lean.targets).toEqual([]);
    expect(lean.ledgers.size).toBe(0);
    expect(full.targets.length).toBeGreaterThan(0);
    expect(lean.plan).toEqual(full.plan);
  });

  it('a second streamed run over its own output renders nothing and changes nothing', async () => {
    const out = temp();
    const snapshot = syntheticHub(example, { devices: 30 });
    await streamedSynth(snapshot, out);
    const before = readTree(out);
    const { result, written } = await streamedSynth(snapshot, out);
    expect(result.plan.deviceDirs).toEqual([]);
    expect(written.added.length + written.changed.length + written.removed.length).toBe(0);
    expect(readTree(out)).toEqual(before);
  });

  it.each([
    { name: 'streamed (compared piece by piece)', streamed: true },
    { name: 'collected (compared as text)', streamed: false },
  ])('$name: an identical inventory.json is not rewritten, a different one is (each cluster\'s)', async ({ streamed }) => {
    const out = temp();
    const snapshot = syntheticHub(example, { devices: 12 });
    const synth = async (s: HubSnapshot) => (streamed ? streamedSynth(s, out) : writeOutput(out, synthesize(s).plan));
    await synth(snapshot);
    const files = [...inventoryTexts(readTree(out)).keys()].map((f) => path.join(out, f));
    expect(files.length).toBeGreaterThan(0);
    const before = files.map((file) => statSync(file).mtimeMs);
    await new Promise((r) => setTimeout(r, 20));
    await synth(snapshot);
    expect(files.map((file) => statSync(file).mtimeMs)).toEqual(before);
    const fewer = { ...snapshot, devices: snapshot.devices.slice(0, 11) };
    await synth(fewer);
    expect(inventoryTexts(readTree(out))).toEqual(inventoryTexts(synthesize(fewer).plan.files));
  });

  it('publishing refuses a streamed plan (its files are not in it)', async () => {
    const out = temp();
    const { result } = await streamedSynth(syntheticHub(example, { devices: 10 }), out);
    await expect(applyPlanToFolder(temp(), result.plan, { maxDeletions: parseDeletionLimit('10'), allowEmpty: false })).rejects.toBeInstanceOf(InternalError);
  });
});

describe('StreamingOutput.writeDevice', () => {
  it.each([
    { name: 'a directory outside devices/', dir: 'clusters/a/ns', file: 'x.yaml' },
    { name: 'a parent directory', dir: 'devices/../ns', file: 'x.yaml' },
    { name: 'a file name with a slash', dir: 'devices/a/ns', file: 'sub/x.yaml' },
    { name: 'a file name ..', dir: 'devices/a/ns', file: '..' },
  ])('refuses $name', async ({ dir, file }) => {
    const output = await openOutput(temp());
    expect(() => output.writeDevice(dir, new Map([[file, 'x\n']]))).toThrow(ConfigError);
  });

  it('refuses the same directory twice in one run', async () => {
    const output = await openOutput(temp());
    output.writeDevice('devices/a/ns', new Map([['x.yaml', '1\n']]));
    expect(() => output.writeDevice('devices/a/ns', new Map([['x.yaml', '2\n']]))).toThrow(ConfigError);
  });
});

const device = (id: string, extra: Record<string, unknown> = {}) => ({ deviceId: id, cluster: 'c', namespace: `ns-${id}`, path: null, baseDeployment: null, layeredDeployments: [], modules: [], ...extra });

describe('inventoryJsonPieces', () => {
  it.each([
    { name: 'no devices (an empty array stays on one line)', inventory: { hub: 'h', hostName: 'h.net', configurations: [], devices: [], ledgers: {} } },
    { name: 'one device', inventory: { hub: 'h', hostName: 'h.net', configurations: [{ id: 'b', kind: 'base', priority: 1, etag: null }], devices: [device('a')], ledgers: {} } },
    {
      name: 'non-Latin-1 text, quotes, nested ledgers, undefined optional fields dropped',
      inventory: {
        hub: 'h',
        hostName: 'h.net',
        configurations: [],
        devices: [device('a', { errors: ['“quoted” → \\ "x"'], inputHash: undefined }), device('b', { ledger: { m: '0123456789abcdef' } })],
        ledgers: { '0123456789abcdef': [{ key: 'k', fidelity: 'exact', configurationId: 'c', jsonPath: '$.a', target: 't', reason: 'r ✓' }] },
      },
    },
  ])('$name: pieces joined == JSON.stringify(inventory, null, 2) + newline', ({ inventory }) => {
    expect([...inventoryJsonPieces(inventory as Inventory)].join('')).toBe(JSON.stringify(inventory, null, 2) + '\n');
  });
});
