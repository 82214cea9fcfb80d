/**
 * Publishing for a cluster selection (issue 18): a blobless clone (`--filter=blob:none`, negotiated for real: the
 * bare remotes allow filters and are reached through file:// URLs, as a local path would make git copy objects
 * directly), a work tree sparse on `devices/<cluster>/`, and a rejected push replayed onto the other writer's head.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { publishToGit, type DirectPublishOptions } from '../../../src/publish/git/git-publish.js';
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import { readReconciledPaths, type ReconciledPaths } from '../../../src/publish/repo-template/cluster-coverage.js';
import { InternalError } from '../../../src/errors.js';
import { buildPlan, clusterDevice as device, dirOf, selectedClusterPlan } from '../../builders.js';
import { bareRepo, commitFiles, fileAt, filesOf, git, headOf, log, lsTree, removeDir, tempDir } from '../git-helpers.js';

const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');
const GUARD = { maxDeletions: parseDeletionLimit('0'), allowEmpty: false };

/** Remote `main` seeded by a full-fleet publish: clusters a, b, c with two devices each, plus the Flux objects. */
async function _seededFleet(): Promise<string> {
  const remote = bareRepo({ 'README.md': 'fleet\n' });
  const plan = buildPlan({ devices: ['a', 'b', 'c'].flatMap((c) => [device(`${c}1`, c), device(`${c}2`, c)]) });
  await publishToGit({ plan, access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir: work() });
  commitFiles(remote, {
    'clusters/a/devices.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: devices}\nspec: {path: ./devices/a}\n',
    'clusters/b/devices.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: devices}\nspec: {path: ./devices/b}\n',
  }, 'flux objects');
  return remote;
}
let seeded: Promise<string> | undefined;

/** A copy of the seeded fleet remote of its own (seeded once per file: every test only adds to its copy). */
async function fleetRemote(allowFilter = true): Promise<{ remote: string; url: string }> {
  const remote = path.join(tempDir(), 'remote.git');
  cpSync(await (seeded ??= _seededFleet()), remote, { recursive: true });
  if (allowFilter) git(remote, 'config', 'uploadpack.allowFilter', 'true');
  return { remote, url: pathToFileURL(remote).href };
}

const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

function work(): string {
  const dir = tempDir('work-');
  cleanup.push(dir);
  return dir;
}

function publish(url: string, plan: DirectPublishOptions['plan'], extra: Partial<DirectPublishOptions> = {}) {
  return publishToGit({ plan, access: { repo: url }, author: AUTHOR, guard: GUARD, workDir: work(), ...extra });
}

/** Object ids the clone lacks (`rev-list --missing=print` lists them with '?' and fetches nothing). */
function missingObjects(clone: string): Set<string> {
  const out = git(clone, 'rev-list', '--objects', '--missing=print', 'HEAD');
  return new Set(out.split('\n').filter((l) => l.startsWith('?')).map((l) => l.slice(1)));
}

function blobOf(remote: string, file: string): string {
  return git(remote, 'rev-parse', `main:${file}`).trim();
}

/**
 * An environment whose HOME has a global git config with trace2 on: every git process a run starts logs its
 * argv there. `fetches()` lists the argv of each `git fetch` logged so far.
 */
function traceGit(): { env: NodeJS.ProcessEnv; fetches: () => string[][] } {
  const home = work();
  const traces = path.join(home, 'trace2');
  mkdirSync(traces);
  writeFileSync(path.join(home, '.gitconfig'), `[trace2]\n\teventTarget = ${traces}\n`);
  const fetches = () =>
    readdirSync(traces)
      .flatMap((file) => readFileSync(path.join(traces, file), 'utf8').split('\n'))
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { event: string; argv?: string[] })
      .filter((event) => event.event === 'start' && event.argv!.includes('fetch'))
      .map((event) => event.argv!);
  return { env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') }, fetches };
}

// Every test has its own remote and work directories and reads nothing another writes: they run concurrently,
// since each spends most of its time waiting for git processes.
describe('publishing for a cluster selection', () => {
  it.concurrent('clones blobless and sparse: the other clusters are neither in the work tree nor in the object store', async () => {
    const { remote, url } = await fleetRemote();
    const before = headOf(remote)!;
    const result = await publish(url, selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]), { clusters: ['a'] });
    expect(result.pushed).toBe(true);
    // Only the changed device of cluster a: nothing of b or c is recorded as deleted.
    expect(filesOf(remote, 'main')).toEqual([`${dirOf(device('a1', 'a'))}/deployment-simulatedtemperaturesensor.yaml`]);
    expect(git(remote, 'rev-parse', 'main~1').trim()).toBe(before);
    expect(lsTree(remote, 'main').filter((f) => f.startsWith('devices/b/') || f.startsWith('devices/c/'))).toEqual(lsTree(remote, before).filter((f) => f.startsWith('devices/b/') || f.startsWith('devices/c/')));
    // Cone rules: the selected folder, plus the files directly in the folders above it.
    expect(existsSync(path.join(result.workDir, 'devices/a', 'msiot-hub1-a2', 'namespace.yaml'))).toBe(true);
    expect(existsSync(path.join(result.workDir, 'README.md'))).toBe(true);
    expect(existsSync(path.join(result.workDir, 'devices/a/inventory.json'))).toBe(true);
    expect(existsSync(path.join(result.workDir, 'devices/b'))).toBe(false);
    expect(existsSync(path.join(result.workDir, 'clusters'))).toBe(false);
    const missing = missingObjects(result.workDir);
    expect(missing.has(blobOf(remote, `${dirOf(device('b1', 'b'))}/namespace.yaml`))).toBe(true);
    expect(missing.has(blobOf(remote, `${dirOf(device('c2', 'c'))}/deployment-simulatedtemperaturesensor.yaml`))).toBe(true);
    expect(missing.has(blobOf(remote, `${dirOf(device('a2', 'a'))}/namespace.yaml`))).toBe(false);
    expect(git(result.workDir, 'config', 'remote.origin.partialclonefilter').trim()).toBe('blob:none');
  });

  it.concurrent('fetches the cone before the checkout, so the checkout fetches nothing on demand', async () => {
    // git 2.39's on-demand fetch asks for every missing blob of a checkout in one `fetch … --stdin` request, which
    // took over 12 minutes for the 540,000 blobs of one shard at 100,000 devices (README "Sharding by cluster").
    const { remote, url } = await fleetRemote();
    const trace = traceGit();
    const result = await publish(url, selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]), { clusters: ['a'], access: { repo: url, env: trace.env } });
    expect(result.pushed).toBe(true);
    const fetches = trace.fetches();
    expect(fetches.filter((argv) => argv.includes('--stdin'))).toEqual([]);
    // Besides the branch head (blobless): the cone's blobs by id (cluster a and the files above it, as README.md).
    const byId = fetches.filter((argv) => argv.includes('fetch.negotiationAlgorithm=noop')).flat();
    expect(byId).toEqual(expect.arrayContaining([blobOf(remote, `${dirOf(device('a2', 'a'))}/namespace.yaml`), blobOf(remote, 'README.md')]));
    expect(byId).not.toContain(blobOf(remote, `${dirOf(device('b1', 'b'))}/namespace.yaml`));
    expect(missingObjects(result.workDir).has(blobOf(remote, `${dirOf(device('b1', 'b'))}/namespace.yaml`))).toBe(true);
  });

  it.concurrent('a server that ignores the filter sends every blob, and the work tree is still sparse', async () => {
    const { remote, url } = await fleetRemote(false);
    const result = await publish(url, selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]), { clusters: ['a'] });
    expect(result.pushed).toBe(true);
    expect(missingObjects(result.workDir).size).toBe(0);
    expect(existsSync(path.join(result.workDir, 'devices/b'))).toBe(false);
    expect(filesOf(remote, 'main')).toEqual([`${dirOf(device('a1', 'a'))}/deployment-simulatedtemperaturesensor.yaml`]);
  });

  it.concurrent('a sparse run deletes only inside its clusters, and a no-op run makes no commit', async () => {
    const { remote, url } = await fleetRemote();
    // a2 left the hub: one deletion, within a limit of 1, although b and c (4 devices) are absent from the tree.
    const guard = { maxDeletions: parseDeletionLimit('1'), allowEmpty: false };
    const result = await publish(url, selectedClusterPlan([device('a1', 'a')]), { clusters: ['a'], guard });
    expect(result.pushed).toBe(true);
    expect(filesOf(remote, 'main')).toEqual(['devices/a/inventory.json', ...lsTree(remote, 'main~1').filter((f) => f.startsWith(`${dirOf(device('a2', 'a'))}/`))]);
    expect(lsTree(remote, 'main').filter((f) => !f.startsWith('devices/a/'))).toEqual(lsTree(remote, 'main~1').filter((f) => !f.startsWith('devices/a/')));
    const head = headOf(remote);
    const again = await publish(url, selectedClusterPlan([device('a1', 'a')]), { clusters: ['a'], guard });
    expect(again).toMatchObject({ pushed: false, commit: null });
    expect(headOf(remote)).toBe(head);
  });

  it.concurrent('a selection given as a function sees the cluster folders of the head, so a shard removes a cluster that left the hub', async () => {
    const { remote, url } = await fleetRemote();
    const seen: (readonly string[])[] = [];
    const guard = { maxDeletions: parseDeletionLimit('2'), allowEmpty: false };
    // Cluster c has no device on the hub any more; the shard owning it gets its folder from the head.
    const result = await publish(url, selectedClusterPlan([device('a1', 'a'), device('a2', 'a')], ['a', 'c']), {
      guard,
      clusters: (present) => {
        seen.push(present);
        return ['a', ...present.filter((c) => c === 'c')];
      },
    });
    expect(seen).toEqual([['a', 'b', 'c']]);
    expect(result).toMatchObject({ pushed: true, attempts: 1 });
    expect(filesOf(remote, 'main')).toEqual(lsTree(remote, 'main~1').filter((f) => f.startsWith('devices/c/')));
    expect(lsTree(remote, 'main').filter((f) => f.startsWith('devices/c/'))).toEqual([]);
    expect(lsTree(remote, 'main').filter((f) => f.startsWith('devices/b/'))).toHaveLength(7);
    expect(git(result.workDir, 'sparse-checkout', 'list').trim().split('\n')).toEqual(['devices/a', 'devices/c']);
  });

  it.concurrent('refuses a plan that writes outside the selected clusters, before touching anything', async () => {
    const { remote, url } = await fleetRemote();
    const head = headOf(remote);
    const error = await publish(url, selectedClusterPlan([device('a1', 'a'), device('b9', 'b')]), { clusters: ['a'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalError);
    expect((error as Error).message).toBe("the plan of clusters a has 'devices/b/msiot-hub1-b9' outside them; nothing was written");
    expect(headOf(remote)).toBe(head);
  });

  it.concurrent('a kept work directory follows a selection that changes between runs, and a run without one checks out everything', async () => {
    const { remote, url } = await fleetRemote();
    const workDir = work();
    await publishToGit({ plan: selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]), clusters: ['a'], access: { repo: url }, author: AUTHOR, guard: GUARD, workDir });
    expect(existsSync(path.join(workDir, 'devices/a'))).toBe(true);
    await publishToGit({ plan: selectedClusterPlan([device('b1', 'b', 'repo/sensor:2.0'), device('b2', 'b')]), clusters: ['b'], access: { repo: url }, author: AUTHOR, guard: GUARD, workDir });
    expect(existsSync(path.join(workDir, 'devices/a'))).toBe(false);
    expect(existsSync(path.join(workDir, 'devices/b'))).toBe(true);
    expect(filesOf(remote, 'main')).toEqual([`${dirOf(device('b1', 'b'))}/deployment-simulatedtemperaturesensor.yaml`]);
    const all = buildPlan({ devices: ['a', 'b', 'c'].flatMap((c) => [device(`${c}1`, c, 'repo/sensor:2.0'), device(`${c}2`, c)]) });
    const trace = traceGit();
    const result = await publishToGit({ plan: all, access: { repo: url, env: trace.env }, author: AUTHOR, guard: GUARD, workDir });
    expect(result.pushed).toBe(true);
    // The clone is whole again, in one fetch of the branch: no blob was left for git to fetch on demand.
    expect(missingObjects(workDir).size).toBe(0);
    expect(git(workDir, 'config', '--get-regexp', '^remote\\.origin\\.').trim().split('\n').map((l) => l.split(' ')[0])).toEqual(['remote.origin.url', 'remote.origin.fetch']);
    expect(trace.fetches().filter((argv) => argv.includes('--stdin'))).toEqual([]);
    expect(trace.fetches().filter((argv) => argv.includes('--refetch'))).toHaveLength(1);
    expect(filesOf(remote, 'main')).toEqual([`${dirOf(device('c1', 'c'))}/deployment-simulatedtemperaturesensor.yaml`]);
    expect(existsSync(path.join(workDir, 'clusters/b/devices.yaml'))).toBe(true);
    expect(git(workDir, 'status', '--porcelain').trim()).toBe('');
  });

  it.concurrent('another shard pushed first: our commit is replayed onto theirs, with one more attempt and no second synthesis', async () => {
    const { remote, url } = await fleetRemote();
    let synthesized = 0;
    let theirs = '';
    const result = await publish(
      url,
      async () => {
        synthesized++;
        return selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]);
      },
      {
        clusters: ['a'],
        beforePush: async (attempt) => {
          if (attempt === 1) theirs = commitFiles(remote, { [`${dirOf(device('b1', 'b'))}/namespace.yaml`]: 'changed by shard b\n' }, 'shard b');
        },
      },
    );
    expect(result).toMatchObject({ pushed: true, attempts: 2 });
    expect(synthesized).toBe(1);
    expect(result.commit).toBe(headOf(remote));
    expect(git(remote, 'rev-parse', 'main~1').trim()).toBe(theirs);
    // The replayed commit is our change only, with the message it had: theirs stays as they pushed it.
    expect(filesOf(remote, 'main')).toEqual([`${dirOf(device('a1', 'a'))}/deployment-simulatedtemperaturesensor.yaml`]);
    const raw = git(remote, 'cat-file', 'commit', 'main');
    expect(raw.slice(raw.indexOf('\n\n') + 2)).toBe(result.message);
    expect(result.message).toMatch(/^iotedge-gitops: 0 added, 1 changed, 0 removed devices\n/);
    expect(fileAt(remote, 'main', `${dirOf(device('b1', 'b'))}/namespace.yaml`)).toBe('changed by shard b\n');
    expect(log(remote).slice(0, 2)).toEqual(['iotedge-gitops: 0 added, 1 changed, 0 removed devices', 'shard b']);
    // The clone is at the pushed commit, still sparse, nothing left over.
    expect(git(result.workDir, 'rev-parse', 'HEAD').trim()).toBe(result.commit);
    expect(git(result.workDir, 'status', '--porcelain').trim()).toBe('');
    expect(existsSync(path.join(result.workDir, 'devices/b'))).toBe(false);
  });

  it.concurrent('a replay onto a head that changed one of our paths falls back to synthesizing again on that head', async () => {
    const { remote, url } = await fleetRemote();
    let synthesized = 0;
    const file = `${dirOf(device('a1', 'a'))}/deployment-simulatedtemperaturesensor.yaml`;
    const result = await publish(
      url,
      async () => {
        synthesized++;
        return selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]);
      },
      {
        clusters: ['a'],
        beforePush: async (attempt) => {
          if (attempt === 1) commitFiles(remote, { [file]: 'edited by hand\n' }, 'hand edit');
        },
      },
    );
    expect(result).toMatchObject({ pushed: true, attempts: 2 });
    expect(synthesized).toBe(2);
    expect(log(remote).slice(0, 2)).toEqual(['iotedge-gitops: 0 added, 1 changed, 0 removed devices', 'hand edit']);
    expect(fileAt(remote, 'main', file)).toContain('image: repo/sensor:2.0');
  });

  it.concurrent('two shards each write their own cluster inventory: disjoint paths, so the second is replayed, not redone', async () => {
    const { remote, url } = await fleetRemote();
    let synthesized = 0;
    const plan = selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]);
    const result = await publish(
      url,
      async () => {
        synthesized++;
        return plan;
      },
      { clusters: ['a'], beforePush: async (attempt) => void (attempt === 1 && commitFiles(remote, { 'devices/b/inventory.json': '{}\n' }, 'shard b inventory')) },
    );
    expect(result).toMatchObject({ pushed: true, attempts: 2 });
    expect(synthesized).toBe(1);
    expect(fileAt(remote, 'main', 'devices/a/inventory.json')).toBe(plan.files.get('devices/a/inventory.json'));
    expect(fileAt(remote, 'main', 'devices/b/inventory.json')).toBe('{}\n');
  });

  it.concurrent('gives up after 5 attempts (4 replays) when the branch keeps moving, never forcing', async () => {
    const { remote, url } = await fleetRemote();
    let pushedByOthers = 0;
    const run = publish(url, selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]), {
      clusters: ['a'],
      beforePush: async () => void commitFiles(remote, { [`devices/c/other-${++pushedByOthers}.txt`]: 'x\n' }, `other ${pushedByOthers}`),
    });
    await expect(run).rejects.toThrow("push to branch 'main' was rejected 5 times because other writers kept pushing");
    expect(log(remote).slice(0, 5)).toEqual(['other 5', 'other 4', 'other 3', 'other 2', 'other 1']);
  });

  it.concurrent('cluster coverage reads the Flux objects from the commit when the work tree is sparse', async () => {
    const { url } = await fleetRemote();
    let reconciled: ReconciledPaths | undefined;
    const result = await publish(url, selectedClusterPlan([device('a1', 'a', 'repo/sensor:2.0'), device('a2', 'a')]), {
      clusters: ['a'],
      afterReset: async (root) => void (reconciled = await readReconciledPaths(root, '.')),
    });
    expect(existsSync(path.join(result.workDir, 'clusters'))).toBe(false);
    expect(reconciled).toEqual({ fluxPaths: ['devices/a', 'devices/b'], argoDirectoryPatterns: [] });
  });
});
