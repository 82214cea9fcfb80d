/**
 * `iotedge-gitops sync`: synth + publish. Reads the hub (same input flags as synth), runs the
 * pure pipeline, then either commits the output to `--branch` of `--repo` or, with `--pull-request`, proposes it
 * as one pull request. Guards (deletion limit, empty read, failed devices kept) run before anything is pushed.
 */
import path from 'node:path';
import { appendFile, writeFile } from 'node:fs/promises';
import { ConfigError } from '../../errors.js';
import { checkBranchName } from '../../publish/git/branch-name.js';
import { renderChangeReport, renderStepSummary } from '../../publish/pull-request/change-report.js';
import { syncReportOf } from '../sync-report.js';
import { readReconciledPaths, uncoveredClusters, uncoveredClusterWarning, type ReconciledPaths } from '../../publish/repo-template/cluster-coverage.js';
import { DEFAULT_MAX_DELETIONS, parseDeletionLimit, type DeletionLimit } from '../../publish/output/deletion-limit.js';
import { DEFAULT_AUTHOR, parseAuthor, type GitAuthor } from '../../publish/git/git-author.js';
import { publishToGit, type PublishResult } from '../../publish/git/git-publish.js';
import { createGitHubClient, DEFAULT_GITHUB_API_URL } from '../../publish/pull-request/github-client.js';
import { managedFolder } from '../../publish/git/managed-folder.js';
import { publishPullRequest, type PullRequestResult } from '../../publish/pull-request/pull-request-publish.js';
import { scrubSecrets as redactSecrets, withoutUrlUserInfo } from '../../model/credential-patterns.js';
import type { CommandIo } from '../io.js';
import { printLines } from '../print-lines.js';
import { fileSystemReason } from '../../publish/output/file-system-error.js';
import type { SynthOptions, SynthResult } from '../../plan/synthesize.js';
import { codeFingerprint } from '../code-fingerprint.js';
import type { SynthFlags } from '../translation-flags.js';
import { resolveInputSource, type InputFlags, type InputSource } from '../input-options.js';
import { loadInput } from '../load-input.js';
import { readPreviousOutput } from '../../publish/output/read-previous-output.js';
import type { PreviousOutput } from '../../plan/previous-output.js';
import { acquireRunLock } from '../../publish/output/run-lock.js';
import { DEFAULT_BRANCH, DEFAULT_MANAGED_PATH } from '../../defaults.js';
import { createStageProgress } from '../progress.js';
import { parseClusterSelection, selectionLabel, selectsCluster, type ClusterSelection } from '../../plan/cluster-selection.js';
import { clustersOfModel } from '../hub-clusters.js';
import { loadModel } from '../../model/load-model.js';
import { DEFAULT_CLUSTER_TAG } from '../../translate/translate-options.js';
import { compareOrdinal } from '../../ordinal-compare.js';
import { selectionSummary } from '../selection-summary.js';

/** The flags of `sync` beyond the input and synth flags it shares with `synth`. */
export interface SyncOptions {
  /** GitOps repository: URL or local path. */
  readonly repo: string;
  /** Target branch (the PR base with --pull-request). @default 'main' */
  readonly branch?: string;
  /** Managed folder inside the repository. @default '.' */
  readonly path?: string;
  /** Commit author, "Name <email>". @default DEFAULT_AUTHOR */
  readonly author?: string;
  /** Most device directories one run may remove: a count or a percentage ('10', '25%'). @default '10' */
  readonly maxDeletions?: string;
  /** Let an empty read (no edge devices or no deployments) remove device directories. @default false */
  readonly allowEmpty?: boolean;
  /** Print the full change report; push nothing, call no GitHub write. @default false */
  readonly dryRun?: boolean;
  /** Push to `iotedge-gitops/<branch>` and open or update one pull request. @default false */
  readonly pullRequest?: boolean;
  /** `owner/name` of the GitHub repository (required with --pull-request). */
  readonly githubRepo?: string;
  /** Work directory for the clone (kept, and reused by later runs). @default a new temporary directory */
  readonly workDir?: string;
  /** File the change report is appended to, within GitHub's 1 MiB (in GitHub Actions: $GITHUB_STEP_SUMMARY). */
  readonly summaryFile?: string;
  /**
   * Local file the full change report (every device named) is written to, e.g. to upload as a workflow artifact.
   * Never committed: the repository holds only `devices/` and inventory.json.
   */
  readonly reportFile?: string;
  /** Work only on these clusters (`devices/<name>/`); repeatable. See README "Sharding". */
  readonly cluster?: string | readonly string[];
  /** Work only on the clusters of shard `I/N` (README "Sharding"); not with `cluster`. */
  readonly shard?: string;
}

/** Command-line flag of each SyncOptions field; main.ts declares exactly these, the workflow test checks against them. */
export const SYNC_FLAGS: Readonly<Record<keyof SyncOptions, string>> = {
  repo: '--repo',
  branch: '--branch',
  path: '--path',
  author: '--author',
  maxDeletions: '--max-deletions',
  allowEmpty: '--allow-empty',
  dryRun: '--dry-run',
  pullRequest: '--pull-request',
  githubRepo: '--github-repo',
  workDir: '--work-dir',
  summaryFile: '--summary-file',
  reportFile: '--report-file',
  cluster: '--cluster',
  shard: '--shard',
};

/** Environment variables sync reads. */
export const GITHUB_TOKEN_ENV = 'GITHUB_TOKEN';
export const GITHUB_API_URL_ENV = 'GITHUB_API_URL';

/** The flags of `sync`: the input flags, the translation flags (resolved, as synth takes them) and SyncOptions. */
export interface SyncCommandOptions extends InputFlags, SynthFlags, SyncOptions {
  /** No progress on stderr. @default false */
  readonly quiet?: boolean;
}

/** Sync options resolved and validated before any side effect. */
export interface ResolvedSync {
  readonly repo: string;
  readonly branch: string;
  readonly path: string;
  readonly author: GitAuthor;
  readonly maxDeletions: DeletionLimit;
  readonly allowEmpty: boolean;
  readonly dryRun: boolean;
  readonly pullRequest: { readonly githubRepo: string; readonly token: string; readonly apiUrl: string } | null;
  /** Token for https git remotes (GITHUB_TOKEN), when set. */
  readonly token?: string;
  readonly workDir?: string;
  readonly summaryFile?: string;
  readonly reportFile?: string;
  /** `--cluster` / `--shard`; undefined: every cluster. */
  readonly selection?: ClusterSelection;
}

/** Resolves flags + environment (flag ?? env ?? default); conflicts and bad values fail here, before any I/O. */
export function resolveSyncOptions(options: SyncOptions, env: Readonly<Record<string, string | undefined>>, cwd: string): ResolvedSync {
  if (!options.repo || options.repo.trim() === '') throw new ConfigError('--repo is required: the GitOps repository URL or path', { stage: 'cli' });
  const branch = checkBranchName(options.branch ?? DEFAULT_BRANCH);
  const token = env[GITHUB_TOKEN_ENV]?.trim() || undefined;
  let pullRequest: ResolvedSync['pullRequest'] = null;
  if (options.pullRequest) {
    if (!options.githubRepo) throw new ConfigError('--pull-request needs --github-repo owner/name', { stage: 'cli' });
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.githubRepo)) throw new ConfigError(`--github-repo must be owner/name, got '${options.githubRepo}'`, { stage: 'cli' });
    if (!token) throw new ConfigError(`--pull-request needs a token in ${GITHUB_TOKEN_ENV}`, { stage: 'cli' });
    pullRequest = { githubRepo: options.githubRepo, token, apiUrl: env[GITHUB_API_URL_ENV]?.trim() || DEFAULT_GITHUB_API_URL };
  } else if (options.githubRepo !== undefined) {
    throw new ConfigError('--github-repo is only used with --pull-request', { stage: 'cli' });
  }
  const selection = parseClusterSelection(options);
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(options.repo) || /^[^/\\]+@[^/\\:]+:/.test(options.repo);
  return {
    repo: isUrl ? options.repo : path.resolve(cwd, options.repo),
    branch,
    path: managedFolder(options.path ?? DEFAULT_MANAGED_PATH),
    author: parseAuthor(options.author ?? DEFAULT_AUTHOR),
    maxDeletions: parseDeletionLimit(options.maxDeletions ?? DEFAULT_MAX_DELETIONS),
    allowEmpty: options.allowEmpty ?? false,
    dryRun: options.dryRun ?? false,
    pullRequest,
    ...(token ? { token } : {}),
    ...(options.workDir ? { workDir: path.resolve(cwd, options.workDir) } : {}),
    ...(options.summaryFile ? { summaryFile: path.resolve(cwd, options.summaryFile) } : {}),
    ...(options.reportFile ? { reportFile: path.resolve(cwd, options.reportFile) } : {}),
    ...(selection !== undefined ? { selection } : {}),
  };
}

/**
 * Runs sync and returns the exit code: 0, or 2 when some devices kept their last good output (they were still
 * published as kept). Guard refusals and bad flags throw ConfigError (exit 1); remotes failing after retries
 * throw TransientError (exit 3). Nothing is pushed before every guard has passed.
 */
export async function run(options: SyncCommandOptions, io: CommandIo): Promise<number> {
  const resolved = resolveSyncOptions(options, io.env, io.cwd);
  const source = resolveInputSource(options, io.env);
  // One run at a time per --work-dir (a temporary clone is this run's alone). The lock lies beside the folder,
  // not in it: the folder must be empty or the tool's clone, and `git clean` would remove a file inside.
  const lock = resolved.workDir === undefined ? undefined : await acquireRunLock(workDirLockFile(resolved.workDir), `--work-dir ${resolved.workDir}`, io.command ?? 'iotedge-gitops sync');
  try {
    return await _sync(resolved, options, source, io);
  } finally {
    await lock?.release();
  }
}

/** The lock file of a work directory: `<parent>/.<name>.iotedge-gitops-lock`. */
export function workDirLockFile(workDir: string): string {
  return path.join(path.dirname(workDir), `.${path.basename(workDir)}.iotedge-gitops-lock`);
}

async function _sync(resolved: ResolvedSync, options: SyncCommandOptions, source: InputSource, io: CommandIo): Promise<number> {
  const started = performance.now();
  const quiet = options.quiet ?? false;
  const bound: SynthOptions = { ...options, codeVersion: await codeFingerprint(), details: false };
  // Loaded after the flags were checked: the pipeline pulls in cdk8s, which a run that fails on its flags should not pay for.
  const { synthesizeModel } = await import('../../plan/synthesize.js');
  const snapshot = await loadInput(source, io, quiet);
  io.signal?.throwIfAborted();
  const model = loadModel(snapshot);
  const selection = resolved.selection;
  const secrets = [resolved.token];
  let synth: SynthResult | undefined;
  const progress = createStageProgress(io.stderr, quiet);
  // `previous` is the output the target branch already holds (read from the reset work tree), so that devices
  // whose translate or render input is unchanged skip that work.
  const synthesizeOnce = (previous?: PreviousOutput) => {
    const first = synth === undefined;
    progress.stage(`translating and rendering ${snapshot.devices.length} device twin(s)`);
    synth = synthesizeModel(model, { ...bound, ...(previous ? { previous } : {}), ...(selection ? { selection } : {}) });
    // What the guard and the writer scope their work by: a plan without the run's selection would touch every cluster.
    if (selection !== undefined && synth.plan.selection !== selection) synth = { ...synth, plan: { ...synth.plan, selection } };
    progress.stage('writing device directories');
    // A retried push re-synthesizes against the new branch head; the messages are the same, say them once.
    if (first) printLines(io.stderr, ...synth.messages.map((message) => `error: ${redactSecrets(message, secrets)}`));
    return synth.plan;
  };

  const common = {
    access: { repo: resolved.repo, ...(resolved.token ? { token: resolved.token } : {}), ...(io.signal ? { signal: io.signal } : {}) },
    branch: resolved.branch,
    path: resolved.path,
    author: resolved.author,
    guard: { maxDeletions: resolved.maxDeletions, allowEmpty: resolved.allowEmpty },
    dryRun: resolved.dryRun,
    ...(resolved.workDir ? { workDir: resolved.workDir } : {}),
    beforePush: async () => progress.stage(`pushing to ${withoutUrlUserInfo(resolved.repo)}`),
    // What the repository's Flux and Argo CD objects reconcile, read from the branch the output goes to.
    afterReset: async (repoRoot: string) => void (reconciled = await readReconciledPaths(repoRoot, resolved.path)),
    ...(selection === undefined ? {} : _sparseSelection(selection, () => clustersOfModel(model, options.clusterTag ?? DEFAULT_CLUSTER_TAG))),
  };
  let reconciled: ReconciledPaths | undefined;
  let result: PublishResult | PullRequestResult;
  try {
    if (resolved.pullRequest) {
      const github = createGitHubClient({
        token: resolved.pullRequest.token,
        baseUrl: resolved.pullRequest.apiUrl,
        onWarning: (m) => printLines(io.stderr, `warning: ${m}`),
      });
      progress.stage(`cloning ${withoutUrlUserInfo(resolved.repo)}`);
      // Synthesized after fetch + reset to the base head, against the output the base holds, as in direct mode.
      result = await publishPullRequest({ ...common, plan: async (root) => synthesizeOnce(await readPreviousOutput(root, selection)), githubRepo: resolved.pullRequest.githubRepo, github });
    } else {
      progress.stage(`cloning ${withoutUrlUserInfo(resolved.repo)}`);
      // Synthesized after fetch + reset, against the output the branch holds: a no-op run renders nothing.
      result = await publishToGit({ ...common, plan: async (root) => synthesizeOnce(await readPreviousOutput(root, selection)) });
    }
  } finally {
    progress.done();
  }

  printLines(io.stderr, ...result.notes.map((note) => `note: ${note}`));
  const inventory = synth!.plan.inventory;
  const uncovered = reconciled ? uncoveredClusters(reconciled, resolved.path, inventory.devices.flatMap((d) => (d.path === null ? [] : [d.path]))) : [];
  printLines(io.stderr, ...uncovered.map((u) => `warning: ${uncoveredClusterWarning(u)}`));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const selected = selectionSummary(selection, inventory, result.changes.devices.filter((d) => d.kind === 'removed').map((d) => d.dir));
  const outcome = `${selected !== undefined ? `${selected}: ` : ''}${_outcome(result, resolved)}`;
  // Values in the report went through oneLine (renderReviewMarkdown): printable as it is.
  const report = resolved.dryRun || resolved.reportFile ? renderChangeReport(result.changes, inventory) : '';
  if (resolved.dryRun) io.stdout.write(`${report}\n`);
  printLines(io.stdout, resolved.dryRun ? outcome : `${outcome} (${seconds}s)`);
  if (resolved.reportFile) await _writeReport(resolved.reportFile, report, io);
  const tail = [outcome, ...uncovered.map((u) => `Warning: ${uncoveredClusterWarning(u)}`)].join('\n\n');
  if (resolved.summaryFile) await _appendSummary(resolved.summaryFile, renderStepSummary(result.changes, inventory, tail), io);
  const plan = synth!.plan;
  io.onSyncReport?.({ ...syncReportOf(result, outcome, inventory), rendered: plan.deviceDirs.length, reused: plan.unchanged?.length ?? 0, uncoveredClusters: uncovered });
  return synth!.exitCode;
}

/** Writes --report-file; like the summary, a failure is a warning once the sync is done. */
async function _writeReport(file: string, text: string, io: CommandIo): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    const why = fileSystemReason(error, file) ?? (error as NodeJS.ErrnoException).code ?? 'unknown error';
    printLines(io.stderr, `warning: cannot write the report file ${file}: ${why}; the sync itself is done`);
  }
}

/**
 * Appends the change report to --summary-file. By then the push (or pull request) is done: a summary that cannot be
 * written is a warning, and the exit code stays what the sync earned.
 */
async function _appendSummary(file: string, text: string, io: CommandIo): Promise<void> {
  try {
    await appendFile(file, text);
  } catch (error) {
    const why = fileSystemReason(error, file) ?? (error as NodeJS.ErrnoException).code ?? 'unknown error';
    printLines(io.stderr, `warning: cannot write the summary file ${file}: ${why}; the sync itself is done`);
  }
}

function _outcome(result: PublishResult | PullRequestResult, resolved: ResolvedSync): string {
  if (resolved.dryRun) return `dry run: nothing pushed to ${resolved.pullRequest ? `iotedge-gitops/${resolved.branch}` : resolved.branch}`;
  if ('pullRequest' in result) {
    const pr = result.pullRequest;
    switch (pr.action) {
      case 'opened':
        return `opened pull request #${pr.number}: ${pr.url}`;
      case 'updated':
        return `updated pull request #${pr.number}: ${pr.url}`;
      case 'unchanged':
        return `pull request #${pr.number} is up to date: ${pr.url}`;
      case 'closed':
        return `closed pull request #${pr.number}: ${resolved.branch} already matches the hub`;
      case 'none':
        return `no changes: ${resolved.branch} already matches the hub`;
    }
  }
  if (result.pushed && result.commit) return `pushed ${result.commit.slice(0, 12)} to ${resolved.branch}: ${result.message?.split('\n')[0] ?? ''}`;
  return `no changes: ${resolved.branch} already matches the hub`;
}

/**
 * What a selected run checks out and how its pull-request branch is named: its clusters among those the hub's
 * devices go to and those the branch head already has (a shard also removes what left the hub), so the clone
 * fetches and writes only its own clusters' files.
 */
function _sparseSelection(selection: ClusterSelection, hubClusters: () => readonly string[]) {
  let fromHub: readonly string[] | undefined;
  const label = selectionLabel(selection);
  return {
    clusters: (present: readonly string[]) => {
      fromHub ??= hubClusters();
      const named = selection.kind === 'clusters' ? selection.clusters : [];
      return [...new Set([...named, ...fromHub, ...present])].filter((cluster) => selectsCluster(selection, cluster)).sort(compareOrdinal);
    },
    ...(label !== undefined ? { selectionLabel: label } : {}),
  };
}
