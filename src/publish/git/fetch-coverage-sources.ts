/**
 * In a blobless clone with a sparse work tree, the repository's Flux and Argo CD objects are neither checked out
 * nor in the object store. Cluster coverage reads them from the commit, so their blobs (a few small YAML files)
 * are fetched here in one request, with the run's credentials: a lazy fetch started later by a plain local git
 * read would have none for an https remote.
 */
import { coverageSourceBlobs, lsTreeArgs } from '../repo-template/coverage-source-files.js';
import { gitError, runGitStep, type WorkTree } from './git-work-tree.js';

/** Oids per fetch request: keeps the command line short whatever the repository holds. */
const OIDS_PER_FETCH = 500;

/** Fetches the blobs of the YAML files outside `<folder>/devices/` at `commit` (nothing when the clone is not partial). */
export async function fetchCoverageSources(tree: WorkTree, commit: string, folder: string): Promise<void> {
  const promisor = await tree.git.raw(['config', '--bool', '--get', 'remote.origin.promisor']).catch(() => '');
  if (promisor.trim() !== 'true') return;
  const listing = await runGitStep(tree, 'list the committed files', () => tree.git.raw(lsTreeArgs(commit)));
  const oids = [...new Set(coverageSourceBlobs(listing, folder).map((b) => b.oid))];
  for (let i = 0; i < oids.length; i += OIDS_PER_FETCH) {
    // As git's own lazy fetch of missing objects: no negotiation, wanted objects only (the filter spares the rest).
    const args = ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--progress', '--no-tags', '--no-write-fetch-head', '--recurse-submodules=no', '--filter=blob:none', 'origin', ...oids.slice(i, i + OIDS_PER_FETCH)];
    try {
      await (tree.network ?? tree.git).raw(args);
    } catch (error) {
      throw gitError(tree, 'fetch the Flux and Argo CD objects of the repository', error);
    }
  }
}
