/** What the inline and the thread writer of device directories both are, and what they are given. */
import type { DeviceDirOutcome } from './device-dir-replace.js';

/** Writes device directories handed over one at a time, in order. */
export interface DeviceDirWriter {
  /**
   * Makes `<root>/<dir>` hold exactly `files` (now, or soon for the thread writer). `exists`: the directory was
   * there when the output was opened. Throws the error of this or an earlier directory's write (ConfigError
   * `cannot write <path>: <reason>`) once known; after one, nothing more is written.
   */
  write(dir: string, files: ReadonlyMap<string, string>, exists: boolean): void;
  /**
   * Resolves once every directory handed over is written and reported through `onApplied`, and the writer's
   * thread (if any) is gone; rejects with the first write error. A thread writer takes nothing more afterwards.
   */
  drain(): Promise<void>;
  /**
   * Stops at once (a stop signal): nothing more is written, and the thread (if any) is ended. Resolves once it
   * is gone; a directory it was replacing may be left half-way between its renames, for `openOutput` to repair.
   */
  abort(): Promise<void>;
}

/** What a writer needs from its output. */
export interface DeviceDirWriterOptions {
  /** Output root the device directories (`devices/<cluster>/<namespace>`) are relative to. */
  readonly root: string;
  /**
   * File name of WRITING_MARKER: the writer thread writes it itself into a directory's cluster folder
   * (`devices/<cluster>/`) before its first change there.
   */
  readonly marker: string;
  /** Writes WRITING_MARKER into the cluster folder of `dir` once, before the first change made there on the calling thread. */
  readonly mark: (dir: string) => void;
  /** Told each directory's outcome, in the order the directories were handed over. */
  readonly onApplied: (dir: string, outcome: DeviceDirOutcome) => void;
  /** Thread writer: directories handed over and not yet written before `write` blocks. @default 64 */
  readonly maxInFlight?: number;
}
