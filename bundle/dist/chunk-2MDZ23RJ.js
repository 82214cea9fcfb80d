import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/publish/output/device-dir-messages.ts
var SLOT = {
  /** Devices posted to the worker and not yet applied (or skipped after a failure); the worker decrements it and notifies. */
  inFlight: 0,
  /** 1 once the worker thread is ending for any reason, so a main thread blocked on `inFlight` stops waiting. */
  stopped: 1,
  /** 1 once the worker runs (its exit hook is in place): before that, only a deadline tells a thread that never started. */
  started: 2
};
var SLOT_COUNT = 3;

export {
  SLOT,
  SLOT_COUNT
};
