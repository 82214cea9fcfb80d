/**
 * The GitHub Action: reads its inputs with `@actions/core`, runs the same command code as the CLI (`main`), and
 * turns what a sync did into step outputs and a step summary bounded to GitHub's limit. Secrets reach the run
 * through the environment only (IOTHUB_CONNECTION_STRING, the token), and are masked in the log first.
 */
import * as core from '@actions/core';
import { main } from '../cli/main.js';
import { processIo, type CommandIo } from '../cli/io.js';
import type { SyncReport } from '../cli/sync-report.js';
import { uncoveredClusterWarning } from '../publish/repo-template/cluster-coverage.js';
import { renderStepSummary } from '../publish/pull-request/change-report.js';
import { ConfigError } from '../errors.js';
import { actionArgv } from './action-argv.js';
import { annotatedLines } from './annotated-lines.js';

/** Environment variable holding the IoT Hub service connection string (the CLI's default). */
export const CONNECTION_STRING_ENV = 'IOTHUB_CONNECTION_STRING';

/** Runs the action in this process; returns the exit code of the command (0 when it succeeded). */
export async function runAction(signal?: AbortSignal): Promise<number> {
  const env = { ...process.env };
  _maskSecrets(env);
  const token = core.getInput('github-token').trim();
  if (token !== '') {
    core.setSecret(token);
    env['GITHUB_TOKEN'] = token;
  }
  const command = core.getInput('command').trim() || 'sync';
  let argv: string[];
  try {
    argv = actionArgv(command, (name) => _withDefault(name, command, env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    core.setFailed(error.message);
    return 1;
  }
  let report: SyncReport | undefined;
  const io: CommandIo = {
    ...processIo(),
    env,
    // validate prints its own annotation per problem; the other commands' error and warning lines become annotations.
    stderr: command === 'validate' ? process.stderr : annotatedLines(process.stderr),
    ...(signal ? { signal } : {}),
    onSyncReport: (r) => (report = r),
  };
  const code = await main(argv, io);
  if (report !== undefined) await _publishReport(report);
  if (code !== 0) core.setFailed(`iotedge-gitops ${command} exited with code ${code}`);
  return code;
}

/**
 * An input, or the action's default where the workflow's own context is the obvious value: sync publishes to the
 * repository the workflow runs in, and a pull request is opened there.
 */
function _withDefault(name: string, command: string, env: Readonly<Record<string, string | undefined>>): string {
  const value = core.getInput(name);
  if (value.trim() !== '' || command !== 'sync') return value;
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  if (name === 'repo' && server && repository) return `${server}/${repository}.git`;
  if (name === 'github-repo' && repository && /^true$/i.test(core.getInput('pull-request').trim())) return repository;
  return value;
}

/** The connection string and its key, so neither appears in the log even if some message quoted them. */
function _maskSecrets(env: Readonly<Record<string, string | undefined>>): void {
  const connection = env[CONNECTION_STRING_ENV]?.trim();
  if (!connection) return;
  core.setSecret(connection);
  const key = /SharedAccessKey=([^;]+)/i.exec(connection)?.[1];
  if (key) core.setSecret(key);
}

async function _publishReport(report: SyncReport): Promise<void> {
  core.setOutput('commit', report.commit ?? '');
  core.setOutput('changed-devices', String(report.added + report.changed + report.removed));
  core.setOutput('added', String(report.added));
  core.setOutput('removed', String(report.removed));
  core.setOutput('pull-request-number', report.pullRequest ? String(report.pullRequest.number) : '');
  core.setOutput('pull-request-url', report.pullRequest?.url ?? '');
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  const tail = [report.outcome, ...(report.uncoveredClusters ?? []).map((u) => `Warning: ${uncoveredClusterWarning(u)}`)].join('\n\n');
  await core.summary.addRaw(renderStepSummary(report.changes, report.inventory, tail)).write();
}
