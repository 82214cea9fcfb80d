import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { run, resolveSyncOptions, SYNC_FLAGS, type SyncOptions } from '../../../src/cli/commands/sync.js';
import type { CommandIo } from '../../../src/cli/io.js';
import { moduleConnectionStringKey } from '../../../src/translate/secrets.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../../builders.js';
import { FakeGitHubServer } from '../../fakes/github/fake-github-server.js';
import { bareRepo, git, headOf, log, removeDir, tempDir } from '../../publish/git-helpers.js';

const EXAMPLE = path.resolve('examples/hub-snapshot.json');
/** What sync prints for dev2 of hubFile(true): device, configuration, module and JSON path of the text that ends too early. */
const BROKEN_DEVICE_ERROR =
  "error: device 'dev2': configuration 'broken-config', module 'm', at content.modulesContent.$edgeAgent[\"properties.desired\"].modules.m.settings.createOptions: createOptions is not valid JSON (the text ends too early)";
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

function io(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const deps: CommandIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    env,
    cwd: process.cwd(),
  };
  return { deps, out, err };
}

/**
 * A hub file for `--snapshot`: hub `hub1`, where deployment `base-config` (priority 10, etag `etag-1`) gives edge
 * device dev1 one module `m` (image `i:1`). With `broken`, deployment `broken-config` gives dev2 a module whose
 * createOptions is not JSON, which the agent would refuse to create (so dev2 keeps its last good output).
 */
function hubFile(broken = false): string {
  const configurations = [
    edgeConfiguration({ id: 'base-config', priority: 10, etag: 'etag-1', targetCondition: "deviceId='dev1'", modulesContent: baseModulesContent({ modules: { m: edgeModule('i:1') } }) }),
  ];
  const devices = [edgeTwin({ deviceId: 'dev1' })];
  if (broken) {
    const module = edgeModule('i:1', { settings: { image: 'i:1', createOptions: '{"HostConfig":' } });
    configurations.push(edgeConfiguration({ id: 'broken-config', priority: 10, etag: 'etag-2', targetCondition: "deviceId='dev2'", modulesContent: baseModulesContent({ modules: { m: module } }) }));
    devices.push(edgeTwin({ deviceId: 'dev2' }));
  }
  const file = path.join(workDir(), 'hub.json');
  writeFileSync(file, JSON.stringify({ hub: 'hub1', configurations, devices }));
  return file;
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
    const code = await run({ snapshot: EXAMPLE, repo: remote, workDir: workDir() }, first.deps);
    expect([0, 2]).toContain(code);
    expect(first.out.join('')).toMatch(/^pushed [0-9a-f]{12} to main: iotedge-gitops: \d+ added, 0 changed, 0 removed devices \(\d+\.\ds\)\n$/);
    const second = io();
    const started = performance.now();
    await run({ snapshot: EXAMPLE, repo: remote, workDir: workDir() }, second.deps);
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
    const { deps, out } = io();
    await run({ snapshot: hubFile(), repo: remote, dryRun: true, summaryFile: summary, reportFile: report, workDir: workDir() }, deps);
    // An empty repository has no previous inventory: the etag is shown without old → new. edgeHub and m each need
    // a module identity, whose connection string the output reads from the store (src/translate/secrets.ts names
    // the keys; `$edgeHub` is no valid key, so its key gets the SHA-256 stand-in).
    const expectedReport = [
      '## iotedge-gitops: 1 added, 0 changed, 0 removed devices (hub hub1)',
      '',
      '### Act on these first',
      '',
      '#### Secrets to provision before merging',
      '',
      'The output references these secret-store keys (names only); the store must hold them when the change deploys.',
      '',
      '| ExternalSecret/key | Remote key (first device) | Devices |',
      '| - | - | - |',
      `| \`iotedge-identity/edgehub-connection-string\` | \`${moduleConnectionStringKey('hub1', 'dev1', '$edgeHub')}\` | 1 |`,
      '| `iotedge-identity/m-connection-string` | `hub1--dev1--m--connection-string` | 1 |',
      '',
      '#### New module identities',
      '',
      'Each needs a module identity in IoT Hub and its connection string in the store.',
      '',
      '| Module | Devices |',
      '| - | - |',
      '| `$edgeHub` | 1 |',
      '| `m` | 1 |',
      '',
      '### Changes by group',
      '',
      '#### 1 device added · cluster `default` (1)',
      '',
      'Configurations: `base-config` (base, priority 10, etag etag-1)',
      '',
      '- targeted by deployment base-config',
      // edgeHub's createOptions publish 443, 5671 and 8883 (baseModulesContent): container ports and a Service.
      '- module $edgeHub added: image mcr.microsoft.com/azureiotedge-hub:1.5; ports +443/TCP, +5671/TCP, +8883/TCP, +service 443→443/TCP, +service 5671→5671/TCP, +service 8883→8883/TCP',
      '- module m added: image i:1',
      '- route upstream added: FROM /messages/\\* INTO $upstream',
      '- store-and-forward (default) → {"timeToLiveSecs":7200}',
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
    const { deps, out, err } = io();
    expect(await run({ snapshot: hubFile(true), repo: remote, summaryFile: summary, workDir: workDir() }, deps)).toBe(2);
    expect(err.join('')).toBe(`${BROKEN_DEVICE_ERROR}\nwarning: cannot write the summary file ${summary}: ${reason}; the sync itself is done\n`);
    expect(out.join('')).toMatch(/^pushed [0-9a-f]{12} to main: /);
    expect(log(remote)).toEqual(['iotedge-gitops: 1 added, 0 changed, 0 removed devices', 'seed']);
  });

  it('returns 2 and prints the device errors when some devices kept their last good output', async () => {
    const remote = bareRepo();
    const { deps, err } = io();
    expect(await run({ snapshot: hubFile(true), repo: remote, workDir: workDir() }, deps)).toBe(2);
    expect(err.join('')).toBe(`${BROKEN_DEVICE_ERROR}\n`);
    expect(headOf(remote)).not.toBeNull();
  });

  it('--pull-request opens the PR against the fake GitHub and reports its URL', async () => {
    const fake = await FakeGitHubServer.start();
    try {
      const remote = bareRepo({ 'README.md': 'x\n' });
      const { deps, out } = io({ GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url });
      await run({ snapshot: EXAMPLE, repo: remote, pullRequest: true, githubRepo: 'acme/fleet', workDir: workDir() }, deps);
      expect(out.join('')).toMatch(/^opened pull request #1: https:\/\/github\.example\/acme\/fleet\/pull\/1 \(\d+\.\ds\)\n$/);
      expect(fake.pulls[0]!.body).toMatch(/^<!-- iotedge-gitops \{"hub":"contoso\\u002dhub"/);
    } finally {
      await fake.close();
    }
  });
});
