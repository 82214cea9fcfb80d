import { existsSync } from 'node:fs';
import { publishToGit, type GitPublishOptions } from '../../../src/publish/git/git-publish.js';
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import { ConfigError } from '../../../src/errors.js';
import { buildPlan, dirOf, sensorDevices as devices } from '../../builders.js';
import { bareRepo, commitFiles, fileAt, filesOf, git, headOf, log, lsTree, removeDir, tempDir } from '../git-helpers.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';

const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');
const GUARD = { maxDeletions: parseDeletionLimit('10'), allowEmpty: false };

const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

function publish(remote: string, plan: OutputPlan, extra: Partial<GitPublishOptions> = {}) {
  const workDir = tempDir('work-');
  cleanup.push(workDir);
  return publishToGit({ plan, access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir, ...extra });
}

// Every test has its own remote and work directories and reads nothing another writes: they run concurrently,
// since each spends most of its time waiting for git processes.
describe('publishToGit', () => {
  it.concurrent('first sync into an empty repository creates the branch with one commit carrying the trailers', async () => {
    const remote = bareRepo();
    const plan = buildPlan({ devices: devices(2), configurations: [{ id: 'base-config', etag: 'e1' }, { id: 'layer', etag: 'e2', kind: 'layered' }] });
    const result = await publish(remote, plan);
    expect(result.pushed).toBe(true);
    expect(log(remote)).toEqual(['iotedge-gitops: 2 added, 0 changed, 0 removed devices']);
    const body = git(remote, 'log', '-1', '--format=%B', 'main');
    expect(git(remote, 'log', '-1', '--format=%(trailers:only,unfold)', 'main').trim().split('\n')).toEqual([
      'Iotedge-Gitops-Hub: hub1',
      'Iotedge-Gitops-Configurations: base-config@e1,layer@e2',
      'Iotedge-Gitops-Version: 0.1.0',
    ]);
    // Both devices receive the same modules from base-config: one group naming both.
    expect(body).toContain('2 added in default (2)\n  configurations: base-config@e1\n  enters base-config\n');
    expect(body).toContain('  devices: dev1, dev2\n');
    expect(git(remote, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', 'main').trim()).toBe('Sync Bot <bot@example.com>|Sync Bot <bot@example.com>');
    expect(lsTree(remote, 'main')).toEqual([
      'devices/default/inventory.json',
      'devices/default/msiot-hub1-dev1/deployment-edgehub.yaml',
      'devices/default/msiot-hub1-dev1/deployment-simulatedtemperaturesensor.yaml',
      'devices/default/msiot-hub1-dev1/kustomization.yaml',
      'devices/default/msiot-hub1-dev1/namespace.yaml',
      'devices/default/msiot-hub1-dev2/deployment-edgehub.yaml',
      'devices/default/msiot-hub1-dev2/deployment-simulatedtemperaturesensor.yaml',
      'devices/default/msiot-hub1-dev2/kustomization.yaml',
      'devices/default/msiot-hub1-dev2/namespace.yaml',
    ]);
  });

  it.concurrent('an identical second run makes no commit', async () => {
    const remote = bareRepo();
    const plan = buildPlan({ devices: devices(3) });
    await publish(remote, plan);
    const head = headOf(remote);
    const started = Date.now();
    const second = await publish(remote, buildPlan({ devices: devices(3) }));
    const elapsed = Date.now() - started;
    expect(second).toMatchObject({ pushed: false, commit: null, message: null });
    expect(second.changes.devices).toEqual([]);
    expect(headOf(remote)).toBe(head);
    expect(log(remote)).toHaveLength(1);
    console.log(`no-op sync of 3 devices: ${elapsed} ms`);
  });

  it.concurrent('one changed device gives a commit touching only that device directory', async () => {
    const remote = bareRepo();
    await publish(remote, buildPlan({ devices: devices(3) }));
    const changed = devices(3);
    changed[1] = { ...changed[1]!, modules: [{ ...changed[1]!.modules[0]!, image: 'repo/sensor:2.0' }, changed[1]!.modules[1]!] };
    const result = await publish(remote, buildPlan({ devices: changed }));
    expect(result.pushed).toBe(true);
    expect(filesOf(remote, 'main')).toEqual(['devices/default/msiot-hub1-dev2/deployment-simulatedtemperaturesensor.yaml']);
    expect(log(remote)[0]).toBe('iotedge-gitops: 0 added, 1 changed, 0 removed devices');
    expect(git(remote, 'log', '-1', '--format=%b', 'main')).toContain(
      '1 changed in default (1)\n  configurations: base-config@etag-1\n  - module SimulatedTemperatureSensor: image repo/sensor:1.0 → repo/sensor:2.0\n  devices: dev2\n',
    );
  });

  it.concurrent('refuses to remove more device directories than --max-deletions and leaves the remote unchanged', async () => {
    const remote = bareRepo();
    await publish(remote, buildPlan({ devices: devices(5) }));
    const head = headOf(remote);
    const run = publish(remote, buildPlan({ devices: devices(2) }), { guard: { maxDeletions: parseDeletionLimit('2'), allowEmpty: false } });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(publish(remote, buildPlan({ devices: devices(2) }), { guard: { maxDeletions: parseDeletionLimit('2'), allowEmpty: false } })).rejects.toThrow(
      /refusing to remove 3 device directories \(--max-deletions 2\)[\s\S]*devices\/default\/msiot-hub1-dev3\n  devices\/default\/msiot-hub1-dev4\n  devices\/default\/msiot-hub1-dev5/,
    );
    expect(headOf(remote)).toBe(head);
  });

  it.concurrent('removes device directories within the limit, as a percentage', async () => {
    const remote = bareRepo();
    await publish(remote, buildPlan({ devices: devices(4) }));
    // 50% of 4 present = 2 may go.
    const result = await publish(remote, buildPlan({ devices: devices(2) }), { guard: { maxDeletions: parseDeletionLimit('50%'), allowEmpty: false } });
    expect(result.pushed).toBe(true);
    expect(result.changes.devices.map((d) => [d.kind, d.deviceId])).toEqual([
      ['removed', 'dev3'],
      ['removed', 'dev4'],
    ]);
    expect(lsTree(remote, 'main').filter((f) => f.includes('dev3') || f.includes('dev4'))).toEqual([]);
  });

  it.concurrent.each([
    { name: 'no edge devices', plan: () => buildPlan({ devices: [] }) },
    { name: 'no configurations', plan: () => buildPlan({ devices: [], configurations: [] }) },
  ])('an empty read ($name) deletes nothing and commits nothing', async ({ plan }) => {
    const remote = bareRepo();
    await publish(remote, buildPlan({ devices: devices(2) }));
    const head = headOf(remote);
    const result = await publish(remote, plan());
    expect(result.pushed).toBe(false);
    expect(result.notes[0]).toMatch(/^empty read .*nothing changed, 2 device directories kept; pass --allow-empty/);
    expect(headOf(remote)).toBe(head);
  });

  it.concurrent('an empty read with allowEmpty removes the device directories (within --max-deletions)', async () => {
    const remote = bareRepo();
    await publish(remote, buildPlan({ devices: devices(2) }));
    const result = await publish(remote, buildPlan({ devices: [] }), { guard: { maxDeletions: parseDeletionLimit('10'), allowEmpty: true } });
    expect(result.pushed).toBe(true);
    // The cluster folder goes with its last device, inventory included.
    expect(lsTree(remote, 'main')).toEqual([]);
  });

  it.concurrent('a device whose configuration failed keeps the files it has in Git', async () => {
    const remote = bareRepo();
    await publish(remote, buildPlan({ devices: devices(2) }));
    const before = fileAt(remote, 'main', `${dirOf({ deviceId: 'dev2', modules: [] })}/deployment-simulatedtemperaturesensor.yaml`);
    const next = devices(2, 'repo/sensor:3.0');
    next[1] = { ...next[1]!, failed: "configuration 'base-config': bad createOptions" };
    await publish(remote, buildPlan({ devices: next }));
    expect(fileAt(remote, 'main', `${dirOf({ deviceId: 'dev2', modules: [] })}/deployment-simulatedtemperaturesensor.yaml`)).toBe(before);
    expect(fileAt(remote, 'main', `${dirOf({ deviceId: 'dev1', modules: [] })}/deployment-simulatedtemperaturesensor.yaml`)).toContain('repo/sensor:3.0');
  });

  it.concurrent('retries after another writer pushed between fetch and push, keeping both commits', async () => {
    const remote = bareRepo({ 'README.md': 'hello\n' });
    const attempts: number[] = [];
    const result = await publish(remote, buildPlan({ devices: devices(1) }), {
      beforePush: async (attempt) => {
        attempts.push(attempt);
        if (attempt === 1) commitFiles(remote, { 'other/notes.md': 'written by someone else\n' }, 'other writer');
      },
    });
    expect(result).toMatchObject({ pushed: true, attempts: 2 });
    expect(attempts).toEqual([1, 2]);
    expect(log(remote)).toEqual(['iotedge-gitops: 1 added, 0 changed, 0 removed devices', 'other writer', 'seed']);
    expect(fileAt(remote, 'main', 'other/notes.md')).toBe('written by someone else\n');
  });

  it.concurrent('gives up after 5 attempts when the branch keeps moving, never forcing', async () => {
    const remote = bareRepo({ 'README.md': 'hello\n' });
    let n = 0;
    const run = publish(remote, buildPlan({ devices: devices(1) }), {
      beforePush: async () => {
        commitFiles(remote, { [`other/${++n}.md`]: 'x\n' }, `other ${n}`);
      },
    });
    await expect(run).rejects.toThrow(/rejected 5 times/);
    expect(log(remote)).toEqual(['other 5', 'other 4', 'other 3', 'other 2', 'other 1', 'seed']);
  });

  it.concurrent('never touches files outside the managed folder', async () => {
    const remote = bareRepo({ 'README.md': 'hello\n', 'gitops/notes.md': 'mine\n', 'gitops/devices-old.txt': 'x\n', 'apps/x.yaml': 'kind: X\n' });
    await publish(remote, buildPlan({ devices: devices(1) }), { path: 'gitops' });
    expect(filesOf(remote, 'main')).toEqual([
      'gitops/devices/default/inventory.json',
      'gitops/devices/default/msiot-hub1-dev1/deployment-edgehub.yaml',
      'gitops/devices/default/msiot-hub1-dev1/deployment-simulatedtemperaturesensor.yaml',
      'gitops/devices/default/msiot-hub1-dev1/kustomization.yaml',
      'gitops/devices/default/msiot-hub1-dev1/namespace.yaml',
    ]);
    expect(lsTree(remote, 'main')).toEqual(expect.arrayContaining(['README.md', 'apps/x.yaml', 'gitops/devices-old.txt', 'gitops/notes.md']));
  });

  it.concurrent('--dry-run reports the changes and pushes nothing', async () => {
    const remote = bareRepo();
    await publish(remote, buildPlan({ devices: devices(1) }));
    const head = headOf(remote);
    const result = await publish(remote, buildPlan({ devices: devices(2) }), { dryRun: true });
    expect(result).toMatchObject({ pushed: false, commit: null });
    expect(result.changes.devices.map((d) => `${d.kind} ${d.deviceId}`)).toEqual(['added dev2']);
    expect(headOf(remote)).toBe(head);
  });

  it.concurrent('reuses a work directory across runs', async () => {
    const remote = bareRepo();
    const workDir = tempDir('work-');
    cleanup.push(workDir);
    await publishToGit({ plan: buildPlan({ devices: devices(1) }), access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir });
    commitFiles(remote, { 'README.md': 'x\n' }, 'other writer');
    const result = await publishToGit({ plan: buildPlan({ devices: devices(2) }), access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir });
    expect(result.pushed).toBe(true);
    expect(log(remote)).toHaveLength(3);
  });

  it.concurrent('an unreachable remote fails cleanly without echoing credentials', async () => {
    const repo = 'https://bot:SuperSecretPassw0rd@127.0.0.1:9/x.git';
    const run = publish(repo, buildPlan({ devices: devices(1) }), { access: { repo, token: 'ghp_TokenThatMustNotLeak123' } });
    const error = await run.then(
      () => null,
      (e: Error) => e,
    );
    expect(error).not.toBeNull();
    expect(error!.name).toBe('TransientError');
    expect(error!.message).toMatch(/^git could not fetch branch 'main': /);
    expect(error!.message).not.toContain('SuperSecretPassw0rd');
    expect(error!.message).not.toContain('ghp_TokenThatMustNotLeak123');
  });

  it.concurrent('two syncs at once on the same repository both finish and no commit is lost', async () => {
    const remote = bareRepo({ 'README.md': 'hello\n' });
    const results = await Promise.all([
      publish(remote, buildPlan({ devices: devices(1) }), { path: 'site-a' }),
      publish(remote, buildPlan({ devices: devices(2) }), { path: 'site-b' }),
    ]);
    expect(results.every((r) => r.pushed)).toBe(true);
    expect(log(remote).sort()).toEqual(['iotedge-gitops: 1 added, 0 changed, 0 removed devices', 'iotedge-gitops: 2 added, 0 changed, 0 removed devices', 'seed'].sort());
    expect(lsTree(remote, 'main').filter((f) => f.endsWith('inventory.json'))).toEqual(['site-a/devices/default/inventory.json', 'site-b/devices/default/inventory.json']);
  });

  it.concurrent('without a work directory, the temporary clone is removed afterwards', async () => {
    const remote = bareRepo();
    const result = await publishToGit({ plan: buildPlan({ devices: devices(1) }), access: { repo: remote }, author: AUTHOR, guard: GUARD });
    expect(result.pushed).toBe(true);
    expect(existsSync(result.workDir)).toBe(false);
  });
});
