/**
 * Issue 18: `synth --shard` / `--cluster` into one --out. The bundled example's clusters and their shards of 2
 * (first 8 hex of SHA-256 of the name, mod 2, plus one; see test/plan/cluster-selection.test.ts):
 * plant-a → 1, plant-b → 1, field → 2, default → 2.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { readTree } from '../helpers/output-tree.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleFile = path.join(root, 'examples/hub-snapshot.json');
const temp = tempDirs('iotedge-gitops-sharded-synth-');

async function synth(cwd: string, snapshot: string, out: string, extra: string[] = []) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { stdout: { write: (t: string) => stdout.push(t) }, stderr: { write: (t: string) => stderr.push(t) }, env: {}, cwd };
  const code = await main(['synth', '--snapshot', snapshot, '--out', out, '--quiet', ...extra], io);
  return { code, out: stdout.join(''), err: stderr.join('') };
}

function writeSnapshot(cwd: string, edit: (snapshot: { devices: { deviceId: string; tags: Record<string, unknown> }[]; configurations: unknown[] }) => void): string {
  const snapshot = JSON.parse(readFileSync(exampleFile, 'utf8'));
  edit(snapshot);
  const file = path.join(cwd, `snapshot-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

const clustersOf = (tree: Map<string, string>) => [...new Set([...tree.keys()].map((f) => f.split('/')[1]))].sort();

describe('synth with a selection of clusters', () => {
  it('two shards into one --out give exactly the files of one unselected run, byte for byte', async () => {
    const cwd = temp();
    const whole = await synth(cwd, exampleFile, 'whole');
    expect(whole.code).toBe(0);
    const first = await synth(cwd, exampleFile, 'sharded', ['--shard', '1/2']);
    const afterFirst = readTree(path.join(cwd, 'sharded'));
    expect(clustersOf(afterFirst)).toEqual(['plant-a', 'plant-b']);
    expect(first.out).toMatch(/^shard 1\/2: clusters plant-a, plant-b\n/);
    const second = await synth(cwd, exampleFile, 'sharded', ['--shard', '2/2']);
    expect(second.out).toMatch(/^shard 2\/2: clusters default, field\n/);
    const expected = readTree(path.join(cwd, 'whole'));
    expect([...expected.keys()]).toContain('devices/plant-a/inventory.json');
    expect([...expected.keys()].filter((f) => f.endsWith('inventory.json'))).toEqual(['devices/default/inventory.json', 'devices/field/inventory.json', 'devices/plant-a/inventory.json', 'devices/plant-b/inventory.json']);
    expect(readTree(path.join(cwd, 'sharded'))).toEqual(expected);
    // The second shard left the first shard's files exactly as they were.
    for (const [file, content] of afterFirst) expect(readTree(path.join(cwd, 'sharded')).get(file)).toBe(content);
  });

  it("a cluster's inventory holds its devices and only the configurations applied to one of them", async () => {
    const cwd = temp();
    await synth(cwd, exampleFile, 'out', ['--cluster', 'plant-b']);
    const inventory = JSON.parse(readFileSync(path.join(cwd, 'out/devices/plant-b/inventory.json'), 'utf8'));
    // plant-b: telemetry-01 (tick-base) and camera-01 (vision-base); no layer targets them (see the example's conditions).
    expect(inventory.devices.map((d: { deviceId: string }) => d.deviceId)).toEqual(['camera-01', 'telemetry-01']);
    expect(inventory.configurations.map((c: { id: string }) => c.id)).toEqual(['tick-base', 'vision-base']);
    expect(inventory.hub).toBe('contoso-hub');
    expect(existsSync(path.join(cwd, 'out/inventory.json'))).toBe(false);
    expect(clustersOf(readTree(path.join(cwd, 'out')))).toEqual(['plant-b']);
  });

  it('a shard never removes another shard\'s devices, even with --allow-empty and an empty read', async () => {
    const cwd = temp();
    expect((await synth(cwd, exampleFile, 'out')).code).toBe(0);
    const before = readTree(path.join(cwd, 'out'));
    const empty = writeSnapshot(cwd, (s) => void (s.devices = []));
    // Without --allow-empty the empty read changes nothing.
    const refused = await synth(cwd, empty, 'out', ['--shard', '2/2']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/refusing to remove the \d+ device directories/);
    expect(readTree(path.join(cwd, 'out'))).toEqual(before);
    const allowed = await synth(cwd, empty, 'out', ['--shard', '2/2', '--allow-empty']);
    expect(allowed.code).toBe(0);
    const after = readTree(path.join(cwd, 'out'));
    // field and default (shard 2) are gone, folders and inventories included; plant-a and plant-b are untouched.
    expect(clustersOf(after)).toEqual(['plant-a', 'plant-b']);
    expect(after).toEqual(new Map([...before].filter(([file]) => /^devices\/plant-[ab]\//.test(file))));
  });

  it('a device moved from a shard-1 cluster to a shard-2 cluster is in both until shard 1 runs again', async () => {
    const cwd = temp();
    await synth(cwd, exampleFile, 'out');
    const moved = writeSnapshot(cwd, (s) => void (s.devices.find((d) => d.deviceId === 'telemetry-01')!.tags['cluster'] = 'field'));
    await synth(cwd, moved, 'out', ['--shard', '2/2']);
    const between = readTree(path.join(cwd, 'out'));
    expect(between.has('devices/field/msiot-contoso-hub-telemetry-01/kustomization.yaml')).toBe(true);
    expect(between.has('devices/plant-b/msiot-contoso-hub-telemetry-01/kustomization.yaml')).toBe(true);
    const inPlantB = JSON.parse(between.get('devices/plant-b/inventory.json')!);
    expect(inPlantB.devices.map((d: { deviceId: string }) => d.deviceId)).toContain('telemetry-01');
    await synth(cwd, moved, 'out', ['--shard', '1/2']);
    const after = readTree(path.join(cwd, 'out'));
    expect([...after.keys()].some((f) => f.startsWith('devices/plant-b/msiot-contoso-hub-telemetry-01/'))).toBe(false);
    expect(JSON.parse(after.get('devices/plant-b/inventory.json')!).devices.map((d: { deviceId: string }) => d.deviceId)).toEqual(['camera-01']);
    expect(after.has('devices/field/msiot-contoso-hub-telemetry-01/kustomization.yaml')).toBe(true);
  });

  it('reads a root inventory.json an older version left for clusters without their own, and only an unselected run removes it', async () => {
    const cwd = temp();
    await synth(cwd, exampleFile, 'out');
    const out = path.join(cwd, 'out');
    // What an older version wrote: one inventory at the root, none per cluster.
    const clusters = ['default', 'field', 'plant-a', 'plant-b'];
    const parts = clusters.map((c) => JSON.parse(readFileSync(path.join(out, 'devices', c, 'inventory.json'), 'utf8')));
    const { rmSync } = await import('node:fs');
    for (const c of clusters) rmSync(path.join(out, 'devices', c, 'inventory.json'));
    const devices = parts.flatMap((p) => p.devices).sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
    writeFileSync(path.join(out, 'inventory.json'), JSON.stringify({ ...parts[0], devices, ledgers: Object.assign({}, ...parts.map((p) => p.ledgers)) }, null, 2) + '\n');
    const selected = await synth(cwd, exampleFile, 'out', ['--cluster', 'plant-a']);
    // Every plant-a device was reused from the root inventory's record: nothing added or changed.
    expect(selected.out).toMatch(/0 added, 0 changed, 0 removed/);
    expect(existsSync(path.join(out, 'inventory.json'))).toBe(true);
    expect(existsSync(path.join(out, 'devices/plant-a/inventory.json'))).toBe(true);
    expect(existsSync(path.join(out, 'devices/field/inventory.json'))).toBe(false);
    const unselected = await synth(cwd, exampleFile, 'out');
    expect(unselected.out).toMatch(/0 added, 0 changed, 0 removed/);
    expect(existsSync(path.join(out, 'inventory.json'))).toBe(false);
    for (const c of clusters) expect(existsSync(path.join(out, 'devices', c, 'inventory.json'))).toBe(true);
  });

  it.each([
    [['--cluster', 'Plant-A'], /--cluster 'Plant-A' is not a cluster folder name/],
    [['--cluster', 'plant-a', '--shard', '1/2'], /--cluster and --shard/],
    [['--shard', '3/2'], /--shard must be I\/N/],
  ])('%j is a usage error (exit 1, nothing written)', async (flags, message) => {
    const cwd = temp();
    const result = await synth(cwd, exampleFile, 'out', flags);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });
});
