/**
 * Blobs of a partial (blobless) clone, fetched by object id in bounded requests with the run's credentials.
 *
 * Left to itself, `git checkout` of a sparse cone asks for every missing blob in one request: at 540,000 blobs
 * (one shard of a 100,000-device fleet) that request ran for over 12 minutes with git 2.39, while requests of
 * 10,000 ids take about a second each and grow linearly. So the cone is fetched here, before the checkout, which
 * then finds its blobs present. Ids go on the command line: 10,000 of them are 410 kB, within every platform's
 * argument limit that git runs on for this tool (Linux 2 MiB, macOS 1 MiB).
 */
import { gitError, runGitStep, type WorkTree } from './git-work-tree.js';

/** Object ids per fetch request. */
export const OIDS_PER_FETCH = 10_000;

/**
 * Fetches the blobs `oids` that a partial clone (`isPartialClone`) lacks, in requests of at most OIDS_PER_FETCH
 * ids. `what` names them in an error message.
 */
export async function fetchMissingBlobs(tree: WorkTree, oids: readonly string[], what: string): Promise<void> {
  if (oids.length === 0) return;
  const present = await runGitStep(tree, 'list the objects of the clone', () => tree.git.raw(['cat-file', '--batch-all-objects', '--batch-check=%(objectname)']));
  for (const batch of missingBatches(oids, present, OIDS_PER_FETCH)) {
    // As git's own lazy fetch of missing objects: no negotiation, wanted objects only (the filter spares the rest).
    const args = ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--progress', '--no-tags', '--no-write-fetch-head', '--recurse-submodules=no', '--filter=blob:none', 'origin', ...batch];
    try {
      await (tree.network ?? tree.git).raw(args);
    } catch (error) {
      throw gitError(tree, `fetch ${what}`, error);
    }
  }
}

/**
 * The ids of `oids` missing from `presentListing` (one id per line, as `git cat-file --batch-all-objects`
 * prints), without repeats, in their first order, cut into batches of at most `size`.
 */
export function missingBatches(oids: readonly string[], presentListing: string, size: number): string[][] {
  const present = new Set(presentListing.split('\n'));
  const missing = [...new Set(oids)].filter((oid) => !present.has(oid));
  const batches: string[][] = [];
  for (let i = 0; i < missing.length; i += size) batches.push(missing.slice(i, i + size));
  return batches;
}
