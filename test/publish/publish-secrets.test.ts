/**
 * Everything publishing emits — commit messages, PR title/body, the --report-file report, the step summary,
 * stdout/stderr — is scanned for secret values that were present in the manifests: zero hits.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { run, type SyncDeps } from '../../src/cli/commands/sync.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { bareRepo, fileAt, git, removeDir, tempDir } from './git-helpers.js';
import { buildPlan, type DeviceProps } from '../builders.js';

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
      for (const mode of ['direct', 'pull-request'] as const) {
        const remote = bareRepo({ 'README.md': 'x\n' });
        const workDir = tempDir('work-');
        const summary = path.join(workDir, '..', `summary-${mode}.md`);
        const report = path.join(workDir, '..', `report-${mode}.md`);
        dirs.push(workDir, path.dirname(remote));
        for (const round of [1, 2]) {
          const out: string[] = [];
          const err: string[] = [];
          const deps: SyncDeps = {
            stdout: { write: (t: string) => out.push(t) },
            stderr: { write: (t: string) => err.push(t) },
            env: { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url, IOTHUB_CONNECTION_STRING: SECRETS.IOTHUB },
            cwd: process.cwd(),
            loadSnapshot: async () => ({}) as never,
            synthesize: () => ({ plan: buildPlan({ devices: devices(round) }), exitCode: 0, messages: [] }),
            githubRetryBaseMs: 1,
          };
          await run({ repo: remote, workDir, summaryFile: summary, reportFile: report, ...(mode === 'pull-request' ? { pullRequest: true, githubRepo: 'acme/fleet' } : {}) }, deps);
          hits.push(...scan(`${mode} stdout ${round}`, out.join('')), ...scan(`${mode} stderr ${round}`, err.join('')));
        }
        const branch = mode === 'direct' ? 'main' : 'iotedge-gitops/main';
        hits.push(...scan(`${mode} commit messages`, git(remote, 'log', '--format=%B', branch)));
        hits.push(...scan(`${mode} summary`, readFileSync(summary, 'utf8')));
        const reportText = readFileSync(report, 'utf8');
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
