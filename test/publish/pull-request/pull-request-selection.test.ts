/**
 * Pull-request mode for a cluster selection (issue 18): each shard or cluster selection proposes on its own branch
 * `iotedge-gitops/<base>--<label>` with a title naming the selection, so shards never overwrite each other's PR.
 */
import { pathToFileURL } from 'node:url';
import { publishPullRequest, toolBranch, type PullRequestPublishOptions } from '../../../src/publish/pull-request/pull-request-publish.js';
import { publishToGit } from '../../../src/publish/git/git-publish.js';
import { createGitHubClient } from '../../../src/publish/pull-request/github-client.js';
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import { FakeGitHubServer } from '../../fakes/github/fake-github-server.js';
import { buildPlan, clusterDevice as device, dirOf, selectedClusterPlan } from '../../builders.js';
import { bareRepo, filesOf, git, headOf, log, removeDir, tempDir } from '../git-helpers.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';

const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');
const GUARD = { maxDeletions: parseDeletionLimit('0'), allowEmpty: false };

let fake: FakeGitHubServer;
const cleanup: string[] = [];
beforeEach(async () => {
  fake = await FakeGitHubServer.start();
});
afterEach(async () => {
  await fake.close();
});
afterAll(() => cleanup.forEach(removeDir));

function propose(url: string, plan: OutputPlan, extra: Partial<PullRequestPublishOptions>) {
  const workDir = tempDir('work-');
  cleanup.push(workDir);
  const github = createGitHubClient({ token: fake.token, baseUrl: fake.url, bounds: { retries: 3, retryBaseMs: 1 } });
  return publishPullRequest({ plan, access: { repo: url }, author: AUTHOR, guard: GUARD, workDir, githubRepo: 'acme/fleet', github, ...extra });
}

describe('pull requests per selection', () => {
  it('names the tool branch after the selection label, and keeps today\'s name without one', () => {
    expect(toolBranch('main')).toBe('iotedge-gitops/main');
    expect(toolBranch('main', 'shard-2-of-4')).toBe('iotedge-gitops/main--shard-2-of-4');
    expect(toolBranch('release/1', 'clusters-field-plant-a')).toBe('iotedge-gitops/release/1--clusters-field-plant-a');
  });

  it('two shards open two pull requests on their own branches, each with only its clusters, and never overwrite each other', async () => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    git(remote, 'config', 'uploadpack.allowFilter', 'true');
    const url = pathToFileURL(remote).href;
    await publishToGit({ plan: buildPlan({ devices: [device('a1', 'a'), device('b1', 'b')] }), access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir: tempDir('work-') });
    const base = headOf(remote)!;

    const one = await propose(url, selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0')]), { clusters: ['a'], selectionLabel: 'shard-1-of-2' });
    const two = await propose(url, selectedClusterPlan([device('b1', 'b', 'repo/sensor:2.0')]), { clusters: ['b'], selectionLabel: 'shard-2-of-2' });
    expect(one).toMatchObject({ headBranch: 'iotedge-gitops/main--shard-1-of-2', pushed: true, pullRequest: { action: 'opened', number: 1 } });
    expect(two).toMatchObject({ headBranch: 'iotedge-gitops/main--shard-2-of-2', pushed: true, pullRequest: { action: 'opened', number: 2 } });
    expect(fake.pulls.map((p) => [p.head.ref, p.title])).toEqual([
      ['iotedge-gitops/main--shard-1-of-2', 'iotedge-gitops: 0 added, 1 changed, 0 removed devices (hub hub1, shard-1-of-2)'],
      ['iotedge-gitops/main--shard-2-of-2', 'iotedge-gitops: 0 added, 1 changed, 0 removed devices (hub hub1, shard-2-of-2)'],
    ]);
    expect(git(remote, 'rev-parse', 'iotedge-gitops/main--shard-1-of-2~1').trim()).toBe(base);
    expect(filesOf(remote, 'iotedge-gitops/main--shard-1-of-2')).toEqual([`${dirOf(device('a1', 'a'))}/deployment-simulatedtemperaturesensor.yaml`]);
    expect(filesOf(remote, 'iotedge-gitops/main--shard-2-of-2')).toEqual([`${dirOf(device('b1', 'b'))}/deployment-simulatedtemperaturesensor.yaml`]);
    expect(log(remote)).toEqual(['iotedge-gitops: 2 added, 0 changed, 0 removed devices', 'seed']);

    // Shard 1 again, same plan: its PR is already right, shard 2's branch is untouched.
    const shardTwoHead = headOf(remote, 'iotedge-gitops/main--shard-2-of-2');
    const again = await propose(url, selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0')]), { clusters: ['a'], selectionLabel: 'shard-1-of-2' });
    expect(again).toMatchObject({ pushed: false, pullRequest: { action: 'unchanged', number: 1 } });
    expect(headOf(remote, 'iotedge-gitops/main--shard-2-of-2')).toBe(shardTwoHead);
    expect(headOf(remote, 'iotedge-gitops/main')).toBeNull();
  });
});
