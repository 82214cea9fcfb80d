/**
 * Issue 19 item 16 (d): the twin tag named by --cluster-tag decides the device's directory
 * (`devices/<cluster>/…`). A value that is not a string used to fall back to `default` silently, which moved the
 * device's workloads to another cluster (its old directory removed, a new one added). Now it is an error naming
 * the device and the JSON path; the device keeps its last good output where it is, and the run exits 2.
 * Expected values worked out from the bundled example: factory-line-1 lives in cluster `plant-a`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { guardPlan } from '../../src/publish/output/guard-plan.js';
import { parseDeletionLimit } from '../../src/publish/output/deletion-limit.js';
import { readTree } from '../helpers/output-tree.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { buildPlan } from '../builders.js';
import { readInventory, withoutInventories } from '../helpers/read-inventory.js';
import { recordingIo } from '../helpers/recording-io.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleFile = path.join(root, 'examples/hub-snapshot.json');
const temp = tempDirs('iotedge-gitops-cluster-tag-');
const LINE1 = 'devices/plant-a/msiot-contoso-hub-factory-line-1';

async function synth(cwd: string, snapshot: string, extra: string[] = []) {
  const { io, out, err } = recordingIo(cwd);
  const code = await main(['synth', '--snapshot', snapshot, '--out', 'out', '--quiet', ...extra], io);
  return { code, out: out(), err: err() };
}

function snapshotWith(cwd: string, tag: string, value: unknown): string {
  const snapshot = JSON.parse(readFileSync(exampleFile, 'utf8'));
  const twin = snapshot.devices.find((d: { deviceId: string }) => d.deviceId === 'factory-line-1');
  twin.tags[tag] = value;
  const file = path.join(cwd, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

describe('a cluster tag that is not a string', () => {
  it.each([
    { name: 'a number', value: 7, type: 'a number' },
    { name: 'an object', value: { site: 'plant-a' }, type: 'an object' },
    { name: 'an array', value: ['plant-a'], type: 'an array' },
    { name: 'a boolean', value: true, type: 'a boolean' },
  ])('$name: error naming the device and tags.cluster, exit 2, the last good output stays in its cluster', async ({ value, type }) => {
    const cwd = temp();
    const out = path.join(cwd, 'out');
    expect((await synth(cwd, exampleFile)).code).toBe(0);
    const before = readTree(out);
    const second = await synth(cwd, snapshotWith(cwd, 'cluster', value));
    expect(second.code).toBe(2);
    expect(second.err).toContain(`error: device 'factory-line-1', at tags.cluster: the cluster tag 'cluster' must be a string (it names the device's cluster directory), got ${type}; the device keeps its last good output\n`);
    expect(existsSync(path.join(out, 'devices/default/msiot-contoso-hub-factory-line-1'))).toBe(false);
    const after = readTree(out);
    const inventory = readInventory(out);
    const entry = inventory.devices.find((d: { deviceId: string }) => d.deviceId === 'factory-line-1');
    expect(entry).toMatchObject({ cluster: 'plant-a', path: LINE1 });
    expect(entry.errors).toHaveLength(1);
    // Every device file is as before; only the inventory changed.
    expect(withoutInventories(after)).toEqual(withoutInventories(before));
  });

  it('on a first run the device gets no directory and the others are written', async () => {
    const cwd = temp();
    const result = await synth(cwd, snapshotWith(cwd, 'rack', 12), ['--cluster-tag', 'rack']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`error: device 'factory-line-1', at tags.rack: the cluster tag 'rack' must be a string`);
    const dirs = [...readTree(path.join(cwd, 'out')).keys()].map((f) => f.split('/').slice(0, 3).join('/'));
    expect(dirs.filter((d) => d.endsWith('-factory-line-1'))).toEqual([]);
    expect(dirs).toContain('devices/default/msiot-contoso-hub-camera-01');
  });

  it.each([
    { name: 'null (IoT Hub removes such a tag): the default cluster', value: null, dir: 'devices/default/msiot-contoso-hub-factory-line-1' },
    { name: 'a string: made a DNS label', value: 'Plant_C', dir: 'devices/plant-c/msiot-contoso-hub-factory-line-1' },
  ])('$name', async ({ value, dir }) => {
    const cwd = temp();
    const result = await synth(cwd, snapshotWith(cwd, 'cluster', value));
    expect(result.code).toBe(0);
    expect(existsSync(path.join(cwd, 'out', dir, 'kustomization.yaml'))).toBe(true);
  });

  it('the deletion guard of sync keeps a kept namespace in any cluster', () => {
    const plan = { ...buildPlan({ devices: [] }), keepNamespaces: ['msiot-hub1-dev1'] };
    const guarded = guardPlan(plan, new Set(['devices/plant-a/msiot-hub1-dev1', 'devices/plant-a/msiot-hub1-dev2']), { maxDeletions: parseDeletionLimit('10'), allowEmpty: true });
    expect(guarded.removed).toEqual(['devices/plant-a/msiot-hub1-dev2']);
  });
});
