import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs `work` in the work directory the user gave (`--work-dir`, kept for later runs), or else in a temporary
 * directory made for this run only and removed afterwards, whatever happened.
 */
export async function inWorkDir<T>(given: string | undefined, work: (dir: string) => Promise<T>): Promise<T> {
  if (given !== undefined) return work(given);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'iotedge-gitops-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
