/**
 * Atomic writes (issue 8 §3, README "Safety"): synth killed with SIGKILL at random moments while it replaces
 * every device directory leaves each device directory with either its previous files or its new ones —
 * never a mix, never half a file — and inventory.json whole; the next run repairs everything, whichever
 * input it is given.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WRITING_MARKER } from '../../src/publish/output/write-output.js';
import { readTree } from '../helpers/output-tree.js';
import { ensureBuilt, runCli, type CliRun } from './cli-process.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { syntheticFleet } from '../builders.js';

const DEVICES = 200;
const TEMP_MARK = '.iotedge-gitops-tmp-';
let work: string;
beforeAll(() => {
  ensureBuilt();
  // tmpfs when there is one: the same renames, five times faster than an overlay root file system.
  work = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'faults-kill-'));
  writeFileSync(path.join(work, 'a.json'), syntheticFleet(DEVICES, '1.0'));
  writeFileSync(path.join(work, 'b.json'), syntheticFleet(DEVICES, '2.0'));
  writeFileSync(path.join(work, 'c.json'), syntheticFleet(DEVICES, '3.0'));
  writeFileSync(path.join(work, 'd.json'), syntheticFleet(DEVICES, '4.0'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Device directory (`devices/<cluster>/<name>`, temp names included) → its files. */
function deviceDirs(out: string): Map<string, Map<string, string>> {
  const dirs = new Map<string, Map<string, string>>();
  for (const cluster of readdirSync(path.join(out, 'devices'))) {
    for (const name of readdirSync(path.join(out, 'devices', cluster))) {
      const dir = path.join(out, 'devices', cluster, name);
      if (!statSync(dir).isDirectory()) continue;
      const files = new Map<string, string>();
      for (const file of readdirSync(dir).sort()) files.set(file, readFileSync(path.join(dir, file), 'utf8'));
      dirs.set(`devices/${cluster}/${name}`, files);
    }
  }
  return dirs;
}

const same = (a: ReadonlyMap<string, string> | undefined, b: ReadonlyMap<string, string> | undefined) =>
  a !== undefined && b !== undefined && a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

function synth(input: string, out: string, started?: Parameters<typeof runCli>[1]['started']): Promise<CliRun> {
  return runCli(['synth', '--snapshot', input, '--out', out, '--quiet'], { cwd: work, started });
}

/** True once a cluster folder of `out` holds the writer's WRITING_MARKER. */
function marked(out: string): boolean {
  const devices = path.join(out, 'devices');
  return existsSync(devices) && readdirSync(devices).some((cluster) => existsSync(path.join(devices, cluster, WRITING_MARKER)));
}

/**
 * A synth into `out`, watched every millisecond for the first cluster marker: `writingMs` is the time from the marker
 * to the end of the run, and with `killAfterMs` the run gets SIGKILL that long after the marker appeared.
 */
async function synthWatched(input: string, out: string, killAfterMs?: number): Promise<CliRun & { writingMs: number }> {
  let markedAt: number | undefined;
  const run = await synth(input, out, (child) => {
    const poll = setInterval(() => {
      if (!marked(out)) return;
      markedAt = performance.now();
      clearInterval(poll);
      if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }, 1);
    child.on('exit', () => clearInterval(poll));
  });
  const ended = performance.now();
  if (markedAt === undefined) throw new Error(`synth of ${input} into ${out} never marked a cluster folder (exit ${run.code}): ${run.stderr}`);
  return { ...run, writingMs: ended - markedAt };
}

/** A fresh run's output of `<input>.json` in `ref-<input>`, made once for the whole file: the tests only read it. */
const references = new Map<string, Promise<string>>();
function reference(input: string): Promise<string> {
  const made =
    references.get(input) ??
    (async () => {
      const dir = path.join(work, `ref-${input}`);
      expect((await synth(`${input}.json`, dir)).code).toBe(0);
      return dir;
    })();
  references.set(input, made);
  return made;
}

it('a run killed mid-write leaves every device directory whole (one run\'s files), and the next run repairs all of it', async () => {
  // Fresh runs of each input: what a device directory may hold, whole.
  const refs = new Map<string, Map<string, Map<string, string>>>();
  for (const input of ['a', 'b', 'c', 'd']) refs.set(input, deviceDirs(await reference(input)));
  const dirs = [...refs.get('a')!.keys()];
  expect(dirs).toHaveLength(DEVICES);
  // Each cluster's inventory, as each reference run wrote it.
  const inventoriesOf = (root: string) => new Map(readdirSync(path.join(root, 'devices')).filter((c) => existsSync(path.join(root, 'devices', c, 'inventory.json'))).map((c) => [c, readFileSync(path.join(root, 'devices', c, 'inventory.json'), 'utf8')]));
  const inventories = ['a', 'b', 'c'].map((i) => inventoriesOf(path.join(work, `ref-${i}`)));
  const whole = (dir: string, files: ReadonlyMap<string, string> | undefined) => ['a', 'b', 'c'].find((i) => same(files, refs.get(i)!.get(dir))) ?? 'mix';

  // Both start as a finished run of a.json left them (a copy of its fresh output: the same bytes).
  const out = path.join(work, 'out');
  cpSync(await reference('a'), out, { recursive: true });
  // How long a run that replaces every directory keeps writing: from the first cluster marker (the writer puts one
  // in a cluster folder before its first change there) to the end of the run. Kills are timed from that marker, so
  // rendering that a loaded machine slows down does not move them out of the writing.
  const calibrate = path.join(work, 'calibrate');
  cpSync(await reference('a'), calibrate, { recursive: true });
  let writing = (await synthWatched('b.json', calibrate)).writingMs;
  const random = seededRandom(8);
  let killed = 0;
  let mixed = 0;
  // Each round's input differs from every earlier one's on all devices, so each round rewrites every directory.
  for (const [round, input] of ['b.json', 'c.json', 'b.json', 'c.json'].entries()) {
    const run = await synthWatched(input, out, writing * (0.05 + 0.85 * random()));
    if (run.signal === 'SIGKILL') killed++;
    else {
      expect({ round, code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      // It finished before the kill: this round wrote faster than the calibration. Time the next from this one.
      writing = run.writingMs;
    }

    const now = deviceDirs(out);
    const holders = new Set<string>();
    for (const dir of dirs) {
      if (now.has(dir)) {
        const which = whole(dir, now.get(dir));
        expect({ round, dir, which }).not.toMatchObject({ which: 'mix' });
        holders.add(which);
      } else {
        // Killed between its two renames: the previous files wait under a temporary name for the next run.
        const parked = [...now.keys()].filter((d) => d.startsWith(`${dir}${TEMP_MARK}old-`));
        expect({ round, dir, parked: parked.length }).toStrictEqual({ round, dir, parked: 1 });
        expect(whole(dir, now.get(parked[0]!))).not.toBe('mix');
      }
    }
    if (holders.size > 1) mixed++;
    // Every cluster's inventory is whole: one a reference run wrote for that cluster.
    for (const [cluster, text] of inventoriesOf(out)) expect({ round, cluster, whole: inventories.some((ref) => ref.get(cluster) === text) }).toStrictEqual({ round, cluster, whole: true });
  }
  expect(killed).toBeGreaterThanOrEqual(3);
  expect(mixed).toBeGreaterThanOrEqual(1); // at least one kill landed in the middle of the device loop

  // The next run (a new input: see the failing test below for a repeated one) leaves exactly a fresh run's tree.
  const repair = await synth('d.json', out);
  expect(repair.code).toBe(0);
  expect(readTree(out)).toStrictEqual(readTree(path.join(work, 'ref-d')));
  // Ten synths of 200 devices whose five port-publishing modules each get a NetworkPolicy (27 files a device): the
  // limit is for two loaded cores, not a speed target (that is the bench's to check).
}, 180_000);

// A run killed after it replaced some device directories but before it rewrote inventory.json leaves the old
// inventory beside new directories. The writer puts WRITING_MARKER in the cluster folder before its first change
// there and removes it only after that cluster's inventory is written, so the next run trusts no input hash that
// cluster recorded and renders all of it. The state below is exactly what such a kill leaves (a directory is replaced by one rename).
it('the next run with the previous input repairs a directory the killed run had already replaced', async () => {
  const refA = await reference('a');
  const refB = await reference('b');
  const out = path.join(work, 'out-replaced');
  cpSync(refA, out, { recursive: true });
  const dir = 'devices/c1/msiot-corpus-hub-dev-00001';
  rmSync(path.join(out, dir), { recursive: true });
  cpSync(path.join(refB, dir), path.join(out, dir), { recursive: true });
  writeFileSync(path.join(out, 'devices/c1', WRITING_MARKER), 'left by the killed run\n');
  expect((await synth('a.json', out)).code).toBe(0);
  expect(existsSync(path.join(out, 'devices/c1', WRITING_MARKER))).toBe(false);
  expect(readTree(path.join(out, dir))).toStrictEqual(readTree(path.join(refA, dir)));
}, 60_000);
