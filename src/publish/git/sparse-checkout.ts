/**
 * A work tree limited to the clusters a run owns (issue 18, `--cluster` / `--shard`). Cone-mode sparse checkout
 * of `<path>/devices/<cluster>/` per selected cluster: git then checks out those folders plus the files directly
 * in `<path>/devices/`, `<path>/` and every folder above (cone rules), and nothing else. Together with a blobless
 * fetch, the clone holds the blobs of the selected clusters only; the other clusters' files stay in the index as
 * skip-worktree entries, which `git add -A` never records as deleted, so a run cannot drop another shard's work.
 */
import path from 'node:path';
import { InternalError } from '../../errors.js';
import { DEVICES_DIR, isDnsLabel } from '../../names.js';
import type { OutputPlan } from '../../plan/output-plan.js';
import { listCoverageSourceBlobs } from '../repo-template/coverage-source-files.js';
import { fetchMissingBlobs } from './fetch-blobs.js';
import { isPartialClone, runGitStep, type WorkTree } from './git-work-tree.js';

/** The sparse-checkout cone of a selection: `<folder>/devices/<cluster>` per cluster, sorted, repository-relative. */
export function clusterSparsePaths(folder: string, clusters: readonly string[]): string[] {
  for (const cluster of clusters) {
    // The CLI refuses such names (issue 18 contract); here they would widen or escape the cone.
    if (!isDnsLabel(cluster)) throw new InternalError(`cluster folder name '${cluster}' is not a DNS-1123 label`, { stage: 'publish' });
  }
  return [...new Set(clusters)].sort().map((cluster) => path.posix.join(folder, DEVICES_DIR, cluster));
}

/**
 * The clusters a run owns: the names, or a function of the cluster folders the branch head already has under
 * `<path>/devices/` (a shard owns some of those too, to remove what left the hub), called once per fetched head.
 */
export type SparseClusters = readonly string[] | ((present: readonly string[]) => readonly string[]);

/**
 * Resolves `selection` against the fetched `head` and makes the work tree sparse on it before the head is checked
 * out; a full work tree again when there is no selection. Returns the selected clusters (undefined: all).
 *
 * In a partial clone it also fetches, in one set of requests, the blobs the run reads: those of the cone, and
 * those of the repository's Flux and Argo CD objects, which cluster coverage reads from the commit (the sparse work
 * tree does not hold them). Fetched here, with the run's credentials: a lazy fetch started later by a plain local
 * git read would have none for an https remote.
 */
export async function selectClusters(tree: WorkTree, selection: SparseClusters | undefined, head: string | null, folder: string): Promise<readonly string[] | undefined> {
  if (selection === undefined) {
    await applySparseCheckout(tree, null);
    return undefined;
  }
  const clusters = typeof selection === 'function' ? selection(await committedClusterFolders(tree, head, folder)) : selection;
  const paths = clusterSparsePaths(folder, clusters);
  await applySparseCheckout(tree, paths);
  if (head !== null && (await isPartialClone(tree))) {
    const coverage = await runGitStep(tree, 'list the Flux and Argo CD objects of the repository', () => listCoverageSourceBlobs((args) => tree.git.raw([...args]), head, folder));
    const oids = [...(await _coneBlobs(tree, head, folder, paths)), ...coverage.map((blob) => blob.oid)];
    await fetchMissingBlobs(tree, oids, "the files of the selected clusters and the repository's Flux and Argo CD objects");
  }
  return clusters;
}

/**
 * The blob ids of the cone at `commit`: every file under `<folder>/devices/<cluster>/` of the selection, and the
 * files directly in `<folder>/devices/`, `<folder>/` and each folder above it, which cone rules check out too.
 */
async function _coneBlobs(tree: WorkTree, commit: string, folder: string, paths: readonly string[]): Promise<string[]> {
  const above: string[] = [];
  for (let dir = path.posix.join(folder, DEVICES_DIR); dir !== '.'; dir = path.posix.dirname(dir)) above.push(dir);
  const listings = await runGitStep(tree, 'list the files of the selected clusters', async () => [
    ...(paths.length === 0 ? [] : [await tree.git.raw(['--literal-pathspecs', 'ls-tree', '-r', '-z', commit, '--', ...paths])]),
    // A folder missing at `commit` (no devices yet) has nothing to list.
    ...(await Promise.all([commit, ...above.map((dir) => `${commit}:${dir}`)].map((treeish) => tree.git.raw(['ls-tree', '-z', treeish]).catch(() => '')))),
  ]);
  const oids: string[] = [];
  for (const entry of listings.join('\0').split('\0')) {
    // `<mode> SP blob SP <oid> TAB <path>`; a folder or a submodule has no blob to fetch.
    const match = /^\d+ blob ([0-9a-f]+)\t/.exec(entry);
    if (match) oids.push(match[1]!);
  }
  return oids;
}

/** Cluster folder names under `<folder>/devices/` at `commit`, from its tree (no file content needed), sorted. */
export async function committedClusterFolders(tree: WorkTree, commit: string | null, folder: string): Promise<string[]> {
  if (commit === null) return [];
  const devices = path.posix.join(folder, DEVICES_DIR);
  // A head without the folder yet has no cluster.
  const listing = await tree.git.raw(['ls-tree', '-d', '-z', '--name-only', `${commit}:${devices}`]).catch(() => '');
  return listing.split('\0').filter((name) => name !== '').sort();
}

/**
 * Makes the work tree sparse on `paths` (a kept clone whose selection changed gets the new set), or full again
 * when `paths` is null and an earlier run left it sparse. Set before the checkout of a fresh clone, so only the
 * cone is ever written (and, in a blobless clone, only its blobs fetched).
 */
export async function applySparseCheckout(tree: WorkTree, paths: readonly string[] | null): Promise<void> {
  await runGitStep(tree, 'set the sparse checkout', async () => {
    const sparse = (await tree.git.raw(['config', '--bool', '--get', 'core.sparseCheckout']).catch(() => '')).trim() === 'true';
    if (paths !== null) {
      // Unchanged since the last run: nothing to rewrite (a retry of the same run also lands here).
      const current = sparse ? (await tree.git.raw(['sparse-checkout', 'list'])).split('\n').filter((l) => l !== '') : null;
      // A sparse index keeps one entry per folder outside the cone: without it the index alone lists every file of
      // the fleet (24 MB at 200,000 files), more than the selected clusters' objects.
      if (current === null || current.join('\n') !== paths.join('\n')) await tree.git.raw(['sparse-checkout', 'set', '--cone', '--sparse-index', '--', ...paths]);
      return;
    }
    if (sparse) await tree.git.raw(['sparse-checkout', 'disable']);
  });
}

/**
 * Throws InternalError when the plan writes or keeps a device directory outside the selected clusters: the
 * sparse work tree does not hold them, and git would refuse to stage them. Files directly in the managed folder
 * or in a selected cluster folder (its inventory) are inside the cone.
 */
export function checkPlanInsideSelection(plan: OutputPlan, clusters: readonly string[]): void {
  const selected = new Set(clusters);
  const outside = (file: string) => {
    const parts = file.split('/');
    if (parts.length === 1) return false;
    return parts[0] !== DEVICES_DIR || parts.length < 3 || !selected.has(parts[1]!);
  };
  const stray = [...plan.deviceDirs, ...plan.keep, ...plan.files.keys()].find(outside);
  if (stray !== undefined) {
    throw new InternalError(`the plan of clusters ${[...selected].sort().join(', ')} has '${stray}' outside them; nothing was written`, { stage: 'publish' });
  }
}
