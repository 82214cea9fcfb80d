import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../../src/errors.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';
import { writeOutput } from '../../../src/publish/output/write-output.js';
import { readTree } from '../../helpers/output-tree.js';

function plan(devices: Record<string, Record<string, string>>, keep: string[] = []): OutputPlan {
  const files = new Map<string, string>();
  for (const [dir, content] of Object.entries(devices)) for (const [name, text] of Object.entries(content)) files.set(`${dir}/${name}`, text);
  // Each cluster's inventory lists its directories (the writer takes the text as it is).
  const clusters = [...new Set(Object.keys(devices).map((dir) => dir.split('/')[1]!))];
  for (const cluster of clusters) files.set(`devices/${cluster}/inventory.json`, JSON.stringify({ devices: Object.keys(devices).filter((d) => d.split('/')[1] === cluster) }) + '\n');
  return { files, deviceDirs: Object.keys(devices).sort(), keep, inventory: { hub: 'h', hostName: 'h.azure-devices.net', configurations: [], devices: [], ledgers: {} } };
}

let root: string;
beforeEach(() => (root = mkdtempSync(path.join(os.tmpdir(), 'write-output-'))));
afterEach(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

describe('writeOutput', () => {
  it('writes device directories and the inventory, and reports them as added', async () => {
    const summary = await writeOutput(root, plan({ 'devices/a/ns-1': { 'kustomization.yaml': 'k1\n', 'namespace.yaml': 'n1\n' } }));
    expect(summary).toStrictEqual({ added: ['devices/a/ns-1'], changed: [], removed: [], unchanged: [] });
    expect(readTree(root)).toStrictEqual(new Map([
      ['devices/a/ns-1/kustomization.yaml', 'k1\n'],
      ['devices/a/inventory.json', '{"devices":["devices/a/ns-1"]}\n'],
      ['devices/a/ns-1/namespace.yaml', 'n1\n'],
    ]));
  });

  it('replaces a changed directory whole (a file no longer produced disappears) and leaves unchanged ones untouched', async () => {
    await writeOutput(root, plan({ 'devices/a/ns-1': { 'x.yaml': '1\n', 'old.yaml': 'o\n' }, 'devices/a/ns-2': { 'y.yaml': '2\n' } }));
    const before = statSync(path.join(root, 'devices/a/ns-2/y.yaml')).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const summary = await writeOutput(root, plan({ 'devices/a/ns-1': { 'x.yaml': '1b\n' }, 'devices/a/ns-2': { 'y.yaml': '2\n' } }));
    expect(summary).toStrictEqual({ added: [], changed: ['devices/a/ns-1'], removed: [], unchanged: ['devices/a/ns-2'] });
    expect(existsSync(path.join(root, 'devices/a/ns-1/old.yaml'))).toBe(false);
    expect(statSync(path.join(root, 'devices/a/ns-2/y.yaml')).mtimeMs).toBe(before);
  });

  it('removes device directories no longer produced, keeps those in `keep`, and never touches other files', async () => {
    await writeOutput(root, plan({ 'devices/a/gone': { 'x.yaml': '1\n' }, 'devices/b/failed': { 'x.yaml': 'last good\n' }, 'devices/a/stays': { 'x.yaml': '3\n' } }));
    writeFileSync(path.join(root, 'README.md'), 'mine\n');
    mkdirSync(path.join(root, 'clusters'));
    writeFileSync(path.join(root, 'clusters/flux.yaml'), 'flux\n');
    const summary = await writeOutput(root, plan({ 'devices/a/stays': { 'x.yaml': '3\n' } }, ['devices/b/failed']));
    expect(summary.removed).toStrictEqual(['devices/a/gone']);
    expect(readFileSync(path.join(root, 'devices/b/failed/x.yaml'), 'utf8')).toBe('last good\n');
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(path.join(root, 'clusters/flux.yaml'), 'utf8')).toBe('flux\n');
  });

  it('drops a cluster directory that became empty', async () => {
    await writeOutput(root, plan({ 'devices/old-cluster/ns': { 'x.yaml': '1\n' } }));
    await writeOutput(root, plan({ 'devices/new/ns': { 'x.yaml': '1\n' } }));
    expect(existsSync(path.join(root, 'devices/old-cluster'))).toBe(false);
  });

  it('repairs what a run killed between its two renames left behind', async () => {
    await writeOutput(root, plan({ 'devices/a/ns-1': { 'x.yaml': 'previous\n' } }));
    // Killed after moving the old directory aside, before moving the new one in:
    const { renameSync } = await import('node:fs');
    renameSync(path.join(root, 'devices/a/ns-1'), path.join(root, 'devices/a/ns-1.iotedge-gitops-tmp-old-0000'));
    mkdirSync(path.join(root, 'devices/a/ns-1.iotedge-gitops-tmp-new-0000'));
    writeFileSync(path.join(root, 'devices/a/ns-1.iotedge-gitops-tmp-new-0000/x.yaml'), 'half');
    const summary = await writeOutput(root, plan({ 'devices/a/ns-1': { 'x.yaml': 'previous\n' } }));
    expect(summary.unchanged).toStrictEqual(['devices/a/ns-1']);
    expect(readTree(root).get('devices/a/ns-1/x.yaml')).toBe('previous\n');
    expect([...readTree(root).keys()].some((k) => k.includes('tmp'))).toBe(false);
  });

  it('removes the temporary inventories a run killed while writing one left (beside a cluster\'s, or an older root one), and nothing else', async () => {
    await writeOutput(root, plan({ 'devices/a/ns-1': { 'x.yaml': 'previous\n' } }));
    writeFileSync(path.join(root, 'inventory.json.iotedge-gitops-tmp-1a2b3c4d'), '{"devi');
    writeFileSync(path.join(root, 'devices/a/inventory.json.iotedge-gitops-tmp-5e6f7a8b'), '{"devi');
    writeFileSync(path.join(root, 'notes.iotedge-gitops-tmp-.txt'), 'yours\n');
    await writeOutput(root, plan({ 'devices/a/ns-1': { 'x.yaml': 'previous\n' } }));
    expect([...readTree(root).keys()]).toStrictEqual(['devices/a/inventory.json', 'devices/a/ns-1/x.yaml', 'notes.iotedge-gitops-tmp-.txt']);
  });

  it('removes the root inventory.json an older version wrote once the per-cluster ones are written', async () => {
    writeFileSync(path.join(root, 'inventory.json'), '{"devices":[]}\n');
    await writeOutput(root, plan({ 'devices/a/ns-1': { 'x.yaml': '1\n' } }));
    expect([...readTree(root).keys()]).toStrictEqual(['devices/a/inventory.json', 'devices/a/ns-1/x.yaml']);
  });

  it.each([
    ['a parent directory', 'devices/a/../../etc/x.yaml'],
    ['a file outside devices/', 'clusters/x.yaml'],
    ['a nested path', 'devices/a/ns/sub/x.yaml'],
  ])('refuses %s', async (_name, file) => {
    const bad: OutputPlan = { ...plan({ 'devices/a/ns': {} }), files: new Map([[file, 'x']]) };
    await expect(writeOutput(root, bad)).rejects.toThrow(ConfigError);
    expect(existsSync(path.join(root, 'devices'))).toBe(false);
  });

  it('gives a clear error for a read-only output directory', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits: use a path under a file instead, which fails the same way for everyone.
      writeFileSync(path.join(root, 'file'), '');
      await expect(writeOutput(path.join(root, 'file', 'out'), plan({ 'devices/a/ns': { 'x.yaml': '1\n' } }))).rejects.toThrow(/cannot write|ENOTDIR|EEXIST/);
      return;
    }
    chmodSync(root, 0o555);
    await expect(writeOutput(root, plan({ 'devices/a/ns': { 'x.yaml': '1\n' } }))).rejects.toThrow(/permission denied/);
  });
});

describe('the writing marker', () => {
  it("stands in a cluster folder from its first changed directory until that cluster's inventory is written, and not on a no-op", async () => {
    const { openOutput, WRITING_MARKER } = await import('../../../src/publish/output/write-output.js');
    const first = plan({ 'devices/a/ns-1': { 'x.yaml': '1\n' }, 'devices/b/ns-3': { 'z.yaml': '3\n' } });
    await writeOutput(root, first);
    expect(existsSync(path.join(root, 'devices/a', WRITING_MARKER))).toBe(false);
    const output = await openOutput(root);
    output.writeDevice('devices/a/ns-1', new Map([['x.yaml', '1\n']]));
    output.writeDevice('devices/b/ns-3', new Map([['z.yaml', '3\n']]));
    expect(existsSync(path.join(root, 'devices/a', WRITING_MARKER))).toBe(false); // unchanged: nothing marked
    output.writeDevice('devices/a/ns-2', new Map([['y.yaml', '2\n']]));
    expect(existsSync(path.join(root, 'devices/a', WRITING_MARKER))).toBe(true);
    // Only the cluster that changed is marked.
    expect(existsSync(path.join(root, 'devices/b', WRITING_MARKER))).toBe(false);
    expect(existsSync(path.join(root, WRITING_MARKER))).toBe(false);
    await output.finish(plan({ 'devices/a/ns-1': { 'x.yaml': '1\n' }, 'devices/a/ns-2': { 'y.yaml': '2\n' }, 'devices/b/ns-3': { 'z.yaml': '3\n' } }));
    expect(existsSync(path.join(root, 'devices/a', WRITING_MARKER))).toBe(false);
  });

  it('makes the next run trust no hash that cluster recorded (and none at all for a root marker an older version left)', async () => {
    const { readPreviousOutput } = await import('../../../src/publish/output/read-previous-output.js');
    const { WRITING_MARKER } = await import('../../../src/publish/output/write-output.js');
    const entry = (cluster: string) => ({ deviceId: `d-${cluster}`, cluster, namespace: 'ns', path: `devices/${cluster}/ns`, baseDeployment: 'b', layeredDeployments: [], modules: [] });
    for (const cluster of ['a', 'b']) {
      mkdirSync(path.join(root, 'devices', cluster, 'ns'), { recursive: true });
      writeFileSync(path.join(root, 'devices', cluster, 'inventory.json'), JSON.stringify({ hub: 'h', hostName: 'h', configurations: [], devices: [entry(cluster)], ledgers: {} }));
    }
    const ids = async () => (await readPreviousOutput(root))?.inventory.devices.map((d) => d.deviceId);
    expect(await ids()).toStrictEqual(['d-a', 'd-b']);
    writeFileSync(path.join(root, 'devices/a', WRITING_MARKER), 'killed\n');
    expect(await ids()).toStrictEqual(['d-b']);
    writeFileSync(path.join(root, WRITING_MARKER), 'killed\n');
    expect(await readPreviousOutput(root)).toBeUndefined();
  });
});
