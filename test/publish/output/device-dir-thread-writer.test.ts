/**
 * The main-thread side of the thread writer (`threadDeviceDirWriter`), against small stand-in workers that speak
 * the protocol of device-dir-messages.ts: how reports become `onApplied` calls and errors, when a write blocks and
 * what ends the wait, and how a thread that dies is told apart from one that finished. The real worker (which only
 * the compiled lib/ can start) is exercised end to end in device-dir-writer.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadDeviceDirWriter } from '../../../src/publish/output/device-dir-thread-writer.js';
import type { DeviceDirOutcome } from '../../../src/publish/output/device-dir-replace.js';
import type { DeviceDirWriter } from '../../../src/publish/output/device-dir-writer-contract.js';

/**
 * Stand-in workers. Slots as device-dir-messages.ts SLOT: 0 inFlight, 1 stopped, 2 started. Each sets `started`,
 * and, like the real worker, `stopped` (with a wake-up) when its thread ends.
 */
const PRELUDE = `
  import { parentPort, workerData } from 'node:worker_threads';
  const { reports } = workerData;
  const state = new Int32Array(workerData.state);
  process.on('exit', () => { Atomics.store(state, 1, 1); Atomics.notify(state, 0); });
  Atomics.store(state, 2, 1);
  const handled = () => { Atomics.sub(state, 0, 1); Atomics.notify(state, 0); };
  const end = () => { reports.postMessage({ kind: 'done' }); reports.close(); parentPort.close(); };
`;
const WORKERS = {
  /** Applies nothing; reports 'unchanged' for a directory that existed, 'added' otherwise. */
  echo: `${PRELUDE}
    parentPort.on('message', (m) => {
      if (m.kind === 'end') return end();
      reports.postMessage({ kind: 'applied', dir: m.dir, outcome: m.exists ? 'unchanged' : 'added' });
      handled();
    });`,
  /** The first directory fails with a ConfigError (full disk); later ones are skipped, as the real worker does. */
  failFirst: `${PRELUDE}
    let failed = false;
    parentPort.on('message', (m) => {
      if (m.kind === 'end') return end();
      if (!failed) {
        failed = true;
        reports.postMessage({ kind: 'failed', dir: m.dir, failure: { kind: 'config', message: 'cannot write /o/' + m.dir + ': the disk is full', cause: { message: 'ENOSPC', code: 'ENOSPC' } } });
      }
      handled();
    });`,
  /** Handles directories, then ends with exit code 7 at 'end' without saying 'done'. */
  exitAtEnd: `${PRELUDE}
    parentPort.on('message', (m) => {
      if (m.kind === 'end') process.exit(7);
      reports.postMessage({ kind: 'applied', dir: m.dir, outcome: 'added' });
      handled();
    });`,
  /** Throws while loading, after its exit hook is in place. */
  crash: `${PRELUDE}
    throw new Error('the worker could not load its modules');`,
  /** Ends its thread on the first directory without handling it (its slot is never freed). */
  dieOnFirst: `${PRELUDE}
    parentPort.on('message', () => process.exit(0));`,
};
type WorkerName = keyof typeof WORKERS;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'device-dir-thread-writer-'));
  for (const [name, source] of Object.entries(WORKERS)) writeFileSync(path.join(dir, `${name}.mjs`), source);
});

const files = new Map([['x.yaml', '1\n']]);

/** A thread writer on the stand-in `worker`, recording what onApplied is told. */
function writer(worker: WorkerName | 'missing', maxInFlight?: number): { writer: DeviceDirWriter; applied: [string, DeviceDirOutcome][] } {
  const applied: [string, DeviceDirOutcome][] = [];
  const options = {
    root: '/nowhere',
    marker: '.marker',
    mark: () => {
      throw new Error('a thread writer leaves the marker to its thread');
    },
    onApplied: (d: string, outcome: DeviceDirOutcome) => applied.push([d, outcome]),
    ...(maxInFlight !== undefined ? { maxInFlight } : {}),
  };
  return { writer: threadDeviceDirWriter(options, pathToFileURL(path.join(dir, `${worker}.mjs`))), applied };
}

/** Name and message of what `action` throws (synchronously or by rejecting), or null. */
async function failure(action: () => unknown): Promise<{ name: string; message: string } | null> {
  try {
    await action();
    return null;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

describe('threadDeviceDirWriter', () => {
  it.each([
    { name: 'default limit', maxInFlight: undefined },
    { name: 'one in flight', maxInFlight: 1 },
    { name: 'a limit below one counts as one (never blocks for good)', maxInFlight: 0 },
  ])('every report reaches onApplied, in order, by the end of drain ($name)', async ({ maxInFlight }) => {
    const { writer: w, applied } = writer('echo', maxInFlight);
    w.write('devices/a/n1', files, false);
    w.write('devices/a/n2', files, true);
    w.write('devices/b/n3', files, false);
    await w.drain();
    expect(applied).toStrictEqual([
      ['devices/a/n1', 'added'],
      ['devices/a/n2', 'unchanged'],
      ['devices/b/n3', 'added'],
    ]);
  });

  it.each([
    { name: 'drain', act: (w: DeviceDirWriter) => w.drain() },
    { name: 'abort', act: (w: DeviceDirWriter) => w.abort() },
  ])('$name with nothing written resolves without starting a thread (its file does not even exist)', async ({ act }) => {
    await expect(act(writer('missing').writer)).resolves.toBeUndefined();
  });

  it('a directory handed over after drain is a bug: InternalError naming it; a second drain resolves', async () => {
    const { writer: w } = writer('echo');
    w.write('devices/a/n1', files, false);
    await w.drain();
    expect(await failure(() => w.write('devices/a/n2', files, false))).toStrictEqual({ name: 'InternalError', message: 'device directory devices/a/n2 handed over after the writer was drained' });
    await expect(w.drain()).resolves.toBeUndefined();
  });

  it('after abort, nothing more is taken: write throws, and so does drain', async () => {
    const { writer: w } = writer('echo');
    w.write('devices/a/n1', files, false);
    await w.abort();
    const stopped = { name: 'InternalError', message: 'device directory written after the writer was stopped' };
    expect(await failure(() => w.write('devices/a/n2', files, false))).toStrictEqual(stopped);
    expect(await failure(() => w.drain())).toStrictEqual(stopped);
  });

  it('a failed directory, one in flight: the next write throws the rebuilt ConfigError; drain and later writes throw the same', async () => {
    const { writer: w, applied } = writer('failFirst', 1);
    w.write('devices/a/n1', files, false);
    const disk = { name: 'ConfigError', message: 'cannot write /o/devices/a/n1: the disk is full' };
    expect(await failure(() => w.write('devices/a/n2', files, false))).toStrictEqual(disk);
    expect(await failure(() => w.write('devices/a/n3', files, false))).toStrictEqual(disk);
    expect(await failure(() => w.drain())).toStrictEqual(disk);
    expect(applied).toStrictEqual([]);
  });

  it('a failed last directory: drain rejects with it', async () => {
    const { writer: w } = writer('failFirst');
    w.write('devices/a/n1', files, false);
    expect(await failure(() => w.drain())).toStrictEqual({ name: 'ConfigError', message: 'cannot write /o/devices/a/n1: the disk is full' });
  });

  it.each([
    { name: 'a thread that exits without reporting done', worker: 'exitAtEnd' as const, why: 'exit code 7' },
    { name: 'a thread that throws while loading', worker: 'crash' as const, why: 'the worker could not load its modules' },
  ])('$name: drain rejects, saying why', async ({ worker, why }) => {
    const { writer: w } = writer(worker);
    w.write('devices/a/n1', files, false);
    expect(await failure(() => w.drain())).toStrictEqual({ name: 'InternalError', message: `the device directory writer thread stopped unexpectedly (${why})` });
  });

  it('a write blocked on a full window is woken when the thread stops, and throws instead of waiting for good', async () => {
    const { writer: w } = writer('dieOnFirst', 1);
    w.write('devices/a/n1', files, false);
    const started = performance.now();
    expect(await failure(() => w.write('devices/a/n2', files, false))).toStrictEqual({ name: 'InternalError', message: 'the device directory writer thread stopped unexpectedly' });
    // Woken by the thread's exit, well before any start deadline (30 s).
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
