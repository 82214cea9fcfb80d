/**
 * A work tree limited to the clusters a run owns (issue 18): the cone `<path>/devices/<cluster>` per cluster, the
 * cluster folders a branch head has, making the tree sparse or full again, and the check that a plan stays inside
 * its clusters. The blobless fetch of the cone and a whole sharded publish are in sparse-shard-publish.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { applySparseCheckout, checkPlanInsideSelection, clusterSparsePaths, committedClusterFolders, selectClusters } from '../../../src/publish/git/sparse-checkout.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';
import { bareRepo, git } from '../git-helpers.js';
import { workTreeCopies, type WorkTreeCopy } from '../../builders/git-work-trees.js';
import { buildPlan, clusterDevice } from '../../builders.js';

describe('clusterSparsePaths', () => {
  it.each([
    { name: 'one path per cluster under <folder>/devices', folder: 'fleet', clusters: ['a', 'b'], expected: ['fleet/devices/a', 'fleet/devices/b'] },
    { name: 'sorted, repeats dropped', folder: 'fleet', clusters: ['plant-b', 'plant-a', 'plant-b'], expected: ['fleet/devices/plant-a', 'fleet/devices/plant-b'] },
    { name: 'the repository root as managed folder', folder: '.', clusters: ['a'], expected: ['devices/a'] },
    { name: 'a nested managed folder', folder: 'gitops/edge', clusters: ['x1'], expected: ['gitops/edge/devices/x1'] },
    { name: 'no cluster: an empty cone', folder: 'fleet', clusters: [], expected: [] },
  ])('$name', ({ folder, clusters, expected }) => {
    expect(clusterSparsePaths(folder, clusters)).toStrictEqual(expected);
  });

  it.each([
    { name: 'a parent segment (would escape the cone)', cluster: '..' },
    { name: 'a slash (would widen it to another folder)', cluster: 'a/b' },
    { name: 'upper case', cluster: 'Plant-A' },
    { name: 'empty', cluster: '' },
    { name: 'longer than 63 characters', cluster: 'a'.repeat(64) },
  ])('refuses $name with an InternalError naming it', ({ cluster }) => {
    expect(() => clusterSparsePaths('fleet', ['ok', cluster])).toThrow(`cluster folder name '${cluster}' is not a DNS-1123 label`);
  });
});

describe('checkPlanInsideSelection', () => {
  const plan = (extra: Partial<OutputPlan> = {}): OutputPlan => ({ ...buildPlan({ devices: [clusterDevice('d1', 'a'), clusterDevice('d2', 'b')] }), ...extra });

  it.each([
    { name: 'every directory and file in a selected cluster', clusters: ['a', 'b'], extra: {} },
    { name: 'a file directly in the managed folder (an older root inventory.json)', clusters: ['a', 'b'], extra: { files: new Map([...plan().files, ['inventory.json', '{}']]) } },
  ])('accepts $name', ({ clusters, extra }) => {
    expect(() => checkPlanInsideSelection(plan(extra), clusters)).not.toThrow();
  });

  it.each([
    { name: 'a device directory of another cluster', clusters: ['a'], extra: {}, stray: 'devices/b/msiot-hub1-d2' },
    { name: 'a kept directory of another cluster', clusters: ['a'], extra: { deviceDirs: ['devices/a/msiot-hub1-d1'], keep: ['devices/c/ns'], files: new Map() }, stray: 'devices/c/ns' },
    { name: 'a file outside devices/', clusters: ['a', 'b'], extra: { files: new Map([['clusters/flux.yaml', 'x']]) }, stray: 'clusters/flux.yaml' },
    { name: 'a file directly in devices/ (not in a cluster folder)', clusters: ['a', 'b'], extra: { files: new Map([['devices/README.md', 'x']]) }, stray: 'devices/README.md' },
  ])('refuses $name, naming it and the clusters', ({ clusters, extra, stray }) => {
    expect(() => checkPlanInsideSelection(plan(extra), clusters)).toThrow(`the plan of clusters ${clusters.join(', ')} has '${stray}' outside them; nothing was written`);
  });
});

describe('on a real repository', () => {
  // fleet/devices/{a,b}/…, a file in each folder above the cone, and files elsewhere.
  const FILES = {
    'root.md': 'r\n',
    'other/z.yaml': 'z\n',
    'fleet/top.yaml': 't\n',
    'fleet/devices/notes.md': 'n\n',
    'fleet/devices/a/inventory.json': 'a\n',
    'fleet/devices/a/ns-1/x.yaml': 'x\n',
    'fleet/devices/b/inventory.json': 'b\n',
    'fleet/devices/b/ns-2/y.yaml': 'y\n',
  };
  let clone: () => WorkTreeCopy;
  beforeAll(() => {
    clone = workTreeCopies(bareRepo(FILES));
  });

  /** Files present in the work tree (not .git/), relative, sorted. */
  const present = (dir: string, relative = ''): string[] =>
    readdirSync(path.join(dir, relative), { withFileTypes: true })
      .filter((entry) => !(relative === '' && entry.name === '.git'))
      .flatMap((entry) => {
        const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
        return entry.isDirectory() ? present(dir, child) : [child];
      })
      .sort();

  describe('committedClusterFolders', () => {
    it.concurrent.each([
      { name: 'no commit (an empty branch): none', folder: 'fleet', headless: true, expected: [] },
      { name: 'the folders under <folder>/devices/, sorted; files there are no cluster', folder: 'fleet', headless: false, expected: ['a', 'b'] },
      { name: 'a managed folder the commit does not have: none', folder: 'elsewhere', headless: false, expected: [] },
      { name: 'a managed folder without devices/: none', folder: 'other', headless: false, expected: [] },
    ])('$name', async ({ folder, headless, expected }) => {
      const { tree, head } = clone();
      expect(await committedClusterFolders(tree, headless ? null : head, folder)).toStrictEqual(expected);
    });
  });

  describe('applySparseCheckout and selectClusters', () => {
    it.concurrent('sparse on a cone: its clusters, plus the files directly in each folder above it, and nothing else', async () => {
      const { tree } = clone();
      await applySparseCheckout(tree, ['fleet/devices/b']);
      expect(present(tree.dir)).toStrictEqual(['fleet/devices/b/inventory.json', 'fleet/devices/b/ns-2/y.yaml', 'fleet/devices/notes.md', 'fleet/top.yaml', 'root.md']);
      expect(git(tree.dir, 'sparse-checkout', 'list').trim()).toBe('fleet/devices/b');
      // The other clusters stay in the index (skip-worktree): never staged as deleted.
      expect(git(tree.dir, 'status', '--porcelain')).toBe('');
    });

    it.concurrent('a new cone replaces the old; null makes the work tree full again', async () => {
      const { tree } = clone();
      await applySparseCheckout(tree, ['fleet/devices/a']);
      await applySparseCheckout(tree, ['fleet/devices/b']);
      expect(git(tree.dir, 'sparse-checkout', 'list').trim()).toBe('fleet/devices/b');
      expect(existsSync(path.join(tree.dir, 'fleet/devices/a'))).toBe(false);
      await applySparseCheckout(tree, null);
      expect(present(tree.dir)).toStrictEqual(Object.keys(FILES).sort());
      expect(git(tree.dir, 'config', '--bool', '--get', 'core.sparseCheckout').trim()).toBe('false');
    });

    it.concurrent('null on a full work tree leaves it full', async () => {
      const { tree } = clone();
      await applySparseCheckout(tree, null);
      expect(present(tree.dir)).toStrictEqual(Object.keys(FILES).sort());
    });

    it.concurrent.each([
      { name: 'no selection: full, and undefined (every cluster)', selection: undefined, expected: undefined, cone: null },
      { name: 'names: those clusters', selection: ['b'], expected: ['b'], cone: 'fleet/devices/b' },
      { name: 'a function of the clusters the head has (a shard): what it returns', selection: (had: readonly string[]) => had.filter((c) => c !== 'a'), expected: ['b'], cone: 'fleet/devices/b' },
    ])('selectClusters, $name', async ({ selection, expected, cone }) => {
      const { tree, head } = clone();
      expect(await selectClusters(tree, selection, head, 'fleet')).toStrictEqual(expected);
      if (cone === null) expect(present(tree.dir)).toStrictEqual(Object.keys(FILES).sort());
      else expect(git(tree.dir, 'sparse-checkout', 'list').trim()).toBe(cone);
    });

    it.concurrent('selectClusters hands the function the cluster folders at the head, sorted', async () => {
      const { tree, head } = clone();
      const seen: (readonly string[])[] = [];
      await selectClusters(tree, (had) => (seen.push(had), []), head, 'fleet');
      expect(seen).toStrictEqual([['a', 'b']]);
    });
  });
});
