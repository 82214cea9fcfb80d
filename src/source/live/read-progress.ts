/** What a long read tells the person watching it, on stderr. */
import { oneLine } from '../../one-line.js';

/** The part of a stream progress needs; `isTTY` as on `process.stderr`. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Progress of one live read. */
export interface ReadProgress {
  /** A status line that replaces the previous one (pages and devices so far). Shown on a TTY only. */
  status(text: string): void;
  /** A line worth keeping in a log (a retry, a re-read). Shown on any stream unless quiet. */
  note(text: string): void;
  /** Ends the status line, if one is showing. */
  done(): void;
}

/**
 * Status lines only when the stream is a terminal, since in a CI log hundreds of "page n" lines are noise;
 * notes always, since a retry in an unattended run is worth knowing about. `quiet` or no stream: nothing.
 */
export function createReadProgress(stream: ProgressStream | undefined, quiet: boolean): ReadProgress {
  if (stream === undefined || quiet) return { status: () => undefined, note: () => undefined, done: () => undefined };
  const tty = stream.isTTY === true;
  let showing = false;
  const clear = (): void => {
    if (showing) stream.write('\r\x1b[K');
    showing = false;
  };
  return {
    status: (text) => {
      if (!tty) return;
      stream.write(`\r\x1b[K${oneLine(text)}`);
      showing = true;
    },
    note: (text) => {
      clear();
      stream.write(`${oneLine(text)}\n`);
    },
    done: () => {
      if (showing) stream.write('\n');
      showing = false;
    },
  };
}
