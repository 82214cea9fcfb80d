import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  StoppedError
} from "./chunk-25NRP4G4.js";

// src/cli/stop-signals.ts
var SIGNALS = ["SIGINT", "SIGTERM"];
function watchStopSignals() {
  const controller = new AbortController();
  const onSignal = (signal) => {
    const stopped = new StoppedError(signal);
    if (controller.signal.aborted) process.exit(controller.signal.reason.exitCode);
    controller.abort(stopped);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    signal: controller.signal,
    dispose: () => SIGNALS.forEach((signal) => process.off(signal, onSignal))
  };
}
async function afterPendingSignals() {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

export {
  watchStopSignals,
  afterPendingSignals
};
