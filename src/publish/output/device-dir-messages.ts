/**
 * What the main thread and the device writer thread (`device-dir-worker.ts`) tell each other. Kept free of
 * runtime imports: the worker loads it before anything that could fail to load (see its exit hook).
 */
import type { DeviceDirOutcome } from './device-dir-replace.js';
import type { MessagePort } from 'node:worker_threads';
import type { WriteFailure } from './write-failure.js';

/** Slots of the shared Int32Array both threads see. */
export const SLOT = {
  /** Devices posted to the worker and not yet applied (or skipped after a failure); the worker decrements it and notifies. */
  inFlight: 0,
  /** 1 once the worker thread is ending for any reason, so a main thread blocked on `inFlight` stops waiting. */
  stopped: 1,
  /** 1 once the worker runs (its exit hook is in place): before that, only a deadline tells a thread that never started. */
  started: 2,
} as const;

/** Number of Int32 slots in the shared buffer. */
export const SLOT_COUNT = 3;

/** What the worker is started with. */
export interface DeviceDirWorkerData {
  /** Output root the device directories are relative to. */
  readonly root: string;
  /** File name of WRITING_MARKER, written into a cluster folder once before the first directory there changes. */
  readonly marker: string;
  /** SharedArrayBuffer of SLOT_COUNT Int32 slots (SLOT). */
  readonly state: SharedArrayBuffer;
  /** The worker's end of the channel its reports go through (transferred). */
  readonly reports: MessagePort;
}

/** Main thread → worker, in the order the pipeline rendered the devices. */
export type DeviceDirRequest =
  | { readonly kind: 'write'; readonly dir: string; readonly files: ReadonlyMap<string, string>; readonly exists: boolean }
  /** No more devices: report `done` and let the thread end. */
  | { readonly kind: 'end' };

/** Worker → main thread, read synchronously with `receiveMessageOnPort`. */
export type DeviceDirReport =
  | { readonly kind: 'applied'; readonly dir: string; readonly outcome: DeviceDirOutcome }
  | { readonly kind: 'failed'; readonly dir: string; readonly failure: WriteFailure }
  /** Every request before `end` was handled. */
  | { readonly kind: 'done' };
