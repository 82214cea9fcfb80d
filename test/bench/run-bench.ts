/**
 * `npm run bench`: synth of deterministic synthetic hubs (1,000 and 10,000 edge devices, 20 base + 30 layered
 * deployments) against the YAML floor, then an incremental no-op synth, then (largest size) sync to a bare Git
 * repository: seed, no-op, one device changed. Each measured run is a child process, so peak RSS is its own.
 * Environment: BENCH_SIZES=1000,10000 (comma list), BENCH_DIR=<work dir> (default: a temp dir, removed after),
 * BENCH_SYNC=0 to skip the Git part, BENCH_SYNTH=0 to run only the Git part. Then large content (BENCH_LARGE=0
 * skips it): one device with a layer of 100,000 keys (synth; refused in targeting, as its twin is over IoT Hub's
 * 32 KB, after the merge) and render of one module with 10,000 annotations (createOptions Labels): quadratic work
 * there takes minutes, linear work seconds.
 * BENCH_SHARDING=1 adds sharding by cluster (sharding-bench.ts: BENCH_SHARD_DEVICES=100000,
 * BENCH_SHARD_CLUSTERS=100, BENCH_SHARDS=4); with BENCH_SYNTH=0 BENCH_SYNC=0 BENCH_LARGE=0 it runs alone.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import type { SynthRun } from './synth-once.js';
import { syntheticHub } from '../builders/synthetic-hub.js';
import { largeContentHub } from './large-content-hub.js';
import { child, git, row, s, timed, tree } from './bench-tools.js';
import { shardingBench, shardingBenchOptions } from './sharding-bench.js';
import { readInventory } from '../helpers/read-inventory.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../..');

/** The rows of the stages every synth run goes through, from load to render. */
function stageRows(ms: { load: number; model: number; targeting: number; translate: number; render: number }): string[] {
  return [
    row('load (read + parse snapshot)', s(ms.load)),
    row('model (configurations, twins)', s(ms.model)),
    row('targeting (select, merge, parse)', s(ms.targeting)),
    row('translate', s(ms.translate)),
    row('render (cdk8s + YAML)', s(ms.render)),
  ];
}

function synthTable(size: number, groupsNote: string, cold: SynthRun, floor: { ms: number }, out: { files: number; bytes: number }, warm: SynthRun): string {
  const synthMs = cold.ms.total - cold.ms.load;
  return [
    `### ${size.toLocaleString('en-US')} devices (${groupsNote})`,
    '',
    row('stage', 'seconds'),
    row('-'.repeat(34), '-'.repeat(22)),
    ...stageRows(cold.ms),
    row('inventory.json, removals (finish)', s(cold.ms.inventory)),
    row('write device dirs (streamed)', s(cold.ms.write)),
    row('total wall (synth command)', s(cold.ms.total)),
    row('peak RSS', `${cold.maxRssMiB.toFixed(0)} MiB`),
    row('devices synthesized / unmanaged', `${cold.synthesized} / ${cold.unmanaged}`),
    row('output files / bytes', `${out.files} / ${(out.bytes / 1048576).toFixed(1)} MiB`),
    row('YAML floor (stringify + write)', s(floor.ms)),
    row('ratio (total − load) / floor', `${(synthMs / floor.ms).toFixed(2)}×`),
    row('ratio total / floor', `${(cold.ms.total / floor.ms).toFixed(2)}×`),
    row('no-op re-synth (incremental) wall', s(warm.ms.total)),
    row('  devices reused / rendered', `${warm.reused} / ${warm.synthesized - warm.reused}`),
    row('  dirs written (added+changed)', String(warm.written.added + warm.written.changed)),
    row('  peak RSS', `${warm.maxRssMiB.toFixed(0)} MiB`),
    '',
  ].join('\n');
}

interface SyncRun {
  ms: number;
  maxRssMiB: number;
  exitCode: number;
  pushed: boolean;
  commitPrefix: string | null;
  reused: number;
  rendered: number;
  outcome: string;
}

function main(): void {
  const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
  const keep = process.env['BENCH_DIR'] !== undefined;
  const work = process.env['BENCH_DIR'] ?? mkdtempSync(path.join(os.tmpdir(), 'iotedge-gitops-bench-'));
  mkdirSync(work, { recursive: true });
  const example = JSON.parse(readFileSync(path.join(projectRoot, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;
  console.log(`# iotedge-gitops bench (node ${process.version}, ${os.cpus().length} CPU, ${os.cpus()[0]?.model ?? '?'})\n`);
  try {
    for (const size of process.env['BENCH_SYNTH'] === '0' ? [] : sizes) {
      const hub = syntheticHub(example, { devices: size });
      const snapshotFile = path.join(work, `hub-${size}.json`);
      writeFileSync(snapshotFile, JSON.stringify(hub));
      const out = path.join(work, `out-${size}`);
      rmSync(out, { recursive: true, force: true });
      const cold = child<SynthRun>('synth-once.js', [snapshotFile, out]);
      const files = tree(out);
      const floor = child<{ ms: number }>('yaml-floor.js', [out, path.join(work, `floor-${size}`)]);
      rmSync(path.join(work, `floor-${size}`), { recursive: true, force: true });
      const warm = child<SynthRun>('synth-once.js', [snapshotFile, out, 'incremental']);
      const inventory = readInventory(out) as { devices: { baseDeployment: string | null; layeredDeployments: string[]; cluster: string; modules: string[] }[] };
      const managed = inventory.devices.filter((d) => d.baseDeployment !== null);
      const groups = new Set(managed.map((d) => `${d.cluster}|${d.baseDeployment}|${d.layeredDeployments.join(',')}`)).size;
      const modules = managed.reduce((n, d) => n + d.modules.length, 0) / Math.max(1, managed.length);
      console.log(synthTable(size, `${modules.toFixed(1)} modules per managed device incl. edgeHub, ${groups} distinct cluster+deployment sets`, cold, floor, files, warm));
      rmSync(out, { recursive: true, force: true });
    }
    if (process.env['BENCH_SYNC'] !== '0') syncBench(work, example, Math.max(...sizes));
    if (process.env['BENCH_LARGE'] !== '0') largeContentBench(work);
    if (process.env['BENCH_SHARDING'] === '1') shardingBench(work, example, shardingBenchOptions(process.env));
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Sync at scale. The bare repository is seeded with plain git from a synth of the same hub (the state a
 * repository reaches after the first sync), timing `git add -A` and the push; then the tool syncs into a fresh
 * work directory (clone cost), again with the work directory reused (no-op: must create no commit and render
 * nothing), and once more after one device changed (the commit must touch only that device's directory).
 */
function syncBench(work: string, example: HubSnapshot, size: number): void {
  const hub = syntheticHub(example, { devices: size });
  const snapshotFile = path.join(work, `hub-${size}.json`);
  writeFileSync(snapshotFile, JSON.stringify(hub));
  const bare = path.join(work, 'gitops.git');
  const seedDir = path.join(work, 'seed');
  const workDir = path.join(work, 'sync-work');
  for (const dir of [bare, seedDir, workDir]) rmSync(dir, { recursive: true, force: true });
  git(['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  child<SynthRun>('synth-once.js', [snapshotFile, seedDir]);
  git(['init', '--quiet', '--initial-branch=main'], seedDir);
  // No background auto-gc racing the timings (or the clean-up) of this run.
  git(['config', 'gc.auto', '0'], seedDir);
  git(['config', 'gc.auto', '0'], bare);
  const [, addMs] = timed(() => git(['add', '-A'], seedDir));
  const [, commitMs] = timed(() => git(['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '--quiet', '-m', 'seed'], seedDir));
  const [, pushMs] = timed(() => git(['push', '--quiet', bare, 'HEAD:refs/heads/main'], seedDir));
  const count = () => Number(git(['-C', bare, 'rev-list', '--count', 'main']).trim());
  const first = child<SyncRun>('sync-once.js', [snapshotFile, bare, workDir]);
  const commitsAfterFirst = count();
  const noop = child<SyncRun>('sync-once.js', [snapshotFile, bare, workDir]);
  const commitsAfterNoop = count();
  // One device changes: a new tag value that moves it into other layers.
  const changed = JSON.parse(JSON.stringify(hub)) as HubSnapshot;
  const device = (changed.devices as JsonObject[]).find((d) => (d['tags'] as JsonObject)['environment'] === 'prod')!;
  const tags = device['tags'] as JsonObject;
  tags['analytics'] = !tags['analytics'];
  tags['role'] = tags['role'] === 'telemetry' ? 'control' : 'telemetry';
  const changedFile = path.join(work, `hub-${size}-changed.json`);
  writeFileSync(changedFile, JSON.stringify(changed));
  const one = child<SyncRun>('sync-once.js', [changedFile, bare, workDir]);
  const commitsAfterOne = count();
  const touched = commitsAfterOne > commitsAfterNoop ? git(['-C', bare, 'show', '--name-only', '--format=', 'main']).trim().split('\n').filter(Boolean) : [];
  const dirs = [...new Set(touched.map((f) => (f.startsWith('devices/') ? f.split('/').slice(0, 3).join('/') : f)))].sort();
  console.log(
    [
      `### sync of ${size.toLocaleString('en-US')} devices to a local bare repository`,
      '',
      row('run', 'result'),
      row('-'.repeat(34), '-'.repeat(22)),
      row('seed with plain git: add -A', s(addMs)),
      row('  commit / push', `${s(commitMs).trim()} / ${s(pushMs).trim()}`),
      row('sync into a fresh work dir wall', s(first.ms)),
      row('  commits created', String(commitsAfterFirst - 1)),
      row('  devices reused / rendered', `${first.reused} / ${first.rendered}`),
      row('  peak RSS', `${first.maxRssMiB.toFixed(0)} MiB`),
      row('no-op sync (work dir reused) wall', s(noop.ms)),
      row('  commits created', String(commitsAfterNoop - commitsAfterFirst)),
      row('  devices reused / rendered', `${noop.reused} / ${noop.rendered}`),
      row('  peak RSS', `${noop.maxRssMiB.toFixed(0)} MiB`),
      row(`one device changed ('${String(device['deviceId'])}')`, s(one.ms)),
      row('  commits created', String(commitsAfterOne - commitsAfterNoop)),
      row('  devices reused / rendered', `${one.reused} / ${one.rendered}`),
      row('  paths in the commit', String(touched.length)),
      row('  directories / files in the commit', dirs.join(', ')),
      '',
    ].join('\n'),
  );
}

main();

function largeContentBench(work: string): void {
  const props = { layerKeys: 100_000, labels: 0 };
  const snapshotFile = path.join(work, 'hub-large.json');
  writeFileSync(snapshotFile, JSON.stringify(largeContentHub(props)));
  const out = path.join(work, 'out-large');
  rmSync(out, { recursive: true, force: true });
  const run = child<SynthRun>('synth-once.js', [snapshotFile, out]);
  rmSync(out, { recursive: true, force: true });
  const annotations = 10_000;
  const render = child<{ ms: number }>('render-annotations-once.js', [String(annotations)]);
  console.log(
    [
      `### large content: one device with a layer of ${props.layerKeys.toLocaleString('en-US')} keys; one module with ${annotations.toLocaleString('en-US')} annotations`,
      '',
      row('stage', 'seconds'),
      row('-'.repeat(34), '-'.repeat(22)),
      ...stageRows(run.ms),
      row('synth total (100,000 layer keys)', s(run.ms.total)),
      row('render 10,000 annotations', s(render.ms)),
      '',
    ].join('\n'),
  );
}
