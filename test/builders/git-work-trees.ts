/**
 * Work trees on disk for tests of single Git steps (git-work-tree.ts, replay-commit.ts, sparse-checkout.ts), driven
 * through simple-git as the tool drives them. They are made once with plain git and then copied (`cpSync`), because
 * every git process a jest worker starts costs about 10 ms, and `openWorkTree` about half a second (simple-git waits
 * 50 ms after each git command that prints nothing): only openWorkTree's own tests use it. Folders go with the test
 * file (git-helpers' `tempDir`).
 */
import { cpSync } from 'node:fs';
import { simpleGit } from 'simple-git';
import type { WorkTree } from '../../src/publish/git/git-work-tree.js';
import { git, tempDir } from '../publish/git-helpers.js';

/** A work tree copy and the commit it is checked out at (null when nothing was fetched). */
export interface WorkTreeCopy {
  readonly tree: WorkTree;
  readonly head: string | null;
}

/**
 * Makes, now, a repository with `origin` = `remote` and the identity Sync Bot <bot@example.com>; with `branch`, that
 * branch fetched (depth 1, as the tool fetches) and checked out. Returns a function giving a fresh copy each call:
 * copies of the state the remote had when this was called, whatever happened to it since.
 */
export function workTreeCopies(remote: string, branch: string | null = 'main'): () => WorkTreeCopy {
  const template = tempDir('work-tree-template-');
  git(template, 'init', '-q', '--initial-branch=main');
  git(template, 'remote', 'add', 'origin', remote);
  git(template, 'config', 'user.name', 'Sync Bot');
  git(template, 'config', 'user.email', 'bot@example.com');
  let head: string | null = null;
  if (branch !== null) {
    git(template, 'fetch', '-q', '--depth', '1', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    git(template, 'checkout', '-q', '-B', branch, `refs/remotes/origin/${branch}`);
    head = git(template, 'rev-parse', 'HEAD').trim();
  }
  return () => {
    const dir = tempDir('work-tree-');
    cpSync(template, dir, { recursive: true });
    // The copied index holds the template's inodes and ctimes: refreshed, git trusts the files are as checked out.
    if (head !== null) git(dir, 'update-index', '-q', '--refresh');
    return { tree: { dir, git: simpleGit({ baseDir: dir }), secrets: [] }, head };
  };
}

/** A commit on `branch` of the bare `remote` by another writer, with the tree of `parent` (no file changed): two git processes instead of a clone. */
export function otherWriterCommit(remote: string, branch: string, parent: string, message = 'theirs'): string {
  const commit = git(remote, '-c', 'user.name=Other', '-c', 'user.email=other@example.com', 'commit-tree', `${parent}^{tree}`, '-p', parent, '-m', message).trim();
  git(remote, 'update-ref', `refs/heads/${branch}`, commit);
  return commit;
}
