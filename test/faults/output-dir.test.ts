/**
 * Where --out cannot be written (issue 8 §3): a full disk, a read-only file system, a path under a regular
 * file. Each gives exit 1 and one clear line naming the place and the reason (no stack trace, no "internal
 * error"); what a previous run wrote stays whole, and once the place is writable again the next run repairs.
 *
 * The disk cases need a small tmpfs: they run when this process may mount one (root in a container with
 * CAP_SYS_ADMIN, as in this project's sandbox); elsewhere they are skipped and say so in their name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readTree } from '../helpers/output-tree.js';
import { ensureBuilt, runCli, type CliRun } from './cli-process.js';
import { syntheticFleet } from '../builders.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'faults-out-'));
const mounts: string[] = [];

function mount(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}
const remount = (dir: string, options: string) => execFileSync('mount', ['-o', `remount,${options}`, dir], { stdio: 'ignore' });
const canMount = process.platform === 'linux' && mount(path.join(work, 'probe'), 'size=64k');
const withTmpfs = canMount ? it : it.skip;
const skipNote = canMount ? '' : ' [skipped: cannot mount a tmpfs here]';

beforeAll(() => {
  ensureBuilt();
  writeFileSync(path.join(work, 'small.json'), syntheticFleet(2, '1.0', 1));
  writeFileSync(path.join(work, 'large.json'), syntheticFleet(200, '2.0'));
}, 120_000);
afterAll(() => {
  for (const dir of mounts.reverse()) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
});

const synth = (input: string, out: string): Promise<CliRun> => runCli(['synth', '--snapshot', input, '--out', out, '--quiet'], { cwd: work });

function expectCleanFailure(run: CliRun, message: RegExp): void {
  expect({ code: run.code, stderr: run.stderr.trimEnd() }).toStrictEqual({ code: 1, stderr: expect.stringMatching(message) });
  expect(run.stderr).not.toMatch(/^\s+at |internal error/m);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

it('--out under a regular file: exit 1, "not a directory", nothing created', async () => {
  writeFileSync(path.join(work, 'a-file'), 'x');
  const run = await synth('small.json', path.join(work, 'a-file', 'out'));
  expectCleanFailure(run, /^error: cannot \w+ .*a-file\/out.*: a part of the path is a file, not a directory$/);
  expect(readFileSync(path.join(work, 'a-file'), 'utf8')).toBe('x');
});

withTmpfs(`a full disk: exit 1 "the disk is full", every device directory whole; after space is freed the next run repairs${skipNote}`, async () => {
  const disk = path.join(work, 'full');
  expect(mount(disk, 'size=400k')).toBe(true);
  const out = path.join(disk, 'out');
  expect((await synth('small.json', out)).code).toBe(0);
  const before = readTree(out);

  const run = await synth('large.json', out);
  expectCleanFailure(run, /^error: cannot write .*\/out\/devices\/.*: the disk is full$/);
  // The two earlier directories are untouched; the directories that fit are whole; no temporary left.
  const after = readTree(out);
  for (const [file, content] of before) if (file.includes('/msiot-corpus-hub-good-')) expect(after.get(file)).toBe(content);
  expect([...after.keys()].filter((f) => f.includes('.iotedge-gitops-tmp-'))).toStrictEqual([]);
  for (const cluster of readdirSync(path.join(out, 'devices'))) {
    // Besides the device directories a cluster folder holds its inventory.json and, after a failed run, the writing marker.
    for (const device of readdirSync(path.join(out, 'devices', cluster), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      expect(readdirSync(path.join(out, 'devices', cluster, device))).toContain('kustomization.yaml');
    }
  }

  remount(disk, 'size=64m');
  expect((await synth('large.json', out)).code).toBe(0);
  expect((await synth('large.json', path.join(work, 'reference'))).code).toBe(0);
  expect(readTree(out)).toStrictEqual(readTree(path.join(work, 'reference')));
}, 60_000);

withTmpfs(`a read-only --out that does not exist yet: exit 1, "read-only file system"${skipNote}`, async () => {
  const disk = path.join(work, 'ro-empty');
  expect(mount(disk, 'ro,size=64k')).toBe(true);
  expectCleanFailure(await synth('small.json', path.join(disk, 'out')), /^error: cannot mkdir .*ro-empty\/out: read-only file system$/);
});

withTmpfs(`a read-only --out holding a previous run: exit 1, the previous output unchanged${skipNote}`, async () => {
  const disk = path.join(work, 'ro-previous');
  expect(mount(disk, 'size=1m')).toBe(true);
  const out = path.join(disk, 'out');
  expect((await synth('small.json', out)).code).toBe(0);
  const before = readTree(out);
  remount(disk, 'ro');
  const run = await synth(path.join(work, 'large.json'), out);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^error: cannot write .*\/out\//);
  expect(run.stderr).not.toMatch(/^\s+at |internal error/m);
  expect(readTree(out)).toStrictEqual(before);
});

// On a read-only file system Node's recursive mkdir fails with ENOENT for the missing part: the message must still say read-only.
(canMount ? it : it.skip)(`a read-only --out holding a previous run says "read-only"${skipNote}`, async () => {
  const disk = path.join(work, 'ro-message');
  expect(mount(disk, 'size=1m')).toBe(true);
  const out = path.join(disk, 'out');
  expect((await synth('small.json', out)).code).toBe(0);
  remount(disk, 'ro');
  expectCleanFailure(await synth('large.json', out), /read-only/);
});
