/**
 * What an earlier run left in an output root, as the pipeline's `previous`: each selected cluster's inventory (an
 * older version's root inventory.json standing in for clusters without one), the device directories present, and
 * those edited outside the tool. Anything it cannot vouch for contributes nothing, so a run renders more, never
 * less. (The writing markers' effect is in write-output.test.ts.)
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Inventory, InventoryDevice } from '../../../src/plan/inventory.js';
import type { ClusterSelection } from '../../../src/plan/cluster-selection.js';
import { deviceFilesHash } from '../../../src/plan/device-files-hash.js';
import { listClusterFolders, readClusterInventories, readPreviousOutput } from '../../../src/publish/output/read-previous-output.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('read-previous-output-');

/** An inventory entry of `deviceId` in `cluster`, its directory `devices/<cluster>/ns-<deviceId>` unless given. */
function entry(deviceId: string, cluster: string, extra: Partial<InventoryDevice> = {}): InventoryDevice {
  return { deviceId, cluster, namespace: `ns-${deviceId}`, path: `devices/${cluster}/ns-${deviceId}`, baseDeployment: 'base', layeredDeployments: [], modules: ['m'], ...extra };
}

function inventory(devices: InventoryDevice[], extra: Partial<Inventory> = {}): Inventory {
  return { hub: 'hub1', hostName: 'hub1.azure-devices.net', configurations: [{ id: 'base', kind: 'base', priority: 10, etag: 'e1' }], devices, ledgers: {}, ...extra };
}

/** Writes `files` (relative path → text, or an object written as JSON) under a new root. */
function root(files: Record<string, string | object>): string {
  const dir = temp();
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(dir, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const ids = (found: Inventory | undefined) => found?.devices.map((d) => d.deviceId);

describe('listClusterFolders', () => {
  it.each<{ name: string; files: Record<string, string>; selection: ClusterSelection | undefined; expected: string[] }>([
    { name: 'no devices/ folder: none', files: {}, selection: undefined, expected: [] },
    { name: 'devices/ is a file: none', files: { devices: 'x' }, selection: undefined, expected: [] },
    { name: 'folders only, sorted; files in devices/ ignored', files: { 'devices/b/x': '', 'devices/a/x': '', 'devices/readme.md': '' }, selection: undefined, expected: ['a', 'b'] },
    { name: 'only the selected clusters', files: { 'devices/a/x': '', 'devices/b/x': '', 'devices/c/x': '' }, selection: { kind: 'clusters', clusters: ['c', 'a'] }, expected: ['a', 'c'] },
  ])('$name', async ({ files, selection, expected }) => {
    expect(await listClusterFolders(root(files), selection)).toStrictEqual(expected);
  });
});

describe('readClusterInventories', () => {
  it.each<{ name: string; files: Record<string, string | object>; clusters: string[]; expected: string[] | undefined }>([
    { name: 'no inventory anywhere: undefined', files: {}, clusters: ['a'], expected: undefined },
    {
      name: 'each cluster\'s own file, merged and sorted by device id',
      files: { 'devices/a/inventory.json': inventory([entry('d2', 'a')]), 'devices/b/inventory.json': inventory([entry('d1', 'b')]) },
      clusters: ['a', 'b'],
      expected: ['d1', 'd2'],
    },
    {
      name: 'only the clusters asked for are read',
      files: { 'devices/a/inventory.json': inventory([entry('d1', 'a')]), 'devices/b/inventory.json': inventory([entry('d2', 'b')]) },
      clusters: ['b'],
      expected: ['d2'],
    },
    {
      name: 'entries of another cluster in a cluster\'s file are dropped',
      files: { 'devices/a/inventory.json': inventory([entry('d1', 'a'), entry('d2', 'b')]) },
      clusters: ['a'],
      expected: ['d1'],
    },
    {
      name: 'an entry whose directory lies outside its cluster\'s folder is dropped',
      files: { 'devices/a/inventory.json': inventory([entry('d1', 'a'), entry('d2', 'a', { path: 'devices/b/ns-d2' }), entry('d3', 'a', { path: '../etc' })]) },
      clusters: ['a'],
      expected: ['d1'],
    },
    {
      name: 'an unmanaged entry (no directory, path null) is kept',
      files: { 'devices/a/inventory.json': inventory([entry('d1', 'a', { path: null, baseDeployment: null })]) },
      clusters: ['a'],
      expected: ['d1'],
    },
    {
      name: 'a cluster file that does not parse contributes nothing; the others still count',
      files: { 'devices/a/inventory.json': '{"devices": [', 'devices/b/inventory.json': inventory([entry('d2', 'b')]) },
      clusters: ['a', 'b'],
      expected: ['d2'],
    },
    {
      name: 'a cluster file without a devices array contributes nothing',
      files: { 'devices/a/inventory.json': { hub: 'h', devices: {} }, 'devices/b/inventory.json': inventory([entry('d2', 'b')]) },
      clusters: ['a', 'b'],
      expected: ['d2'],
    },
    {
      name: 'non-object device entries are skipped',
      files: { 'devices/a/inventory.json': { ...inventory([entry('d1', 'a')]), devices: [null, 7, 'x', entry('d1', 'a')] } },
      clusters: ['a'],
      expected: ['d1'],
    },
    {
      name: 'an older version\'s root inventory.json stands in for clusters without their own file',
      files: { 'inventory.json': inventory([entry('d1', 'a'), entry('d2', 'b')]), 'devices/a/x': '', 'devices/b/x': '' },
      clusters: ['a', 'b'],
      expected: ['d1', 'd2'],
    },
    {
      name: 'a cluster\'s own file wins over the root inventory\'s entries of that cluster',
      files: { 'inventory.json': inventory([entry('old-a', 'a'), entry('d2', 'b')]), 'devices/a/inventory.json': inventory([entry('new-a', 'a')]) },
      clusters: ['a', 'b'],
      expected: ['d2', 'new-a'],
    },
    {
      name: 'a cluster\'s own file wins even when it does not parse (the root entries of that cluster are not trusted either)',
      files: { 'inventory.json': inventory([entry('old-a', 'a'), entry('d2', 'b')]), 'devices/a/inventory.json': 'not json' },
      clusters: ['a', 'b'],
      expected: ['d2'],
    },
    {
      name: 'without a selection every cluster is the run\'s: root entries of a cluster with no folder are read too',
      files: { 'inventory.json': inventory([entry('d1', 'a'), entry('d2', 'b')]) },
      clusters: ['a'],
      expected: ['d1', 'd2'],
    },
    {
      name: 'root entries outside their cluster\'s folder are dropped',
      files: { 'inventory.json': inventory([entry('d1', 'a', { path: 'devices/b/ns-d1' }), entry('d2', 'a')]) },
      clusters: ['a'],
      expected: ['d2'],
    },
  ])('$name', async ({ files, clusters, expected }) => {
    expect(ids(await readClusterInventories(root(files), clusters))).toStrictEqual(expected);
  });

  it.each([
    { name: 'a selected cluster with no folder: read (the selection names it)', clusters: [], selected: ['b'], expected: ['d2'] },
    { name: 'a cluster neither asked for nor selected: dropped', clusters: ['a'], selected: ['a'], expected: ['d1'] },
  ])('root entries under a selection, $name', async ({ clusters, selected, expected }) => {
    const dir = root({ 'inventory.json': inventory([entry('d1', 'a'), entry('d2', 'b')]) });
    expect(ids(await readClusterInventories(dir, clusters, { kind: 'clusters', clusters: selected }))).toStrictEqual(expected);
  });

  it('a cluster\'s inventory.json that is a symbolic link is no inventory (its target is never trusted)', async () => {
    const elsewhere = root({ 'inventory.json': inventory([entry('d1', 'a')]) });
    const dir = root({ 'devices/a/x': '' });
    symlinkSync(path.join(elsewhere, 'inventory.json'), path.join(dir, 'devices/a/inventory.json'));
    expect(await readClusterInventories(dir, ['a'])).toBeUndefined();
  });

  it('without a ledger table, no ledger the file recorded is trusted: the devices lose their ledger references', async () => {
    const dir = root({ 'devices/a/inventory.json': { ...inventory([entry('d1', 'a', { ledger: { m: 'abc' }, inputHash: 'h1' })]), ledgers: undefined } });
    const found = await readClusterInventories(dir, ['a']);
    expect(found?.ledgers).toStrictEqual({});
    expect(found?.devices).toStrictEqual([entry('d1', 'a', { inputHash: 'h1' })]);
  });

  it('with a ledger table, entries are kept as written; missing configurations read as none', async () => {
    const rows = [{ key: 'k', fidelity: 'exact', configurationId: 'base', jsonPath: '$', target: 't', reason: 'r' }];
    const dir = root({ 'devices/a/inventory.json': { ...inventory([entry('d1', 'a', { ledger: { m: 'abc' } })], { ledgers: { abc: rows } as Inventory['ledgers'] }), configurations: 'bad' } });
    const found = await readClusterInventories(dir, ['a']);
    expect(found?.devices).toStrictEqual([entry('d1', 'a', { ledger: { m: 'abc' } })]);
    expect(found?.ledgers).toStrictEqual({ abc: rows });
    expect(found?.configurations).toStrictEqual([]);
  });
});

describe('readPreviousOutput', () => {
  it('no inventory: undefined, even with device directories present', async () => {
    expect(await readPreviousOutput(root({ 'devices/a/ns-d1/x.yaml': '1\n' }))).toBeUndefined();
  });

  it('the inventory, the device directories present (of every cluster folder), and none edited when every recorded hash matches', async () => {
    const dir = root({
      'devices/a/inventory.json': inventory([entry('d1', 'a', { filesHash: deviceFilesHash([['x.yaml', '1\n']]) })]),
      'devices/a/ns-d1/x.yaml': '1\n',
      'devices/b/ns-d9/y.yaml': '9\n',
    });
    const found = await readPreviousOutput(dir);
    expect(ids(found?.inventory)).toStrictEqual(['d1']);
    expect(found?.presentDirs).toStrictEqual(new Set(['devices/a/ns-d1', 'devices/b/ns-d9']));
    expect(found?.editedDirs).toStrictEqual(new Set());
  });

  it.each<{ name: string; files: Record<string, string>; edited: boolean }>([
    { name: 'a file edited outside the tool', files: { 'devices/a/ns-d1/x.yaml': '1 edited\n' }, edited: true },
    { name: 'a file added outside the tool', files: { 'devices/a/ns-d1/x.yaml': '1\n', 'devices/a/ns-d1/extra.yaml': 'e\n' }, edited: true },
    { name: 'the files as recorded', files: { 'devices/a/ns-d1/x.yaml': '1\n' }, edited: false },
  ])('editedDirs: $name → $edited', async ({ files, edited }) => {
    const dir = root({ 'devices/a/inventory.json': inventory([entry('d1', 'a', { filesHash: deviceFilesHash([['x.yaml', '1\n']]) })]), ...files });
    expect((await readPreviousOutput(dir))?.editedDirs).toStrictEqual(new Set(edited ? ['devices/a/ns-d1'] : []));
  });

  it.each([
    { name: 'a recorded directory that is gone', extra: { filesHash: 'f' }, present: false },
    { name: 'an entry without filesHash (a failed device)', extra: { errors: ['bad'] }, present: true },
  ])('editedDirs leaves out $name', async ({ extra, present }) => {
    const dir = root({ 'devices/a/inventory.json': inventory([entry('d1', 'a', extra)]), ...(present ? { 'devices/a/ns-d1/x.yaml': 'anything\n' } : {}) });
    expect((await readPreviousOutput(dir))?.editedDirs).toStrictEqual(new Set());
  });

  it('a selection reads only its clusters\' inventories and directories', async () => {
    const dir = root({
      'devices/a/inventory.json': inventory([entry('d1', 'a')]),
      'devices/a/ns-d1/x.yaml': '1\n',
      'devices/b/inventory.json': inventory([entry('d2', 'b')]),
      'devices/b/ns-d2/x.yaml': '2\n',
    });
    const found = await readPreviousOutput(dir, { kind: 'clusters', clusters: ['b'] });
    expect(ids(found?.inventory)).toStrictEqual(['d2']);
    expect(found?.presentDirs).toStrictEqual(new Set(['devices/b/ns-d2']));
  });
});
