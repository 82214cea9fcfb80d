/**
 * Issue 18: shard jobs syncing concurrently into one branch of one bare repository. Shards of 2 of the example's
 * clusters (test/plan/cluster-selection.test.ts): plant-a, plant-b → 1; field, default → 2. Both runs commit on the
 * same head (`git show --name-only` per commit tells what each touched) and push at once; the one rejected replays its
 * commit onto the other's (disjoint paths) and pushes (git-publish.ts). Each clone is sparse on its shard's clusters.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { main, synthOptionsOf } from '../../src/cli/main.js';
import { run, syncDeps, type SyncOptions } from '../../src/cli/commands/sync.js';
import type { CommandIo } from '../../src/cli/io.js';
import { readTree } from '../helpers/output-tree.js';
import { bareRepo, fileAt, filesOf, git, headOf, log, lsTree, tempDir } from '../publish/git-helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleFile = path.join(root, 'examples/hub-snapshot.json');

function io(): CommandIo & { text: () => string } {
  const out: string[] = [];
  return { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => undefined }, env: {}, cwd: root, text: () => out.join('') };
}

/** One `sync` as the command line wires it, with a hook before each push. */
async function sync(remote: string, extra: Record<string, unknown>, beforePush?: (attempt: number) => Promise<void>) {
  const workDir = path.join(tempDir('work-'), 'clone');
  const flags: Record<string, unknown> = { snapshot: exampleFile, quiet: true, clusterTag: 'cluster', repo: remote, branch: 'main', path: '.', maxDeletions: '10', workDir, ...extra };
  const commandIo = io();
  const deps = await syncDeps(flags, synthOptionsOf(flags), commandIo);
  const code = await run(flags as unknown as SyncOptions, { ...deps, ...(beforePush ? { beforePush } : {}) });
  return { code, out: commandIo.text(), workDir };
}

/** Resolves once `count` callers are waiting, so that they go on together. */
function barrier(count: number): () => Promise<void> {
  let waiting = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    if (++waiting === count) release();
    await all;
  };
}


describe('two shard jobs syncing at once into one branch', () => {
  it('both land, touch disjoint paths, and a third no-op run makes no commit', async () => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const bothCommitted = barrier(2);
    const attempts: number[] = [];
    const hold = async (attempt: number) => {
      attempts.push(attempt);
      // Only the first push of each waits: both have committed on the seed commit, then both push.
      if (attempt === 1) await bothCommitted();
    };
    const [one, two] = await Promise.all([sync(remote, { shard: '1/2' }, hold), sync(remote, { shard: '2/2' }, hold)]);
    expect([one.code, two.code]).toEqual([0, 0]);
    // One push was rejected and replayed on top of the other's commit.
    expect(attempts.sort()).toEqual([1, 1, 2]);
    // Each clone checked out only its shard's cluster folders.
    expect(readdirSync(path.join(one.workDir, 'devices')).sort()).toEqual(['plant-a', 'plant-b']);
    expect(readdirSync(path.join(two.workDir, 'devices')).sort()).toEqual(['default', 'field']);
    expect(git(one.workDir, 'sparse-checkout', 'list').trim().split('\n')).toEqual(['devices/plant-a', 'devices/plant-b']);
    expect(one.out).toMatch(/^shard 1\/2: clusters plant-a, plant-b: pushed [0-9a-f]{12} to main/);
    expect(two.out).toMatch(/^shard 2\/2: clusters default, field: pushed [0-9a-f]{12} to main/);

    const commits = git(remote, 'rev-list', 'main').trim().split('\n');
    expect(commits).toHaveLength(3);
    const [top, below] = commits as [string, string];
    const byShard = [filesOf(remote, top), filesOf(remote, below)];
    const clustersOf = (files: string[]) => [...new Set(files.map((f) => f.split('/')[1]))].sort().join(',');
    expect(byShard.map(clustersOf).sort()).toEqual(['default,field', 'plant-a,plant-b']);
    for (const files of byShard) expect(files.every((f) => f.startsWith('devices/'))).toBe(true);

    // What the branch holds is exactly what one unselected synth writes.
    const out = path.join(tempDir('whole-'), 'out');
    expect(await main(['synth', '--snapshot', exampleFile, '--out', out, '--quiet'], io())).toBe(0);
    const tree = new Map(lsTree(remote, 'main').filter((f) => f !== 'README.md').map((f) => [f, fileAt(remote, 'main', f)]));
    expect(tree).toEqual(readTree(out));

    const head = headOf(remote);
    const third = await sync(remote, {});
    expect(third.code).toBe(0);
    expect(third.out).toMatch(/^no changes: main already matches the hub/);
    const fourth = await sync(remote, { cluster: ['field'] });
    expect(fourth.out).toMatch(/^cluster field: no changes/);
    expect(headOf(remote)).toBe(head);
    expect(log(remote)).toHaveLength(3);
  });
});
