/**
 * SIGINT and SIGTERM stop a run cleanly instead of killing it where it stands: the first one aborts the signal
 * commands watch (they stop at their next step, remove their temporary files and clones and release their lock,
 * then `main` exits 130 or 143); a second one exits at once (the lock is still released by its exit hook).
 */
import { StoppedError } from '../errors.js';

/** What `watchStopSignals` returns. */
export interface StopSignals {
  /** Aborted, with a StoppedError as reason, on the first SIGINT or SIGTERM. */
  readonly signal: AbortSignal;
  /** Removes the handlers: the default behaviour of both signals is back. */
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Installs the handlers on the process; call once, in the process entry point. */
export function watchStopSignals(): StopSignals {
  const controller = new AbortController();
  const onSignal = (signal: (typeof SIGNALS)[number]) => {
    const stopped = new StoppedError(signal);
    if (controller.signal.aborted) process.exit((controller.signal.reason as StoppedError).exitCode);
    controller.abort(stopped);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    signal: controller.signal,
    dispose: () => SIGNALS.forEach((signal) => process.off(signal, onSignal)),
  };
}
