import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { run, resolveSyncOptions, SYNC_FLAGS, type SyncDeps, type SyncOptions } from '../../src/cli/commands/sync.js';
import { readSnapshotFile } from '../../src/source/read-snapshot.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { bareRepo, git, headOf, log, removeDir, tempDir } from './git-helpers.js';
import { buildPlan } from '../builders.js';

const EXAMPLE = path.resolve('examples/hub-snapshot.json');
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

function io(env: Record<string, string | undefined> = {}, extra: Partial<SyncDeps> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const deps: SyncDeps = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    env,
    cwd: process.cwd(),
    loadSnapshot: () => readSnapshotFile(EXAMPLE),
    ...extra,
  };
  return { deps, out, err };
}

function workDir() {
  const dir = tempDir('work-');
  cleanup.push(dir);
  return dir;
}

describe('resolveSyncOptions', () => {
  const env = { GITHUB_TOKEN: 'ghs_token_value_123' };
  it.each([
    {
      name: 'defaults',
      options: { repo: 'https://github.com/acme/fleet.git' },
      expected: { repo: 'https://github.com/acme/fleet.git', branch: 'main', path: '.', author: { name: 'iotedge-gitops', email: 'iotedge-gitops@users.noreply.github.com' }, maxDeletions: { kind: 'count', value: 10 }, allowEmpty: false, dryRun: false, pullRequest: null },
    },
    { name: 'a local repo path resolves against cwd', options: { repo: 'fleet.git' }, expected: { repo: '/work/x/fleet.git' } },
    { name: 'scp-like ssh remote is kept', options: { repo: 'git@github.com:acme/fleet.git' }, expected: { repo: 'git@github.com:acme/fleet.git' } },
    { name: 'a full branch ref is normalised to the branch', options: { repo: 'r', branch: 'refs/heads/release/1.0' }, expected: { branch: 'release/1.0' } },
    { name: 'percentage limit', options: { repo: 'r', maxDeletions: '25%' }, expected: { maxDeletions: { kind: 'percent', value: 25 } } },
    {
      name: 'pull request with token and default API',
      options: { repo: 'r', pullRequest: true, githubRepo: 'acme/fleet' },
      expected: { pullRequest: { githubRepo: 'acme/fleet', token: 'ghs_token_value_123', apiUrl: 'https://api.github.com' } },
    },
  ])('$name', ({ options, expected }) => {
    expect(resolveSyncOptions(options as SyncOptions, env, '/work/x')).toMatchObject(expected);
  });

  it('GITHUB_API_URL selects GitHub Enterprise', () => {
    expect(resolveSyncOptions({ repo: 'r', pullRequest: true, githubRepo: 'a/b' }, { ...env, GITHUB_API_URL: 'https://ghe.example.com/api/v3' }, '/').pullRequest!.apiUrl).toBe('https://ghe.example.com/api/v3');
  });

  it.each([
    { name: 'no repo', options: { repo: '' }, env, error: /^--repo is required/ },
    { name: 'pull request without github repo', options: { repo: 'r', pullRequest: true }, env, error: /^--pull-request needs --github-repo/ },
    { name: 'pull request without token', options: { repo: 'r', pullRequest: true, githubRepo: 'a/b' }, env: {}, error: /^--pull-request needs a token in GITHUB_TOKEN$/ },
    { name: 'github repo without pull request', options: { repo: 'r', githubRepo: 'a/b' }, env, error: /^--github-repo is only used with --pull-request/ },
    { name: 'malformed github repo', options: { repo: 'r', pullRequest: true, githubRepo: 'a' }, env, error: /^--github-repo must be owner\/name/ },
    { name: 'bad branch', options: { repo: 'r', branch: 'a..b' }, env, error: /^--branch is not a valid branch name/ },
    { name: 'branch that looks like a flag', options: { repo: 'r', branch: '-x' }, env, error: /^--branch is not a valid branch name/ },
    { name: 'HEAD as the branch', options: { repo: 'r', branch: 'HEAD' }, env, error: /^--branch is not a valid branch name: 'HEAD': 'HEAD' names the current commit, not a branch$/ },
    { name: 'a tag as the branch', options: { repo: 'r', branch: 'refs/tags/v1' }, env, error: /^--branch is not a valid branch name: 'refs\/tags\/v1': only a branch is accepted/ },
    { name: 'a .lock branch', options: { repo: 'r', branch: 'x.lock' }, env, error: /^--branch is not a valid branch name: 'x.lock': a part ends with '.lock'$/ },
    { name: 'bad author', options: { repo: 'r', author: 'me' }, env, error: /^--author must look like/ },
    { name: 'bad limit', options: { repo: 'r', maxDeletions: 'lots' }, env, error: /^--max-deletions must be/ },
    { name: 'path outside the repo', options: { repo: 'r', path: '../x' }, env, error: /^--path must be a folder inside/ },
  ])('rejects $name before any I/O', ({ options, env: e, error }) => {
    expect(() => resolveSyncOptions(options as SyncOptions, e, '/')).toThrow(error);
  });

  it('SYNC_FLAGS names one kebab-case flag per option', () => {
    expect(Object.values(SYNC_FLAGS).every((f) => /^--[a-z]+(-[a-z]+)*$/.test(f))).toBe(true);
    expect(SYNC_FLAGS.maxDeletions).toBe('--max-deletions');
  });
});

describe('sync command', () => {
  it('two syncs of the bundled example to a bare repo give exactly one commit with the trailers', async () => {
    const remote = bareRepo();
    const first = io();
    const code = await run({ repo: remote, workDir: workDir() }, first.deps);
    expect([0, 2]).toContain(code);
    expect(first.out.join('')).toMatch(/^pushed [0-9a-f]{12} to main: iotedge-gitops: \d+ added, 0 changed, 0 removed devices \(\d+\.\ds\)\n$/);
    const second = io();
    const started = performance.now();
    await run({ repo: remote, workDir: workDir() }, second.deps);
    const ms = performance.now() - started;
    expect(second.out.join('')).toMatch(/^no changes: main already matches the hub/);
    expect(log(remote)).toHaveLength(1);
    const trailers = git(remote, 'log', '-1', '--format=%(trailers:only,unfold)', 'main');
    expect(trailers).toMatch(/^Iotedge-Gitops-Hub: contoso-hub\nIotedge-Gitops-Configurations: .*factory-base@.*\nIotedge-Gitops-Version: 0\.1\.0\n/);
    console.log(`no-op sync of the bundled example: ${ms.toFixed(0)} ms\n${trailers}`);
  });

  it('--dry-run prints the full change report and pushes nothing; --summary-file gets it appended, --report-file gets it written', async () => {
    const remote = bareRepo({ 'README.md': 'x\n' });
    const summary = path.join(workDir(), 'summary.md');
    const report = path.join(workDir(), 'report.md');
    const { deps, out } = io({}, { loadSnapshot: async () => ({}) as never, synthesize: () => ({ plan: buildPlan({ devices: [{ deviceId: 'dev1', modules: [{ name: 'm', image: 'i:1' }] }] }), exitCode: 0, messages: [] }) });
    await run({ repo: remote, dryRun: true, summaryFile: summary, reportFile: report, workDir: workDir() }, deps);
    // An empty repository has no previous inventory: the etag is shown without old → new.
    const expectedReport = [
      '## iotedge-gitops: 1 added, 0 changed, 0 removed devices (hub hub1)',
      '',
      '### Act on these first',
      '',
      '#### New module identities',
      '',
      'Each needs a module identity in IoT Hub and its connection string in the store.',
      '',
      '| Module | Devices |',
      '| - | - |',
      '| `m` | 1 |',
      '',
      '### Changes by group',
      '',
      '#### 1 device added · cluster `default` (1)',
      '',
      'Configurations: `base-config` (base, priority 10, etag etag-1)',
      '',
      '- targeted by deployment base-config',
      '- module m added: image i:1',
      '',
      '<details><summary>1 device</summary>',
      '',
      'dev1',
      '',
      '</details>',
      '',
    ].join('\n');
    expect(out.join('')).toBe(`${expectedReport}\ndry run: nothing pushed to main\n`);
    expect(readFileSync(summary, 'utf8')).toBe(`${expectedReport}\ndry run: nothing pushed to main\n\n`);
    expect(readFileSync(report, 'utf8')).toBe(expectedReport);
    expect(log(remote)).toEqual(['seed']);
  });

  it.each([
    { name: 'a directory', file: (dir: string) => dir, reason: 'it is a directory' },
    { name: 'under a regular file', file: (dir: string) => path.join(dir, 'plain', 'summary.md'), reason: 'a part of the path is a file, not a directory' },
    { name: 'a name too long for the file system', file: (dir: string) => path.join(dir, 'x'.repeat(300)), reason: 'ENAMETOOLONG' },
  ])('--summary-file that cannot be written ($name) after the push: a warning, the exit code the sync earned', async ({ file, reason }) => {
    const remote = bareRepo({ 'README.md': 'x\n' });
    const dir = workDir();
    writeFileSync(path.join(dir, 'plain'), 'not a directory\n');
    const summary = file(dir);
    const plan = buildPlan({ devices: [{ deviceId: 'dev1', modules: [{ name: 'm', image: 'i:1' }] }, { deviceId: 'dev2', modules: [], failed: 'bad' }] });
    const { deps, out, err } = io({}, { loadSnapshot: async () => ({}) as never, synthesize: () => ({ plan, exitCode: 2, messages: [] }) });
    expect(await run({ repo: remote, summaryFile: summary, workDir: workDir() }, deps)).toBe(2);
    expect(err.join('')).toBe(`warning: cannot write the summary file ${summary}: ${reason}; the sync itself is done\n`);
    expect(out.join('')).toMatch(/^pushed [0-9a-f]{12} to main: /);
    expect(log(remote)).toEqual(['iotedge-gitops: 1 added, 0 changed, 0 removed devices', 'seed']);
  });

  it('returns 2 and prints the device errors when some devices kept their last good output', async () => {
    const remote = bareRepo();
    const plan = buildPlan({ devices: [{ deviceId: 'dev1', modules: [{ name: 'm', image: 'i' }] }, { deviceId: 'dev2', modules: [], failed: 'bad' }] });
    const { deps, err } = io({}, { synthesize: () => ({ plan, exitCode: 2, messages: ["device 'dev2': createOptions is not valid JSON"] }) });
    expect(await run({ repo: remote, workDir: workDir() }, deps)).toBe(2);
    expect(err.join('')).toBe("error: device 'dev2': createOptions is not valid JSON\n");
    expect(headOf(remote)).not.toBeNull();
  });

  it('--pull-request opens the PR against the fake GitHub and reports its URL', async () => {
    const fake = await FakeGitHubServer.start();
    try {
      const remote = bareRepo({ 'README.md': 'x\n' });
      const { deps, out } = io({ GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url }, { githubRetryBaseMs: 1 });
      await run({ repo: remote, pullRequest: true, githubRepo: 'acme/fleet', workDir: workDir() }, deps);
      expect(out.join('')).toMatch(/^opened pull request #1: https:\/\/github\.example\/acme\/fleet\/pull\/1 \(\d+\.\ds\)\n$/);
      expect(fake.pulls[0]!.body).toMatch(/^<!-- iotedge-gitops \{"hub":"contoso\\u002dhub"/);
    } finally {
      await fake.close();
    }
  });
});
