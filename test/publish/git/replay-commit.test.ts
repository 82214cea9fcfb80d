/**
 * Push retry by replay (issue 18): our one commit is put on top of the head another writer pushed, when the two
 * changes touch disjoint paths; any common path (even changed identically) or a file on one side where the other
 * has a folder is a conflict (null, nothing changed). Works from trees and object ids alone. The publish-level
 * retry (push rejected → replay → push) is in sparse-shard-publish.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import { replayCommit, type ReplayProps } from '../../../src/publish/git/replay-commit.js';
import type { WorkTree } from '../../../src/publish/git/git-work-tree.js';
import { git, tempDir } from '../git-helpers.js';

/** Path → content; null deletes; `{ exec }` writes an executable file. */
type Change = Record<string, string | null | { exec: string }>;

const MESSAGE = 'iotedge-gitops: 1 changed, 0 added, 0 removed devices\n\n# kept, not a comment\ntrailing spaces   \n\nTool-Version: 0.1.0\n';

function apply(dir: string, change: Change): void {
  for (const [file, content] of Object.entries(change)) {
    const full = path.join(dir, file);
    if (content === null) {
      rmSync(full, { recursive: true, force: true });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : content.exec);
    if (typeof content !== 'string') chmodSync(full, 0o755);
  }
}

/** Copies of a repository with `base` committed on main (made once per base: git processes are what costs here). */
const templates = new Map<Change, { dir: string; from: string }>();
function baseRepo(base: Change): { dir: string; from: string } {
  let template = templates.get(base);
  if (template === undefined) {
    const dir = tempDir('replay-base-');
    git(dir, 'init', '-q', '--initial-branch=main');
    git(dir, 'config', 'user.name', 'Sync Bot');
    git(dir, 'config', 'user.email', 'bot@example.com');
    apply(dir, base);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    template = { dir, from: git(dir, 'rev-parse', 'HEAD').trim() };
    templates.set(base, template);
  }
  const dir = tempDir('replay-');
  cpSync(template.dir, dir, { recursive: true });
  return { dir, from: template.from };
}

/**
 * A repository with `base` committed (`from`), their change on top of it (`onto`, another writer, on a side
 * branch), and ours on top of it too (`commit`, checked out as main): what a clone holds once their head is fetched.
 */
function scenario(base: Change, ours: Change, theirs: Change): { tree: WorkTree; props: ReplayProps } {
  const { dir, from } = baseRepo(base);
  const head = (branch: string) => readFileSync(path.join(dir, '.git/refs/heads', branch), 'utf8').trim();
  git(dir, 'checkout', '-q', '-b', 'theirs');
  apply(dir, theirs);
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=Other', '-c', 'user.email=other@example.com', 'commit', '-q', '-m', 'theirs');
  git(dir, 'checkout', '-q', 'main');
  apply(dir, ours);
  writeFileSync(path.join(dir, '.git', 'MSG'), MESSAGE);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--cleanup=verbatim', '-F', path.join(dir, '.git', 'MSG'));
  return { tree: { dir, git: simpleGit({ baseDir: dir }), secrets: [] }, props: { branch: 'main', from, commit: head('main'), onto: head('theirs') } };
}

/** Every file of `commit`, path → content, read with two git processes (`ls-tree`, then `cat-file --batch`). */
function committed(dir: string, commit: string): Record<string, string> {
  const entries = git(dir, 'ls-tree', '-r', commit).trim().split('\n').map((line) => /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line)!);
  let batch = execFileSync('git', ['cat-file', '--batch'], { cwd: dir, input: entries.map((m) => m[1]).join('\n') + '\n', encoding: 'utf8' });
  const out: Record<string, string> = {};
  for (const [, , name] of entries) {
    const header = batch.slice(0, batch.indexOf('\n'));
    const size = Number(header.split(' ')[2]);
    const start = header.length + 1;
    out[name!] = batch.slice(start, start + size);
    batch = batch.slice(start + size + 1);
  }
  return out;
}

/** Every file of the work tree (not .git/), relative path → content. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      if (relative === '' && name === '.git') continue;
      const child = relative === '' ? name : `${relative}/${name}`;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(dir, child), 'utf8');
    }
  };
  walk('');
  return out;
}

const BASE: Change = { 'devices/a/inventory.json': 'a0\n', 'devices/a/ns-1/x.yaml': 'x0\n', 'devices/b/inventory.json': 'b0\n', 'devices/b/ns-2/y.yaml': 'y0\n', 'README.md': 'r\n' };

describe('replayCommit: disjoint changes are replayed onto their head', () => {
  it.concurrent.each<{ name: string; ours: Change; theirs: Change; expected: Record<string, string> }>([
    {
      name: 'two shards, each its own cluster folder',
      ours: { 'devices/a/inventory.json': 'a1\n', 'devices/a/ns-1/x.yaml': 'x1\n' },
      theirs: { 'devices/b/inventory.json': 'b1\n', 'devices/b/ns-2/y.yaml': 'y1\n' },
      expected: { 'README.md': 'r\n', 'devices/a/inventory.json': 'a1\n', 'devices/a/ns-1/x.yaml': 'x1\n', 'devices/b/inventory.json': 'b1\n', 'devices/b/ns-2/y.yaml': 'y1\n' },
    },
    {
      name: 'our removals are replayed (a device directory gone)',
      ours: { 'devices/a/ns-1': null, 'devices/a/inventory.json': 'a1\n' },
      theirs: { 'devices/b/ns-3/z.yaml': 'z\n' },
      expected: { 'README.md': 'r\n', 'devices/a/inventory.json': 'a1\n', 'devices/b/inventory.json': 'b0\n', 'devices/b/ns-2/y.yaml': 'y0\n', 'devices/b/ns-3/z.yaml': 'z\n' },
    },
    {
      name: 'different new files in one new folder do not conflict',
      ours: { 'devices/c/ns-4/p.yaml': 'p\n' },
      theirs: { 'devices/c/ns-4/q.yaml': 'q\n' },
      expected: { ...(BASE as Record<string, string>), 'devices/c/ns-4/p.yaml': 'p\n', 'devices/c/ns-4/q.yaml': 'q\n' },
    },
    {
      name: 'their removal stays removed',
      ours: { 'devices/a/ns-1/x.yaml': 'x1\n' },
      theirs: { 'devices/b': null },
      expected: { 'README.md': 'r\n', 'devices/a/inventory.json': 'a0\n', 'devices/a/ns-1/x.yaml': 'x1\n' },
    },
  ])('$name', async ({ ours, theirs, expected }) => {
    const { tree, props } = scenario(BASE, ours, theirs);
    const replayed = await replayCommit(tree, props);
    expect(replayed).toMatch(/^[0-9a-f]{40}$/);
    // On top of theirs, checked out as the branch, the work tree holding both changes and nothing staged.
    expect(git(tree.dir, 'log', '-1', '--format=%P', replayed!).trim()).toBe(props.onto);
    expect(git(tree.dir, 'rev-parse', 'refs/heads/main', 'HEAD').trim().split('\n')).toStrictEqual([replayed, replayed]);
    expect(committed(tree.dir, replayed!)).toStrictEqual(expected);
    // Nothing staged and nothing untracked: files their commit removed are gone from the work tree too (a kept
    // work directory with them left behind would look edited by hand on the next run).
    expect(git(tree.dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(files(tree.dir)).toStrictEqual(expected);
  });

  it.concurrent('the replayed commit keeps our message byte for byte; author and committer are the clone\'s identity', async () => {
    const { tree, props } = scenario(BASE, { 'devices/a/inventory.json': 'a1\n' }, { 'devices/b/inventory.json': 'b1\n' });
    const replayed = (await replayCommit(tree, props))!;
    const raw = git(tree.dir, 'cat-file', 'commit', replayed);
    expect(raw.slice(raw.indexOf('\n\n') + 2)).toBe(MESSAGE);
    expect(git(tree.dir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', replayed).trim()).toBe('Sync Bot <bot@example.com>|Sync Bot <bot@example.com>');
  });

  it.concurrent('file modes and object ids are carried over as they are (an executable stays executable)', async () => {
    const { tree, props } = scenario(BASE, { 'tools/run.sh': { exec: '#!/bin/sh\n' }, 'devices/a/inventory.json': 'a1\n' }, { 'devices/b/inventory.json': 'b1\n' });
    const replayed = (await replayCommit(tree, props))!;
    const entry = (commit: string, file: string) => git(tree.dir, 'ls-tree', commit, '--', file).trim();
    expect(entry(replayed, 'tools/run.sh')).toBe(entry(props.commit, 'tools/run.sh'));
    expect(entry(replayed, 'tools/run.sh')).toMatch(/^100755 blob /);
  });

  it.concurrent('a change of more files than one update-index call takes (500) is replayed whole', async () => {
    const many: Change = {};
    for (let i = 0; i < 501; i++) many[`devices/a/ns-${String(i).padStart(3, '0')}/x.yaml`] = `${i}\n`;
    const { tree, props } = scenario(BASE, many, { 'devices/b/inventory.json': 'b1\n' });
    const replayed = (await replayCommit(tree, props))!;
    const listed = git(tree.dir, 'ls-tree', '-r', '--name-only', replayed).trim().split('\n');
    expect(listed.filter((f) => /^devices\/a\/ns-\d{3}\//.test(f))).toHaveLength(501);
    expect(git(tree.dir, 'show', `${replayed}:devices/a/ns-500/x.yaml`, `${replayed}:devices/b/inventory.json`)).toBe('500\nb1\n');
  }, 30_000);
});

describe('replayCommit: a conflict is null and changes nothing', () => {
  it.concurrent.each<{ name: string; ours: Change; theirs: Change }>([
    { name: 'one file changed on both sides, identically (an inventory: never merged)', ours: { 'devices/a/inventory.json': 'same\n' }, theirs: { 'devices/a/inventory.json': 'same\n' } },
    { name: 'one file changed on both sides, differently', ours: { 'README.md': 'ours\n' }, theirs: { 'README.md': 'theirs\n' } },
    { name: 'a file we changed that they removed', ours: { 'devices/a/ns-1/x.yaml': 'x1\n' }, theirs: { 'devices/a/ns-1': null } },
    { name: 'a new file of ours where they made a folder', ours: { 'devices/c': 'a file\n' }, theirs: { 'devices/c/ns/x.yaml': 'x\n' } },
    { name: 'a new folder of ours where they made a file', ours: { 'devices/c/ns/x.yaml': 'x\n' }, theirs: { 'devices/c': 'a file\n' } },
  ])('$name', async ({ ours, theirs }) => {
    const { tree, props } = scenario(BASE, ours, theirs);
    const before = { head: git(tree.dir, 'rev-parse', 'HEAD').trim(), files: files(tree.dir), index: git(tree.dir, 'ls-files', '-s') };
    expect(await replayCommit(tree, props)).toBeNull();
    expect({ head: git(tree.dir, 'rev-parse', 'HEAD').trim(), files: files(tree.dir), index: git(tree.dir, 'ls-files', '-s') }).toStrictEqual(before);
    expect(before.head).toBe(props.commit);
  });
});

describe('replayCommit: a git failure', () => {
  it.concurrent('an object the clone does not have: ConfigError naming the step', async () => {
    const { tree, props } = scenario(BASE, { 'README.md': 'ours\n' }, { 'devices/b/inventory.json': 'b1\n' });
    await expect(replayCommit(tree, { ...props, onto: 'f'.repeat(40) })).rejects.toMatchObject({
      name: 'ConfigError',
      message: expect.stringMatching(/^git could not replay the commit onto the new head: .*f{40}/),
    });
  });
});
