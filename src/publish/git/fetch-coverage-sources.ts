/**
 * In a blobless clone with a sparse work tree, the repository's Flux and Argo CD objects are neither checked out
 * nor in the object store. Cluster coverage reads them from the commit, so their blobs (a few small YAML files)
 * are fetched here, with the run's credentials: a lazy fetch started later by a plain local git read would have
 * none for an https remote.
 */
import { listCoverageSourceBlobs } from '../repo-template/coverage-source-files.js';
import { fetchMissingBlobs } from './fetch-blobs.js';
import { isPartialClone, runGitStep, type WorkTree } from './git-work-tree.js';

/** Fetches the blobs of the YAML files outside `<folder>/devices/` at `commit` (nothing when the clone is not partial). */
export async function fetchCoverageSources(tree: WorkTree, commit: string, folder: string): Promise<void> {
  if (!(await isPartialClone(tree))) return;
  const blobs = await runGitStep(tree, 'list the committed files', () => listCoverageSourceBlobs((args) => tree.git.raw([...args]), commit, folder));
  await fetchMissingBlobs(tree, blobs.map((b) => b.oid), 'the Flux and Argo CD objects of the repository');
}
