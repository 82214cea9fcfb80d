/**
 * The folder a run clones into: the one the user gave (`--work-dir`, kept for later runs), or a new temporary folder
 * removed afterwards. Once the run's work is done the commit has landed (or there was nothing to commit), so a
 * temporary folder that cannot be removed is a note for the user, never a failed run: a landed commit reported as an
 * error would make a scheduler retry or page someone for nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Runs `work` in `given`, or in a new temporary folder that it then removes; a removal that fails after success adds a note. */
export async function inWorkDir<T extends { readonly notes: readonly string[] }>(given: string | undefined, work: (dir: string) => Promise<T>): Promise<T> {
  if (given !== undefined) return work(given);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'iotedge-gitops-'));
  let result: T;
  try {
    result = await work(dir);
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  const leftOver = await removeTemporaryClone(dir);
  return leftOver === null ? result : { ...result, notes: [...result.notes, leftOver] };
}

/** Null when `dir` is gone; otherwise a note naming the folder left behind and why. */
export async function removeTemporaryClone(dir: string): Promise<string | null> {
  try {
    // Retries: a process still writing in the folder (a detached git from an older setup) may add files meanwhile.
    await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return `the temporary clone ${dir} could not be removed (${code}); the run itself is done, remove the folder by hand`;
  }
}
