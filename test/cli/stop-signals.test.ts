/**
 * A stop signal that came while synchronous work held the event loop (the synth pipeline renders every device
 * without yielding) must be seen by the first check after that work, or synth writes inventory.json and exits 0
 * although it was asked to stop. Node runs a signal's handler only when the loop polls, so the check must come
 * after a poll. Real signals to a real process: jest's sandboxed `process` does not receive them.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from '../faults/cli-process.js';

const STOP_SIGNALS = pathToFileURL(path.join(ROOT, 'lib/src/cli/stop-signals.js')).href;

beforeAll(() => ensureBuilt(), 120_000);

/**
 * In a fresh process: watch the stop signals, continue from a file read (so the code runs in the poll phase),
 * send SIGTERM to itself during 20 ms of synchronous work, then wait as `wait` says; prints whether the run's
 * stop signal was aborted before and after the wait, and with what exit code.
 */
function signalDuringSynchronousWork(wait: string): { before: boolean; after: boolean; exitCode?: number } {
  const script = `
    import { readFile } from 'node:fs/promises';
    import { afterPendingSignals, watchStopSignals } from '${STOP_SIGNALS}';
    const stop = watchStopSignals();
    await readFile('/dev/null');
    process.kill(process.pid, 'SIGTERM');
    const until = performance.now() + 20;
    while (performance.now() < until);
    const before = stop.signal.aborted;
    ${wait};
    process.stdout.write(JSON.stringify({ before, after: stop.signal.aborted, exitCode: stop.signal.reason?.exitCode }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { before: boolean; after: boolean; exitCode?: number };
}

it('afterPendingSignals: a SIGTERM sent during synchronous work has aborted the stop signal once it resolves (exit 143)', () => {
  expect(signalDuringSynchronousWork('await afterPendingSignals()')).toStrictEqual({ before: false, after: true, exitCode: 143 });
});

it('why it waits for a poll: one setImmediate from an I/O callback resolves before the signal is handled', () => {
  expect(signalDuringSynchronousWork('await new Promise((resolve) => setImmediate(resolve))')).toStrictEqual({ before: false, after: false });
});
