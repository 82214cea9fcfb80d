/**
 * `sync --pull-request`: propose the plan as one pull request instead of committing to the base branch.
 *
 * The tool owns one branch, `iotedge-gitops/<base>` (`iotedge-gitops/<base>--<selection label>` for a run limited to
 * some clusters, so each shard has its own branch and pull request). Each run rebuilds it as ONE commit on top of the current
 * base head (base + plan; no report file: the body and the step summary say what changes), so the PR always shows
 * exactly "what the hub wants that Git does not have yet" and never accumulates stale intermediate states or
 * merge commits. That needs a force-push, allowed on this branch only and always `--force-with-lease` against the head just fetched, so a concurrent run is detected and
 * retried instead of overwritten. When the rebuilt tree equals the branch's current tree nothing is pushed, and
 * when the PR's title and body are already right no write request is made: re-runs are idempotent.
 *
 * The PR is found by head branch AND the hidden marker block in its body; an open PR on that branch without the
 * marker was opened by a person, so the run refuses rather than touching it (GitHub allows one open PR per head
 * and base, so opening a second is impossible anyway).
 */
import path from 'node:path';
import { inWorkDir } from '../temp-work-dir.js';
import { ConfigError, TransientError } from '../../errors.js';
import { applyPlanToFolder } from '../output/apply-plan.js';
import { checkOutputRoot } from '../output/check-output-root.js';
import { commitMessage } from '../changes/commit-message.js';
import type { DirectPublishOptions, PublishResult } from '../git/git-publish.js';
import { PUSH_ATTEMPTS } from '../git/git-publish.js';
import { callGitHub, gitHubError, type GitHubClient } from './github-client.js';
import { commitStaged, fetchBranch, openWorkTree, pushHead, releaseWorkTree, resetWorkTree, stageFolder, treeOf, type WorkTree } from '../git/git-work-tree.js';
import { managedFolder } from '../git/managed-folder.js';
import { checkPlanInsideSelection, selectClusters } from '../git/sparse-checkout.js';
import { PR_MARKER, readPullRequestMetadata, renderPullRequest } from './pull-request-body.js';
import { TOOL_VERSION } from '../../tool-version.js';
import { DEFAULT_BRANCH, DEFAULT_MANAGED_PATH } from '../../defaults.js';

/**
 * Options of pull-request mode: those of a direct publish plus the GitHub side. As there, the plan may be a function
 * of the managed folder once reset to the base head, so the output the base holds is reused (sync passes one).
 */
export interface PullRequestPublishOptions extends DirectPublishOptions {
  /** `owner/name` of the GitHub repository. */
  readonly githubRepo: string;
  readonly github: GitHubClient;
}

/** What happened to the pull request. */
export interface PullRequestOutcome {
  /** 'none' = nothing to propose; 'closed' = base already matches the hub, the tool's PR was closed. */
  readonly action: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';
  readonly number: number | null;
  readonly url: string | null;
  readonly body: string | null;
}

/** Result of pull-request mode. */
export interface PullRequestResult extends PublishResult {
  readonly headBranch: string;
  readonly pullRequest: PullRequestOutcome;
}

interface _Pull {
  readonly number: number;
  readonly title: string;
  readonly body?: string | null;
  readonly html_url: string;
}

/** The branch the tool owns for a base branch, one per selection (`shard-1-of-4`) so shards never share a PR. */
export function toolBranch(base: string, selectionLabel?: string): string {
  return selectionLabel === undefined ? `iotedge-gitops/${base}` : `iotedge-gitops/${base}--${selectionLabel}`;
}

/** Pushes the plan to the tool branch and opens or updates the one PR; see the file comment. */
export async function publishPullRequest(options: PullRequestPublishOptions): Promise<PullRequestResult> {
  return inWorkDir(options.workDir, (workDir) => _propose(options, workDir));
}

async function _propose(options: PullRequestPublishOptions, workDir: string): Promise<PullRequestResult> {
  const [owner, repo, ...rest] = options.githubRepo.split('/');
  if (!owner || !repo || rest.length > 0) throw new ConfigError(`--github-repo must be owner/name, got '${options.githubRepo}'`, { stage: 'publish' });
  const base = options.branch ?? DEFAULT_BRANCH;
  const head = toolBranch(base, options.selectionLabel);
  const folder = managedFolder(options.path ?? DEFAULT_MANAGED_PATH);
  const tree = await openWorkTree(workDir, options.access, options.author);
  // Every normal return has committed or staged nothing, so only a failure leaves the kept clone to reset.
  let clean = false;
  try {
    const result = await _rounds(options, tree, { owner, repo, base, head, folder });
    clean = true;
    return result;
  } finally {
    // After a failure (or a stop, which also stops git) the busy marker may stay: the next run then drops what is left.
    if (options.workDir !== undefined) await releaseWorkTree(tree, clean).catch((error: unknown) => {
      if (clean) throw error;
    });
  }
}

interface _Target {
  readonly owner: string;
  readonly repo: string;
  readonly base: string;
  readonly head: string;
  readonly folder: string;
}

async function _rounds(options: PullRequestPublishOptions, tree: WorkTree, { owner, repo, base, head, folder }: _Target): Promise<PullRequestResult> {
  const workDir = tree.dir;
  const gh = options.github;
  const blobless = options.clusters !== undefined;

  for (let attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
    options.access.signal?.throwIfAborted();
    const ours = await _findPull(gh, owner, repo, head, base);
    const baseHead = await fetchBranch(tree, base, 1, blobless);
    if (baseHead === null) throw new ConfigError(`base branch '${base}' does not exist in ${options.githubRepo}: push a first commit (or run sync without --pull-request)`, { stage: 'publish' });
    const headHead = await fetchBranch(tree, head, 1, blobless);
    const clusters = await selectClusters(tree, options.clusters, baseHead, folder);
    await resetWorkTree(tree, head, baseHead);
    await options.afterReset?.(workDir);
    // A committed link must not lead the folder, or what is written in it, outside the clone.
    checkOutputRoot(path.join(workDir, folder), workDir);
    const plan = typeof options.plan === 'function' ? await options.plan(path.join(workDir, folder)) : options.plan;
    if (clusters !== undefined) checkPlanInsideSelection(plan, clusters);
    options.access.signal?.throwIfAborted();
    const applied = await applyPlanToFolder(path.join(workDir, folder), plan, options.guard);
    const done = { attempts: attempt, notes: applied.notes, workDir, headBranch: head, changes: applied.changes };
    if (!applied.applied) return { ...done, commit: null, pushed: false, message: null, pullRequest: _outcome('none', ours) };
    if (!(await stageFolder(tree, folder))) {
      // The base branch already holds what the hub wants: a PR of ours proposes something stale.
      if (ours && !options.dryRun) {
        await callGitHub(gh, `close pull request #${ours.number}`, () => gh.octokit.pulls.update({ owner, repo, pull_number: ours.number, state: 'closed' }));
        return { ...done, commit: null, pushed: false, message: null, pullRequest: _outcome('closed', ours) };
      }
      return { ...done, commit: null, pushed: false, message: null, pullRequest: _outcome('none', null) };
    }
    const text = renderPullRequest({ changes: applied.changes, inventory: plan.inventory, baseBranch: base, headBranch: head, version: TOOL_VERSION, selectionLabel: options.selectionLabel });
    const message = commitMessage({ changes: applied.changes, inventory: plan.inventory, version: TOOL_VERSION });
    const commit = await commitStaged(tree, message, options.author);
    if (options.dryRun) return { ...done, commit: null, pushed: false, message, pullRequest: { ..._outcome('none', ours), body: text.body } };
    const sameTree = headHead !== null && (await treeOf(tree, commit)) === (await treeOf(tree, headHead));
    let pushed = false;
    if (!sameTree) {
      await options.beforePush?.(attempt);
      if ((await pushHead(tree, head, headHead ?? '')) === 'rejected') continue;
      pushed = true;
    }
    const result = { ...done, commit: pushed ? commit : headHead, pushed, message };
    if (ours) {
      if (ours.title === text.title && _normalise(ours.body) === text.body) return { ...result, pullRequest: { ..._outcome('unchanged', ours), body: text.body } };
      await callGitHub(gh, `update pull request #${ours.number}`, () => gh.octokit.pulls.update({ owner, repo, pull_number: ours.number, title: text.title, body: text.body }));
      return { ...result, pullRequest: { ..._outcome('updated', ours), body: text.body } };
    }
    try {
      const created = await gh.octokit.pulls.create({ owner, repo, head, base, title: text.title, body: text.body, maintainer_can_modify: false });
      return { ...result, pullRequest: { ..._outcome('opened', created.data), body: text.body } };
    } catch (error) {
      // Another run opened it between our list and create: loop, find it, update it.
      if ((error as { status?: number }).status === 422 && /already exists/i.test(JSON.stringify((error as { response?: unknown }).response ?? ''))) continue;
      throw gitHubError(gh, 'open the pull request', error);
    }
  }
  throw new TransientError(`updating branch '${head}' kept racing with other runs (${PUSH_ATTEMPTS} attempts); run sync again`, { stage: 'publish' });
}

async function _findPull(gh: GitHubClient, owner: string, repo: string, head: string, base: string): Promise<_Pull | null> {
  const { data } = await callGitHub(gh, 'list pull requests', () => gh.octokit.pulls.list({ owner, repo, state: 'open', head: `${owner}:${head}`, base, per_page: 100 }));
  const ours = data.filter((p) => readPullRequestMetadata(p.body) !== null);
  const foreign = data.filter((p) => !p.body?.startsWith(PR_MARKER) || readPullRequestMetadata(p.body) === null);
  if (foreign.length > 0) {
    throw new ConfigError(
      `open pull request ${foreign.map((p) => `#${p.number}`).join(', ')} from '${head}' was not opened by iotedge-gitops; refusing to touch it. Close it or delete the branch '${head}', then run again`,
      { stage: 'publish' },
    );
  }
  return ours.sort((a, b) => a.number - b.number)[0] ?? null;
}

function _outcome(action: PullRequestOutcome['action'], pull: _Pull | null): PullRequestOutcome {
  return { action, number: pull?.number ?? null, url: pull?.html_url ?? null, body: null };
}

function _normalise(body: string | null | undefined): string | null {
  return body == null ? null : body.replace(/\r\n/g, '\n');
}
