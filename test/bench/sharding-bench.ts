/**
 * Sharding by cluster at scale (`BENCH_SHARDING=1`): one hub of BENCH_SHARD_DEVICES devices spread over
 * BENCH_SHARD_CLUSTERS clusters, synthesized by one job and by BENCH_SHARDS shard jobs (`--shard i/N`, each its own
 * process and output folder, as the jobs of a GitHub Actions matrix are); then, against a bare repository seeded
 * with the whole fleet, a sync of one shard into a fresh work directory (what each matrix job does: its clone is all
 * it fetches), the same sync again with the work directory kept (no-op), and one changed device in that shard.
 * Every run is the real command line (`cli-once.ts`) in its own child process, so peak RSS is its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { child, git, row, s, timed, tree } from './bench-tools.js';
import type { CliRun } from './cli-once.js';
import { syntheticHub } from '../builders/synthetic-hub.js';

/** Size of the sharding scenario. */
export interface ShardingBenchOptions {
  readonly devices: number;
  readonly clusters: number;
  readonly shards: number;
}

/** The options from BENCH_SHARD_DEVICES (100,000), BENCH_SHARD_CLUSTERS (100) and BENCH_SHARDS (4). */
export function shardingBenchOptions(env: NodeJS.ProcessEnv): ShardingBenchOptions {
  const count = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not '${env[name]}'`);
    return value;
  };
  return { devices: count('BENCH_SHARD_DEVICES', 100_000), clusters: count('BENCH_SHARD_CLUSTERS', 100), shards: count('BENCH_SHARDS', 4) };
}

/** The shard (1…n) that owns a cluster, as the issue-18 contract defines it: sha256 of the name, first 8 hex, mod n. */
function shardOf(cluster: string, shards: number): number {
  return (parseInt(createHash('sha256').update(cluster, 'utf8').digest('hex').slice(0, 8), 16) % shards) + 1;
}

/** Bytes of every file under `dir`, `.git` included (the clone's objects are what a job fetched). */
function bytesUnder(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) bytes += bytesUnder(p);
    else if (e.isFile()) bytes += statSync(p).size;
  }
  return bytes;
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const rss = (run: CliRun) => `${run.maxRssMiB.toFixed(0)} MiB`;
const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Refuses to start when the disk cannot hold the run: the fleet's output (about 30 KiB of files per device, in
 * 4 KiB blocks about 120 KiB), Git's loose objects while seeding (as many again), one shard's output and one clone.
 */
function checkDiskSpace(work: string, devices: number): void {
  const fs = statfsSync(work);
  const free = fs.bavail * fs.bsize;
  const needed = devices * 300 * 1024;
  if (free < needed) throw new Error(`sharding bench: ${mib(free)} free under ${work}, about ${mib(needed)} needed for ${thousands(devices)} devices (set BENCH_SHARD_DEVICES lower or BENCH_DIR elsewhere)`);
}

/** Runs the command line in its own process; a failed or crashed run is reported in the table, not thrown. */
function cli(args: string[]): CliRun {
  const started = performance.now();
  try {
    return child<CliRun>('cli-once.js', [...args, '--quiet']);
  } catch (error) {
    // The process died before printing its line (its stderr is above): no RSS figure, the wall time as seen here.
    const status = (error as { status?: number | null }).status;
    return { ms: performance.now() - started, maxRssMiB: Number.NaN, exitCode: typeof status === 'number' ? status : -1, stdout: 'crashed (stderr above)' };
  }
}

const outcome = (run: CliRun) => (run.exitCode === 0 ? 'exit 0' : `EXIT ${run.exitCode}`);

export function shardingBench(work: string, example: HubSnapshot, options: ShardingBenchOptions): void {
  const { devices, clusters, shards } = options;
  checkDiskSpace(work, devices);
  const hub = syntheticHub(example, { devices, clusters });
  const snapshotFile = path.join(work, `hub-${devices}-${clusters}.json`);
  writeFileSync(snapshotFile, JSON.stringify(hub));
  const clusterOf = (d: JsonObject) => String((d['tags'] as JsonObject)['cluster']);
  const present = [...new Set((hub.devices as JsonObject[]).map(clusterOf))].sort();
  const owned = Array.from({ length: shards }, (_, i) => present.filter((c) => shardOf(c, shards) === i + 1));
  const devicesOwned = owned.map((list) => {
    const set = new Set(list);
    return (hub.devices as JsonObject[]).filter((d) => set.has(clusterOf(d))).length;
  });

  // Rows are printed as they are measured: a run stopped half-way still shows what it measured.
  const print = (label: string, value: string) => console.log(row(label, value));
  const failed = (name: string, run: CliRun) => {
    if (run.exitCode !== 0) console.log(`\n${name}: exit ${run.exitCode}: ${run.stdout.split('\n').slice(-3).join(' | ')}\n`);
  };
  console.log([`### sharding: ${thousands(devices)} devices in ${clusters} clusters, ${shards} shards`, '', row('run', 'result'), row('-'.repeat(34), '-'.repeat(22))].join('\n'));
  print('clusters per shard', owned.map((l) => l.length).join(' / '));
  print('devices per shard', devicesOwned.map(thousands).join(' / '));

  const all = path.join(work, 'shard-bench-all');
  rmSync(all, { recursive: true, force: true });
  const one = cli(['synth', '--snapshot', snapshotFile, '--out', all]);
  const allTree = tree(all);
  print('one synth job wall', `${s(one.ms).trim()} (${outcome(one)})`);
  print('  peak RSS', rss(one));
  print('  output files / bytes', `${allTree.files} / ${mib(allTree.bytes)}`);
  failed('one job', one);

  const shardWalls: number[] = [];
  owned.forEach((_, i) => {
    const out = path.join(work, `shard-bench-${i + 1}-of-${shards}`);
    rmSync(out, { recursive: true, force: true });
    const run = cli(['synth', '--snapshot', snapshotFile, '--out', out, '--shard', `${i + 1}/${shards}`]);
    // A run refused before writing (exit 1) leaves no folder.
    const files = existsSync(out) ? tree(out) : { files: 0, bytes: 0 };
    rmSync(out, { recursive: true, force: true });
    shardWalls.push(run.ms);
    print(`shard ${i + 1}/${shards} synth wall`, `${s(run.ms).trim()} (${outcome(run)})`);
    print('  peak RSS / output files', `${rss(run)} / ${files.files}`);
    failed(`shard ${i + 1}`, run);
  });
  print('matrix wall (slowest shard)', s(Math.max(...shardWalls)));
  print('sum of shard walls', s(shardWalls.reduce((n, ms) => n + ms, 0)));

  // The repository after the first full sync, seeded with plain git from the one job's output.
  const bare = path.join(work, 'shard-bench.git');
  rmSync(bare, { recursive: true, force: true });
  git(['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  // Blobless clones and lazy fetches of blobs need the server to accept filters and wants of single blobs.
  for (const [key, value] of [['gc.auto', '0'], ['uploadpack.allowFilter', 'true'], ['uploadpack.allowAnySHA1InWant', 'true']] as const) git(['config', key, value], bare);
  git(['init', '--quiet', '--initial-branch=main'], all);
  git(['config', 'gc.auto', '0'], all);
  const [, addMs] = timed(() => git(['add', '-A'], all));
  const [, commitMs] = timed(() => git(['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '--quiet', '-m', 'seed'], all));
  const [, pushMs] = timed(() => git(['push', '--quiet', bare, 'HEAD:refs/heads/main'], all));
  rmSync(all, { recursive: true, force: true });
  const packDir = path.join(bare, 'objects', 'pack');
  const packBytes = readdirSync(packDir).filter((f) => f.endsWith('.pack')).reduce((n, f) => n + statSync(path.join(packDir, f)).size, 0);
  const objects = git(['count-objects', '-v'], bare).split('\n').find((l) => l.startsWith('in-pack:'))?.split(':')[1]?.trim() ?? '?';
  print('seed repo: git add -A', s(addMs));
  print('  commit / push', `${s(commitMs).trim()} / ${s(pushMs).trim()}`);
  print('  pack size / objects', `${mib(packBytes)} / ${objects}`);
  const count = () => Number(git(['-C', bare, 'rev-list', '--count', 'main']).trim());

  // Shard 1 as a matrix job runs it: a fresh work directory, then kept for the later runs.
  const repo = pathToFileURL(bare).href;
  const workDir = path.join(work, 'shard-bench-sync');
  rmSync(workDir, { recursive: true, force: true });
  const shard = `1/${shards}`;
  const sync = (file: string) => cli(['sync', '--snapshot', file, '--repo', repo, '--branch', 'main', '--work-dir', workDir, '--shard', shard]);
  // The first sync after a seed made by `synth` may still commit (inventory hashes recorded by another command);
  // the second, again into a fresh work directory, is what each matrix job of an unchanged hub pays.
  const before = count();
  const first = sync(snapshotFile);
  const afterFirst = count();
  print(`sync --shard ${shard} after the seed`, `${s(first.ms).trim()} (${outcome(first)})`);
  print('  commits created', String(afterFirst - before));
  failed('first sync', first);
  rmSync(workDir, { recursive: true, force: true });
  const fresh = sync(snapshotFile);
  const afterFresh = count();
  const hasClone = existsSync(path.join(workDir, '.git'));
  const checkedOut = hasClone ? tree(workDir) : { files: 0, bytes: 0 };
  print(`no-op sync --shard ${shard}, fresh dir`, `${s(fresh.ms).trim()} (${outcome(fresh)})`);
  print('  peak RSS', rss(fresh));
  print('  commits created', String(afterFresh - afterFirst));
  print('  clone .git bytes (fetched)', mib(hasClone ? bytesUnder(path.join(workDir, '.git')) : 0));
  print('  files checked out / bytes', `${checkedOut.files} / ${mib(checkedOut.bytes)}`);
  failed('fresh sync', fresh);
  const noop = sync(snapshotFile);
  const afterNoop = count();
  print('no-op sync, work dir kept', `${s(noop.ms).trim()} (${outcome(noop)})`);
  print('  peak RSS', rss(noop));
  print('  commits created', String(afterNoop - afterFresh));
  failed('no-op sync', noop);

  // One device changes for sure: an unmanaged device of the shard takes the tags of a managed one of its cluster,
  // so it gains the same deployments and a directory (a new tag value may leave a device's deployments as they were).
  const changed = JSON.parse(JSON.stringify(hub)) as HubSnapshot;
  const mine = new Set(owned[0]);
  const managed = (d: JsonObject) => (d['tags'] as JsonObject)['environment'] !== 'lab';
  const device = (changed.devices as JsonObject[]).find((d) => mine.has(clusterOf(d)) && !managed(d));
  const donor = device && (changed.devices as JsonObject[]).find((d) => clusterOf(d) === clusterOf(device) && managed(d));
  if (device !== undefined && donor !== undefined) {
    device['tags'] = JSON.parse(JSON.stringify(donor['tags'])) as JsonObject;
    const changedFile = path.join(work, `hub-${devices}-${clusters}-changed.json`);
    writeFileSync(changedFile, JSON.stringify(changed));
    const run = sync(changedFile);
    const commits = count() - afterNoop;
    const touched = commits > 0 ? git(['-C', bare, 'show', '--name-only', '--format=', 'main']).trim().split('\n').filter(Boolean) : [];
    const dirs = [...new Set(touched.map((f) => (f.startsWith('devices/') ? f.split('/').slice(0, 3).join('/') : f)))].sort();
    print(`one device changed (${String(device['deviceId'])})`, `${s(run.ms).trim()} (${outcome(run)})`);
    print('  peak RSS', rss(run));
    print('  commits created', String(commits));
    print('  paths in the commit', String(touched.length));
    print('  directories / files in the commit', dirs.join(', '));
    failed('changed sync', run);
  }
  rmSync(workDir, { recursive: true, force: true });
  console.log('');
}
