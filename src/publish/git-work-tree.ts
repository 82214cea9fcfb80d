/**
 * The few Git operations publishing needs, over simple-git, with every failure turned into a typed error whose
 * message has no credentials in it. Authentication to https remotes goes through an `http.extraheader` passed in
 * the child environment (GIT_CONFIG_COUNT), so the token is never in a URL, an argv, or `.git/config`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CheckRepoActions, simpleGit, type SimpleGit } from 'simple-git';
import { ConfigError, TransientError } from '../errors.js';
import type { GitAuthor } from './git-author.js';
import { scrubSecrets as redactSecrets } from '../model/credential-patterns.js';

/** How to reach the remote. */
export interface GitAccess {
  /** Remote URL or local path of the GitOps repository. */
  readonly repo: string;
  /** Token for https remotes (GITHUB_TOKEN); sent as an HTTP header, never stored. */
  readonly token?: string;
  /** Base environment of git child processes. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
}

/** An opened work directory with its remote `origin`. */
export interface WorkTree {
  readonly dir: string;
  readonly git: SimpleGit;
  /** Literal secrets to redact from any message. */
  readonly secrets: readonly string[];
}

const UNSAFE_ENV = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);
const PASSED_ENV = ['GIT_TERMINAL_PROMPT', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0'];

/** Creates or reuses `dir` as a repository whose `origin` is `access.repo`, with `author` as local identity. */
export async function openWorkTree(dir: string, access: GitAccess, author: GitAuthor): Promise<WorkTree> {
  await mkdir(dir, { recursive: true });
  const auth = gitAuthEnv(access.repo, access.token);
  const base = { ...(access.env ?? process.env) };
  // simple-git refuses to run with these set (they can run programs); git needs none of them here.
  for (const key of Object.keys(base)) if (key.startsWith('GIT_') || UNSAFE_ENV.has(key.toUpperCase())) delete base[key];
  const git = simpleGit({
    baseDir: dir,
    allowEnvironment: PASSED_ENV,
    unsafe: auth ? { allowUnsafeConfigEnvCount: true } : {},
  }).env({ ...base, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...(auth ?? {}) });
  const tree: WorkTree = { dir, git, secrets: [access.token, auth?.GIT_CONFIG_VALUE_0].filter((s): s is string => !!s) };
  await runGitStep(tree, 'prepare the work directory', async () => {
    if (!(await git.checkIsRepo(CheckRepoActions.IS_REPO_ROOT))) await git.init();
    const remotes = await git.getRemotes(true);
    if (remotes.some((r) => r.name === 'origin')) await git.remote(['set-url', 'origin', access.repo]);
    else await git.addRemote('origin', access.repo);
    await git.addConfig('user.name', author.name);
    await git.addConfig('user.email', author.email);
    await git.addConfig('commit.gpgsign', 'false');
    await git.addConfig('core.autocrlf', 'false');
    await git.addConfig('core.quotepath', 'false');
  });
  return tree;
}

/**
 * Fetches one branch shallowly (`--depth 1`) into `refs/remotes/origin/<branch>`. Returns its commit, or null
 * when the remote has no such branch (empty repository or a branch not created yet).
 */
export async function fetchBranch(tree: WorkTree, branch: string, depth = 1): Promise<string | null> {
  try {
    await tree.git.raw(['fetch', '--depth', String(depth), '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  } catch (error) {
    const text = _text(error);
    if (/couldn't find remote ref|no such ref|not our ref/i.test(text)) {
      await tree.git.raw(['update-ref', '-d', `refs/remotes/origin/${branch}`]).catch(() => undefined);
      return null;
    }
    throw gitError(tree, `fetch branch '${branch}'`, error);
  }
  return (await runGitStep(tree, 'read the fetched commit', () => tree.git.revparse([`refs/remotes/origin/${branch}`]))).trim();
}

/** Points the local `branch` and the work tree at `commit` (null = an unborn branch with an empty tree), dropping any local change. */
export async function resetWorkTree(tree: WorkTree, branch: string, commit: string | null): Promise<void> {
  await runGitStep(tree, 'reset the work tree', async () => {
    if (commit !== null) {
      await tree.git.raw(['checkout', '-q', '-f', '-B', branch, commit]);
    } else {
      await tree.git.raw(['symbolic-ref', 'HEAD', `refs/heads/${branch}`]);
      await tree.git.raw(['update-ref', '-d', `refs/heads/${branch}`]).catch(() => undefined);
      await tree.git.raw(['read-tree', '--empty']);
    }
    await tree.git.raw(['clean', '-q', '-ffdx']);
  });
}

/** Stages everything under `folder` (added, changed, removed) and nothing else; true when something is staged. */
export async function stageFolder(tree: WorkTree, folder: string): Promise<boolean> {
  return runGitStep(tree, 'stage the managed folder', async () => {
    await tree.git.raw(['add', '-A', '--', folder]);
    // Index against HEAD only: `git status` would stat every file of the fleet's tree once more.
    const staged = await tree.git.raw(['diff', '--cached', '--name-only', '--no-renames', '--', folder]);
    return staged.trim() !== '';
  });
}

/** Commits what is staged with `message` (used verbatim) as `author`; returns the new commit. */
export async function commitStaged(tree: WorkTree, message: string, author: GitAuthor): Promise<string> {
  const file = path.join(tree.dir, '.git', 'IOTEDGE_GITOPS_MSG');
  await writeFile(file, message);
  return runGitStep(tree, 'commit', async () => {
    await tree.git.raw(['commit', '-q', '--no-verify', '--cleanup=verbatim', '-F', file, `--author=${author.name} <${author.email}>`]);
    return (await tree.git.revparse(['HEAD'])).trim();
  });
}

/** The tree object of a commit, to compare content independently of commit times. */
export async function treeOf(tree: WorkTree, commit: string): Promise<string> {
  return (await runGitStep(tree, 'read a tree', () => tree.git.revparse([`${commit}^{tree}`]))).trim();
}

/**
 * Pushes HEAD to `refs/heads/<branch>`. Without `lease` the push must fast-forward (never forced). With `lease`
 * (expected remote commit, '' = branch must not exist) it is a force-with-lease, used only on the tool's own PR
 * branch. Returns 'rejected' when the remote moved (non-fast-forward or stale lease), so the caller can retry.
 */
export async function pushHead(tree: WorkTree, branch: string, lease?: string): Promise<'pushed' | 'rejected'> {
  const args = ['push', '--porcelain', '--no-verify'];
  if (lease !== undefined) args.push(`--force-with-lease=refs/heads/${branch}:${lease}`);
  args.push('origin', `HEAD:refs/heads/${branch}`);
  try {
    await tree.git.raw(args);
    return 'pushed';
  } catch (error) {
    if (/\[rejected\]|\[remote rejected\].*(cannot lock ref|incorrect old value)|non-fast-forward|fetch first|stale info|failed to update ref/i.test(_text(error))) return 'rejected';
    throw gitError(tree, `push to branch '${branch}'`, error);
  }
}

/** Environment that authenticates https git traffic with a token, or null when not applicable. */
export function gitAuthEnv(repo: string, token: string | undefined): Record<string, string> | null {
  if (!token || !/^https:\/\//i.test(repo)) return null;
  const origin = new URL(repo).origin;
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
  };
}

/** Runs a git step, turning any failure into a typed, redacted error. */
export async function runGitStep<T>(tree: WorkTree, action: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw gitError(tree, action, error);
  }
}

/** A typed error for a failed git step: TransientError when the network or server failed, else ConfigError. */
export function gitError(tree: Pick<WorkTree, 'secrets'>, action: string, error: unknown): ConfigError | TransientError {
  const text = redactSecrets(_text(error), tree.secrets).trim().split('\n').filter((l) => l.trim() !== '').slice(-3).join(' / ');
  const message = `git could not ${action}: ${text}`;
  const transient = /unable to access|could not resolve|connection (refused|reset|timed out)|timed out|early eof|rpc failed|the remote end hung up|returned error: 5\d\d/i.test(text);
  return transient ? new TransientError(message, { stage: 'publish', cause: error }) : new ConfigError(message, { stage: 'publish', cause: error });
}

function _text(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
