/**
 * Issue 7: `sync` reads the output the target branch already holds (after fetch + reset) and renders only devices
 * whose input hash changed. Expected values: a no-op run renders nothing and creates no commit; after one device
 * changes, the one new commit touches only that device's directory and inventory.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/commands/sync.js';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import type { SyncReport } from '../../src/cli/sync-report.js';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { syntheticHub } from '../builders.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { bareRepo, git, tempDir } from './git-helpers.js';

const example = JSON.parse(readFileSync(path.resolve('examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;

/** A snapshot file `--snapshot` reads. */
function snapshotFile(snapshot: HubSnapshot): string {
  const file = path.join(tempDir('snapshot-'), 'hub.json');
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

/** What each run reported: how many device directories it rendered, and how many it took from the branch unchanged. */
function io(reports: SyncReport[], env: Record<string, string> = {}): CommandIo {
  return { stdout: { write: () => true }, stderr: { write: () => true }, env, cwd: process.cwd(), onSyncReport: (report) => reports.push(report) };
}

/**
 * Device A takes the tags and reported properties of device B of the same cluster that gets other deployments:
 * its directory stays where it is, its content changes.
 */
function oneDeviceMoved(snapshot: HubSnapshot): { changed: HubSnapshot; device: JsonObject; tags: JsonObject } {
  const changed = JSON.parse(JSON.stringify(snapshot)) as HubSnapshot;
  const targets = synthesize(snapshot).targets.filter((t) => t.base !== null);
  const deploymentsOf = (t: (typeof targets)[number]) => [t.base!.id, ...t.layers.map((l) => l.id)].join();
  const clusterOf = (t: (typeof targets)[number]) => String((t.device as unknown as { tags: JsonObject }).tags['cluster']);
  const [a, b] = targets.flatMap((x) => targets.filter((y) => clusterOf(y) === clusterOf(x) && deploymentsOf(y) !== deploymentsOf(x)).map((y) => [x, y]))[0]!;
  const twins = changed.devices as JsonObject[];
  const twinA = twins.find((d) => d['deviceId'] === a!.device.deviceId)!;
  const twinB = twins.find((d) => d['deviceId'] === b!.device.deviceId)!;
  twinA['tags'] = twinB['tags']!;
  twinA['properties'] = twinB['properties']!;
  return { changed, device: twinA, tags: twinA['tags'] as JsonObject };
}

const commits = (remote: string) => Number(git(remote, 'rev-list', '--count', 'main').trim());

describe('incremental sync', () => {
  it.each([
    { name: 'fresh work directory per run (clone of the branch each time)', reuseWorkDir: false },
    { name: 'work directory reused across runs', reuseWorkDir: true },
  ])('$name: a no-op sync renders nothing and commits nothing; one changed device commits only its directory', async ({ reuseWorkDir }) => {
    const remote = bareRepo();
    const snapshot = syntheticHub(example, { devices: 12 });
    const work = tempDir('work-');
    const options = (hub: HubSnapshot) => ({ snapshot: snapshotFile(hub), repo: remote, ...(reuseWorkDir ? { workDir: work } : {}) });
    const reports: SyncReport[] = [];

    await run(options(snapshot), io(reports));
    // The branch holds no output yet: nothing to reuse.
    expect(reports[0]!.reused).toBe(0);
    const managed = reports[0]!.rendered!;
    expect(managed).toBeGreaterThan(0);
    expect(commits(remote)).toBe(1);

    await run(options(snapshot), io(reports));
    expect(reports[1]!.reused).toBe(managed);
    expect(reports[1]!.rendered).toBe(0);
    expect(commits(remote)).toBe(1);

    const { changed, device, tags } = oneDeviceMoved(snapshot);
    await run(options(changed), io(reports));
    expect(reports[2]!.rendered).toBe(1);
    expect(commits(remote)).toBe(2);
    const touched = git(remote, 'show', '--name-only', '--format=', 'main').trim().split('\n');
    const dirs = new Set(touched.map((f) => (f.startsWith('devices/') ? f.split('/').slice(0, 3).join('/') : f)));
    const dirOfA = synthesize(snapshot).plan.inventory.devices.find((d) => d.deviceId === device['deviceId'])!.path!;
    expect(dirOfA.startsWith(`devices/${String(tags['cluster'])}/`)).toBe(true);
    // Its cluster's inventory is the only other file touched.
    expect([...dirs].sort()).toEqual([dirOfA, `devices/${String(tags['cluster'])}/inventory.json`].sort());
  });

  it('the command line wiring reads the branch output too (the second run commits nothing)', async () => {
    const remote = bareRepo();
    const file = snapshotFile(syntheticHub(example, { devices: 8 }));
    const noop = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: process.cwd() };
    expect(await main(['sync', '--snapshot', file, '--repo', remote], noop)).toBe(0);
    expect(await main(['sync', '--snapshot', file, '--repo', remote], noop)).toBe(0);
    expect(commits(remote)).toBe(1);
  });
});

describe('incremental sync in pull-request mode', () => {
  it('reads the output the base branch holds after the reset: once the pull request is merged, a run renders only the changed device', async () => {
    const fake = await FakeGitHubServer.start();
    try {
      const remote = bareRepo({ 'README.md': 'x\n' });
      const snapshot = syntheticHub(example, { devices: 10 });
      const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
      const options = (hub: HubSnapshot) => ({ snapshot: snapshotFile(hub), repo: remote, pullRequest: true, githubRepo: 'acme/fleet', workDir: tempDir('work-') });
      const reports: SyncReport[] = [];

      await run(options(snapshot), io(reports, env));
      // The base holds no output yet: nothing to reuse, every managed device rendered.
      expect(reports[0]!.reused).toBe(0);
      const managed = reports[0]!.rendered!;
      expect(managed).toBeGreaterThan(0);
      expect(fake.pulls.map((p) => p.number)).toEqual([1]);

      // The pull request is merged (fast-forward): the base now holds that output.
      git(remote, 'update-ref', 'refs/heads/main', 'refs/heads/iotedge-gitops/main');
      const { changed, device } = oneDeviceMoved(snapshot);
      await run(options(changed), io(reports, env));
      expect(reports[1]!.reused).toBe(managed - 1);
      expect(reports[1]!.rendered).toBe(1);
      // The rebuilt branch differs from the base in that device's directory and the inventory only (no report file is committed).
      const dirOfDevice = synthesize(changed).plan.inventory.devices.find((d) => d.deviceId === device['deviceId'])!.path!;
      const touched = git(remote, 'diff', '--name-only', 'main', 'iotedge-gitops/main').trim().split('\n');
      const dirs = new Set(touched.map((f) => (f.startsWith('devices/') ? f.split('/').slice(0, 3).join('/') : f)));
      expect([...dirs].sort()).toEqual([dirOfDevice, `${dirOfDevice.split('/').slice(0, 2).join('/')}/inventory.json`].sort());
    } finally {
      await fake.close();
    }
  });
});
