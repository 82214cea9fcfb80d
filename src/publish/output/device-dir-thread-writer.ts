/**
 * The device writer that works on a worker thread (`device-dir-worker.ts`) while the main thread renders the
 * next devices. `write` stays synchronous: it posts the directory and returns, blocking (Atomics.wait) only
 * while `maxInFlight` directories are already waiting, so the files in flight stay a few megabytes. Reports come
 * back on a MessageChannel the main thread reads synchronously (receiveMessageOnPort) at every `write`, so a
 * full disk stops the run at the next device, not at the end.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { InternalError } from '../../errors.js';
import { SLOT, SLOT_COUNT, type DeviceDirReport, type DeviceDirRequest, type DeviceDirWorkerData } from './device-dir-messages.js';
import type { DeviceDirWriter, DeviceDirWriterOptions } from './device-dir-writer-contract.js';
import { decodeWriteFailure } from './write-failure.js';

/** Directories in flight before `write` blocks: 64 devices of the synthetic fleet are about 3 MiB. */
export const DEFAULT_MAX_IN_FLIGHT = 64;

/** How long one Atomics.wait lasts before the thread's `stopped` flag is looked at again (a missed wake-up costs this). */
const WAIT_SLICE_MS = 200;

/**
 * A thread that failed before running any of its code (it cannot set `stopped` then) is recognised only by
 * this deadline, counted from its creation while `write` is blocked; a thread starts in milliseconds.
 */
const START_DEADLINE_MS = 30_000;

interface _Running {
  readonly worker: Worker;
  readonly reports: MessagePort;
  readonly state: Int32Array;
  readonly exited: Promise<number>;
  /** performance.now() at creation. */
  readonly createdAt: number;
  crash?: Error;
}

/**
 * A DeviceDirWriter on a worker thread loaded from `workerUrl` (the compiled `device-dir-worker.js`). The
 * thread starts at the first `write` and never keeps the process alive by itself: it is ended by `drain`, by
 * the first error, and, when the run stops for another reason, with the process (each directory it was writing
 * is then whole, old or new, as after a kill; the next run repairs).
 */
export function threadDeviceDirWriter(options: DeviceDirWriterOptions, workerUrl: URL): DeviceDirWriter {
  const limit = Math.max(1, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  let running: _Running | undefined;
  let failure: Error | undefined;
  let done = false;
  let closed = false;

  const start = (): _Running => {
    const state = new Int32Array(new SharedArrayBuffer(SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const workerData: DeviceDirWorkerData = { root: options.root, marker: options.marker, state: state.buffer as SharedArrayBuffer, reports: port2 };
    // No flag of this process is passed on: the thread needs none, and some stop it from starting (--input-type).
    const worker = new Worker(workerUrl, { workerData, transferList: [port2], execArgv: [] });
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    const started: _Running = { worker, reports: port1, state, exited, createdAt: performance.now() };
    // Without a listener an error in the thread would crash the process; `drain` reports it instead.
    worker.on('error', (error) => (started.crash = error));
    // A run that throws before `drain` must still end: the process exits and takes the thread with it.
    worker.unref();
    return started;
  };

  /** Reads every report waiting on the channel, in order. */
  const poll = (run: _Running) => {
    for (let received = receiveMessageOnPort(run.reports); received !== undefined; received = receiveMessageOnPort(run.reports)) {
      const report = received.message as DeviceDirReport;
      if (report.kind === 'applied') options.onApplied(report.dir, report.outcome);
      else if (report.kind === 'failed') failure ??= decodeWriteFailure(report.failure);
      else done = true;
    }
  };

  /** Ends the thread after a failure and throws it; every later call throws it again. */
  const fail = (run: _Running, error: Error): never => {
    failure ??= error;
    closed = true;
    run.reports.close();
    void run.worker.terminate();
    throw failure;
  };

  return {
    write(dir, files, exists) {
      if (failure !== undefined) throw failure;
      if (closed) throw new InternalError(`device directory ${dir} handed over after the writer was drained`, { stage: 'publish' });
      const run = (running ??= start());
      for (;;) {
        poll(run);
        if (failure !== undefined) fail(run, failure);
        const inFlight = Atomics.load(run.state, SLOT.inFlight);
        if (inFlight < limit) break;
        if (Atomics.load(run.state, SLOT.stopped) !== 0) {
          poll(run);
          fail(run, failure ?? new InternalError('the device directory writer thread stopped unexpectedly', { stage: 'publish' }));
        }
        if (Atomics.load(run.state, SLOT.started) === 0 && performance.now() - run.createdAt > START_DEADLINE_MS) {
          fail(run, new InternalError(`the device directory writer thread did not start within ${START_DEADLINE_MS / 1000} s`, { stage: 'publish' }));
        }
        Atomics.wait(run.state, SLOT.inFlight, inFlight, WAIT_SLICE_MS);
      }
      Atomics.add(run.state, SLOT.inFlight, 1);
      run.worker.postMessage({ kind: 'write', dir, files, exists } satisfies DeviceDirRequest);
    },

    async abort() {
      closed = true;
      failure ??= new InternalError('device directory written after the writer was stopped', { stage: 'publish' });
      const run = running;
      if (run === undefined) return;
      run.reports.close();
      await run.worker.terminate();
    },

    async drain() {
      if (failure !== undefined) throw failure;
      if (closed) return;
      closed = true;
      const run = running;
      if (run === undefined) return;
      run.worker.postMessage({ kind: 'end' } satisfies DeviceDirRequest);
      // Waiting for the thread is what keeps the process alive now.
      run.worker.ref();
      const code = await run.exited;
      poll(run);
      run.reports.close();
      if (failure !== undefined) throw failure;
      if (!done) {
        const why = run.crash?.message ?? `exit code ${code}`;
        throw (failure = new InternalError(`the device directory writer thread stopped unexpectedly (${why})`, { stage: 'publish' }));
      }
    },
  };
}
