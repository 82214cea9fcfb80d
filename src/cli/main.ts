/**
 * The one exit point: builds the command line, runs a command, maps errors to exit codes and prints
 * them without stack traces (unless --debug, or for internal errors) and without secrets.
 *
 * Exit codes: 0 ok · 1 bad input or usage (nothing written), output that cannot be written (a full disk, a
 * read-only file system: each device directory whole, old or new), or a run refused because another holds its
 * lock · 2 some devices kept their last good output · 3 a remote service failed after retries (IoT Hub, Git
 * remote, GitHub) · 70 internal error (please report) · 130 / 143 stopped by SIGINT / SIGTERM (cleaned up).
 */
import { Command, CommanderError } from 'commander';
import { ConfigError, InternalError, IotEdgeGitopsError, StoppedError, TransientError } from '../errors.js';
import { describeFileSystemError } from '../publish/output/file-system-error.js';
import type { InitOptions } from './commands/init.js';
import type { SnapshotOptions } from './commands/snapshot.js';
import type { SyncCommandOptions } from './commands/sync.js';
import type { ProvisionCommandOptions } from './commands/provision.js';
import { DEFAULT_CONNECTION_STRING_ENV, DEFAULT_PAGE_SIZE } from './input-options.js';
import { processIo, type CommandIo } from './io.js';
import { printLines } from './print-lines.js';
import { scrubSecrets, withoutUrlUserInfo } from '../model/credential-patterns.js';
import { secretValuesOf } from './secret-env-values.js';
import { reportUsageErrors } from './usage-errors.js';
import { TOOL_VERSION } from '../tool-version.js';
import { resolveTranslationFlags, SECRET_STORE_KINDS, type TranslationFlags } from './translation-flags.js';
import { collectFlag, resolveIsolationFlags, type IsolationFlags } from './isolation-flags.js';
import { CERTIFICATE_ISSUER_KINDS, DEFAULT_CERTIFICATE_ISSUER } from './cert-issuer-flags.js';
import { DEFAULT_BRANCH, DEFAULT_MANAGED_PATH, DEFAULT_OUT } from '../defaults.js';
import { DEFAULT_CLUSTER_TAG, DEFAULT_SECRET_STORE } from '../translate/translate-options.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_PARTIAL = 2;
export const EXIT_TRANSIENT = 3;
export const EXIT_INTERNAL = 70;

// Each command's modules load only when it runs: provision alone pulls in the Azure SDKs (about 1.5 s of start-up).
type Runner = (io: CommandIo) => Promise<number>;

/** Adds the input flags shared by every command that reads a hub. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--snapshot <file>', 'hub snapshot JSON {hub, hostName?, configurations, devices}')
    .option('--configurations <file>', 'configuration list as `az iot edge deployment list` prints it')
    .option('--twins <file>', 'twin list as `az iot hub query -q "SELECT * FROM devices"` prints it')
    .option('--hub <name>', 'IoT Hub name or host name (with --configurations/--twins)')
    .option('--connection-string-env <name>', 'environment variable holding the service connection string for the live hub', DEFAULT_CONNECTION_STRING_ENV)
    .option('--page-size <n>', 'twins per query page when reading the live hub', String(DEFAULT_PAGE_SIZE));
}

/** Adds the flags that shape translation (shared by synth, explain and sync). */
export function addSynthOptions(command: Command): Command {
  return command
    .option('--cluster-tag <tag>', 'twin tag that names the device\'s cluster (devices/<cluster>/…)', DEFAULT_CLUSTER_TAG)
    .option('--secret-store <name>', 'SecretStore / ClusterSecretStore the ExternalSecrets read from', DEFAULT_SECRET_STORE.name)
    .option('--secret-store-kind <kind>', `kind of the secret store: ${SECRET_STORE_KINDS.join(' or ')}`, DEFAULT_SECRET_STORE.kind)
    .option('--cert-issuer <name>', "cert-manager Issuer or ClusterIssuer that issues edgeHub's server certificate", DEFAULT_CERTIFICATE_ISSUER.name)
    .option('--cert-issuer-kind <kind>', `kind of the issuer: ${CERTIFICATE_ISSUER_KINDS.join(' or ')}`, DEFAULT_CERTIFICATE_ISSUER.kind)
    .option('--certs-from-secret-store', "read edgeHub's certificate and the modules' CA from the secret store (ExternalSecrets) instead of cert-manager", false)
    .option('--upstream-host <host>', "registry host that replaces $upstream in nested-edge images (default: the device's parent device id from IoT Hub)")
    .option('--strict', 'fail a device (it keeps its last good output) when any field cannot be translated', false)
    .option('--max-pod-security <level>', 'fail a device (it keeps its last good output) whose modules need a less restricted Pod Security level: restricted, baseline or privileged')
    .option('--expose-from <source>', 'who may reach published ports (PortBindings): all (default), none, a CIDR, or namespace:<key>=<value>; repeatable', collectFlag)
    .option('--egress-to <destination>', 'restrict egress to the namespace, DNS and these: a CIDR or namespace:<key>=<value>, or none; all (default) leaves egress open; repeatable', collectFlag)
    .option('--namespace-quota <resource=quantity>', 'ResourceQuota of each device namespace, e.g. limits.cpu=2, pods=20; repeatable', collectFlag)
    .option('--container-limits <resource=quantity>', 'LimitRange default limits of containers that set none, e.g. cpu=500m; repeatable', collectFlag)
    .option('--container-requests <resource=quantity>', 'LimitRange default requests of containers that set none; repeatable', collectFlag)
    .option('--quiet', 'no progress output on stderr', false);
}

/** Adds `--cluster` and `--shard` (synth, sync, provision): work only on some clusters (README "Sharding"). */
export function addSelectionOptions(command: Command): Command {
  return command
    .option('--cluster <name>', 'work only on this cluster (devices/<name>/); repeatable; not with --shard', collectFlag)
    .option('--shard <i/n>', 'work only on the clusters of shard i of n (each cluster belongs to one shard, by a hash of its name); not with --cluster');
}

/** Turns commander's parsed options into the options the synth pipeline takes; a bad translation flag throws ConfigError. */
export function synthOptionsOf(flags: Record<string, unknown>) {
  return { ...flags, ...resolveTranslationFlags(flags as TranslationFlags), isolation: resolveIsolationFlags(flags as IsolationFlags) };
}

/** Builds the commander program; `setRunner` receives the command to run once parsing succeeded. */
export function buildProgram(setRunner: (runner: Runner) => void): Command {
  const program = new Command('iotedge-gitops')
    .description('Turn Azure IoT Hub IoT Edge deployments into per-device Kubernetes manifests for Flux and Argo CD')
    .version(TOOL_VERSION, '--version', 'print the version and exit')
    .option('--debug', 'print stack traces of errors', false)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

  const synth = program.command('synth').description('write one kustomize directory per IoT Edge device, plus an inventory.json per cluster');
  addInputOptions(synth);
  addSynthOptions(synth);
  addSelectionOptions(synth);
  synth
    .option('--out <dir>', 'output directory', DEFAULT_OUT)
    .option('--allow-empty', 'let an empty read (no edge device or deployment) remove existing device directories', false)
    .action((flags: Record<string, unknown>) => setRunner(async (io) => (await import('./commands/synth.js')).run(synthOptionsOf(flags), io)));

  const snapshot = program.command('snapshot').description('read the live hub (service connection string in an environment variable) and write a redacted, sorted snapshot file');
  snapshot
    .requiredOption('--out <file>', 'snapshot file to write (atomically)')
    .option('--connection-string-env <name>', 'environment variable holding the service connection string', DEFAULT_CONNECTION_STRING_ENV)
    .option('--page-size <n>', 'twins per query page', String(DEFAULT_PAGE_SIZE))
    .option('--quiet', 'no progress output on stderr', false)
    .action((flags: SnapshotOptions) => setRunner(async (io) => (await import('./commands/snapshot.js')).run(flags, io)));

  const explain = program.command('explain').description('tell why a device gets what it gets: every deployment\'s verdict, and where each module, route and twin property came from').argument('<deviceId>', 'device id, exactly as in IoT Hub');
  addInputOptions(explain);
  addSynthOptions(explain);
  explain
    .option('--json', 'print JSON for machines', false)
    .action((deviceId: string, flags: Record<string, unknown>) => setRunner(async (io) => (await import('./commands/explain.js')).run({ ...synthOptionsOf(flags), deviceId }, io)));

  const validate = program.command('validate').description('check every configuration and merged device manifest without writing anything (GitHub annotations when GITHUB_ACTIONS=true)');
  addInputOptions(validate);
  validate
    .option('--quiet', 'no progress output on stderr', false)
    .action((flags: Record<string, unknown>) => setRunner(async (io) => (await import('./commands/validate.js')).run(flags, io)));

  const sync = program.command('sync').description('synth, then commit the result to a GitOps repository, or push a branch and open or update one pull request');
  addInputOptions(sync);
  addSynthOptions(sync);
  addSelectionOptions(sync);
  sync
    .requiredOption('--repo <url|path>', 'GitOps repository to publish to (URL or local path)')
    .option('--branch <name>', 'target branch (the pull request base with --pull-request)', DEFAULT_BRANCH)
    .option('--path <dir>', 'managed folder inside the repository', DEFAULT_MANAGED_PATH)
    .option('--author <"Name <email>">', 'commit author')
    .option('--max-deletions <n|n%>', 'most device directories one run may remove', '10')
    .option('--allow-empty', 'let a read with no edge device or no deployment remove device directories', false)
    .option('--dry-run', 'print the full change report; push nothing', false)
    .option('--pull-request', 'push to iotedge-gitops/<branch> and open or update one pull request (GITHUB_TOKEN, GITHUB_API_URL)', false)
    .option('--github-repo <owner/name>', 'GitHub repository of the pull request')
    .option('--work-dir <dir>', 'keep the clone here and reuse it in later runs')
    .option('--summary-file <file>', 'append the change report, within 1 MiB, to this file (in GitHub Actions: $GITHUB_STEP_SUMMARY)')
    .option('--report-file <file>', 'write the full change report (every device) to this local file; never committed')
    .action((flags: Record<string, unknown>) => setRunner(async (io) => (await import('./commands/sync.js')).run(synthOptionsOf(flags) as unknown as SyncCommandOptions, io)));

  const provision = program.command('provision').description('create the module identities the output names in IoT Hub and put their connection strings in Azure Key Vault');
  addInputOptions(provision);
  addSynthOptions(provision);
  addSelectionOptions(provision);
  provision
    .option('--key-vault-url <url>', 'Azure Key Vault the ExternalSecrets read from: https://NAME.vault.azure.net')
    .option('--dry-run', 'list the identities and secrets it would create and write (names only); change nothing', false)
    .option('--prune', 'remove module identities that no deployment names any more (without it they are only listed)', false)
    .option('--concurrency <n>', 'calls in flight at once per service', '8')
    .action((flags: Record<string, unknown>) => setRunner(async (io) => (await import('./commands/provision.js')).run(synthOptionsOf(flags) as unknown as ProvisionCommandOptions, io)));

  const init = program.command('init').description('write the skeleton of a GitOps repository: Flux and Argo CD objects per cluster, the scheduled workflow, a README').argument('<dir>', 'directory to write into');
  init
    .option('--cluster <name...>', 'cluster names (devices/<cluster>/); without it and --from-hub: default')
    .option('--repo-url <url>', 'clone URL Flux and Argo CD read from', 'https://github.com/OWNER/REPO.git')
    .option('--branch <name>', 'branch they follow and sync targets', DEFAULT_BRANCH)
    .option('--path <dir>', 'managed folder of sync', DEFAULT_MANAGED_PATH)
    .option('--action <owner/name@ref>', 'the iotedge-gitops action the workflow uses, pinned to a tag or a commit SHA (default: this version\'s release tag)')
    .option('--matrix <n>', 'workflow that reads the hub once and syncs in n parallel shard jobs, 2..256 (default: one sync job)')
    .option('--force', 'overwrite files that differ from the template', false)
    .option('--from-hub', 'also every cluster the hub\'s IoT Edge devices go to (read with the input flags, named by --cluster-tag)', false)
    .option('--cluster-tag <tag>', 'twin tag that names the device\'s cluster, with --from-hub', DEFAULT_CLUSTER_TAG);
  addInputOptions(init);
  init.action((dir: string, flags: Omit<InitOptions, 'dir'>) => setRunner(async (io) => (await import('./commands/init.js')).run({ ...flags, dir }, io)));

  return program;
}

/** Parses argv (without node and script), runs the command, and returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
  let runner: Runner | undefined;
  const program = buildProgram((r) => (runner = r));
  reportUsageErrors(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_INPUT;
    return _report(error, io, false);
  }
  if (runner === undefined) {
    io.stderr.write(program.helpInformation());
    return EXIT_INPUT;
  }
  const running = { ...io, command: commandLine(argv) };
  try {
    return await runner(running);
  } catch (error) {
    // Stopped by a signal: whatever the interrupted step threw, the run was stopped, and has cleaned up.
    const stopped = io.signal?.aborted && io.signal.reason instanceof StoppedError ? io.signal.reason : error;
    return _report(stopped, io, program.opts<{ debug: boolean }>().debug);
  }
}

/** `iotedge-gitops <argv>` for lock files, with credentials in URLs (`https://user:token@…`) removed. */
export function commandLine(argv: readonly string[]): string {
  return ['iotedge-gitops', ...argv.map(withoutUrlUserInfo)].join(' ');
}

function _report(error: unknown, io: CommandIo, debug: boolean): number {
  const secrets = secretValuesOf(io.env);
  if (error instanceof StoppedError) {
    printLines(io.stderr, error.message);
    return error.exitCode;
  }
  if (error instanceof IotEdgeGitopsError && !(error instanceof InternalError)) {
    printLines(io.stderr, `error: ${scrubSecrets(error.describe(), secrets)}`);
    if (debug) printLines(io.stderr, ..._stackLines(error, secrets));
    if (error instanceof ConfigError) return EXIT_INPUT;
    if (error instanceof TransientError) return EXIT_TRANSIENT;
  }
  // A file-system error about the user's disk (full, read-only, a path through a file) is not a bug.
  const system = describeFileSystemError(error);
  if (system !== null) {
    printLines(io.stderr, `error: ${scrubSecrets(system, secrets)}`);
    if (debug && error instanceof Error) printLines(io.stderr, ..._stackLines(error, secrets));
    return EXIT_INPUT;
  }
  printLines(
    io.stderr,
    'internal error (please report it at the iotedge-gitops issue tracker):',
    ...(error instanceof Error ? _stackLines(error, secrets) : [scrubSecrets(String(error), secrets)]),
  );
  return EXIT_INTERNAL;
}

/**
 * An error's stack as lines to print: `Name: message` as one line (the message may quote input holding line
 * breaks), then the stack's `at …` frames. Secrets scrubbed.
 */
function _stackLines(error: Error, secrets: readonly string[]): string[] {
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}: ${error.message}`, ...frames].map((line) => scrubSecrets(line, secrets));
}
