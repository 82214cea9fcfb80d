import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  SLOT
} from "./chunk-2MDZ23RJ.js";
import "./chunk-R2YBVA4Z.js";

// src/publish/output/device-dir-worker.ts
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
var { root, marker, state: buffer, reports } = workerData;
var state = new Int32Array(buffer);
process.on("exit", () => {
  Atomics.store(state, SLOT.stopped, 1);
  Atomics.notify(state, SLOT.inFlight);
});
Atomics.store(state, SLOT.started, 1);
var [{ applyDeviceDir, writeWritingMarker }, { encodeWriteFailure }] = await Promise.all([import("./chunk-7RZBXISU.js"), import("./chunk-HOZ2ZZ3M.js")]);
var marked = /* @__PURE__ */ new Set();
var failed = false;
var report = (message) => reports.postMessage(message);
var markOnce = (dir) => {
  const clusterDir = path.posix.dirname(dir);
  if (marked.has(clusterDir)) return;
  writeWritingMarker(path.join(root, clusterDir, marker));
  marked.add(clusterDir);
};
parentPort.on("message", (request) => {
  if (request.kind === "end") {
    report({ kind: "done" });
    reports.close();
    parentPort.close();
    return;
  }
  try {
    if (!failed) report({ kind: "applied", dir: request.dir, outcome: applyDeviceDir(path.join(root, request.dir), request.files, request.exists, () => markOnce(request.dir)) });
  } catch (error) {
    failed = true;
    report({ kind: "failed", dir: request.dir, failure: encodeWriteFailure(error) });
  } finally {
    Atomics.sub(state, SLOT.inFlight, 1);
    Atomics.notify(state, SLOT.inFlight);
  }
});
