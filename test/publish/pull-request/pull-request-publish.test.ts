import { publishPullRequest, toolBranch, type PullRequestPublishOptions } from '../../../src/publish/pull-request/pull-request-publish.js';
import { publishToGit } from '../../../src/publish/git/git-publish.js';
import { createGitHubClient } from '../../../src/publish/pull-request/github-client.js';
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import { readPullRequestMetadata } from '../../../src/publish/pull-request/pull-request-body.js';
import { FakeGitHubServer, type Fault } from '../../fakes/github/fake-github-server.js';
import { buildPlan, sensorDevices as devices } from '../../builders.js';
import { bareRepo, fileAt, headOf, log, removeDir, tempDir } from '../git-helpers.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';

const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');
const GUARD = { maxDeletions: parseDeletionLimit('10'), allowEmpty: false };
const HEAD = 'iotedge-gitops/main';

const cleanup: string[] = [];
const servers: FakeGitHubServer[] = [];
afterAll(async () => {
  cleanup.forEach(removeDir);
  await Promise.all(servers.map((server) => server.close()));
});

/**
 * A loopback GitHub of its own for one test, a client of it and `propose` against it. Every test has its own
 * GitHub, remote and work directories, so the tests run concurrently: each spends most of its time waiting for git.
 */
async function gitHub() {
  const fake = await FakeGitHubServer.start();
  servers.push(fake);
  const client = (token = fake.token) => createGitHubClient({ token, baseUrl: fake.url, bounds: { retries: 3, retryBaseMs: 1 } });
  const propose = (remote: string, plan: OutputPlan, extra: Partial<PullRequestPublishOptions> = {}) => {
    const workDir = tempDir('work-');
    cleanup.push(workDir);
    return publishPullRequest({ plan, access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir, githubRepo: 'acme/fleet', github: client(), ...extra });
  };
  return { fake, client, propose };
}

describe('publishPullRequest', () => {
  it.concurrent('first run pushes iotedge-gitops/main on top of main and opens one PR with the marker and metadata', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const result = await propose(remote, buildPlan({ devices: devices(2), configurations: [{ id: 'base-config', etag: 'e1' }] }));
    expect(toolBranch('main')).toBe(HEAD);
    expect(result.pullRequest).toMatchObject({ action: 'opened', number: 1 });
    expect(fake.writes.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /repos/acme/fleet/pulls']);
    expect(fake.writes[0]!.body).toMatchObject({ head: HEAD, base: 'main', title: 'iotedge-gitops: 2 added, 0 changed, 0 removed devices (hub hub1)' });
    expect(readPullRequestMetadata(fake.pulls[0]!.body)).toEqual({ hub: 'hub1', configurations: { 'base-config': 'e1' } });
    expect(log(remote, HEAD)).toEqual(['iotedge-gitops: 2 added, 0 changed, 0 removed devices', 'seed']);
    expect(log(remote, 'main')).toEqual(['seed']);
    // The branch holds only what sync manages: no report file.
    expect(fileAt(remote, HEAD, '.iotedge-gitops/report.md')).toBeNull();
    expect(fake.pulls[0]!.body).toContain('<details><summary>2 devices</summary>\n\ndev1, dev2\n\n</details>');
    const list = fake.requests.find((r) => r.method === 'GET');
    expect(list!.query).toMatchObject({ state: 'open', head: `acme:${HEAD}`, base: 'main' });
  });

  it.concurrent('an identical second run pushes nothing and makes no write request', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    await propose(remote, buildPlan({ devices: devices(2) }));
    const branchHead = headOf(remote, HEAD);
    const writes = fake.writes.length;
    const second = await propose(remote, buildPlan({ devices: devices(2) }));
    expect(second).toMatchObject({ pushed: false, pullRequest: { action: 'unchanged', number: 1 } });
    expect(fake.writes).toHaveLength(writes);
    expect(headOf(remote, HEAD)).toBe(branchHead);
  });

  it.concurrent('a second run with changes updates the same PR; the body shows image old → new against the base branch', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    await publishToGit({ plan: buildPlan({ devices: devices(2) }), access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir: tempDir('work-') });
    await propose(remote, buildPlan({ devices: devices(2, 'repo/sensor:2.0') }));
    const result = await propose(remote, buildPlan({ devices: devices(2, 'repo/sensor:3.0', { MessageCount: '20', Password: 'hunter2-secret-value' }) }));
    expect(result.pullRequest).toMatchObject({ action: 'updated', number: 1 });
    expect(fake.pulls).toHaveLength(1);
    expect(fake.writes.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /repos/acme/fleet/pulls', 'PATCH /repos/acme/fleet/pulls/1']);
    const body = fake.pulls[0]!.body!;
    expect(fake.pulls[0]!.title).toBe('iotedge-gitops: 0 added, 2 changed, 0 removed devices (hub hub1)');
    // Both devices get the same change against main: one group of 2.
    expect(body).toContain('#### 2 devices changed · cluster `default` (2)\n');
    expect(body).toContain('- module SimulatedTemperatureSensor: image repo/sensor:1.0 → repo/sensor:3.0; env added Password; env value changed MessageCount\n');
    expect(body).not.toContain('hunter2-secret-value');
    expect(body).not.toMatch(/\b20\b/);
    expect(log(remote, HEAD)).toEqual(['iotedge-gitops: 0 added, 2 changed, 0 removed devices', 'iotedge-gitops: 2 added, 0 changed, 0 removed devices', 'seed']);
  });

  it.concurrent('never touches a PR on its branch that it did not open, and opens no second one', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    fake.addPull({ title: 'manual', body: 'my own changes', head: HEAD, base: 'main' });
    await expect(propose(remote, buildPlan({ devices: devices(1) }))).rejects.toThrow(/open pull request #1 from 'iotedge-gitops\/main' was not opened by iotedge-gitops; refusing/);
    expect(fake.writes).toEqual([]);
    expect(fake.pulls[0]).toMatchObject({ title: 'manual', body: 'my own changes', state: 'open' });
    expect(headOf(remote, HEAD)).toBeNull();
  });

  it.concurrent('ignores PRs from other branches', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    fake.addPull({ title: 'feature', body: 'x', head: 'feature', base: 'main' });
    const result = await propose(remote, buildPlan({ devices: devices(1) }));
    expect(result.pullRequest).toMatchObject({ action: 'opened', number: 2 });
    expect(fake.pulls[0]).toMatchObject({ title: 'feature', body: 'x' });
  });

  it.concurrent.each<{ name: string; fault: Fault; tries: number }>([
    { name: '5xx on list, retried', fault: { method: 'GET', path: /\/pulls$/, status: 502, message: 'Bad Gateway', times: 2 }, tries: 3 },
    {
      name: 'secondary rate limit on create, retried after retry-after',
      fault: { method: 'POST', path: /\/pulls$/, status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' }, times: 2 },
      tries: 3,
    },
    { name: '429 on create, retried', fault: { method: 'POST', path: /\/pulls$/, status: 429, message: 'Too Many Requests', headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' }, times: 1 }, tries: 2 },
  ])('GitHub faults: $name', async ({ fault, tries }) => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    fake.fail(fault);
    const result = await propose(remote, buildPlan({ devices: devices(1) }));
    expect(result.pullRequest.action).toBe('opened');
    expect(fake.requests.filter((r) => r.method === fault.method && fault.path.test(r.path))).toHaveLength(tries);
    expect(fake.pulls.filter((p) => p.state === 'open')).toHaveLength(1);
  });

  it.concurrent('gives up on a GitHub that keeps failing after bounded retries, without leaking the token', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    fake.fail({ method: 'GET', path: /\/pulls$/, status: 503, message: 'Service Unavailable', times: 100 });
    const error = await propose(remote, buildPlan({ devices: devices(1) })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TransientError');
    expect((error as Error).message).toMatch(/^GitHub API could not list pull requests: 503 /);
    expect((error as Error).message).not.toContain(fake.token);
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(4);
  });

  it.concurrent('a wrong token is a ConfigError that names GITHUB_TOKEN but not the token', async () => {
    const { fake, client, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const error = await propose(remote, buildPlan({ devices: devices(1) }), { github: client('ghp_WrongTokenValue987654321') }).catch((e: Error) => e);
    expect((error as Error).name).toBe('ConfigError');
    expect((error as Error).message).toMatch(/^GitHub API could not list pull requests: 401 .*\(check GITHUB_TOKEN\)$/);
    expect((error as Error).message).not.toContain('ghp_WrongTokenValue987654321');
    expect(fake.writes).toEqual([]);
  });

  it.concurrent('closes its own PR when the base branch already holds what the hub wants', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const plan = buildPlan({ devices: devices(1) });
    await propose(remote, plan);
    await publishToGit({ plan, access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir: tempDir('work-') });
    const result = await propose(remote, plan);
    expect(result.pullRequest).toMatchObject({ action: 'closed', number: 1 });
    expect(fake.writes.map((w) => [w.method, w.body?.state])).toEqual([
      ['POST', undefined],
      ['PATCH', 'closed'],
    ]);
  });

  it.concurrent('two runs at once both finish with one PR and one branch commit', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const results = await Promise.all([propose(remote, buildPlan({ devices: devices(2) })), propose(remote, buildPlan({ devices: devices(2) }))]);
    expect(results.map((r) => r.pullRequest.number)).toEqual([1, 1]);
    expect(fake.pulls).toHaveLength(1);
    expect(log(remote, HEAD)).toHaveLength(2);
  });

  it.concurrent('--dry-run makes no push and no write request', async () => {
    const { fake, propose } = await gitHub();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const result = await propose(remote, buildPlan({ devices: devices(1) }), { dryRun: true });
    expect(result.pushed).toBe(false);
    expect(result.pullRequest.body).toContain('<details><summary>1 device</summary>\n\ndev1\n\n</details>');
    expect(fake.writes).toEqual([]);
    expect(headOf(remote, HEAD)).toBeNull();
  });
});
