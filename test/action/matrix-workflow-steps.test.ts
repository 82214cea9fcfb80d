/**
 * The action steps of the workflow `init --matrix` writes, run the way the runner runs them: the action's entry
 * (compiled lib/, as the bundle is built from it) in a child process per step, inputs in INPUT_<NAME> taken from
 * the steps' `with:` in the generated YAML, `${{ … }}` filled in as GitHub would. Job `snapshot` reads a fake IoT
 * Hub (the real azure-iothub client, redirected to 127.0.0.1 by the fault tests' preload) into the snapshot file;
 * each shard job gets its own copy of that file, as download-artifact gives it, and syncs from it. The only inputs
 * replaced are the ones that point at GitHub: the repository (a bare repository on disk) and the pull request
 * (a direct push here). Together the shards must leave the repository holding exactly the device folders one
 * plain sync of the same hub writes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { renderRepoTemplate } from '../../src/publish/repo-template/render-repo-template.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import { startFakeIotHub, type FakeIotHub } from '../fakes/iothub/index.js';
import { ensureBuilt, ROOT, runCli, type CliRun } from '../faults/cli-process.js';
import { bareRepo, tempDir } from '../publish/git-helpers.js';

const ENTRY = path.join(ROOT, 'lib/src/action/action-entry.js');
const PRELOAD = path.join(ROOT, 'test/faults/fake-hub-preload.mjs');

interface Step {
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

let hub: FakeIotHub;
let work: string;
let example: HubSnapshot;

beforeAll(async () => {
  ensureBuilt();
  example = JSON.parse(readFileSync(path.join(ROOT, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;
  hub = await startFakeIotHub({ hubName: 'contoso-hub', configurations: example.configurations as never, twins: example.devices as never });
  work = tempDir('matrix-steps-');
  writeFileSync(path.join(work, 'ca.pem'), hub.ca);
}, 120_000);
afterAll(async () => {
  await hub.close();
});

/** `${{ secrets.X }}` and `${{ matrix.X }}` as GitHub fills them in. */
function expand(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in context)) throw new Error(`no value for ${name}`);
    return context[name]!;
  });
}

/** One action step in its job's workspace: INPUT_<NAME> per `with:` entry, the step's `env:`, the fake hub reachable. */
function runStep(step: Step, workspace: string, context: Record<string, string>, replace: Record<string, string> = {}): Promise<CliRun> {
  const env: Record<string, string> = {
    PATH: process.env['PATH']!,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: path.join(workspace, '.github-output'),
    FAKE_HUB_HOST: hub.hostName,
    FAKE_HUB_PORT: String(hub.port),
    FAKE_HUB_CA: path.join(work, 'ca.pem'),
  };
  writeFileSync(env['GITHUB_OUTPUT']!, '');
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = expand(value, context);
  for (const [name, value] of Object.entries({ ...step.with, ...replace })) env[`INPUT_${name.toUpperCase()}`] = expand(String(value), context);
  const begin = performance.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, ENTRY], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - begin }));
  });
}

function deviceFolders(remote: string): string[] {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'main'], { cwd: remote, encoding: 'utf8' }).split('\n');
  return [...new Set(files.filter((f) => /^devices\/[^/]+\/[^/]+\//.test(f)).map((f) => f.split('/').slice(0, 3).join('/')))].sort();
}

it('job snapshot reads the hub once; the shard jobs sync from its file and together write what one sync writes', async () => {
  const workflow = YAML.parse(renderRepoTemplate({ clusters: ['plant-a', 'plant-b', 'field', 'default'], matrix: 3 }).get('.github/workflows/iotedge-gitops.yml')!);
  const secrets = { 'secrets.IOTHUB_CONNECTION_STRING': hub.connectionString() };

  const snapshotJob = tempDir('job-snapshot-');
  const readStep = (workflow.jobs.snapshot.steps as Step[]).find((s) => s.uses?.startsWith('iotedge-gitops/'))!;
  const queriesBefore = hub.requests.filter((r) => r.operation === 'query').length;
  const read = await runStep(readStep, snapshotJob, secrets);
  expect({ code: read.code, errors: read.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({ code: 0, errors: [] });
  const snapshotFile = path.join(snapshotJob, 'iotedge-gitops-snapshot.json');
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as HubSnapshot;
  expect(snapshot.hub).toBe('contoso-hub');
  // The live read queries IoT Edge devices only: the example's 11, without leaf-sensor-7 (examples/README.md).
  type Twin = { deviceId: string; capabilities?: { iotEdge?: boolean } };
  const edgeDevices = (example.devices as Twin[]).filter((d) => d.capabilities?.iotEdge === true);
  expect(edgeDevices).toHaveLength(11);
  expect((snapshot.devices as Twin[]).map((d) => d.deviceId).sort()).toEqual(edgeDevices.map((d) => d.deviceId).sort());
  for (const key of Object.values(hub.policies)) expect(readFileSync(snapshotFile, 'utf8')).not.toContain(key);
  expect(hub.requests.filter((r) => r.operation === 'query').length).toBeGreaterThan(queriesBefore);

  // Shard of a cluster = parseInt(sha256(name).hex[0..8], 16) % 3 + 1: plant-b, field and default → 1, plant-a → 2;
  // shard 3 owns none of them and must still succeed, changing nothing.
  const sharded = bareRepo();
  const syncStep = (workflow.jobs.sync.steps as Step[]).find((s) => s.uses?.startsWith('iotedge-gitops/'))!;
  expect(syncStep.env).toBeUndefined();
  const hubReadsAfterSnapshot = hub.requests.length;
  for (const shard of workflow.jobs.sync.strategy.matrix.shard as number[]) {
    const job = tempDir(`job-sync-${shard}-`);
    copyFileSync(snapshotFile, path.join(job, 'iotedge-gitops-snapshot.json'));
    const run = await runStep(syncStep, job, { 'matrix.shard': String(shard) }, { repo: sharded, 'pull-request': 'false' });
    expect({ shard, code: run.code, errors: run.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({ shard, code: 0, errors: [] });
  }
  // The shard jobs never read the hub: they hold no connection string.
  expect(hub.requests.length).toBe(hubReadsAfterSnapshot);

  const plain = bareRepo();
  const once = await runCli(['sync', '--snapshot', snapshotFile, '--repo', plain, '--quiet'], { cwd: tempDir('plain-sync-') });
  expect(once.code).toBe(0);
  // examples/README.md: 10 device directories in clusters plant-a, plant-b, field and default.
  expect(deviceFolders(plain)).toHaveLength(10);
  expect(deviceFolders(sharded)).toEqual(deviceFolders(plain));
}, 180_000);
