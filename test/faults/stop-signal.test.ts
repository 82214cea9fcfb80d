/**
 * SIGINT and SIGTERM stop a run cleanly (issue 19 item 5), with real CLI processes on a fleet big enough to be
 * stopped mid-write: exit 130 / 143, no temporary left anywhere (device directories, the output root, the
 * temporary clone), the lock released, every device directory whole (the previous run's files or the new
 * ones), and the next run completes the work.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WRITING_MARKER } from '../../src/publish/output/write-output.js';
import { readTree } from '../helpers/output-tree.js';
import { bareRepo, headOf } from '../publish/git-helpers.js';
import { ensureBuilt, runCli, type CliRun } from './cli-process.js';
import { syntheticFleet } from '../builders.js';

// 300 devices of 27 files: the writer replaces directories for a good part of a second after its first marker, and the signal lands then.
const DEVICES = 300;
const TEMP = 'iotedge-gitops-tmp';
let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'faults-stop-'));
  writeFileSync(path.join(work, 'a.json'), syntheticFleet(DEVICES, '1.0'));
  writeFileSync(path.join(work, 'b.json'), syntheticFleet(DEVICES, '2.0'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const synth = (input: string, out: string, started?: Parameters<typeof runCli>[1]['started']): Promise<CliRun> =>
  runCli(['synth', '--snapshot', input, '--out', out, '--quiet'], { cwd: work, started });

/** Resolves once `file` exists (polled every millisecond), or rejects after `ms`. */
async function appears(file: string | (() => boolean), ms = 60_000): Promise<void> {
  const until = performance.now() + ms;
  while (!(typeof file === 'string' ? existsSync(file) : file())) {
    if (performance.now() > until) throw new Error(`${file} did not appear`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Cluster folders holding a WRITING_MARKER. */
function markedClusters(out: string): string[] {
  const devices = path.join(out, 'devices');
  return existsSync(devices) ? readdirSync(devices).filter((c) => existsSync(path.join(devices, c, WRITING_MARKER))) : [];
}

/** Fresh outputs of a.json and b.json, made once for the whole file. */
let references: Promise<{ refA: string; refB: string }> | undefined;
async function _references() {
  const refA = path.join(work, 'ref-a');
  const refB = path.join(work, 'ref-b');
  expect((await synth('a.json', refA)).code).toBe(0);
  expect((await synth('b.json', refB)).code).toBe(0);
  return { refA, refB };
}

/** Every path under `dir` (relative), directories included. */
function allPaths(dir: string, rel = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(path.join(dir, rel))) {
    const child = rel === '' ? name : `${rel}/${name}`;
    found.push(child);
    if (statSync(path.join(dir, child)).isDirectory()) found.push(...allPaths(dir, child));
  }
  return found;
}

/** Device directory → its files. */
function deviceDirs(out: string): Map<string, Map<string, string>> {
  const dirs = new Map<string, Map<string, string>>();
  for (const [file, text] of readTree(path.join(out, 'devices'))) {
    // Each cluster's inventory and writing marker lie beside its device directories.
    if (file.split('/').length === 2) continue;
    const dir = file.split('/').slice(0, 2).join('/');
    if (!dirs.has(dir)) dirs.set(dir, new Map());
    dirs.get(dir)!.set(file.split('/').slice(2).join('/'), text);
  }
  return dirs;
}

it.each([
  { signal: 'SIGTERM' as const, code: 143 },
  { signal: 'SIGINT' as const, code: 130 },
])('synth stopped by $signal while it replaces device directories: exit $code, no temporary, every directory whole', async ({ signal, code }) => {
  const { refA, refB } = await (references ??= _references());
  const a = deviceDirs(refA);
  const b = deviceDirs(refB);
  const out = path.join(work, `out-${signal}`);
  cpSync(refA, out, { recursive: true });

  // Stopped as soon as the first directory changed (the writer marks its cluster folder first): directories are in flight.
  const run = await synth('b.json', out, (child) => void appears(() => markedClusters(out).length > 0).then(() => child.kill(signal)));
  expect({ code: run.code, stderr: run.stderr }).toStrictEqual({
    code,
    stderr: `stopped by ${signal}: temporary files removed, every device directory left whole (old or new); the next run completes the work\n`,
  });
  expect(allPaths(out).filter((p) => p.includes(TEMP) || p.endsWith('-lock'))).toStrictEqual([]);
  const now = deviceDirs(out);
  expect([...now.keys()].sort()).toStrictEqual([...a.keys()].sort());
  const holders = { a: 0, b: 0, mix: 0 };
  for (const [dir, files] of now) {
    const same = (ref: Map<string, string> | undefined) => ref !== undefined && ref.size === files.size && [...ref].every(([k, v]) => files.get(k) === v);
    holders[same(a.get(dir)) ? 'a' : same(b.get(dir)) ? 'b' : 'mix']++;
  }
  expect(holders.mix).toBe(0);
  // It really stopped before the end: the inventory is still the previous run's, and the marker makes the next run
  // trust none of its hashes.
  // Each cluster's inventory is still the previous run's, and a marker stands in at least the cluster that changed.
  for (const cluster of readdirSync(path.join(refA, 'devices'))) {
    expect(readFileSync(path.join(out, 'devices', cluster, 'inventory.json'), 'utf8')).toBe(readFileSync(path.join(refA, 'devices', cluster, 'inventory.json'), 'utf8'));
  }
  expect(markedClusters(out).length).toBeGreaterThan(0);

  expect((await synth('b.json', out)).code).toBe(0);
  expect(readTree(out)).toStrictEqual(readTree(refB));
}, 180_000);

it('sync stopped by SIGTERM: exit 143, its temporary clone removed, nothing pushed', async () => {
  const remote = bareRepo({ 'README.md': 'fleet\n' });
  const head = headOf(remote);
  const tmp = mkdtempSync(path.join(work, 'tmpdir-'));
  const clones = () => readdirSync(tmp).filter((n) => n.startsWith('iotedge-gitops-'));
  let seen = false;
  const run = await runCli(['sync', '--snapshot', 'a.json', '--repo', remote, '--quiet'], {
    cwd: work,
    env: { TMPDIR: tmp },
    started: (child) => {
      const poll = setInterval(() => {
        // Stopped once its clone exists and holds a checkout: it is fetching, rendering or writing.
        if (clones().some((c) => existsSync(path.join(tmp, c, '.git', 'HEAD')))) {
          seen = true;
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 1);
      child.on('exit', () => clearInterval(poll));
    },
  });
  expect(seen).toBe(true);
  expect(run.code).toBe(143);
  expect(run.stderr).toMatch(/^stopped by SIGTERM: /);
  expect(clones()).toStrictEqual([]);
  expect(headOf(remote)).toBe(head);
}, 120_000);
