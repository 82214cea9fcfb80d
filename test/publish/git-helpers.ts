/** Real git repositories on disk for publish tests: bare remotes, clones, logs. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const created: string[] = [];
// Every directory a test file creates through these helpers goes when that file is done.
afterAll(() => created.splice(0).forEach(removeDir));

export function tempDir(prefix = 'iotedge-gitops-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A bare repository; with `seed`, a first commit on `branch` holding those files. */
export function bareRepo(seed?: Record<string, string>, branch = 'main'): string {
  const remote = path.join(tempDir(), 'remote.git');
  execFileSync('git', ['init', '-q', '--bare', `--initial-branch=${branch}`, remote], { env: ENV });
  if (seed) commitFiles(remote, seed, 'seed', branch);
  return remote;
}

/** Clones `remote`, writes `files` (null = delete), commits as another writer and pushes. */
export function commitFiles(remote: string, files: Record<string, string | null>, message: string, branch = 'main'): string {
  return _commitAsOtherWriter(remote, message, branch, (dir) => {
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(dir, file);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  });
}

/** Like commitFiles, for symbolic links: `links` maps a path in the repository to the link's target text. */
export function commitSymlinks(remote: string, links: Record<string, string>, message: string, branch = 'main'): string {
  return _commitAsOtherWriter(remote, message, branch, (dir) => {
    for (const [file, target] of Object.entries(links)) {
      const full = path.join(dir, file);
      rmSync(full, { recursive: true, force: true });
      mkdirSync(path.dirname(full), { recursive: true });
      symlinkSync(target, full);
    }
  });
}

/** Checks out `branch` of `remote` (or starts it), lets `change` edit the tree, commits as another writer and pushes. */
function _commitAsOtherWriter(remote: string, message: string, branch: string, change: (dir: string) => void): string {
  const dir = tempDir('writer-');
  try {
    git(dir, 'init', '-q', `--initial-branch=${branch}`);
    git(dir, 'remote', 'add', 'origin', remote);
    const hasBranch = git(dir, 'ls-remote', '--heads', 'origin', branch).trim() !== '';
    if (hasBranch) {
      git(dir, 'fetch', '-q', 'origin', branch);
      git(dir, 'checkout', '-q', '-B', branch, 'FETCH_HEAD');
    }
    change(dir);
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=Other', '-c', 'user.email=other@example.com', 'commit', '-q', '-m', message);
    git(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
    return git(dir, 'rev-parse', 'HEAD').trim();
  } finally {
    removeDir(dir);
  }
}

export function log(remote: string, branch = 'main', format = '%s'): string[] {
  try {
    return git(remote, 'log', `--format=${format}`, branch).trim().split('\n').filter((l) => l !== '');
  } catch {
    return [];
  }
}

export function headOf(remote: string, branch = 'main'): string | null {
  try {
    return git(remote, 'rev-parse', `refs/heads/${branch}`).trim();
  } catch {
    return null;
  }
}

/** Files changed by the commit at `ref`, as `git show --stat --format=` names. */
export function filesOf(remote: string, ref: string): string[] {
  return git(remote, 'show', '--name-only', '--format=', ref).trim().split('\n').filter((l) => l !== '').sort();
}

export function fileAt(remote: string, ref: string, file: string): string | null {
  try {
    return git(remote, 'show', `${ref}:${file}`);
  } catch {
    return null;
  }
}

export function lsTree(remote: string, ref: string): string[] {
  return git(remote, 'ls-tree', '-r', '--name-only', ref).trim().split('\n').filter((l) => l !== '').sort();
}
