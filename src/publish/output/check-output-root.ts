/**
 * Refuses an output root that a symbolic link could redirect. The tool writes and deletes under `devices/` of
 * its root (`--out`, or the managed folder of a clone); a link there (committed to the GitOps repository, or
 * made by hand) would make it write and delete outside, and make a commit claim files Git does not hold.
 * Checked with lstat, so no link is ever followed to find out.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { DEVICES_DIR } from '../../names.js';
import { writeError } from './write-error.js';

/**
 * Throws ConfigError when `<root>/devices` or one of its cluster directories is a symbolic link, or, with
 * `base`, when a folder between `base` (a clone) and `root` (its managed folder) is one. `root` itself is what the
 * user named and may be a link when there is no `base`. Missing folders are fine (they are created as folders).
 */
export function checkOutputRoot(root: string, base?: string): void {
  if (base !== undefined) {
    const parts = path.relative(base, root).split(path.sep).filter((p) => p !== '' && p !== '.');
    for (let i = 1; i <= parts.length; i++) _refuseLink(base, parts.slice(0, i).join('/'), 'the managed folder (--path)');
  }
  const devices = _refuseLink(root, DEVICES_DIR, 'the devices folder');
  if (devices !== 'directory') return;
  for (const cluster of _entries(path.join(root, DEVICES_DIR))) _refuseLink(root, `${DEVICES_DIR}/${cluster}`, 'a cluster folder');
}

function _refuseLink(root: string, relative: string, what: string): 'missing' | 'directory' | 'other' {
  const full = path.join(root, relative);
  try {
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) {
      throw new ConfigError(`refusing to write through ${full}: ${what} '${relative}' is a symbolic link; replace it with a real folder (nothing was written)`, { stage: 'publish' });
    }
    return stat.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'missing';
    throw writeError(full, error);
  }
}

function _entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    throw writeError(dir, error);
  }
}
