/**
 * Issue 7: grouped rendering (family templates) and incremental synth must never change a byte of output.
 * The rule under test is equality with the plain path: each device's files equal the device translated and
 * rendered alone (`renderedAlone`), and an incremental run leaves the tree a fresh run writes on the same input.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { synthesize } from '../../src/plan/synthesize.js';
import { readPreviousOutput } from '../../src/publish/output/read-previous-output.js';
import { writeOutput } from '../../src/publish/output/write-output.js';
import { syntheticHub } from '../builders.js';
import { readTree } from '../helpers/output-tree.js';
import { inventoryTexts } from '../helpers/read-inventory.js';
import { renderedAlone } from './render-alone.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;

/** The example with each device copied under awkward ids, so every family has enough devices for a template. */
function exampleFamilies(): HubSnapshot {
  const ids = ['a', 'yes', '0123', 'On', 'dev:colon', 'dev #hash', 'x'.repeat(70), 'UPPER-case.dots'];
  // Copies also spread over clusters, some of which YAML would quote: one family spans clusters.
  const clusters = ['plant-a', 'plant-b', 'true', '0123', 'edge.east'];
  const devices = (example.devices as JsonObject[]).flatMap((twin) =>
    ids.map((suffix, i) => ({ ...twin, deviceId: `${String(twin['deviceId'])}-${suffix}`, tags: { ...(twin['tags'] as JsonObject), cluster: clusters[i % clusters.length]! } })),
  );
  return { ...example, devices };
}

const hubs: { name: string; snapshot: HubSnapshot }[] = [
  { name: 'bundled example', snapshot: example },
  { name: 'bundled example, 8 copies per device with ids YAML would quote or truncate, in 5 clusters', snapshot: exampleFamilies() },
  // 100 devices fall into 54 families, 5 of them large enough for a template (2 of those with layers).
  { name: 'synthetic hub of 100 devices', snapshot: syntheticHub(example, { devices: 100 }) },
];

/**
 * The grouped synth of a snapshot, run once per file: synthesize is a pure function of its input and no test
 * changes a plan, so the grouped-rendering and incremental tests of one hub read the same result.
 */
const groupedRuns = new Map<HubSnapshot, ReturnType<typeof synthesize>>();
function synthesizeOnce(snapshot: HubSnapshot): ReturnType<typeof synthesize> {
  const run = groupedRuns.get(snapshot) ?? synthesize(snapshot);
  groupedRuns.set(snapshot, run);
  return run;
}
/** The 20-device hub of the re-render tests, and its first run, shared by both. */
const twentyDevices = syntheticHub(example, { devices: 20 });

describe('grouped rendering', () => {
  it.each(hubs)('$name: grouped output == each device rendered alone, file by file', ({ snapshot }) => {
    const plain = renderedAlone(snapshot);
    const grouped = synthesizeOnce(snapshot);
    const inventories = inventoryTexts(grouped.plan.files);
    const deviceFiles = [...grouped.plan.files.keys()].filter((file) => !inventories.has(file));
    expect(deviceFiles.sort()).toEqual([...plain.keys()].sort());
    for (const [file, text] of plain) expect({ file, text: grouped.plan.files.get(file) }).toEqual({ file, text });
    expect(grouped.plan.deviceDirs).toEqual([...new Set([...plain.keys()].map((file) => path.posix.dirname(file)))].sort());
  });
});

describe('incremental synth', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'iotedge-gitops-incremental-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it.each(hubs)('$name: a second run with the same input renders nothing and leaves identical files', async ({ snapshot }) => {
    const first = synthesizeOnce(snapshot);
    await writeOutput(out, first.plan);
    const before = readTree(out);
    const previous = await readPreviousOutput(out);
    const second = synthesize(snapshot, { previous: previous! });
    // Rule: every device with a directory has the same input hash → reused, none rendered.
    expect(second.plan.deviceDirs).toEqual([]);
    expect(second.plan.unchanged).toEqual(first.plan.deviceDirs);
    expect(second.synthesized).toBe(first.synthesized);
    expect(second.ledgerSummary).toEqual(first.ledgerSummary);
    expect(inventoryTexts(second.plan.files)).toEqual(inventoryTexts(first.plan.files));
    const written = await writeOutput(out, second.plan);
    expect(written.added.length + written.changed.length + written.removed.length).toBe(0);
    expect(readTree(out)).toEqual(before);
  });

  it.each([
    { name: 'a changed tag re-renders only that device', change: (s: HubSnapshot) => _retag(s, 0) },
    { name: 'a deleted directory is rendered again', change: (s: HubSnapshot) => s },
  ])('$name', async ({ name, change }) => {
    const snapshot = twentyDevices;
    const first = synthesizeOnce(snapshot);
    await writeOutput(out, first.plan);
    const victim = first.plan.deviceDirs[0]!;
    if (name.startsWith('a deleted')) rmSync(path.join(out, victim), { recursive: true });
    const changed = change(JSON.parse(JSON.stringify(snapshot)) as HubSnapshot);
    const second = synthesize(changed, { previous: (await readPreviousOutput(out))! });
    const expected = synthesize(changed);
    await writeOutput(out, second.plan);
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'iotedge-gitops-fresh-'));
    try {
      await writeOutput(fresh, expected.plan);
      expect(readTree(out)).toEqual(readTree(fresh));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
    expect(second.plan.deviceDirs.length).toBe(1);
  });
});

/** Moves the first managed device to another cluster tag value: its directory and inventory entry change. */
function _retag(snapshot: HubSnapshot, index: number): HubSnapshot {
  const devices = snapshot.devices as JsonObject[];
  const managed = devices.filter((d) => (d['tags'] as JsonObject)['site'] !== 'lab');
  const tags = managed[index]!['tags'] as JsonObject;
  tags['line'] = tags['line'] === 'l3' ? 'l0' : 'l3';
  tags['role'] = 'renamed-role';
  return snapshot;
}
