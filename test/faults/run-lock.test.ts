/**
 * One run at a time per --out and per --work-dir (issue 19 item 4), with real CLI processes: a second run fails
 * at once with exit 1 naming the holder (pid, host, start time, command), the first one's output is exactly a
 * fresh run's, and a lock left by a process that is gone is taken over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readTree } from '../helpers/output-tree.js';
import { bareRepo, headOf } from '../publish/git-helpers.js';
import { ensureBuilt, runCli, type CliRun } from './cli-process.js';
import { syntheticFleet } from '../builders.js';

const DEVICES = 300;
const LOCK = '.iotedge-gitops-lock';
let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'faults-lock-'));
  writeFileSync(path.join(work, 'a.json'), syntheticFleet(DEVICES, '1.0'));
  // For the stale-lock cases, where nothing runs beside the synth and its length does not matter.
  writeFileSync(path.join(work, 'small.json'), syntheticFleet(4, '1.0'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const synth = (out: string, started?: Parameters<typeof runCli>[1]['started'], input = 'a.json'): Promise<CliRun> =>
  runCli(['synth', '--snapshot', input, '--out', out, '--quiet'], { cwd: work, started });

/** Resolves once `file` exists (polled every 2 ms), or rejects after `ms`. */
async function appears(file: string, ms = 30_000): Promise<void> {
  const until = performance.now() + ms;
  while (!existsSync(file)) {
    if (performance.now() > until) throw new Error(`${file} did not appear`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

it('a second synth into the same --out fails at once with exit 1 naming the first; the first finishes whole', async () => {
  const ref = path.join(work, 'ref');
  expect((await synth(ref)).code).toBe(0);
  const out = path.join(work, 'out');
  let firstPid = 0;
  const first = synth(out, (child) => (firstPid = child.pid!));
  await appears(path.join(out, LOCK));
  const holder = JSON.parse(readFileSync(path.join(out, LOCK), 'utf8'));
  const second = await synth(out);
  const done = await first;
  expect(holder).toStrictEqual({ pid: firstPid, host: os.hostname(), started: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), command: `iotedge-gitops synth --snapshot a.json --out ${out} --quiet` });
  expect(second.code).toBe(1);
  expect(second.stderr).toBe(
    `error: --out ${out} is in use by another iotedge-gitops run (pid ${firstPid} on host ${os.hostname()}, started ${holder.started}, command: iotedge-gitops synth --snapshot a.json --out ${out} --quiet); wait for it to end, or delete ${path.join(out, LOCK)} if that process is gone\n`,
  );
  // It failed fast: well before the first run, which renders and writes 300 devices, was done.
  expect(second.ms).toBeLessThan(done.ms);
  expect(done.code).toBe(0);
  expect(existsSync(path.join(out, LOCK))).toBe(false);
  expect(readTree(out)).toStrictEqual(readTree(ref));
}, 120_000);

it.each([
  { name: 'a process that is gone (same host)', holder: () => ({ pid: deadPid(), host: os.hostname(), started: '2026-01-01T00:00:00.000Z', command: 'iotedge-gitops synth' }), code: 0 },
  { name: 'a process on another host', holder: () => ({ pid: 1, host: 'build-agent-7', started: '2026-01-01T00:00:00.000Z', command: 'iotedge-gitops synth --out x' }), code: 1 },
])('a lock left by $name', async ({ holder, code }) => {
  const out = mkdtempSync(path.join(work, 'stale-'));
  const left = holder();
  writeFileSync(path.join(out, LOCK), JSON.stringify(left));
  const run = await synth(out, undefined, 'small.json');
  expect(run.code).toBe(code);
  if (code === 0) {
    expect(existsSync(path.join(out, LOCK))).toBe(false);
    expect(readTree(out).has('devices/c0/inventory.json')).toBe(true);
  } else {
    expect(run.stderr).toContain(`is in use by another iotedge-gitops run (pid 1 on host build-agent-7, started 2026-01-01T00:00:00.000Z, command: iotedge-gitops synth --out x)`);
    expect(readTree(out)).toStrictEqual(new Map([[LOCK, JSON.stringify(left)]]));
  }
}, 60_000);

it('a second sync with the same --work-dir fails at once with exit 1 naming the first, and touches neither clone nor remote', async () => {
  const remote = bareRepo({ 'README.md': 'fleet\n' });
  const workDir = path.join(work, 'clone');
  const lockFile = path.join(work, '.clone.iotedge-gitops-lock');
  const args = (repo: string) => ['sync', '--snapshot', 'a.json', '--repo', repo, '--work-dir', workDir, '--quiet'];
  let firstPid = 0;
  const first = runCli(args(remote), { cwd: work, started: (child) => (firstPid = child.pid!) });
  await appears(lockFile);
  const head = headOf(remote);
  // The second names the remote with credentials in its URL: the lock it would have written must not show them.
  const second = await runCli(args('https://bot:s3cret@git.example.invalid/fleet.git'), { cwd: work });
  expect(second.code).toBe(1);
  expect(second.stderr).toMatch(new RegExp(`^error: --work-dir ${workDir} is in use by another iotedge-gitops run \\(pid ${firstPid} on host ${os.hostname()}, started [^,]+, command: iotedge-gitops sync --snapshot a.json --repo ${remote} --work-dir ${workDir} --quiet\\); wait for it to end, or delete ${lockFile} if that process is gone\\n$`));
  expect(headOf(remote)).toBe(head);
  const done = await first;
  expect(done.code).toBe(0);
  expect(existsSync(lockFile)).toBe(false);
  expect(headOf(remote)).not.toBe(head);
}, 120_000);

it('the command recorded in a lock has no credentials of a URL', async () => {
  const { commandLine } = await import('../../src/cli/main.js');
  expect(commandLine(['sync', '--repo', 'https://bot:s3cret@github.com/acme/fleet.git', '--path', 'a@b'])).toBe('iotedge-gitops sync --repo https://github.com/acme/fleet.git --path a@b');
});
