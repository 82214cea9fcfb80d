/**
 * Everything publishing emits — commit messages, PR title/body, the change report (--report-file, --dry-run), the
 * step summary, the notes — is scanned for secret values that were present in the manifests: zero hits. No hub
 * read puts a secret value into a manifest (the pipeline writes ExternalSecrets), so the plans are built by hand
 * and published as sync publishes them.
 */
import path from 'node:path';
import { publishToGit, type PublishResult } from '../../src/publish/git/git-publish.js';
import { publishPullRequest, type PullRequestResult } from '../../src/publish/pull-request/pull-request-publish.js';
import { createGitHubClient } from '../../src/publish/pull-request/github-client.js';
import { renderChangeReport, renderStepSummary } from '../../src/publish/pull-request/change-report.js';
import { parseAuthor } from '../../src/publish/git/git-author.js';
import { parseDeletionLimit } from '../../src/publish/output/deletion-limit.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { bareRepo, fileAt, git, removeDir, tempDir } from './git-helpers.js';
import { buildPlan, type DeviceProps } from '../builders.js';

const AUTHOR = parseAuthor('iotedge-gitops <iotedge-gitops@users.noreply.github.com>');
const GUARD = { maxDeletions: parseDeletionLimit('10'), allowEmpty: false };

const SECRETS = {
  REGISTRY_PASSWORD: 'Rg7+PasswordForAcr/xyz==',
  IOTHUB: 'HostName=contoso.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=c2VjcmV0LWh1Yi1rZXktdmFsdWU=',
  STORAGE: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=c3RvcmFnZS1hY2NvdW50LWtleQ==;EndpointSuffix=core.windows.net',
  API_TOKEN: 'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB',
};

function devices(round: number): DeviceProps[] {
  return ['dev1', 'dev2'].map((deviceId) => ({
    deviceId,
    modules: [{ name: 'uploader', image: `repo/uploader:${round}`, env: Object.fromEntries(Object.entries(SECRETS).map(([k, v]) => [k, `${v}${round}`])) }],
  }));
}

function scan(label: string, text: string): string[] {
  const needles = Object.values(SECRETS).flatMap((v) => [v, v.slice(0, 16)]).concat(['c2VjcmV0LWh1Yi1rZXktdmFsdWU', 'c3RvcmFnZS1hY2NvdW50LWtleQ', 'ghp_1234567890']);
  return needles.filter((n) => text.includes(n)).map((n) => `${label}: ${n}`);
}

describe('secrets never leave through publish output', () => {
  it('direct sync and pull-request sync, two rounds each: zero hits in every emitted text', async () => {
    const fake = await FakeGitHubServer.start();
    const dirs: string[] = [];
    const hits: string[] = [];
    try {
      const github = createGitHubClient({ token: fake.token, baseUrl: fake.url });
      for (const mode of ['direct', 'pull-request'] as const) {
        const remote = bareRepo({ 'README.md': 'x\n' });
        const workDir = tempDir('work-');
        dirs.push(workDir, path.dirname(remote));
        let summary = '';
        let reportText = '';
        for (const round of [1, 2]) {
          const plan = buildPlan({ devices: devices(round) });
          const common = { plan, access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir };
          const result: PublishResult | PullRequestResult = mode === 'direct' ? await publishToGit(common) : await publishPullRequest({ ...common, githubRepo: 'acme/fleet', github });
          reportText = renderChangeReport(result.changes, plan.inventory);
          summary += renderStepSummary(result.changes, plan.inventory, result.message?.split('\n')[0] ?? '');
          hits.push(...scan(`${mode} notes ${round}`, result.notes.join('\n')));
        }
        const branch = mode === 'direct' ? 'main' : 'iotedge-gitops/main';
        hits.push(...scan(`${mode} commit messages`, git(remote, 'log', '--format=%B', branch)));
        hits.push(...scan(`${mode} summary`, summary));
        expect(reportText).toContain('module uploader');
        hits.push(...scan(`${mode} report`, reportText));
        expect(fileAt(remote, branch, '.iotedge-gitops/report.md')).toBeNull();
      }
      for (const pull of fake.pulls) hits.push(...scan('PR title', pull.title), ...scan('PR body', pull.body ?? ''));
      for (const request of fake.requests) hits.push(...scan(`request ${request.method} ${request.path}`, JSON.stringify(request.body ?? {})));
      // The scan must be able to fail: the manifests themselves do carry the values.
      expect(scan('plan', [...buildPlan({ devices: devices(1) }).files.values()].join('\n')).length).toBeGreaterThan(0);
      expect(fake.pulls[0]!.body).toContain('\n- module uploader added: image repo/uploader:2\n');
      expect(git(dirs[1]! + '/remote.git', 'log', '-1', '--format=%B', 'main')).toContain('module uploader: image repo/uploader:1 → repo/uploader:2; env value changed API_TOKEN, IOTHUB, REGISTRY_PASSWORD, STORAGE');
      expect(hits).toEqual([]);
    } finally {
      await fake.close();
      dirs.forEach(removeDir);
    }
  });
});
