import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  writeFileAtomic
} from "./chunk-WMYSBJ52.js";
import {
  SLOT,
  SLOT_COUNT
} from "./chunk-2MDZ23RJ.js";
import {
  TEMP_MARK,
  applyDeviceDir,
  writeError,
  writeWritingMarker
} from "./chunk-NWERKKWY.js";
import {
  fileSystemReason
} from "./chunk-AD2FTF7E.js";
import {
  decodeWriteFailure
} from "./chunk-AZVO6LG7.js";
import {
  clusterInventories,
  deviceFilesHash,
  mergeInventories,
  selectsCluster
} from "./chunk-KTVVMMZK.js";
import {
  DEVICES_DIR,
  INVENTORY_FILE,
  clusterInventoryFile,
  outputPlace
} from "./chunk-7TEJUEPN.js";
import {
  compareOrdinal
} from "./chunk-6QTJJVG7.js";
import {
  TOOL_VERSION
} from "./chunk-2NO4HCE6.js";
import {
  ConfigError,
  InternalError
} from "./chunk-25NRP4G4.js";

// src/publish/output/check-output-root.ts
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
function checkOutputRoot(root, base) {
  if (base !== void 0) {
    const parts = path.relative(base, root).split(path.sep).filter((p) => p !== "" && p !== ".");
    for (let i = 1; i <= parts.length; i++) _refuseLink(base, parts.slice(0, i).join("/"), "the managed folder (--path)");
  }
  const devices = _refuseLink(root, DEVICES_DIR, "the devices folder");
  if (devices !== "directory") return;
  for (const cluster of _entries(path.join(root, DEVICES_DIR))) _refuseLink(root, `${DEVICES_DIR}/${cluster}`, "a cluster folder");
}
function _refuseLink(root, relative, what) {
  const full = path.join(root, relative);
  try {
    const stat2 = lstatSync(full);
    if (stat2.isSymbolicLink()) {
      throw new ConfigError(`refusing to write through ${full}: ${what} '${relative}' is a symbolic link; replace it with a real folder (nothing was written)`, { stage: "publish" });
    }
    return stat2.isDirectory() ? "directory" : "other";
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return "missing";
    throw writeError(full, error);
  }
}
function _entries(dir) {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    throw writeError(dir, error);
  }
}

// src/publish/output/deletion-limit.ts
var DEFAULT_MAX_DELETIONS = "10";
function parseDeletionLimit(text) {
  const trimmed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (percent) {
    const value = Number(percent[1]);
    if (value <= 100) return { kind: "percent", value };
  } else if (/^\d+$/.test(trimmed)) {
    return { kind: "count", value: Number(trimmed) };
  }
  throw new ConfigError(`--max-deletions must be a whole number of device directories or a percentage up to 100% (e.g. 10 or 25%), got '${text}'`, { stage: "publish" });
}
function allowedDeletions(limit, present) {
  return limit.kind === "count" ? limit.value : Math.floor(present * limit.value / 100);
}

// src/publish/output/guard-plan.ts
function keptDirs(plan, also = []) {
  const wanted = /* @__PURE__ */ new Set([...plan.deviceDirs, ...plan.keep, ...also]);
  const namespaces = new Set(plan.keepNamespaces ?? []);
  return (dir) => wanted.has(dir) || namespaces.has(outputPlace(dir)?.namespace ?? "");
}
function guardPlan(plan, present, options) {
  const { devices, configurations } = plan.inventory;
  if (!options.allowEmpty && (devices.length === 0 || configurations.length === 0)) {
    const what = devices.length === 0 ? "no edge devices" : "no edge deployments";
    return {
      plan: null,
      removed: [],
      notes: [`empty read (${what}): nothing changed, ${present.size} device directories kept; pass --allow-empty to remove them on purpose`]
    };
  }
  const kept = keptDirs(plan);
  const removed = [...present].filter((dir) => !kept(dir)).sort();
  const allowed = allowedDeletions(options.maxDeletions, present.size);
  if (removed.length > allowed) {
    const limit = options.maxDeletions.kind === "percent" ? `${options.maxDeletions.value}% of ${present.size} = ${allowed}` : String(allowed);
    throw new ConfigError(
      `refusing to remove ${removed.length} device directories (--max-deletions ${limit}); nothing was changed. Would have removed:
${removed.map((d) => `  ${d}`).join("\n")}
Raise --max-deletions to allow it.`,
      { stage: "publish" }
    );
  }
  return { plan, removed, notes: [] };
}

// src/publish/output/write-output.ts
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, readdir, rename, rm, unlink } from "node:fs/promises";
import path3 from "node:path";

// src/plan/inventory-json.ts
function* inventoryJsonPieces(inventory) {
  const keys = Object.keys(inventory).filter((k) => inventory[k] !== void 0);
  yield "{";
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = inventory[key];
    const comma = k < keys.length - 1 ? "," : "";
    if (key === "devices" && Array.isArray(value) && value.length > 0) {
      yield `
  ${JSON.stringify(key)}: [`;
      for (let i = 0; i < value.length; i++) {
        yield `
    ${JSON.stringify(value[i], null, 2).replace(/\n/g, "\n    ")}${i < value.length - 1 ? "," : ""}`;
      }
      yield `
  ]${comma}`;
    } else {
      yield `
  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}${comma}`;
    }
  }
  yield keys.length > 0 ? "\n}\n" : "}\n";
}

// src/publish/output/read-text-no-follow.ts
import { closeSync, constants, openSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
var FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;
async function readTextNoFollow(file) {
  let handle;
  try {
    handle = await open(file, FLAGS);
  } catch (error) {
    if (_absent(error)) return void 0;
    throw error;
  }
  try {
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
function readTextNoFollowSync(file) {
  let fd;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    if (_absent(error)) return void 0;
    throw error;
  }
  try {
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
function _absent(error) {
  const code = error.code;
  return code === "ENOENT" || code === "ELOOP";
}

// src/publish/output/device-dir-writer.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/publish/output/device-dir-thread-writer.ts
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var DEFAULT_MAX_IN_FLIGHT = 64;
var WAIT_SLICE_MS = 200;
var START_DEADLINE_MS = 3e4;
function threadDeviceDirWriter(options, workerUrl) {
  const limit = Math.max(1, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  let running;
  let failure;
  let done = false;
  let closed = false;
  const start = () => {
    const state = new Int32Array(new SharedArrayBuffer(SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const workerData = { root: options.root, marker: options.marker, state: state.buffer, reports: port2 };
    const worker = new Worker(workerUrl, { workerData, transferList: [port2], execArgv: [] });
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    const started = { worker, reports: port1, state, exited, createdAt: performance.now() };
    worker.on("error", (error) => started.crash = error);
    worker.unref();
    return started;
  };
  const poll = (run) => {
    for (let received = receiveMessageOnPort(run.reports); received !== void 0; received = receiveMessageOnPort(run.reports)) {
      const report = received.message;
      if (report.kind === "applied") options.onApplied(report.dir, report.outcome);
      else if (report.kind === "failed") failure ??= decodeWriteFailure(report.failure);
      else done = true;
    }
  };
  const fail = (run, error) => {
    failure ??= error;
    closed = true;
    run.reports.close();
    void run.worker.terminate();
    throw failure;
  };
  return {
    write(dir, files, exists) {
      if (failure !== void 0) throw failure;
      if (closed) throw new InternalError(`device directory ${dir} handed over after the writer was drained`, { stage: "publish" });
      const run = running ??= start();
      for (; ; ) {
        poll(run);
        if (failure !== void 0) fail(run, failure);
        const inFlight = Atomics.load(run.state, SLOT.inFlight);
        if (inFlight < limit) break;
        if (Atomics.load(run.state, SLOT.stopped) !== 0) {
          poll(run);
          fail(run, failure ?? new InternalError("the device directory writer thread stopped unexpectedly", { stage: "publish" }));
        }
        if (Atomics.load(run.state, SLOT.started) === 0 && performance.now() - run.createdAt > START_DEADLINE_MS) {
          fail(run, new InternalError(`the device directory writer thread did not start within ${START_DEADLINE_MS / 1e3} s`, { stage: "publish" }));
        }
        Atomics.wait(run.state, SLOT.inFlight, inFlight, WAIT_SLICE_MS);
      }
      Atomics.add(run.state, SLOT.inFlight, 1);
      run.worker.postMessage({ kind: "write", dir, files, exists });
    },
    async abort() {
      closed = true;
      failure ??= new InternalError("device directory written after the writer was stopped", { stage: "publish" });
      const run = running;
      if (run === void 0) return;
      run.reports.close();
      await run.worker.terminate();
    },
    async drain() {
      if (failure !== void 0) throw failure;
      if (closed) return;
      closed = true;
      const run = running;
      if (run === void 0) return;
      run.worker.postMessage({ kind: "end" });
      run.worker.ref();
      const code = await run.exited;
      poll(run);
      run.reports.close();
      if (failure !== void 0) throw failure;
      if (!done) {
        const why = run.crash?.message ?? `exit code ${code}`;
        throw failure = new InternalError(`the device directory writer thread stopped unexpectedly (${why})`, { stage: "publish" });
      }
    }
  };
}

// src/publish/output/device-dir-writer.ts
var WORKER_URL = new URL("./device-dir-worker.js", import.meta.url);
function defaultDeviceDirWriterKind() {
  return existsSync(fileURLToPath(WORKER_URL)) ? "thread" : "inline";
}
function createDeviceDirWriter(kind, options) {
  if (kind === "inline") return inlineDeviceDirWriter(options);
  if (!existsSync(fileURLToPath(WORKER_URL))) throw new InternalError(`cannot write on a thread: ${fileURLToPath(WORKER_URL)} is not built`, { stage: "publish" });
  return threadDeviceDirWriter(options, WORKER_URL);
}
function inlineDeviceDirWriter(options) {
  let failure;
  return {
    write(dir, files, exists) {
      if (failure !== void 0) throw failure;
      try {
        options.onApplied(dir, applyDeviceDir(path2.join(options.root, dir), files, exists, () => options.mark(dir)));
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    async drain() {
      if (failure !== void 0) throw failure;
    },
    async abort() {
      failure ??= new InternalError("device directory written after the writer was stopped", { stage: "publish" });
    }
  };
}

// src/publish/output/write-output.ts
var WRITING_MARKER = ".iotedge-gitops-writing";
async function writeOutput(root, plan) {
  const byDir = groupFilesByDeviceDir(plan);
  const output = await openOutput(root, plan.selection !== void 0 ? { selection: plan.selection } : {});
  output.checkUnchanged(plan);
  for (const [dir, files] of byDir) output.writeDevice(dir, files);
  return output.finish(plan);
}
async function openOutput(root, options = {}) {
  await mkdir(root, { recursive: true });
  checkOutputRoot(root);
  const selection = options.selection;
  await _removeLeftovers(path3.join(root, DEVICES_DIR), selection);
  await _removeInventoryTemps(root, selection);
  const existing = await listDeviceDirs(root, selection);
  const added = [];
  const changed = [];
  const unchanged = [];
  const written = /* @__PURE__ */ new Set();
  const marked = /* @__PURE__ */ new Set();
  const mark = (dir) => {
    const clusterDir = path3.posix.dirname(dir);
    if (marked.has(clusterDir)) return;
    writeWritingMarker(path3.join(root, clusterDir, WRITING_MARKER));
    marked.add(clusterDir);
  };
  const onApplied = (dir, outcome) => {
    if (outcome === "unchanged") {
      unchanged.push(dir);
      return;
    }
    marked.add(path3.posix.dirname(dir));
    (outcome === "added" ? added : changed).push(dir);
  };
  const writerOptions = { root, marker: WRITING_MARKER, mark, onApplied, ...options.maxInFlight !== void 0 ? { maxInFlight: options.maxInFlight } : {} };
  let writer = createDeviceDirWriter(options.writer ?? defaultDeviceDirWriterKind(), writerOptions);
  const checkUnchanged = (plan) => {
    for (const dir of plan.unchanged ?? []) {
      if (!existing.has(dir)) throw new ConfigError(`cannot reuse ${dir}: the directory is gone since the inventory was read`, { stage: "publish" });
    }
  };
  const writeDevice = (dir, files) => {
    _checkDeviceFiles(dir, files);
    if (written.has(dir)) throw new ConfigError(`refusing to write ${dir} twice in one run`, { stage: "publish" });
    written.add(dir);
    writer.write(dir, files, existing.has(dir));
  };
  return {
    writeDevice,
    checkUnchanged,
    async abort() {
      await writer.abort();
      await _removeLeftovers(path3.join(root, DEVICES_DIR), selection);
      await _removeInventoryTemps(root, selection);
    },
    async finish(plan) {
      await writer.drain();
      options.signal?.throwIfAborted();
      writer = createDeviceDirWriter("inline", writerOptions);
      checkUnchanged(plan);
      for (const [dir, files] of groupFilesByDeviceDir(plan)) if (!written.has(dir)) writeDevice(dir, files);
      unchanged.push(...plan.unchanged ?? []);
      const kept = keptDirs(plan, written);
      const removed = [...existing].filter((dir) => !kept(dir)).sort();
      for (const dir of removed) {
        mark(dir);
        await rm(path3.join(root, dir), { recursive: true, force: true });
      }
      const inventories = _plannedInventories(plan);
      await _removeEmptyClusterDirs(path3.join(root, DEVICES_DIR), selection, new Set(inventories.keys()));
      for (const [cluster, pieces] of inventories) {
        if (!selectsCluster(selection, cluster)) throw new ConfigError(`refusing to write the inventory of cluster '${cluster}': not in this run's selection`, { stage: "publish" });
        const inventoryFile = path3.join(root, clusterInventoryFile(cluster));
        if (!_sameText(_readTextSync(inventoryFile), pieces())) {
          await mkdir(path3.dirname(inventoryFile), { recursive: true });
          await _writeInventory(inventoryFile, pieces());
        }
        rmSync(path3.join(root, DEVICES_DIR, cluster, WRITING_MARKER), { force: true });
      }
      for (const clusterDir of marked) rmSync(path3.join(root, clusterDir, WRITING_MARKER), { force: true });
      if (selection === void 0) {
        rmSync(path3.join(root, INVENTORY_FILE), { force: true });
        rmSync(path3.join(root, WRITING_MARKER), { force: true });
      }
      return { added: added.sort(), changed: changed.sort(), removed, unchanged: [...new Set(unchanged)].sort() };
    }
  };
}
async function listDeviceDirs(root, selection) {
  const found = /* @__PURE__ */ new Set();
  for (const cluster of await _subdirs(path3.join(root, DEVICES_DIR))) {
    if (!selectsCluster(selection, cluster)) continue;
    for (const namespace of await _subdirs(path3.join(root, DEVICES_DIR, cluster))) {
      if (!namespace.includes(TEMP_MARK)) found.add(`${DEVICES_DIR}/${cluster}/${namespace}`);
    }
  }
  return found;
}
async function _writeInventory(file, text) {
  try {
    await writeFileAtomic(file, text, { temp: `${file}${TEMP_MARK}${randomBytes(4).toString("hex")}` });
  } catch (error) {
    throw _writeError(file, error);
  }
}
function groupFilesByDeviceDir(plan) {
  const byDir = /* @__PURE__ */ new Map();
  const delivered = new Set(plan.delivered ?? []);
  for (const dir of plan.deviceDirs) if (!delivered.has(dir)) byDir.set(dir, /* @__PURE__ */ new Map());
  for (const [file, content] of plan.files) {
    const place = outputPlace(file);
    if (place?.inventory) continue;
    const files = place?.file !== void 0 && _isDeviceDir(place.dir) && _isSafeName(place.file) ? byDir.get(place.dir) : void 0;
    if (files === void 0) throw new ConfigError(`refusing to write '${file}': not inside a planned device directory`, { stage: "publish" });
    files.set(place.file, content);
  }
  return byDir;
}
async function _removeLeftovers(devicesRoot, selection) {
  for (const cluster of await _subdirs(devicesRoot)) {
    if (!selectsCluster(selection, cluster)) continue;
    const clusterDir = path3.join(devicesRoot, cluster);
    for (const link2 of await _links(clusterDir)) await _unlink(path3.join(clusterDir, link2));
    const names = await _subdirs(clusterDir);
    const present = new Set(names.filter((n) => !n.includes(TEMP_MARK)));
    for (const name of names) {
      const at = name.indexOf(TEMP_MARK);
      if (at < 0) continue;
      const original = name.slice(0, at);
      if (name.slice(at + TEMP_MARK.length).startsWith("old-") && !present.has(original)) {
        await rename(path3.join(clusterDir, name), path3.join(clusterDir, original));
        present.add(original);
      } else {
        await rm(path3.join(clusterDir, name), { recursive: true, force: true });
      }
    }
  }
}
async function _removeInventoryTemps(root, selection) {
  const folders = (await _subdirs(path3.join(root, DEVICES_DIR))).filter((c) => selectsCluster(selection, c)).map((c) => path3.join(root, DEVICES_DIR, c));
  if (selection === void 0) folders.push(root);
  const prefix = `${INVENTORY_FILE}${TEMP_MARK}`;
  for (const folder of folders) {
    for (const name of await readdir(folder)) {
      if (name.startsWith(prefix) && /^[0-9a-f]{8}$/.test(name.slice(prefix.length))) await rm(path3.join(folder, name), { force: true });
    }
  }
}
async function _removeEmptyClusterDirs(devicesRoot, selection, inventoried) {
  for (const cluster of await _subdirs(devicesRoot)) {
    if (!selectsCluster(selection, cluster) || inventoried.has(cluster)) continue;
    const dir = path3.join(devicesRoot, cluster);
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isDirectory())) continue;
    const own = entries.filter((e) => e.name === INVENTORY_FILE || e.name === WRITING_MARKER);
    if (own.length !== entries.length) continue;
    await rm(path3.join(dir, INVENTORY_FILE), { force: true });
    await rm(dir, { recursive: true, force: true });
  }
}
function _isSafeName(name) {
  return name !== "" && name !== "." && name !== ".." && !name.includes("\\") && !name.includes("/");
}
function _isDeviceDir(dir) {
  const place = outputPlace(dir);
  return place?.dir === dir && place.file === void 0 && _isSafeName(place.cluster) && _isSafeName(place.namespace);
}
function _plannedInventories(plan) {
  const planned = /* @__PURE__ */ new Map();
  for (const [file, content] of plan.files) {
    const place = outputPlace(file);
    if (place?.inventory) planned.set(place.cluster, () => [content]);
  }
  if (plan.delivered !== void 0) {
    for (const [cluster, inventory] of clusterInventories(plan.inventory)) planned.set(cluster, () => inventoryJsonPieces(inventory));
  }
  return planned;
}
function _checkDeviceFiles(dir, files) {
  if (!_isDeviceDir(dir)) throw new ConfigError(`refusing to write '${dir}': not a device directory`, { stage: "publish" });
  for (const name of files.keys()) {
    if (!_isSafeName(name) || name.includes(TEMP_MARK)) throw new ConfigError(`refusing to write '${dir}/${name}': not inside a planned device directory`, { stage: "publish" });
  }
}
function _readTextSync(file) {
  try {
    return readTextNoFollowSync(file);
  } catch (error) {
    throw _writeError(file, error);
  }
}
function _sameText(text, pieces) {
  if (text === void 0) return false;
  let at = 0;
  for (const piece of pieces) {
    if (!text.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === text.length;
}
async function _links(dir) {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isSymbolicLink()).map((e) => e.name).sort();
  } catch (error) {
    throw _writeError(dir, error);
  }
}
async function _unlink(file) {
  try {
    await unlink(file);
  } catch (error) {
    throw _writeError(file, error);
  }
}
async function _subdirs(dir) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw _writeError(dir, error);
  }
}
function _writeError(target, error) {
  return writeError(target, error);
}

// src/publish/output/read-previous-output.ts
import path5 from "node:path";
import { readdir as readdir2 } from "node:fs/promises";
import { existsSync as existsSync2 } from "node:fs";

// src/publish/output/read-device-files-hash.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import path4 from "node:path";
function readDeviceFilesHash(absolute) {
  const files = [];
  try {
    for (const entry of readdirSync2(absolute, { withFileTypes: true })) {
      files.push([entry.name, entry.isFile() ? readFileSync2(path4.join(absolute, entry.name)) : null]);
    }
  } catch (error) {
    if (error.code === "ENOENT") return null;
    const why = fileSystemReason(error, absolute) ?? error.code ?? error.message;
    throw new ConfigError(`cannot read ${absolute}: ${why}`, { stage: "publish", cause: error });
  }
  return deviceFilesHash(files);
}

// src/publish/output/read-previous-output.ts
async function readPreviousOutput(root, selection) {
  if (existsSync2(path5.join(root, WRITING_MARKER))) return void 0;
  const presentDirs = await listDeviceDirs(root, selection);
  const inventory = await readClusterInventories(root, await listClusterFolders(root, selection), selection);
  if (inventory === void 0) return void 0;
  return { inventory, presentDirs, editedDirs: _editedDirs(root, inventory, presentDirs) };
}
async function readClusterInventories(root, clusters, selection) {
  const parts = [];
  const ownFile = /* @__PURE__ */ new Set();
  const distrusted = /* @__PURE__ */ new Set();
  for (const cluster of clusters) {
    if (existsSync2(path5.join(root, DEVICES_DIR, cluster, WRITING_MARKER))) {
      distrusted.add(cluster);
      continue;
    }
    const text = await readTextNoFollow(path5.join(root, clusterInventoryFile(cluster)));
    if (text === void 0) continue;
    ownFile.add(cluster);
    const inventory = _parseInventory(text);
    if (inventory !== void 0) parts.push({ ...inventory, devices: inventory.devices.filter((d) => _inCluster(d, cluster)) });
  }
  const legacy = _parseInventory(await readTextNoFollow(path5.join(root, INVENTORY_FILE)));
  if (legacy !== void 0) {
    const wanted = new Set(clusters);
    const devices = legacy.devices.filter((d) => typeof d?.cluster === "string" && !ownFile.has(d.cluster) && !distrusted.has(d.cluster) && (wanted.has(d.cluster) || selectsCluster(selection, d.cluster)) && _inCluster(d, d.cluster));
    parts.push({ ...legacy, devices });
  }
  return mergeInventories(parts);
}
async function listClusterFolders(root, selection) {
  try {
    const entries = await readdir2(path5.join(root, DEVICES_DIR), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && selectsCluster(selection, e.name)).map((e) => e.name).sort();
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return [];
    throw error;
  }
}
function _parseInventory(text) {
  if (text === void 0) return void 0;
  try {
    const inventory = JSON.parse(text);
    if (inventory === null || typeof inventory !== "object" || !Array.isArray(inventory.devices)) return void 0;
    const devices = inventory.devices.filter((d) => d !== null && typeof d === "object");
    const configurations = Array.isArray(inventory.configurations) ? inventory.configurations : [];
    if (inventory.ledgers === null || typeof inventory.ledgers !== "object" || Array.isArray(inventory.ledgers)) {
      return { ...inventory, configurations, ledgers: {}, devices: devices.map(({ ledger: _untrusted, ...device }) => device) };
    }
    return { ...inventory, devices, configurations };
  } catch {
    return void 0;
  }
}
function _inCluster(device, cluster) {
  return device.cluster === cluster && (device.path === null || typeof device.path === "string" && device.path.startsWith(`${DEVICES_DIR}/${cluster}/`));
}
function _editedDirs(root, inventory, presentDirs) {
  const edited = /* @__PURE__ */ new Set();
  for (const device of inventory.devices) {
    if (device === null || typeof device !== "object" || typeof device.path !== "string" || typeof device.filesHash !== "string") continue;
    if (!presentDirs.has(device.path) || edited.has(device.path)) continue;
    if (readDeviceFilesHash(path5.join(root, device.path)) !== device.filesHash) edited.add(device.path);
  }
  return edited;
}

// src/publish/output/run-lock.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { readFileSync as readFileSync3, unlinkSync } from "node:fs";
import { link, mkdir as mkdir2, readFile, rename as rename2, stat, unlink as unlink2, writeFile } from "node:fs/promises";
import os from "node:os";
import path6 from "node:path";
var UNREADABLE_GRACE_MS = 1e4;
async function acquireRunLock(file, what, command) {
  const me = { pid: process.pid, host: os.hostname(), started: (/* @__PURE__ */ new Date()).toISOString(), command };
  const text = JSON.stringify(me) + "\n";
  await mkdir2(path6.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await _create(file, text)) return _held(file, text);
    const seen = await _read(file);
    if (seen === void 0) continue;
    const holder = _parse(seen.text);
    const stale = holder === null ? Date.now() - seen.mtimeMs > UNREADABLE_GRACE_MS : holder.host === me.host && !_alive(holder.pid);
    if (!stale) throw _heldError(file, what, holder);
    await _takeOver(file, seen.text);
  }
  throw new ConfigError(`${what} is in use: could not take the lock ${file} (other runs keep taking it)`, { stage: "publish" });
}
function describeHolder(holder) {
  return `pid ${holder.pid} on host ${holder.host}, started ${holder.started}, command: ${holder.command}`;
}
function _heldError(file, what, holder) {
  const who = holder === null ? "a run that is starting" : describeHolder(holder);
  return new ConfigError(`${what} is in use by another iotedge-gitops run (${who}); wait for it to end, or delete ${file} if that process is gone`, { stage: "publish" });
}
async function _create(file, text) {
  const temp = `${file}.${process.pid}-${randomBytes2(4).toString("hex")}`;
  try {
    await writeFile(temp, text, { flag: "wx" });
    await link(temp, file);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw writeError(file, error);
  } finally {
    await unlink2(temp).catch(() => void 0);
  }
}
async function _takeOver(file, staleText) {
  const aside = `${file}.stale-${process.pid}-${randomBytes2(4).toString("hex")}`;
  try {
    await rename2(file, aside);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw writeError(file, error);
  }
  const moved = await readFile(aside, "utf8").catch(() => void 0);
  if (moved !== staleText) await link(aside, file).catch(() => void 0);
  await unlink2(aside).catch(() => void 0);
}
function _held(file, text) {
  let released = false;
  const releaseSync = () => {
    if (released) return;
    released = true;
    process.off("exit", releaseSync);
    try {
      if (readFileSync3(file, "utf8") === text) unlinkSync(file);
    } catch {
    }
  };
  process.on("exit", releaseSync);
  return { file, release: async () => releaseSync() };
}
async function _read(file) {
  try {
    const [text, info] = await Promise.all([readFile(file, "utf8"), stat(file)]);
    return { text, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw writeError(file, error);
  }
}
function _parse(text) {
  try {
    const value = JSON.parse(text);
    if (typeof value.pid !== "number" || typeof value.host !== "string") return null;
    return { pid: value.pid, host: value.host, started: String(value.started ?? "?"), command: String(value.command ?? "?") };
  } catch {
    return null;
  }
}
function _alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/cli/code-fingerprint.ts
import { createHash } from "node:crypto";
import { readdir as readdir3, readFile as readFile2 } from "node:fs/promises";
import path7 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var OWN_TREE = path7.resolve(path7.dirname(fileURLToPath2(import.meta.url)), "..");
var cached;
function codeFingerprint(root = OWN_TREE) {
  if (root !== OWN_TREE) return _fingerprint(root);
  cached ??= _fingerprint(root);
  return cached;
}
async function _fingerprint(root) {
  const hash = createHash("sha256");
  for (const file of await _files(root, "")) hash.update(`${file}\0`).update(await readFile2(path7.join(root, file))).update("\0");
  return `${TOOL_VERSION}+${hash.digest("hex").slice(0, 16)}`;
}
async function _files(root, dir) {
  const found = [];
  for (const entry of await readdir3(path7.join(root, dir), { withFileTypes: true })) {
    const relative = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...await _files(root, relative));
    else if (entry.isFile()) found.push(relative);
  }
  return found.sort(compareOrdinal);
}

export {
  checkOutputRoot,
  DEFAULT_MAX_DELETIONS,
  parseDeletionLimit,
  keptDirs,
  guardPlan,
  readTextNoFollow,
  writeOutput,
  openOutput,
  listDeviceDirs,
  readPreviousOutput,
  readClusterInventories,
  listClusterFolders,
  acquireRunLock,
  codeFingerprint
};
