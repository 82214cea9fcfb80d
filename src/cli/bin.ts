#!/usr/bin/env node
/** Process entry point: everything else lives in main.ts so tests can run commands in-process. */
import { main } from './main.js';
import { processIo } from './io.js';
import { watchStopSignals } from './stop-signals.js';

const stop = watchStopSignals();
process.exitCode = await main(process.argv.slice(2), { ...processIo(), signal: stop.signal });
stop.dispose();
