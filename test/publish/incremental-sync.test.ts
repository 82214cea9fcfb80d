/**
 * Issue 7: `sync` reads the output the target branch already holds (after fetch + reset) and renders only devices
 * whose input hash changed. Expected values: a no-op run renders nothing and creates no commit; after one device
 * changes, the one new commit touches only that device's directory and inventory.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run, type SyncDeps } from '../../src/cli/commands/sync.js';
import { synthesize } from '../../src/plan/synthesize.js';
import type { PreviousOutput } from '../../src/plan/previous-output.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { syntheticHub } from '../builders.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { bareRepo, git, tempDir } from './git-helpers.js';

const example = JSON.parse(readFileSync(path.resolve('examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;

interface Calls {
  previous: (PreviousOutput | undefined)[];
  rendered: number[];
}

function deps(snapshot: HubSnapshot, calls: Calls, withDefault = false, env: Record<string, string> = {}): SyncDeps {
  return {
    stdout: { write: () => true },
    stderr: { write: () => true },
    env,
    githubRetryBaseMs: 1,
    cwd: process.cwd(),
    loadSnapshot: async () => snapshot,
    ...(withDefault
      ? {}
      : {
          synthesize: (s: HubSnapshot, previous?: PreviousOutput) => {
            calls.previous.push(previous);
            const result = synthesize(s, previous ? { previous } : {});
            calls.rendered.push(result.plan.deviceDirs.length);
            return result;
          },
        }),
  };
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
    const snapshot = syntheticHub(example, { devices: 24 });
    const work = tempDir('work-');
    const options = () => ({ repo: remote, ...(reuseWorkDir ? { workDir: work } : {}) });
    const calls: Calls = { previous: [], rendered: [] };

    await run(options(), deps(snapshot, calls));
    expect(calls.previous[0]).toBeUndefined();
    const managed = calls.rendered[0]!;
    expect(managed).toBeGreaterThan(0);
    expect(commits(remote)).toBe(1);

    await run(options(), deps(snapshot, calls));
    expect(calls.previous[1]?.presentDirs.size).toBe(managed);
    expect(calls.rendered[1]).toBe(0);
    expect(commits(remote)).toBe(1);

    const { changed, device, tags } = oneDeviceMoved(snapshot);
    await run(options(), deps(changed, calls));
    expect(calls.rendered[2]).toBe(1);
    expect(commits(remote)).toBe(2);
    const touched = git(remote, 'show', '--name-only', '--format=', 'main').trim().split('\n');
    const dirs = new Set(touched.map((f) => (f.startsWith('devices/') ? f.split('/').slice(0, 3).join('/') : f)));
    const dirOfA = synthesize(snapshot).plan.inventory.devices.find((d) => d.deviceId === device['deviceId'])!.path!;
    expect(dirOfA.startsWith(`devices/${String(tags['cluster'])}/`)).toBe(true);
    // Its cluster's inventory is the only other file touched.
    expect([...dirs].sort()).toEqual([dirOfA, `devices/${String(tags['cluster'])}/inventory.json`].sort());
  });

  it('without an injected pipeline, sync still reads the branch output (the second run commits nothing)', async () => {
    const remote = bareRepo();
    const snapshot = syntheticHub(example, { devices: 8 });
    const calls: Calls = { previous: [], rendered: [] };
    expect(await run({ repo: remote }, deps(snapshot, calls, true))).toBe(0);
    expect(await run({ repo: remote }, deps(snapshot, calls, true))).toBe(0);
    expect(commits(remote)).toBe(1);
  });
});

describe('incremental sync in pull-request mode', () => {
  it('reads the output the base branch holds after the reset: once the pull request is merged, a run renders only the changed device', async () => {
    const fake = await FakeGitHubServer.start();
    try {
      const remote = bareRepo({ 'README.md': 'x\n' });
      const snapshot = syntheticHub(example, { devices: 16 });
      const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
      const options = () => ({ repo: remote, pullRequest: true, githubRepo: 'acme/fleet', workDir: tempDir('work-') });
      const calls: Calls = { previous: [], rendered: [] };

      await run(options(), deps(snapshot, calls, false, env));
      // The base holds no output yet: nothing to reuse, every managed device rendered.
      expect(calls.previous[0]).toBeUndefined();
      const managed = calls.rendered[0]!;
      expect(managed).toBeGreaterThan(0);
      expect(fake.pulls.map((p) => p.number)).toEqual([1]);

      // The pull request is merged (fast-forward): the base now holds that output.
      git(remote, 'update-ref', 'refs/heads/main', 'refs/heads/iotedge-gitops/main');
      const { changed, device } = oneDeviceMoved(snapshot);
      await run(options(), deps(changed, calls, false, env));
      expect(calls.previous[1]?.presentDirs.size).toBe(managed);
      expect(calls.rendered[1]).toBe(1);
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
