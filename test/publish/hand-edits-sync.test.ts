/**
 * Issue 19 item 3 through `sync` into a real bare repository: a commit by someone else that edits a device file
 * (`image: …/backdoor`, `privileged: true`) is undone by the next sync, whose commit message names the device;
 * with --pull-request the PR body names it. A file of theirs outside `devices/` and inventory.json stays.
 * Expected values: after the restoring sync the branch holds again exactly what the first sync pushed.
 */
import { run, type SyncCommandOptions } from '../../src/cli/commands/sync.js';
import type { CommandIo } from '../../src/cli/io.js';
import { EDITED_OUTSIDE_NOTE } from '../../src/publish/changes/describe-change.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { bareRepo, commitFiles, fileAt, filesOf, git, log, lsTree, removeDir, tempDir } from './git-helpers.js';
import path from 'node:path';

const EXAMPLE = path.resolve('examples/hub-snapshot.json');
const DEPLOYMENT = 'devices/plant-a/msiot-contoso-hub-factory-line-1/deployment-grafana.yaml';
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

function io(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const deps: CommandIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: () => true },
    env,
    cwd: process.cwd(),
  };
  return { deps, out };
}

/** `sync --snapshot examples/hub-snapshot.json` with these flags. */
function sync(options: Omit<SyncCommandOptions, 'snapshot'>, deps: CommandIo): Promise<number> {
  return run({ snapshot: EXAMPLE, ...options }, deps);
}

/** The first sync's tree, then a foreign commit that backdoors factory-line-1 and adds a file of the user's own. */
async function backdooredRepo(): Promise<{ remote: string; original: string }> {
  const remote = bareRepo();
  await sync({ repo: remote }, io().deps);
  const original = fileAt(remote, 'main', DEPLOYMENT)!;
  expect(original).toMatch(/image: /);
  const edited = original.replace(/image: .*/, 'image: evil.example.com/backdoor').replace('securityContext: {}', 'securityContext:\n            privileged: true');
  expect(edited).not.toBe(original);
  commitFiles(remote, { [DEPLOYMENT]: edited, 'clusters/plant-a/flux.yaml': 'kind: Kustomization\n' }, 'quick fix');
  return { remote, original };
}

describe('sync restores device files edited in Git', () => {
  it('a direct sync re-renders the edited device and its commit message names it', async () => {
    const { remote, original } = await backdooredRepo();
    const before = lsTree(remote, 'main');
    const { deps, out } = io();
    expect(await sync({ repo: remote }, deps)).toBe(0);
    expect(out.join('')).toMatch(/^pushed [0-9a-f]{12} to main: iotedge-gitops: 0 added, 1 changed, 0 removed devices/);
    expect(fileAt(remote, 'main', DEPLOYMENT)).toBe(original);
    expect(filesOf(remote, 'main')).toEqual([DEPLOYMENT]);
    expect(lsTree(remote, 'main')).toEqual(before);
    expect(fileAt(remote, 'main', 'clusters/plant-a/flux.yaml')).toBe('kind: Kustomization\n');
    const message = git(remote, 'log', '-1', '--format=%B', 'main');
    expect(message).toContain('\n1 changed in plant-a (1)\n');
    expect(message).toContain(
      `  - ${EDITED_OUTSIDE_NOTE}\n  - module grafana: image evil.example.com/backdoor → industrialsafetyanddefectdetectionregistry.azurecr.io/grafana:latest-amd64; no longer privileged\n  devices: factory-line-1\n`,
    );
    expect(log(remote).slice(0, 2)).toEqual(['iotedge-gitops: 0 added, 1 changed, 0 removed devices', 'quick fix']);

    // Restored: the next sync has nothing to do.
    await sync({ repo: remote }, io().deps);
    expect(log(remote).length).toBe(3);
  });

  it('with --pull-request the PR body names the edited device', async () => {
    const { remote, original } = await backdooredRepo();
    const fake = await FakeGitHubServer.start();
    try {
      const workDir = tempDir('work-');
      cleanup.push(workDir);
      const { deps } = io({ GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url });
      expect(await sync({ repo: remote, pullRequest: true, githubRepo: 'acme/fleet', workDir }, deps)).toBe(0);
      expect(fake.pulls).toHaveLength(1);
      const body = fake.pulls[0]!.body!;
      expect(body).toContain('Edited outside iotedge-gitops since it wrote them, restored to what the hub says (1): **factory-line-1**\n');
      expect(body).toContain('#### 1 device changed · cluster `plant-a` (1)\n');
      expect(body).toContain(`\n- ${EDITED_OUTSIDE_NOTE}\n- module grafana: image evil.example.com/backdoor → industrialsafetyanddefectdetectionregistry.azurecr.io/grafana:latest-amd64; no longer privileged\n`);
      expect(body).toContain('<details><summary>1 device</summary>\n\nfactory-line-1\n\n</details>');
      expect(fileAt(remote, 'iotedge-gitops/main', DEPLOYMENT)).toBe(original);
    } finally {
      await fake.close();
    }
  });
});
