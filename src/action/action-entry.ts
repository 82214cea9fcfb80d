/** Entry point of the bundled GitHub Action (bundle/dist/action.js): runs it and exits with the command's code. */
import { watchStopSignals } from '../cli/stop-signals.js';
import { runAction } from './run-action.js';

const stop = watchStopSignals();
process.exitCode = await runAction(stop.signal);
stop.dispose();
