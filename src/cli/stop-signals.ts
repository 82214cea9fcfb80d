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

/**
 * Resolves once the event loop has polled for I/O, so that a signal that came while synchronous work held the loop
 * has reached its handler (and aborted the signal above). One `setImmediate` is not enough: continued from an I/O
 * callback, its check phase comes before the next poll, where the signal waits.
 */
export async function afterPendingSignals(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}
