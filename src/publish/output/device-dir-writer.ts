/**
 * The main-thread side of writing device directories: `write` takes one rendered directory (synchronously,
 * from inside the pipeline), `drain` waits until every one of them is on disk. The inline writer applies each
 * directory at once on the calling thread; the thread writer (`threadDeviceDirWriter`) hands it to a worker
 * thread, so the kernel time of the writes overlaps the rendering of the next devices (issue 7).
 */
// Nothing imports the worker entry (a Worker loads it by URL): this reference puts it into every compilation
// that includes this module (tsconfig.bench.json too), so the lib/ that runs it always has a current copy.
/// <reference path="./device-dir-worker.ts" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../../errors.js';
import { applyDeviceDir } from './device-dir-replace.js';
import type { DeviceDirWriter, DeviceDirWriterOptions } from './device-dir-writer-contract.js';
import { threadDeviceDirWriter } from './device-dir-thread-writer.js';

/** Where the writing happens: on the calling thread, or on a worker thread. */
export type DeviceDirWriterKind = 'inline' | 'thread';

export type { DeviceDirWriter, DeviceDirWriterOptions } from './device-dir-writer-contract.js';

const WORKER_URL = new URL('./device-dir-worker.js', import.meta.url);

/**
 * 'thread' when the compiled worker file lies next to this module (the built lib/, which the CLI runs), else
 * 'inline'. Under jest this module is TypeScript compiled in memory by ts-jest, and a Worker runs plain Node,
 * which cannot load `device-dir-worker.ts`: tests of the sources write inline, tests of lib/ get the thread.
 */
export function defaultDeviceDirWriterKind(): DeviceDirWriterKind {
  return existsSync(fileURLToPath(WORKER_URL)) ? 'thread' : 'inline';
}

/** A writer of `kind`; throws InternalError for 'thread' when the compiled worker file is missing. */
export function createDeviceDirWriter(kind: DeviceDirWriterKind, options: DeviceDirWriterOptions): DeviceDirWriter {
  if (kind === 'inline') return inlineDeviceDirWriter(options);
  if (!existsSync(fileURLToPath(WORKER_URL))) throw new InternalError(`cannot write on a thread: ${fileURLToPath(WORKER_URL)} is not built`, { stage: 'publish' });
  return threadDeviceDirWriter(options, WORKER_URL);
}

/** Applies each directory on the calling thread as it is handed over; its errors are thrown by that `write`. */
export function inlineDeviceDirWriter(options: DeviceDirWriterOptions): DeviceDirWriter {
  let failure: unknown;
  return {
    write(dir, files, exists) {
      if (failure !== undefined) throw failure;
      try {
        options.onApplied(dir, applyDeviceDir(path.join(options.root, dir), files, exists, () => options.mark(dir)));
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    async drain() {
      if (failure !== undefined) throw failure;
    },
    async abort() {
      failure ??= new InternalError('device directory written after the writer was stopped', { stage: 'publish' });
    },
  };
}
