/**
 * main.ts, the one exit point: argv → the options each command's `run` receives (a table, STYLE.md habit 9), usage
 * errors, and the error class → exit code mapping with what is printed (README "Exit codes"). The commands are
 * replaced by fakes that record their options, so nothing is read or written.
 */
import { jest } from '@jest/globals';
import type { CommandIo } from '../../src/cli/io.js';
import { ConfigError, InternalError, StoppedError, TransientError } from '../../src/errors.js';
import { TOOL_VERSION } from '../../src/tool-version.js';

interface Call {
  readonly command: string;
  readonly options: Record<string, unknown>;
  readonly io: CommandIo;
}
let calls: Call[] = [];
let behaviour: () => Promise<number> = async () => 0;
const fake = (command: string) => async (options: Record<string, unknown>, io: CommandIo) => {
  calls.push({ command, options, io });
  return behaviour();
};

jest.unstable_mockModule('../../src/cli/commands/synth.js', () => ({ run: fake('synth') }));
jest.unstable_mockModule('../../src/cli/commands/explain.js', () => ({ run: fake('explain') }));
jest.unstable_mockModule('../../src/cli/commands/validate.js', () => ({ run: fake('validate') }));
jest.unstable_mockModule('../../src/cli/commands/snapshot.js', () => ({ run: fake('snapshot') }));
jest.unstable_mockModule('../../src/cli/commands/sync.js', () => ({ run: fake('sync') }));
jest.unstable_mockModule('../../src/cli/commands/provision.js', () => ({ run: fake('provision') }));
jest.unstable_mockModule('../../src/cli/commands/init.js', () => ({ run: fake('init') }));
const { main, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_PARTIAL, EXIT_TRANSIENT } = await import('../../src/cli/main.js');

beforeEach(() => {
  calls = [];
  behaviour = async () => 0;
});

async function cli(argv: string[], env: Record<string, string> = {}, signal?: AbortSignal) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env, cwd: '/work', ...(signal ? { signal } : {}) };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

/** The options one command received for argv (the run must have happened once). */
async function optionsOf(argv: string[]): Promise<Record<string, unknown>> {
  const { code, err } = await cli(argv);
  expect({ code, err, commands: calls.map((c) => c.command) }).toStrictEqual({ code: 0, err: '', commands: [argv.find((a) => !a.startsWith('-'))] });
  return calls[0]!.options;
}

// Defaults every command that reads a hub gets (README: IOTHUB_CONNECTION_STRING, pages of 100 twins).
const INPUT_DEFAULTS = { connectionStringEnv: 'IOTHUB_CONNECTION_STRING', pageSize: '100' };
// Translation defaults, resolved: cluster tag `cluster`, ClusterSecretStore iotedge-secrets, cert-manager ClusterIssuer iotedge-ca.
const SYNTH_DEFAULTS = {
  clusterTag: 'cluster',
  secretStore: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' },
  certificates: { from: 'cert-manager', issuer: { name: 'iotedge-ca', kind: 'ClusterIssuer' } },
  strict: false,
  quiet: false,
};

describe('argv → options of the command run', () => {
  it.each<{ name: string; argv: string[]; expected: Record<string, unknown> }>([
    { name: 'synth: every default', argv: ['synth'], expected: { ...INPUT_DEFAULTS, ...SYNTH_DEFAULTS, out: 'dist', allowEmpty: false } },
    { name: 'synth: input, output and --strict', argv: ['synth', '--snapshot', 'hub.json', '--out', 'o', '--strict', '--allow-empty'], expected: { snapshot: 'hub.json', out: 'o', strict: true, allowEmpty: true } },
    { name: 'synth: the two az CLI lists and a hub', argv: ['synth', '--configurations', 'c.json', '--twins', 't.json', '--hub', 'h'], expected: { configurations: 'c.json', twins: 't.json', hub: 'h' } },
    { name: 'synth: live read from another variable, other page size', argv: ['synth', '--connection-string-env', 'HUB_CS', '--page-size', '500'], expected: { connectionStringEnv: 'HUB_CS', pageSize: '500' } },
    { name: 'synth: --cluster is repeatable', argv: ['synth', '--cluster', 'b', '--cluster', 'a'], expected: { cluster: ['b', 'a'] } },
    { name: 'synth: --shard', argv: ['synth', '--shard', '2/4'], expected: { shard: '2/4' } },
    { name: 'synth: a namespaced SecretStore', argv: ['synth', '--secret-store', 'vault', '--secret-store-kind', 'SecretStore'], expected: { secretStore: { name: 'vault', kind: 'SecretStore' } } },
    { name: 'synth: an Issuer in the namespace', argv: ['synth', '--cert-issuer', 'ca', '--cert-issuer-kind', 'Issuer'], expected: { certificates: { from: 'cert-manager', issuer: { name: 'ca', kind: 'Issuer' } } } },
    { name: 'synth: certificates from the secret store', argv: ['synth', '--certs-from-secret-store'], expected: { certificates: { from: 'secret-store' } } },
    { name: 'synth: another cluster tag and an upstream host', argv: ['synth', '--cluster-tag', 'site', '--upstream-host', 'parent.local'], expected: { clusterTag: 'site', upstreamHost: 'parent.local' } },
    { name: 'synth: --max-pod-security becomes isolation', argv: ['synth', '--max-pod-security', 'baseline'], expected: { isolation: expect.objectContaining({ maxPodSecurity: 'baseline' }) } },
    { name: 'explain: the device id and --json', argv: ['explain', 'dev-1', '--json', '--snapshot', 'hub.json'], expected: { ...INPUT_DEFAULTS, ...SYNTH_DEFAULTS, deviceId: 'dev-1', json: true, snapshot: 'hub.json' } },
    { name: 'explain: text by default', argv: ['explain', 'Line3_Gateway.Telemetry'], expected: { deviceId: 'Line3_Gateway.Telemetry', json: false } },
    { name: 'validate: input flags and --quiet', argv: ['validate', '--snapshot', 'hub.json', '--quiet'], expected: { ...INPUT_DEFAULTS, snapshot: 'hub.json', quiet: true } },
    { name: 'snapshot: --out and the live-read defaults', argv: ['snapshot', '--out', 'snap.json'], expected: { ...INPUT_DEFAULTS, out: 'snap.json', quiet: false } },
    {
      name: 'sync: every default',
      argv: ['sync', '--repo', 'https://github.com/acme/fleet.git'],
      expected: { ...INPUT_DEFAULTS, ...SYNTH_DEFAULTS, repo: 'https://github.com/acme/fleet.git', branch: 'main', path: '.', maxDeletions: '10', allowEmpty: false, dryRun: false, pullRequest: false },
    },
    {
      name: 'sync: pull request mode and files',
      argv: ['sync', '--repo', 'r', '--pull-request', '--github-repo', 'acme/fleet', '--branch', 'prod', '--path', 'clusters', '--max-deletions', '25%', '--work-dir', 'w', '--summary-file', 's.md', '--report-file', 'r.md', '--author', 'Bot <bot@example.com>', '--dry-run'],
      expected: { repo: 'r', pullRequest: true, githubRepo: 'acme/fleet', branch: 'prod', path: 'clusters', maxDeletions: '25%', workDir: 'w', summaryFile: 's.md', reportFile: 'r.md', author: 'Bot <bot@example.com>', dryRun: true },
    },
    {
      name: 'provision: every default',
      argv: ['provision', '--key-vault-url', 'https://fleet.vault.azure.net'],
      expected: { ...INPUT_DEFAULTS, ...SYNTH_DEFAULTS, keyVaultUrl: 'https://fleet.vault.azure.net', dryRun: false, prune: false, concurrency: '8' },
    },
    { name: 'provision: --dry-run, --prune, --concurrency', argv: ['provision', '--dry-run', '--prune', '--concurrency', '2'], expected: { dryRun: true, prune: true, concurrency: '2' } },
    {
      name: 'init: every default',
      argv: ['init', 'repo'],
      expected: { ...INPUT_DEFAULTS, dir: 'repo', repoUrl: 'https://github.com/OWNER/REPO.git', branch: 'main', path: '.', force: false, fromHub: false, clusterTag: 'cluster' },
    },
    { name: 'init: --cluster takes several names', argv: ['init', 'repo', '--cluster', 'a', 'b', '--matrix', '4', '--force'], expected: { dir: 'repo', cluster: ['a', 'b'], matrix: '4', force: true } },
    { name: 'init: --from-hub with input flags and a tag', argv: ['init', 'repo', '--from-hub', '--snapshot', 'hub.json', '--cluster-tag', 'site', '--action', 'acme/iotedge-gitops@v2'], expected: { fromHub: true, snapshot: 'hub.json', clusterTag: 'site', action: 'acme/iotedge-gitops@v2' } },
  ])('$name', async ({ argv, expected }) => {
    expect(await optionsOf(argv)).toMatchObject(expected);
  });

  it.each([
    ['synth', ['synth']],
    ['validate', ['validate']],
  ])('%s: a flag not given and without a default is absent', async (_name, argv) => {
    const options = await optionsOf(argv);
    for (const key of ['snapshot', 'configurations', 'twins', 'hub', 'repo', 'deviceId']) expect(options).not.toHaveProperty(key);
  });

  it('--debug before the command is a program option, not a command option', async () => {
    expect(await optionsOf(['--debug', 'validate'])).not.toHaveProperty('debug');
  });

  it('hands the run the command line (for lock files) and the same streams and environment', async () => {
    const { code } = await cli(['synth', '--out', 'o'], { A: 'b' });
    expect(code).toBe(EXIT_OK);
    expect(calls[0]!.io.command).toBe('iotedge-gitops synth --out o');
    expect(calls[0]!.io.env).toStrictEqual({ A: 'b' });
    expect(calls[0]!.io.cwd).toBe('/work');
  });

  it.each<{ name: string; argv: string[]; message: RegExp }>([
    { name: 'a bad --secret-store-kind', argv: ['synth', '--secret-store-kind', 'Vault'], message: /^error: --secret-store-kind must be SecretStore or ClusterSecretStore, got 'Vault'\n$/ },
    { name: 'a bad --cert-issuer (explain too)', argv: ['explain', 'd', '--cert-issuer', 'My_CA'], message: /^error: --cert-issuer must be a Kubernetes object name .*, got 'My_CA'\n$/ },
    { name: 'a bad --max-pod-security (sync too)', argv: ['sync', '--repo', 'r', '--max-pod-security', 'none'], message: /^error: --max-pod-security must be .*, got 'none'\n$/ },
    { name: 'a bad --namespace-quota (provision too)', argv: ['provision', '--namespace-quota', 'pods'], message: /^error: --namespace-quota .*'pods'/ },
  ])('a bad translation flag ($name) exits 1 before the command runs', async ({ argv, message }) => {
    const { code, err } = await cli(argv);
    expect({ code, calls: calls.length }).toStrictEqual({ code: EXIT_INPUT, calls: 0 });
    expect(err).toMatch(message);
  });
});

describe('usage', () => {
  it.each<{ name: string; argv: string[]; stderr: RegExp }>([
    { name: 'no command: the help', argv: [], stderr: /^Usage: iotedge-gitops \[options\] \[command\]/ },
    { name: 'an unknown command', argv: ['synthesize'], stderr: /^error: unknown command 'synthesize'/ },
    { name: 'an unknown flag', argv: ['synth', '--outt', 'x'], stderr: /^error: unknown option '--outt'/ },
    { name: 'snapshot without its required --out', argv: ['snapshot'], stderr: /^error: required option '--out <file>' not specified/ },
    { name: 'sync without its required --repo', argv: ['sync'], stderr: /^error: required option '--repo <url\|path>' not specified/ },
    { name: 'explain without its device id', argv: ['explain'], stderr: /^error: missing required argument 'deviceId'/ },
  ])('$name: exit 1, nothing run', async ({ argv, stderr }) => {
    const { code, err } = await cli(argv);
    expect(code).toBe(EXIT_INPUT);
    expect(err).toMatch(stderr);
    expect(calls).toStrictEqual([]);
  });

  it.each([{ argv: ['--version'] }, { argv: ['--help'] }, { argv: ['synth', '--help'] }])('$argv: exit 0 on stdout, nothing run', async ({ argv }) => {
    const { code, out, err } = await cli(argv);
    expect({ code, err, calls: calls.length }).toStrictEqual({ code: EXIT_OK, err: '', calls: 0 });
    expect(out).not.toBe('');
  });

  it('--version prints the tool version', async () => {
    expect((await cli(['--version'])).out).toBe(`${TOOL_VERSION}\n`);
  });
});

describe('the command result → exit code', () => {
  const fsError = (code: string, syscall: string, file: string) => Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, syscall, path: file, errno: -28 });

  it.each<{ name: string; outcome: () => Promise<number>; code: number; stderr: string | RegExp }>([
    { name: 'success', outcome: async () => 0, code: EXIT_OK, stderr: '' },
    { name: 'some devices kept their last good output', outcome: async () => 2, code: EXIT_PARTIAL, stderr: '' },
    {
      name: 'ConfigError: bad input, exit 1, its context and message, no stack',
      outcome: async () => {
        throw new ConfigError('createOptions is not valid JSON', { configurationId: 'base', module: 'sensor' });
      },
      code: EXIT_INPUT,
      stderr: "error: configuration 'base', module 'sensor': createOptions is not valid JSON\n",
    },
    {
      name: 'TransientError: a remote service failed after retries, exit 3',
      outcome: async () => {
        throw new TransientError('IoT Hub answered HTTP 503 after 5 tries');
      },
      code: EXIT_TRANSIENT,
      stderr: 'error: IoT Hub answered HTTP 503 after 5 tries\n',
    },
    {
      name: 'InternalError: exit 70, please report, with the stack',
      outcome: async () => {
        throw new InternalError('a bug');
      },
      code: EXIT_INTERNAL,
      stderr: /^internal error \(please report it at the iotedge-gitops issue tracker\):\nInternalError: a bug\n(\s+at .*\n)+$/,
    },
    {
      name: 'an error of no class of ours is a bug: exit 70',
      outcome: async () => {
        throw new TypeError('x is undefined');
      },
      code: EXIT_INTERNAL,
      stderr: /^internal error \(please report it at the iotedge-gitops issue tracker\):\nTypeError: x is undefined\n/,
    },
    {
      name: 'a thrown non-Error is a bug: exit 70, shown as text',
      outcome: async () => {
        throw 'plain text';
      },
      code: EXIT_INTERNAL,
      stderr: 'internal error (please report it at the iotedge-gitops issue tracker):\nplain text\n',
    },
    {
      name: "a full disk is the user's: exit 1, operation, path and reason",
      outcome: async () => {
        throw fsError('ENOSPC', 'write', '/out/devices/a/x.yaml');
      },
      code: EXIT_INPUT,
      stderr: 'error: cannot write /out/devices/a/x.yaml: the disk is full\n',
    },
    {
      name: 'a file-system error code without a path is a bug',
      outcome: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
      code: EXIT_INTERNAL,
      stderr: /^internal error/,
    },
    {
      name: 'stopped by SIGINT: 130 and the message, no "error:"',
      outcome: async () => {
        throw new StoppedError('SIGINT');
      },
      code: 130,
      stderr: 'stopped by SIGINT: temporary files removed, every device directory left whole (old or new); the next run completes the work\n',
    },
    {
      name: 'stopped by SIGTERM: 143',
      outcome: async () => {
        throw new StoppedError('SIGTERM');
      },
      code: 143,
      stderr: /^stopped by SIGTERM: /,
    },
  ])('$name', async ({ outcome, code, stderr }) => {
    behaviour = outcome;
    const result = await cli(['validate']);
    expect(result.code).toBe(code);
    if (typeof stderr === 'string') expect(result.err).toBe(stderr);
    else expect(result.err).toMatch(stderr);
  });

  it('--debug adds the stack of a ConfigError after its line', async () => {
    behaviour = async () => {
      throw new ConfigError('bad');
    };
    const { code, err } = await cli(['--debug', 'validate']);
    expect(code).toBe(EXIT_INPUT);
    expect(err).toMatch(/^error: bad\nConfigError: bad\n(\s+at .*\n)+$/);
  });

  it('a run stopped by a signal reports the stop, whatever the interrupted step threw', async () => {
    const controller = new AbortController();
    behaviour = async () => {
      controller.abort(new StoppedError('SIGTERM'));
      throw new Error('The operation was aborted');
    };
    const { code, err } = await cli(['validate'], {}, controller.signal);
    expect(code).toBe(143);
    expect(err).toMatch(/^stopped by SIGTERM: /);
  });

  it.each([
    ['a ConfigError', () => new ConfigError('cannot read HostName=h;SharedAccessKey=c2VjcmV0LWtleS12YWx1ZQ==')],
    ['an internal error (stack printed)', () => new InternalError('cannot read HostName=h;SharedAccessKey=c2VjcmV0LWtleS12YWx1ZQ==')],
  ])('the value of a secret environment variable never reaches stderr: %s', async (_name, make) => {
    behaviour = async () => {
      throw make();
    };
    const { err } = await cli(['--debug', 'validate'], { IOTHUB_CONNECTION_STRING: 'HostName=h;SharedAccessKey=c2VjcmV0LWtleS12YWx1ZQ==' });
    expect(err).not.toBe('');
    expect(err).not.toContain('c2VjcmV0LWtleS12YWx1ZQ==');
  });
});
