/**
 * Entry of the device writer thread (`threadDeviceDirWriter`): applies the device directories the main thread
 * posts, in order, each with the same `applyDeviceDir` as the inline writer, and reports every outcome on its
 * channel. After the first failure it applies nothing more: the run is over, and the directories already
 * written stay whole. Only the compiled lib/ runs it (a Worker cannot load TypeScript sources).
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { SLOT, type DeviceDirReport, type DeviceDirRequest, type DeviceDirWorkerData } from './device-dir-messages.js';

const { root, marker, state: buffer, reports } = workerData as DeviceDirWorkerData;
const state = new Int32Array(buffer);
// The main thread may be blocked in Atomics.wait for a free slot: whatever ends this thread must wake it.
process.on('exit', () => {
  Atomics.store(state, SLOT.stopped, 1);
  Atomics.notify(state, SLOT.inFlight);
});
Atomics.store(state, SLOT.started, 1);
// Loaded only now, after the exit hook: a module that fails to load then still wakes the main thread.
const [{ applyDeviceDir, writeWritingMarker }, { encodeWriteFailure }] = await Promise.all([import('./device-dir-replace.js'), import('./write-failure.js')]);

const marked = new Set<string>();
let failed = false;
const report = (message: DeviceDirReport) => reports.postMessage(message);
// One marker per cluster folder (`devices/<cluster>/`), so that runs working on other clusters leave it alone.
const markOnce = (dir: string) => {
  const clusterDir = path.posix.dirname(dir);
  if (marked.has(clusterDir)) return;
  writeWritingMarker(path.join(root, clusterDir, marker));
  marked.add(clusterDir);
};

parentPort!.on('message', (request: DeviceDirRequest) => {
  if (request.kind === 'end') {
    report({ kind: 'done' });
    reports.close();
    parentPort!.close();
    return;
  }
  try {
    if (!failed) report({ kind: 'applied', dir: request.dir, outcome: applyDeviceDir(path.join(root, request.dir), request.files, request.exists, () => markOnce(request.dir)) });
  } catch (error) {
    failed = true;
    report({ kind: 'failed', dir: request.dir, failure: encodeWriteFailure(error) });
  } finally {
    // After the report: once the main thread sees the slot free, the report is already readable.
    Atomics.sub(state, SLOT.inFlight, 1);
    Atomics.notify(state, SLOT.inFlight);
  }
});
