/**
 * Issue 18: shard jobs syncing concurrently into one branch of one bare repository. Shards of 2 of the example's
 * clusters (test/plan/cluster-selection.test.ts): plant-a, plant-b → 1; field, default → 2. Both runs commit on the
 * same head (`git show --name-only` per commit tells what each touched) and push at once; the one rejected replays its
 * commit onto the other's (disjoint paths) and pushes (git-publish.ts). Each clone is sparse on its shard's clusters.
 * The remote holds the pushes together with a pre-receive hook, as a server-side hook of a real remote would.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { readTree } from '../helpers/output-tree.js';
import { bareRepo, fileAt, filesOf, git, headOf, log, lsTree, tempDir } from '../publish/git-helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleFile = path.join(root, 'examples/hub-snapshot.json');

function io(): CommandIo & { text: () => string } {
  const out: string[] = [];
  return { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => undefined }, env: {}, cwd: root, text: () => out.join('') };
}

/** One `iotedge-gitops sync --snapshot examples/hub-snapshot.json --repo <remote> --work-dir <new> --quiet …`. */
async function sync(remote: string, extra: readonly string[]) {
  const workDir = path.join(tempDir('work-'), 'clone');
  const commandIo = io();
  const code = await main(['sync', '--snapshot', exampleFile, '--repo', remote, '--work-dir', workDir, '--quiet', ...extra], commandIo);
  return { code, out: commandIo.text(), workDir };
}

/**
 * Makes the remote hold every push in its pre-receive hook until `count` pushes have arrived (at most 30 s), so that
 * they go on together; returns how many pushes the remote has received. Later pushes pass at once.
 */
function holdPushesTogether(remote: string, count: number): () => number {
  const received = path.join(remote, 'pushes-received');
  writeFileSync(received, '');
  mkdirSync(path.join(remote, 'hooks'), { recursive: true });
  const hook = [
    '#!/bin/sh',
    'cat > /dev/null',
    `echo push >> '${received}'`,
    'waited=0',
    `while [ "$(wc -l < '${received}')" -lt ${count} ] && [ "$waited" -lt 600 ]; do sleep 0.05; waited=$((waited + 1)); done`,
    '',
  ].join('\n');
  writeFileSync(path.join(remote, 'hooks', 'pre-receive'), hook, { mode: 0o755 });
  return () => readFileSync(received, 'utf8').split('\n').filter((line) => line !== '').length;
}


describe('two shard jobs syncing at once into one branch', () => {
  it('both land, touch disjoint paths, and a third no-op run makes no commit', async () => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    // Both have committed on the seed commit when their first pushes go on together.
    const pushes = holdPushesTogether(remote, 2);
    const [one, two] = await Promise.all([sync(remote, ['--shard', '1/2']), sync(remote, ['--shard', '2/2'])]);
    expect([one.code, two.code]).toEqual([0, 0]);
    // One push was rejected and replayed on top of the other's commit: three pushes in all.
    expect(pushes()).toBe(3);
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
    const third = await sync(remote, []);
    expect(third.code).toBe(0);
    expect(third.out).toMatch(/^no changes: main already matches the hub/);
    const fourth = await sync(remote, ['--cluster', 'field']);
    expect(fourth.out).toMatch(/^cluster field: no changes/);
    expect(headOf(remote)).toBe(head);
    expect(log(remote)).toHaveLength(3);
  });
});
