/**
 * The rules of the run lock itself, in-process (test/faults/run-lock.test.ts races real CLI processes: a second run
 * refused naming the first, a dead holder's lock taken over, another host's kept). Here: what the lock file holds,
 * that a live holder on this host is refused, how an unreadable lock is judged (a run starting up, then stale),
 * and that release removes only a lock that is still this run's.
 */
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireRunLock, describeHolder, type RunLock } from '../../../src/publish/output/run-lock.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('run-lock-');
const LOCK = '.lock';
let held: RunLock[] = [];
afterEach(async () => {
  for (const lock of held) await lock.release();
  held = [];
});

async function acquire(file: string, what = '--out /x', command = 'iotedge-gitops synth --out /x'): Promise<RunLock> {
  const lock = await acquireRunLock(file, what, command);
  held.push(lock);
  return lock;
}

/** The class and message acquiring `file` fails with, or null when it is taken. */
async function refusal(file: string, what = '--out /x'): Promise<{ name: string; message: string } | null> {
  try {
    await acquire(file, what);
    return null;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

/** Sets the lock file's mtime `seconds` in the past. */
const age = (file: string, seconds: number) => utimesSync(file, new Date(Date.now() - seconds * 1000), new Date(Date.now() - seconds * 1000));

describe('describeHolder', () => {
  it('pid, host, start time and command in one line', () => {
    expect(describeHolder({ pid: 41, host: 'ci-7', started: '2026-01-02T03:04:05.000Z', command: 'iotedge-gitops sync --repo r' })).toBe(
      'pid 41 on host ci-7, started 2026-01-02T03:04:05.000Z, command: iotedge-gitops sync --repo r',
    );
  });
});

describe('acquireRunLock', () => {
  it('creates the lock (and its folder) holding this process as JSON, leaving no temporary beside it', async () => {
    const dir = path.join(temp(), 'new', 'out');
    const file = path.join(dir, LOCK);
    const lock = await acquire(file, '--out x', 'iotedge-gitops synth --out x');
    expect(lock.file).toBe(file);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toStrictEqual({ pid: process.pid, host: os.hostname(), started: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), command: 'iotedge-gitops synth --out x' });
    expect(readdirSync(dir)).toStrictEqual([LOCK]);
  });

  it('a lock held by a live process on this host (here: this very process) is refused, naming the holder', async () => {
    const file = path.join(temp(), LOCK);
    await acquire(file, '--out /x', 'iotedge-gitops synth --out /x');
    const holder = JSON.parse(readFileSync(file, 'utf8'));
    expect(await refusal(file, '--work-dir /w')).toStrictEqual({
      name: 'ConfigError',
      message: `--work-dir /w is in use by another iotedge-gitops run (pid ${process.pid} on host ${os.hostname()}, started ${holder.started}, command: iotedge-gitops synth --out /x); wait for it to end, or delete ${file} if that process is gone`,
    });
  });

  it('a holder written without start time or command is still named, with "?" for each', async () => {
    const file = path.join(temp(), LOCK);
    writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname() }));
    expect((await refusal(file))?.message).toContain(`(pid ${process.pid} on host ${os.hostname()}, started ?, command: ?)`);
  });

  it.each([
    { name: 'not JSON (half written)', text: '{"pid":' },
    { name: 'JSON without a numeric pid', text: '{"pid":"41","host":"h"}' },
    { name: 'JSON without a host', text: '{"pid":41}' },
    { name: 'empty', text: '' },
  ])('an unreadable lock ($name) younger than 10 s is a run starting up: refused', async ({ text }) => {
    const file = path.join(temp(), LOCK);
    writeFileSync(file, text);
    age(file, 2);
    expect(await refusal(file)).toStrictEqual({
      name: 'ConfigError',
      message: `--out /x is in use by another iotedge-gitops run (a run that is starting); wait for it to end, or delete ${file} if that process is gone`,
    });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('an unreadable lock older than 10 s is stale: taken over, and the folder holds only the new lock', async () => {
    const dir = temp();
    const file = path.join(dir, LOCK);
    writeFileSync(file, '{"pid":');
    age(file, 11);
    await acquire(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    expect(readdirSync(dir)).toStrictEqual([LOCK]);
  });

  it('a readable lock is judged by its holder, not its age: an old lock of a live process is refused', async () => {
    const file = path.join(temp(), LOCK);
    writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname(), started: '2020-01-01T00:00:00.000Z', command: 'c' }));
    age(file, 3600);
    expect((await refusal(file))?.name).toBe('ConfigError');
  });

  it('a lock released can be taken again', async () => {
    const file = path.join(temp(), LOCK);
    const first = await acquire(file);
    await first.release();
    expect(existsSync(file)).toBe(false);
    await acquire(file);
    expect(existsSync(file)).toBe(true);
  });
});

describe('RunLock.release', () => {
  it('removes the lock; a second release does nothing', async () => {
    const file = path.join(temp(), LOCK);
    const lock = await acquire(file);
    const text = readFileSync(file, 'utf8');
    await lock.release();
    expect(existsSync(file)).toBe(false);
    // A lock file with the very same text appears meanwhile: only a release that already ran once leaves it.
    writeFileSync(file, text);
    await lock.release();
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('leaves a lock that is no longer this run\'s (another run took it over)', async () => {
    const file = path.join(temp(), LOCK);
    const lock = await acquire(file);
    writeFileSync(file, JSON.stringify({ pid: 1, host: 'other', started: 's', command: 'c' }));
    await lock.release();
    expect(existsSync(file)).toBe(true);
  });

  it('a lock file already gone is no error', async () => {
    const file = path.join(temp(), LOCK);
    const lock = await acquire(file);
    rmSync(file);
    await expect(lock.release()).resolves.toBeUndefined();
  });

  it('is also run when the process exits (an exit listener until released)', async () => {
    const before = process.listenerCount('exit');
    const lock = await acquire(path.join(temp(), LOCK));
    expect(process.listenerCount('exit')).toBe(before + 1);
    await lock.release();
    expect(process.listenerCount('exit')).toBe(before);
  });
});
