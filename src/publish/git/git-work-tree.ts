/**
 * The few Git operations publishing needs, over simple-git, with every failure turned into a typed error whose
 * message has no credentials in it. Authentication to https remotes goes through an `http.extraheader` passed in
 * the child environment (GIT_CONFIG_COUNT), so the token is never in a URL, an argv, or `.git/config`.
 *
 * Network steps (fetch, push) are bounded so a scheduled run ends instead of hanging: ssh gets `ConnectTimeout`
 * (which also covers the ssh handshake), keep-alives and `BatchMode` (never a password or host-key prompt), and
 * git is stopped when it has printed nothing for `silenceTimeoutMs` (it prints progress while data flows).
 */
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { ConfigError, TransientError } from '../../errors.js';
import type { GitAuthor } from './git-author.js';
import { scrubSecrets as redactSecrets, withoutUrlUserInfo } from '../../model/credential-patterns.js';

/** How to reach the remote. */
export interface GitAccess {
  /** Remote URL or local path of the GitOps repository. */
  readonly repo: string;
  /** Token for https remotes (GITHUB_TOKEN); sent as an HTTP header, never stored. */
  readonly token?: string;
  /** Base environment of git child processes. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Bounds of fetch and push. @default DEFAULT_GIT_NETWORK_BOUNDS */
  readonly bounds?: Partial<GitNetworkBounds>;
  /** Aborting it stops the git process running (a stop signal). @default none */
  readonly signal?: AbortSignal;
}

/** How long network steps may wait. */
export interface GitNetworkBounds {
  /** ssh ConnectTimeout: TCP connect plus the ssh handshake, in seconds. @default 30 */
  readonly connectTimeoutSeconds: number;
  /** A fetch or push that prints nothing (no progress) for this long is stopped. @default 120000 */
  readonly silenceTimeoutMs: number;
}

/** @default { connectTimeoutSeconds: 30, silenceTimeoutMs: 120000 } */
export const DEFAULT_GIT_NETWORK_BOUNDS: GitNetworkBounds = { connectTimeoutSeconds: 30, silenceTimeoutMs: 120_000 };

/** An opened work directory with its remote `origin`. */
export interface WorkTree {
  readonly dir: string;
  readonly git: SimpleGit;
  /** The same repository for fetch and push: stopped after `bounds.silenceTimeoutMs` without output. @default git */
  readonly network?: SimpleGit;
  readonly bounds?: GitNetworkBounds;
  /** Literal secrets to redact from any message. */
  readonly secrets: readonly string[];
}

const UNSAFE_ENV = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);
const PASSED_ENV = ['GIT_TERMINAL_PROMPT', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0', 'GIT_SSH_COMMAND'];

/** Inside `.git/` of a clone the tool made: `{"repo": <the --repo it was made for>}`. Its clones only are reused. */
export const CLONE_MARKER = 'iotedge-gitops-clone.json';

/**
 * Inside `.git/` while a run may have changed the work tree; removed once the tree is back at its commit. Found
 * at the start of a run, it says that uncommitted changes there are the tool's own (a run that was killed), so
 * they may be dropped; without it they are someone's work, and the run refuses to touch them.
 */
export const BUSY_MARKER = 'iotedge-gitops-busy';

/**
 * Creates `dir` as a clone of `access.repo` (when it is missing or empty), or reuses it when it is one this tool
 * made for the same repository, with `author` as local identity. Anything else is refused with ConfigError before
 * anything in it is touched: a folder with other files, another repository, a clone of another `--repo`, or one
 * with uncommitted changes that no run of the tool left.
 */
export async function openWorkTree(dir: string, access: GitAccess, author: GitAuthor): Promise<WorkTree> {
  await mkdir(dir, { recursive: true });
  const fresh = (await readdir(dir)).length === 0;
  const auth = gitAuthEnv(access.repo, access.token);
  const bounds: GitNetworkBounds = { ...DEFAULT_GIT_NETWORK_BOUNDS, ...(access.bounds ?? {}) };
  const callerEnv = access.env ?? process.env;
  const base = { ...callerEnv };
  // simple-git refuses to run with these set (they can run programs); git needs none of them here.
  for (const key of Object.keys(base)) if (key.startsWith('GIT_') || UNSAFE_ENV.has(key.toUpperCase())) delete base[key];
  const options = {
    baseDir: dir,
    allowEnvironment: PASSED_ENV,
    unsafe: { allowUnsafeSshCommand: true, ...(auth ? { allowUnsafeConfigEnvCount: true } : {}) },
    ...(access.signal ? { abort: access.signal } : {}),
  };
  const env = { ...base, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...(auth ?? {}) };
  const git = simpleGit(options).env(env);
  const secrets = [access.token, auth?.GIT_CONFIG_VALUE_0].filter((s): s is string => !!s);
  const tree0: WorkTree = { dir, git, secrets };
  if (!fresh) await _checkOwnClone(tree0, access.repo);
  else {
    await runGitStep(tree0, 'prepare the work directory', async () => {
      await git.init();
      await writeFile(path.join(dir, '.git', CLONE_MARKER), JSON.stringify({ repo: access.repo }) + '\n');
      await git.addRemote('origin', access.repo);
    });
  }
  const sshCommand = boundedSshCommand(callerEnv['GIT_SSH_COMMAND'] || (await _configValue(git, 'core.sshCommand')) || 'ssh', bounds);
  const network = simpleGit({ ...options, timeout: { block: bounds.silenceTimeoutMs } }).env({ ...env, GIT_SSH_COMMAND: sshCommand });
  const tree: WorkTree = { dir, git, network, bounds, secrets };
  await runGitStep(tree, 'prepare the work directory', async () => {
    await writeFile(path.join(dir, '.git', BUSY_MARKER), 'an iotedge-gitops run may have changed this work tree\n');
    await git.addConfig('user.name', author.name);
    await git.addConfig('user.email', author.email);
    await git.addConfig('commit.gpgsign', 'false');
    await git.addConfig('core.autocrlf', 'false');
    await git.addConfig('core.quotepath', 'false');
    // No detached `gc --auto` or maintenance left writing packs while a temporary clone is being removed.
    await git.addConfig('gc.auto', '0');
    await git.addConfig('maintenance.auto', 'false');
  });
  return tree;
}

/**
 * Ends a run in a kept work directory: unless the run left it `clean` (its tree equals its commit), drops what
 * the run changed (reset to the commit, remove untracked files), then removes BUSY_MARKER, so that the next run
 * can tell any uncommitted change from the tool's own.
 */
export async function releaseWorkTree(tree: WorkTree, clean: boolean): Promise<void> {
  if (!clean) {
    await runGitStep(tree, 'reset the work tree', async () => {
      const head = await tree.git.raw(['rev-parse', '--verify', '-q', 'HEAD']).catch(() => '');
      await tree.git.raw(head.trim() === '' ? ['read-tree', '--empty'] : ['reset', '-q', '--hard', 'HEAD']);
      await tree.git.raw(['clean', '-q', '-ffdx']);
    });
  }
  await rm(path.join(tree.dir, '.git', BUSY_MARKER), { force: true });
}

/** Throws ConfigError unless `tree.dir` is a clone of `repo` made by this tool, with no change it did not make. */
async function _checkOwnClone(tree: WorkTree, repo: string): Promise<void> {
  const refuse = (why: string) =>
    new ConfigError(`--work-dir ${tree.dir} is not a clone of ${withoutUrlUserInfo(repo)} made by iotedge-gitops (${why}); nothing in it was touched: point --work-dir at an empty or new folder`, { stage: 'publish' });
  const gitDir = path.join(tree.dir, '.git');
  const stat = await lstat(gitDir).catch(() => null);
  if (stat === null || !stat.isDirectory()) throw refuse('it holds other files');
  let made: { repo?: unknown };
  try {
    made = JSON.parse(await readFile(path.join(gitDir, CLONE_MARKER), 'utf8')) as { repo?: unknown };
  } catch {
    throw refuse('it is a Git repository the tool did not clone');
  }
  if (made?.repo !== repo) throw refuse(`it is a clone of ${typeof made?.repo === 'string' ? withoutUrlUserInfo(made.repo) : 'another repository'}`);
  const origin = await tree.git.raw(['remote', 'get-url', 'origin']).catch(() => '');
  if (origin.trim() !== repo) throw refuse(`its remote origin was changed to ${origin.trim() === '' ? 'nothing' : withoutUrlUserInfo(origin.trim())}`);
  const busy = await lstat(path.join(gitDir, BUSY_MARKER)).catch(() => null);
  if (busy !== null) return;
  const status = await runGitStep(tree, 'read the work tree status', () => tree.git.raw(['status', '--porcelain', '--ignored', '--untracked-files=all']));
  const changed = status.split('\n').filter((l) => l.trim() !== '');
  if (changed.length > 0) {
    throw new ConfigError(
      `--work-dir ${tree.dir} has uncommitted changes the tool did not make (${changed.length} path${changed.length === 1 ? '' : 's'}, e.g. '${changed[0]!.slice(3)}'); nothing in it was touched: commit or discard them, or point --work-dir at an empty or new folder`,
      { stage: 'publish' },
    );
  }
}

/**
 * Fetches one branch shallowly (`--depth 1`) into `refs/remotes/origin/<branch>`. Returns its commit, or null
 * when the remote has no such branch (empty repository or a branch not created yet). `blobless`: a partial clone
 * (`--filter=blob:none`), blobs come when a checkout needs them; a server that ignores filters sends them all.
 */
export async function fetchBranch(tree: WorkTree, branch: string, depth = 1, blobless = false): Promise<string | null> {
  try {
    // A kept clone that a cluster run left partial gets every blob again for a run of all clusters: git would
    // otherwise fetch the missing blobs of the whole branch on demand, in one request that grows superlinearly.
    const refetch = !blobless && (await isPartialClone(tree));
    if (refetch) {
      await tree.git.raw(['config', '--unset', 'remote.origin.promisor']);
      await tree.git.raw(['config', '--unset-all', 'remote.origin.partialclonefilter']).catch(() => undefined);
    }
    const filter = blobless ? ['--filter=blob:none'] : refetch ? ['--refetch'] : [];
    // --progress: output while data flows, so only a silent remote meets the silence bound.
    await (tree.network ?? tree.git).raw(['fetch', '--progress', ...filter, '--depth', String(depth), '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
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

/** True when the clone was fetched with a filter, so some objects come only on request. */
export async function isPartialClone(tree: WorkTree): Promise<boolean> {
  const promisor = await tree.git.raw(['config', '--bool', '--get', 'remote.origin.promisor']).catch(() => '');
  return promisor.trim() === 'true';
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
  const args = ['push', '--progress', '--porcelain', '--no-verify'];
  if (lease !== undefined) args.push(`--force-with-lease=refs/heads/${branch}:${lease}`);
  args.push('origin', `HEAD:refs/heads/${branch}`);
  try {
    await (tree.network ?? tree.git).raw(args);
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

/**
 * A typed error for a failed git step: TransientError when the remote could not be reached, did not answer or
 * failed (run again later: exit 3), ConfigError when it answered and refused (access, policy, no such
 * repository: exit 1). The message keeps git's (and ssh's) own lines, minus progress and the generic advice.
 */
export function gitError(tree: Pick<WorkTree, 'secrets' | 'bounds'>, action: string, error: unknown): ConfigError | TransientError {
  const full = redactSecrets(_text(error), tree.secrets);
  if (/block timeout reached/i.test(full)) {
    const within = tree.bounds ? ` within ${tree.bounds.silenceTimeoutMs / 1000} s` : '';
    return new TransientError(`git could not ${action}: the remote did not answer${within}; run again later`, { stage: 'publish', cause: error });
  }
  const lines = full.split(/[\r\n]+/).map((l) => l.trim()).filter((l) => l !== '' && !_NOISE.test(l));
  const message = `git could not ${action}: ${lines.slice(-3).join(' / ')}`;
  // "unable to access" also starts an http answer that refused (401, 403, 404): that is access, not reachability.
  const transient = !_REFUSED_OVER_HTTP.test(full) && _UNREACHABLE.test(full);
  return transient ? new TransientError(message, { stage: 'publish', cause: error }) : new ConfigError(message, { stage: 'publish', cause: error });
}

/** An ssh command for git: the caller's (GIT_SSH_COMMAND or core.sshCommand) with the bounds appended; the caller's own -o options win (ssh keeps the first value). */
export function boundedSshCommand(command: string, bounds: GitNetworkBounds): string {
  const seconds = Math.max(1, Math.ceil(bounds.connectTimeoutSeconds));
  return `${command} -o BatchMode=yes -o ConnectTimeout=${seconds} -o ServerAliveInterval=${seconds} -o ServerAliveCountMax=3`;
}

/** Failures of reaching or hearing from the remote, worth a later run. */
const _UNREACHABLE =
  /unable to access|could not resolve|connection (refused|reset|timed out|closed)|timed out|no route to host|network is unreachable|kex_exchange_identification|banner exchange|early eof|rpc failed|the remote end hung up|returned error: 5\d\d/i;
/** An http answer that refused the request: 4xx but for a timeout (408) or throttling (429), which are worth a later run. */
const _REFUSED_OVER_HTTP = /returned error: 4(?!08|29)\d\d/i;
/** git's progress lines and the advice it prints after every ssh failure, whatever the cause. */
const _NOISE = /^(remote: )?(enumerating|counting|compressing|receiving|resolving|writing|total|delta|unpacking) |^please make sure you have the correct access rights$|^and the repository exists\.$/i;

async function _configValue(git: SimpleGit, key: string): Promise<string | undefined> {
  try {
    return (await git.raw(['config', '--get', key])).trim() || undefined;
  } catch {
    return undefined;
  }
}

function _text(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
