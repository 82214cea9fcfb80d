/**
 * `sync` as a real process against real git remotes that misbehave (issue 8 §3): a push the server refuses
 * (pre-receive hook), a remote that is not there, two syncs at once on one repository, and two
 * `sync --pull-request` at once against one GitHub. Each ends cleanly: a one-line error and the right exit
 * code (README "Exit codes"), or both finished with no commit and no pull request lost or doubled.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { publishToGit } from '../../src/publish/git/git-publish.js';
import { parseAuthor } from '../../src/publish/git/git-author.js';
import { parseDeletionLimit } from '../../src/publish/output/deletion-limit.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { buildPlan, syntheticFleet } from '../builders.js';
import { readTree } from '../helpers/output-tree.js';
import { bareRepo, fileAt, log, lsTree } from '../publish/git-helpers.js';
import { ensureBuilt, runCli, type CliRun } from './cli-process.js';

let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(path.join(os.tmpdir(), 'faults-git-'));
  writeFileSync(path.join(work, 'site-a.json'), syntheticFleet(3, '1.0', 1));
  writeFileSync(path.join(work, 'site-b.json'), syntheticFleet(5, '2.0', 1));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENV = { HOME: os.tmpdir(), GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
function sync(input: string, repo: string, extra: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(['sync', '--snapshot', input, '--repo', repo, '--author', 'Sync Bot <bot@example.com>', '--quiet', ...extra], { cwd: work, env: { ...ENV, ...env } });
}
function expectCleanFailure(run: CliRun, code: number, message: RegExp): void {
  expect({ code: run.code, stderr: run.stderr.trimEnd() }).toStrictEqual({ code, stderr: expect.stringMatching(message) });
  expect(run.stderr).not.toMatch(/^\s+at |internal error/m);
}

// The tests of one process against a remote of its own run concurrently (it.concurrent): each mostly waits for its
// process to start and for git or ssh to fail. The tests of two processes at once, and those that share a server
// through afterEach, run one at a time.
it.concurrent.each([
  {
    name: 'a pre-receive hook rejects the push: exit 1 (a policy, retrying will not help), the hook\'s reason shown, remote unchanged',
    repo: () => {
      const remote = bareRepo({ 'README.md': 'hello\n' });
      const hook = path.join(remote, 'hooks', 'pre-receive');
      writeFileSync(hook, '#!/bin/sh\necho "policy: main is protected" >&2\nexit 1\n');
      chmodSync(hook, 0o755);
      return remote;
    },
    code: 1,
    message: /^error: git could not push to branch 'main': .*(pre-receive hook declined|main is protected)/,
  },
  {
    name: 'the remote path does not exist: exit 1, naming the fetch',
    repo: () => path.join(work, 'no-such-repo.git'),
    code: 1,
    message: /^error: git could not fetch branch 'main': .*(does not appear to be a git repository|Could not read from remote repository)/,
  },
  {
    name: 'ssh remote, nothing listens on its port: exit 3, with ssh\'s own reason (not only git\'s generic "Could not read")',
    repo: () => 'ssh://git@127.0.0.1:1/x.git',
    code: 3,
    message: /^error: git could not fetch branch 'main': ssh: connect to host 127\.0\.0\.1 port 1: Connection refused \/ fatal: Could not read from remote repository\.$/,
  },
  {
    name: 'nothing listens on the remote\'s port: exit 3 (a remote service failed), naming the fetch',
    repo: () => 'http://127.0.0.1:9/fleet.git',
    code: 3,
    message: /^error: git could not \w+.*(Connection refused|Failed to connect|unable to access)/i,
  },
])('$name', async ({ repo, code, message }) => {
  const remote = repo();
  const before = remote.startsWith('/') && remote.endsWith('.git') ? log(remote) : [];
  const run = await sync('site-a.json', remote);
  expectCleanFailure(run, code, message);
  if (before.length > 0) expect(log(remote)).toStrictEqual(before);
});

it('two sync processes at once on one repository, different folders: both finish, both commits kept, each folder = its synth', async () => {
  const remote = bareRepo({ 'README.md': 'hello\n' });
  const [a, b] = await Promise.all([sync('site-a.json', remote, ['--path', 'site-a']), sync('site-b.json', remote, ['--path', 'site-b'])]);
  expect([a.code, b.code, a.stderr + b.stderr]).toStrictEqual([0, 0, '']);
  expect(log(remote).sort()).toStrictEqual(['iotedge-gitops: 3 added, 0 changed, 0 removed devices', 'iotedge-gitops: 5 added, 0 changed, 0 removed devices', 'seed']);
  // The two fresh synths the folders are compared with, side by side.
  const synths = await Promise.all(['site-a', 'site-b'].map((site) => runCli(['synth', '--snapshot', `${site}.json`, '--out', `expected-${site}`, '--quiet'], { cwd: work })));
  for (const [i, site] of ['site-a', 'site-b'].entries()) {
    expect(synths[i]!.code).toBe(0);
    const expected = readTree(path.join(work, `expected-${site}`));
    const inGit = new Map(lsTree(remote, 'main').filter((f) => f.startsWith(`${site}/`)).map((f) => [f.slice(site.length + 1), fileAt(remote, 'main', f)]));
    expect(inGit).toStrictEqual(expected);
  }
  expect(fileAt(remote, 'main', 'README.md')).toBe('hello\n');
}, 60_000);

it('two identical sync processes at once on the same folder: both finish and exactly one commit lands', async () => {
  const remote = bareRepo({ 'README.md': 'hello\n' });
  const runs = await Promise.all([sync('site-b.json', remote), sync('site-b.json', remote)]);
  expect(runs.map((r) => [r.code, r.stderr])).toStrictEqual([[0, ''], [0, '']]);
  expect(log(remote)).toStrictEqual(['iotedge-gitops: 5 added, 0 changed, 0 removed devices', 'seed']);
}, 60_000);

it('two sync --pull-request processes at once against one GitHub: both finish, one pull request', async () => {
  const fake = await FakeGitHubServer.start();
  try {
    const remote = bareRepo({ 'README.md': 'hello\n' });
    const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
    const extra = ['--pull-request', '--github-repo', 'acme/fleet'];
    const runs = await Promise.all([sync('site-a.json', remote, extra, env), sync('site-a.json', remote, extra, env)]);
    expect(runs.map((r) => r.code)).toStrictEqual([0, 0]);
    expect(fake.pulls.map((p) => [p.state, p.head.ref, p.base.ref])).toStrictEqual([['open', 'iotedge-gitops/main', 'main']]);
    expect(log(remote, 'iotedge-gitops/main')).toHaveLength(2);
    expect(log(remote)).toStrictEqual(['seed']);
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(fake.token);
  } finally {
    await fake.close();
  }
}, 60_000);

it.concurrent('git is never asked for a password: GIT_TERMINAL_PROMPT stays off even for an https remote without a token', async () => {
  const run = await sync('site-a.json', 'https://127.0.0.1:9/fleet.git');
  expect(run.code).toBe(3);
  expect(run.stderr).not.toMatch(/Username for|Password for/);
});

/** A stand-in for ssh (through GIT_SSH_COMMAND, which the tool keeps and bounds): records its argv, prints `stderr`, fails. */
function fakeSsh(stderr: string): { command: string; argv: () => string } {
  const dir = mkdtempSync(path.join(work, 'ssh-'));
  const script = path.join(dir, 'ssh');
  writeFileSync(script, `#!/bin/sh\necho "$@" > ${dir}/argv\necho '${stderr}' >&2\nexit 255\n`);
  chmodSync(script, 0o755);
  return { command: script, argv: () => readFileSync(path.join(dir, 'argv'), 'utf8').trim() };
}

it.concurrent.each([
  {
    name: 'the ssh server refuses the key: exit 1 (fix access; retrying will not help), ssh\'s reason kept',
    stderr: 'git@gitops.example: Permission denied (publickey).',
    code: 1,
    message: /^error: git could not fetch branch 'main': git@gitops\.example: Permission denied \(publickey\)\. \/ fatal: Could not read from remote repository\.$/,
  },
  {
    name: 'the ssh host key is unknown: exit 1 (BatchMode: no prompt), ssh\'s reason kept',
    stderr: 'Host key verification failed.',
    code: 1,
    message: /^error: git could not fetch branch 'main': Host key verification failed\. \/ fatal: Could not read from remote repository\.$/,
  },
  {
    name: 'the ssh host is unreachable: exit 3, ssh\'s reason kept',
    stderr: 'ssh: connect to host gitops.example port 22: No route to host',
    code: 3,
    message: /^error: git could not fetch branch 'main': ssh: connect to host gitops\.example port 22: No route to host \/ fatal: Could not read from remote repository\.$/,
  },
])('$name; ssh runs bounded and without prompts', async ({ stderr, code, message }) => {
  const ssh = fakeSsh(stderr);
  const run = await sync('site-a.json', 'ssh://git@gitops.example/fleet.git', [], { GIT_SSH_COMMAND: ssh.command });
  expectCleanFailure(run, code, message);
  expect(ssh.argv()).toMatch(/^-o BatchMode=yes -o ConnectTimeout=30 -o ServerAliveInterval=30 -o ServerAliveCountMax=3 .*git@gitops\.example git-upload-pack '\/fleet\.git'$/);
});

describe('a remote that accepts the connection and never answers: the run ends within its bounds, exit 3', () => {
  const sockets = new Set<net.Socket>();
  let server: net.Server | http.Server;
  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const publish = (repo: string, bounds: { connectTimeoutSeconds?: number; silenceTimeoutMs?: number }) =>
    publishToGit({
      plan: buildPlan({ devices: [{ deviceId: 'dev1', modules: [{ name: 'sensor', image: 'repo/sensor:1.0' }] }] }),
      access: { repo, env: { ...ENV, PATH: process.env['PATH'] ?? '/usr/bin:/bin' }, bounds },
      author: parseAuthor('Sync Bot <bot@example.com>'),
      guard: { maxDeletions: parseDeletionLimit('10'), allowEmpty: false },
    }).catch((e: Error) => e);
  const listen = async (s: net.Server | http.Server): Promise<number> => {
    server = s;
    s.on('connection', (socket: net.Socket) => sockets.add(socket));
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return (s.address() as net.AddressInfo).port;
  };

  it('ssh: the handshake times out after connectTimeoutSeconds; ssh\'s reason kept', async () => {
    const port = await listen(net.createServer(() => undefined));
    const error = (await publish(`ssh://git@127.0.0.1:${port}/fleet.git`, { connectTimeoutSeconds: 1 })) as Error;
    expect([error.name, error.message]).toStrictEqual([
      'TransientError',
      expect.stringMatching(/^git could not fetch branch 'main': Connection timed out during banner exchange( \/ Connection to 127\.0\.0\.1 port \d+ timed out)? \/ fatal: Could not read from remote repository\.$/),
    ]);
  }, 20_000);

  it('http: git is stopped after silenceTimeoutMs without output', async () => {
    const port = await listen(http.createServer(() => undefined));
    const error = (await publish(`http://127.0.0.1:${port}/fleet.git`, { silenceTimeoutMs: 1500 })) as Error;
    expect([error.name, error.message]).toStrictEqual(['TransientError', "git could not fetch branch 'main': the remote did not answer within 1.5 s; run again later"]);
  }, 20_000);
});

it.concurrent('sync --pull-request when GitHub asks to wait an hour (secondary rate limit): exit 3 at once, saying so', async () => {
  const fake = await FakeGitHubServer.start();
  try {
    fake.fail({ method: 'GET', path: /\/pulls$/, status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '3600' }, times: 100 });
    const remote = bareRepo({ 'README.md': 'hello\n' });
    const run = await sync('site-a.json', remote, ['--pull-request', '--github-repo', 'acme/fleet'], { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url });
    expectCleanFailure(run, 3, /^error: GitHub asks to wait 3600 s \(secondary rate limit\) to list pull requests, more than 60 s: giving up; run again later$/);
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
    expect(run.stderr).not.toContain(fake.token);
  } finally {
    await fake.close();
  }
}, 60_000);
