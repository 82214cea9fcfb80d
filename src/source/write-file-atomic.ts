/**
 * The one way this tool replaces a whole file (a hub snapshot, inventory.json): readers, and a run killed at any
 * moment, see the old file or the new one, never half of one. It lives in `source`, the first stage allowed to
 * touch the file system, so every later effect stage (publish, provision, cli) can import it; the shared root
 * files are pure by rule (test/architecture/import-graph.test.ts).
 */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

let _tempCounter = 0;

/** Where `writeFileAtomic` puts the text before the rename. */
export interface AtomicWriteOptions {
  /**
   * The temporary sibling, for a caller whose recovery finds leftovers by name (inventory.json's).
   * @default `.<name>.<pid>.<n>.tmp` in the same directory
   */
  readonly temp?: string;
}

/**
 * Writes `text` (a string, or pieces written in order without joining them) to a temporary file beside `file`,
 * flushes it to disk, renames it over `file` and flushes the directory so the rename survives a crash. On failure
 * the temporary file is removed and the system error is thrown as it is, for the caller to name the file in its
 * own terms. The directory must exist.
 */
export async function writeFileAtomic(file: string, text: string | Iterable<string>, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = options.temp ?? path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++_tempCounter}.tmp`);
  // 'wx': a temporary name that already exists is someone else's file, never ours to overwrite or remove.
  const handle = await open(temp, 'wx');
  try {
    try {
      await _writeText(handle, text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await _syncDirectory(path.dirname(file));
}

/** Pieces are batched to about 1 MiB per write: a streamed inventory is never held whole, nor written line by line. */
async function _writeText(handle: FileHandle, text: string | Iterable<string>): Promise<void> {
  if (typeof text === 'string') {
    await handle.writeFile(text, 'utf8');
    return;
  }
  let batch = '';
  for (const piece of text) {
    batch += piece;
    if (batch.length >= 1 << 20) {
      // writeFile on an open handle continues at its position and writes the whole batch.
      await handle.writeFile(batch, 'utf8');
      batch = '';
    }
  }
  await handle.writeFile(batch, 'utf8');
}

async function _syncDirectory(dir: string): Promise<void> {
  // Some file systems refuse fsync on a directory; the rename has happened by then, so that is not worth failing for.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
