/**
 * Reads a file the tool owns (inventory.json) without following a symbolic link: a link there (committed to
 * the GitOps repository, or made by hand) is treated as no file, so a foreign file is never trusted as the
 * previous run's inventory, and the writer replaces the link instead of comparing through it.
 */
import { closeSync, constants, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;

/** The file's text; undefined when it is missing or is a symbolic link. Other errors are thrown. */
export async function readTextNoFollow(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, FLAGS);
  } catch (error) {
    if (_absent(error)) return undefined;
    throw error;
  }
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Synchronous `readTextNoFollow`. */
export function readTextNoFollowSync(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    if (_absent(error)) return undefined;
    throw error;
  }
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** ENOENT: no file; ELOOP: the last part is a symbolic link (O_NOFOLLOW). */
function _absent(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ELOOP';
}
