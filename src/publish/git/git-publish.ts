/**
 * `sync` without `--pull-request`: commit the plan to a branch of the GitOps repository and push it.
 * Steps: fetch the branch shallowly → reset the work tree to it → guard, diff and write the plan into the managed
 * folder → stage only that folder → commit only if something is staged → push (fast-forward only). A push
 * rejected because another writer pushed first replays our commit onto their head when the two changes touch
 * disjoint paths (`replayCommit`), else restarts from the fetch; either way their commit is kept and ours goes on
 * top, and the target branch is never force-pushed. With `clusters` the clone is blobless and sparse.
 */
import path from 'node:path';
import { inWorkDir } from '../temp-work-dir.js';
import { TransientError } from '../../errors.js';
import { applyPlanToFolder } from '../output/apply-plan.js';
import { checkOutputRoot } from '../output/check-output-root.js';
import { commitMessage } from '../changes/commit-message.js';
import type { FolderChanges } from '../changes/device-changes.js';
import type { GitAuthor } from './git-author.js';
import { commitStaged, fetchBranch, openWorkTree, pushHead, releaseWorkTree, resetWorkTree, stageFolder, type GitAccess, type WorkTree } from './git-work-tree.js';
import type { GuardOptions } from '../output/guard-plan.js';
import { managedFolder } from './managed-folder.js';
import { replayCommit } from './replay-commit.js';
import { checkPlanInsideSelection, selectClusters, type SparseClusters } from './sparse-checkout.js';
import type { OutputPlan } from '../../plan/output-plan.js';
import { TOOL_VERSION } from '../../tool-version.js';
import { DEFAULT_BRANCH, DEFAULT_MANAGED_PATH } from '../../defaults.js';

/** Options of a direct (commit and push) publish. */
export interface GitPublishOptions {
  readonly plan: OutputPlan;
  readonly access: GitAccess;
  /** Target branch; created by the first commit when the repository is empty. @default 'main' */
  readonly branch?: string;
  /** Managed folder inside the repository. @default '.' */
  readonly path?: string;
  readonly author: GitAuthor;
  readonly guard: GuardOptions;
  /** Compute and report the changes; commit and push nothing. @default false */
  readonly dryRun?: boolean;
  /** Work directory, kept and reused across runs when given. @default a temporary directory, removed afterwards */
  readonly workDir?: string;
  /** Called with the clone's root each time it has been reset to the branch head, before the plan is applied. */
  readonly afterReset?: (repoRoot: string) => Promise<void>;
  /** Called after the commit and before each push (sync shows the push step on a terminal). */
  readonly beforePush?: (attempt: number) => Promise<void>;
  /**
   * Cluster folders (`<path>/devices/<cluster>/`) the run owns (issue 18), or a function of those the branch head
   * has: the clone is blobless, the work tree sparse on those folders, and the plan may write nothing else.
   * @default every cluster (a full checkout)
   */
  readonly clusters?: SparseClusters;
  /** Names the selection (`shard-1-of-4`, `clusters-a-b`) in the pull-request branch and title. @default none */
  readonly selectionLabel?: string;
}

/**
 * Options of `publishToGit`: as GitPublishOptions, but the plan may be a function of the managed folder of the
 * freshly reset work tree, called once per attempt after the reset, so `sync` can read the output the branch
 * already holds and render only what changed (issue 7). Additive: a plain OutputPlan still works.
 */
export interface DirectPublishOptions extends Omit<GitPublishOptions, 'plan'> {
  readonly plan: OutputPlan | ((folderRoot: string) => Promise<OutputPlan>);
}

/** What a publish did. */
export interface PublishResult {
  /** Changes relative to the branch head the final attempt started from. */
  readonly changes: FolderChanges;
  /** The commit pushed (or that would be, for PR mode without changes: null). */
  readonly commit: string | null;
  readonly pushed: boolean;
  /** Push attempts used: the first, then one per replay or redo after a rejected push. */
  readonly attempts: number;
  /** Guard notes and other facts for the user. */
  readonly notes: readonly string[];
  /** Commit message used (null when nothing was committed). */
  readonly message: string | null;
  readonly workDir: string;
}

/** Push attempts (the first, then each replay or redo) before giving up on a branch that keeps moving. */
export const PUSH_ATTEMPTS = 5;

/** Commits the plan to `branch` and pushes it; see the file comment for the steps and guarantees. */
export async function publishToGit(options: DirectPublishOptions): Promise<PublishResult> {
  return inWorkDir(options.workDir, (workDir) => _publish(options, workDir));
}

async function _publish(options: DirectPublishOptions, workDir: string): Promise<PublishResult> {
  const tree = await openWorkTree(workDir, options.access, options.author);
  // A kept clone is left at its commit whatever happens; a temporary one is removed by the caller anyway.
  let clean = false;
  try {
    const result = await _attempts(options, tree);
    // Pushed, or nothing staged: the tree is its commit. A dry run leaves its changes staged.
    clean = result.pushed || (result.commit === null && !options.dryRun);
    return result;
  } finally {
    // After a failure (or a stop, which also stops git) the busy marker may stay: the next run then drops what is left.
    if (options.workDir !== undefined) await releaseWorkTree(tree, clean).catch((error: unknown) => {
      if (clean) throw error;
    });
  }
}

async function _attempts(options: DirectPublishOptions, tree: WorkTree): Promise<PublishResult> {
  const workDir = tree.dir;
  const branch = options.branch ?? DEFAULT_BRANCH;
  const folder = managedFolder(options.path ?? DEFAULT_MANAGED_PATH);
  const blobless = options.clusters !== undefined;
  let attempt = 1;
  for (; attempt <= PUSH_ATTEMPTS; attempt++) {
    options.access.signal?.throwIfAborted();
    const head = await fetchBranch(tree, branch, 1, blobless);
    const clusters = await selectClusters(tree, options.clusters, head, folder);
    await resetWorkTree(tree, branch, head);
    await options.afterReset?.(workDir);
    const root = path.join(workDir, folder);
    // Before anything reads or writes the folder: a committed link must not lead outside the clone.
    checkOutputRoot(root, workDir);
    const plan = typeof options.plan === 'function' ? await options.plan(root) : options.plan;
    if (clusters !== undefined) checkPlanInsideSelection(plan, clusters);
    options.access.signal?.throwIfAborted();
    const applied = await applyPlanToFolder(root, plan, options.guard);
    const base = { changes: applied.changes, notes: applied.notes, workDir };
    if (!applied.applied || !(await stageFolder(tree, folder)) || options.dryRun) {
      return { ...base, attempts: attempt, commit: null, pushed: false, message: null };
    }
    const message = commitMessage({ changes: applied.changes, inventory: plan.inventory, version: TOOL_VERSION });
    let commit = await commitStaged(tree, message, options.author);
    let from = head;
    for (;;) {
      await options.beforePush?.(attempt);
      options.access.signal?.throwIfAborted();
      if ((await pushHead(tree, branch)) === 'pushed') return { ...base, attempts: attempt, commit, pushed: true, message };
      if (from === null || attempt === PUSH_ATTEMPTS) break;
      // Another writer pushed: our commit on their head is the same change when the paths are disjoint.
      const onto = await fetchBranch(tree, branch, 1, blobless);
      const replayed = onto === null ? null : await replayCommit(tree, { branch, from, commit, onto });
      if (replayed === null) break;
      attempt++;
      from = onto;
      commit = replayed;
    }
  }
  throw new TransientError(`push to branch '${branch}' was rejected ${PUSH_ATTEMPTS} times because other writers kept pushing; nothing was lost, run sync again`, { stage: 'publish' });
}
