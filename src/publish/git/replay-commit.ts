/**
 * Push retry by replay (issue 18): when another writer pushed first, our one commit is put on top of their head
 * instead of synthesizing again, provided the two changes touch disjoint paths, as jobs of different shards do.
 * The replay works on trees and object ids only (`diff-tree`, `update-index --cacheinfo`, `commit-tree`), so it
 * needs no blob, no work tree and no history beyond the two heads: it works in a shallow, blobless, sparse clone.
 * It is stricter than a merge on purpose: any path changed on both sides (even identically), or a file on one side
 * where the other has a folder, is a conflict, and the caller then redoes the run on the new head, because two
 * edits of one generated file (an inventory) merged line by line could be valid text and wrong content.
 */
import path from 'node:path';
import { rm, rmdir, writeFile } from 'node:fs/promises';
import { runGitStep, type WorkTree } from './git-work-tree.js';

/** What to replay. */
export interface ReplayProps {
  readonly branch: string;
  /** The head our commit was made on. */
  readonly from: string;
  /** Our commit (its only parent is `from`). */
  readonly commit: string;
  /** The head another writer pushed meanwhile. */
  readonly onto: string;
}

/** Entries per `update-index` call: keeps command lines short for a change of thousands of files. */
const ENTRIES_PER_CALL = 500;

/**
 * Makes a commit with our change (`from`..`commit`) on top of `onto`, same message, same author identity, checks it out as
 * `branch` and returns it; null when the two changes touch a common path (nothing changed then).
 */
export async function replayCommit(tree: WorkTree, props: ReplayProps): Promise<string | null> {
  return runGitStep(tree, 'replay the commit onto the new head', async () => {
    const ours = _rawDiff(await tree.git.raw(['diff-tree', '-r', '-z', '--no-renames', '--no-commit-id', props.from, props.commit]));
    const theirs = _rawDiff(await tree.git.raw(['diff-tree', '-r', '-z', '--no-renames', '--no-commit-id', props.from, props.onto]));
    if (_overlap(ours.map((e) => e.path), theirs.map((e) => e.path))) return null;
    // The index is ours: the work tree is checked out again from the result below.
    await tree.git.raw(['read-tree', props.onto]);
    const removed = ours.filter((e) => e.removed).map((e) => e.path);
    const written = ours.filter((e) => !e.removed).map((e) => `${e.mode},${e.oid},${e.path}`);
    for (let i = 0; i < removed.length; i += ENTRIES_PER_CALL) await tree.git.raw(['update-index', '--force-remove', '--', ...removed.slice(i, i + ENTRIES_PER_CALL)]);
    for (let i = 0; i < written.length; i += ENTRIES_PER_CALL) {
      await tree.git.raw(['update-index', '--add', ...written.slice(i, i + ENTRIES_PER_CALL).flatMap((info) => ['--cacheinfo', info])]);
    }
    const resultTree = (await tree.git.raw(['write-tree'])).trim();
    const message = await tree.git.raw(['cat-file', 'commit', props.commit]).then(_messageOf);
    const file = path.join(tree.dir, '.git', 'IOTEDGE_GITOPS_MSG');
    await writeFile(file, message);
    // Author and committer are the clone's identity, set to the run's author like the commit being replayed.
    const replayed = (await tree.git.raw(['commit-tree', resultTree, '-p', props.onto, '-F', file])).trim();
    await tree.git.raw(['checkout', '-q', '-f', '-B', props.branch, replayed]);
    // The index held their tree when the checkout ran, so it took their removals as done: the files are still in
    // the work tree (untracked), and a kept work directory would then look edited by hand. Our paths are disjoint
    // from theirs, so none of these is in the result.
    await _removeFromWorkTree(tree.dir, theirs.filter((e) => e.removed).map((e) => e.path));
    return replayed;
  });
}

/** Removes `files` (relative, may be absent: outside a sparse cone) and then their folders that are left empty. */
async function _removeFromWorkTree(dir: string, files: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of files) {
    await rm(path.join(dir, file), { force: true });
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) folders.add(file.slice(0, at));
  }
  // Deepest first, so a folder is empty once its sub-folders are gone; one that is not empty (or absent) stays.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(path.join(dir, folder)).catch(() => undefined);
}

interface _DiffEntry {
  readonly path: string;
  readonly mode: string;
  readonly oid: string;
  readonly removed: boolean;
}

/** `diff-tree -r -z` raw output: `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0` per entry. */
function _rawDiff(output: string): _DiffEntry[] {
  const fields = output.split('\0');
  const entries: _DiffEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, mode, , oid, status] = fields[i]!.replace(/^:/, '').split(' ');
    entries.push({ path: fields[i + 1]!, mode: mode!, oid: oid!, removed: status === 'D' });
  }
  return entries;
}

/** True when a path is in both lists, or is a folder above a path of the other (a file/folder conflict). */
function _overlap(a: readonly string[], b: readonly string[]): boolean {
  const withFolders = (paths: readonly string[]) => {
    const all = new Set(paths);
    for (const p of paths) for (let at = p.indexOf('/'); at !== -1; at = p.indexOf('/', at + 1)) all.add(p.slice(0, at));
    return all;
  };
  const aAll = withFolders(a);
  const bAll = withFolders(b);
  return a.some((p) => bAll.has(p)) || b.some((p) => aAll.has(p));
}

/** The message of a raw commit object: everything after the first blank line, byte for byte. */
function _messageOf(raw: string): string {
  const at = raw.indexOf('\n\n');
  return at === -1 ? '' : raw.slice(at + 2);
}
