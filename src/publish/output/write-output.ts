/**
 * Applies an OutputPlan to a directory (`--out`, or the managed folder of a Git work tree). Each device
 * directory is replaced as a whole by a rename, so a run killed at any point leaves every device either
 * with its previous files or with its new ones, never half-written; the next run repairs the rest.
 * Unchanged device directories are not touched at all, so Git and file watchers see only real changes.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { DEVICES_DIR, INVENTORY_FILE, clusterInventoryFile, outputPlace } from '../../names.js';
import { inventoryJsonPieces } from '../../plan/inventory-json.js';
import { clusterInventories } from '../../plan/cluster-inventories.js';
import { selectsCluster, type ClusterSelection } from '../../plan/cluster-selection.js';
import { checkOutputRoot } from './check-output-root.js';
import { readTextNoFollowSync } from './read-text-no-follow.js';
import { TEMP_MARK, writeWritingMarker, type DeviceDirOutcome } from './device-dir-replace.js';
import { createDeviceDirWriter, defaultDeviceDirWriterKind, type DeviceDirWriterKind } from './device-dir-writer.js';
import type { OutputPlan } from '../../plan/output-plan.js';
import { writeError } from './write-error.js';
import { writeFileAtomic } from '../../source/write-file-atomic.js';
import { keptDirs } from './guard-plan.js';

/** Device directories (relative to the root) by what happened to them. */
export interface WriteSummary {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

/**
 * Present in a cluster folder (`devices/<cluster>/`) while a run changes its device directories, removed once that
 * cluster's inventory.json matches them again. A run killed in between leaves it, and the next run then trusts no
 * hash that cluster's inventory recorded (`readPreviousOutput`) and renders every device of it: directories the
 * killed run had already replaced are repaired. One at the output root (left by an older version) distrusts all.
 */
export const WRITING_MARKER = '.iotedge-gitops-writing';

/**
 * Makes `root` hold exactly `plan` under `devices/` (within the plan's selection of clusters); everything else is
 * left alone.
 */
export async function writeOutput(root: string, plan: OutputPlan): Promise<WriteSummary> {
  const byDir = groupFilesByDeviceDir(plan);
  const output = await openOutput(root, plan.selection !== undefined ? { selection: plan.selection } : {});
  // Checked before anything is written: a plan that reuses a vanished directory must change nothing.
  output.checkUnchanged(plan);
  for (const [dir, files] of byDir) output.writeDevice(dir, files);
  return output.finish(plan);
}

/**
 * An output root being written one device directory at a time, as the pipeline renders them
 * (`SynthOptions.onDevice`), so a run never holds every file of the fleet in memory at once.
 * `writeDevice` is synchronous on purpose (it is called from inside the pure, synchronous pipeline).
 */
export interface StreamingOutput {
  /**
   * Makes `<root>/<dir>` hold exactly `files` now: skipped when the files on disk are identical, else replaced
   * whole through a rename (atomic per directory). Throws ConfigError for a path outside `devices/<cluster>/<namespace>/`.
   */
  writeDevice(dir: string, files: ReadonlyMap<string, string>): void;
  /** Throws ConfigError when a directory the plan reuses (`plan.unchanged`) is gone since the inventory was read. */
  checkUnchanged(plan: OutputPlan): void;
  /**
   * Applies the rest of `plan`: the files it still carries (none for delivered directories), removal of device
   * directories neither written nor planned nor kept, empty cluster directories, and inventory.json (last, so an
   * interrupted run leaves the previous inventory, whose hashes then make the next run redo the work).
   */
  finish(plan: OutputPlan): Promise<WriteSummary>;
  /**
   * Gives up the run (an error, or a stop signal): stops the writer, puts back a directory it left between its
   * two renames and removes every temporary, so each device directory holds its old files or its new ones.
   * WRITING_MARKER stays when something changed (inventory.json is then the old one): the next run renders all.
   */
  abort(): Promise<void>;
}

/** How `openOutput` writes device directories. */
export interface OpenOutputOptions {
  /**
   * 'thread': on a worker thread, overlapping the rendering of the next devices; 'inline': on the calling thread.
   * @default 'thread' when the compiled worker lies next to this module (the built lib/), else 'inline' (see `defaultDeviceDirWriterKind`)
   */
  readonly writer?: DeviceDirWriterKind;
  /** Thread writer: directories handed over and not yet written before `writeDevice` blocks. @default 64 */
  readonly maxInFlight?: number;
  /** When aborted, `finish` stops (throwing its reason) before it removes directories or writes inventory.json. */
  readonly signal?: AbortSignal;
  /**
   * The clusters the run works on (`OutputPlan.selection`, which must be the same): nothing in another cluster's
   * folder is listed, repaired, written or removed, and a root inventory.json is left as it is. @default every cluster
   */
  readonly selection?: ClusterSelection;
}

/** Opens `root` for streaming: creates it, repairs what a killed run left, and lists the device directories there. */
export async function openOutput(root: string, options: OpenOutputOptions = {}): Promise<StreamingOutput> {
  await mkdir(root, { recursive: true });
  checkOutputRoot(root);
  const selection = options.selection;
  await _removeLeftovers(path.join(root, DEVICES_DIR), selection);
  await _removeInventoryTemps(root, selection);
  const existing = await listDeviceDirs(root, selection);
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  const written = new Set<string>();
  // Cluster folders (`devices/<cluster>`) holding a WRITING_MARKER this run wrote.
  const marked = new Set<string>();
  const mark = (dir: string) => {
    const clusterDir = path.posix.dirname(dir);
    if (marked.has(clusterDir)) return;
    writeWritingMarker(path.join(root, clusterDir, WRITING_MARKER));
    marked.add(clusterDir);
  };
  const onApplied = (dir: string, outcome: DeviceDirOutcome) => {
    if (outcome === 'unchanged') {
      unchanged.push(dir);
      return;
    }
    // A change implies the marker: the writer thread writes it itself, so `mark` must not write it again.
    marked.add(path.posix.dirname(dir));
    (outcome === 'added' ? added : changed).push(dir);
  };
  const writerOptions = { root, marker: WRITING_MARKER, mark, onApplied, ...(options.maxInFlight !== undefined ? { maxInFlight: options.maxInFlight } : {}) };
  let writer = createDeviceDirWriter(options.writer ?? defaultDeviceDirWriterKind(), writerOptions);
  const checkUnchanged = (plan: OutputPlan) => {
    for (const dir of plan.unchanged ?? []) {
      // The pipeline skipped these because a previous run wrote them; they must still be here.
      if (!existing.has(dir)) throw new ConfigError(`cannot reuse ${dir}: the directory is gone since the inventory was read`, { stage: 'publish' });
    }
  };
  const writeDevice = (dir: string, files: ReadonlyMap<string, string>): void => {
    _checkDeviceFiles(dir, files);
    if (written.has(dir)) throw new ConfigError(`refusing to write ${dir} twice in one run`, { stage: 'publish' });
    written.add(dir);
    // On a fresh root nothing exists, so nothing is read back: the common first run costs only the writes.
    writer.write(dir, files, existing.has(dir));
  };
  return {
    writeDevice,
    checkUnchanged,
    async abort() {
      await writer.abort();
      await _removeLeftovers(path.join(root, DEVICES_DIR), selection);
      await _removeInventoryTemps(root, selection);
    },
    async finish(plan) {
      // Every directory handed over is on disk (or its error thrown) before anything is removed or inventoried;
      // the few a plan still carries are written below on this thread, the writer thread being gone.
      await writer.drain();
      options.signal?.throwIfAborted();
      writer = createDeviceDirWriter('inline', writerOptions);
      checkUnchanged(plan);
      for (const [dir, files] of groupFilesByDeviceDir(plan)) if (!written.has(dir)) writeDevice(dir, files);
      unchanged.push(...(plan.unchanged ?? []));
      const kept = keptDirs(plan, written);
      const removed = [...existing].filter((dir) => !kept(dir)).sort();
      for (const dir of removed) {
        mark(dir);
        await rm(path.join(root, dir), { recursive: true, force: true });
      }
      const inventories = _plannedInventories(plan);
      await _removeEmptyClusterDirs(path.join(root, DEVICES_DIR), selection, new Set(inventories.keys()));
      for (const [cluster, pieces] of inventories) {
        if (!selectsCluster(selection, cluster)) throw new ConfigError(`refusing to write the inventory of cluster '${cluster}': not in this run's selection`, { stage: 'publish' });
        const inventoryFile = path.join(root, clusterInventoryFile(cluster));
        // An identical inventory is not rewritten: a no-op run then leaves no file for Git to hash again.
        if (!_sameText(_readTextSync(inventoryFile), pieces())) {
          // A cluster of unmanaged devices only has an inventory and no device directory yet.
          await mkdir(path.dirname(inventoryFile), { recursive: true });
          await _writeInventory(inventoryFile, pieces());
        }
        // This cluster's inventory now describes every directory of it again.
        rmSync(path.join(root, DEVICES_DIR, cluster, WRITING_MARKER), { force: true });
      }
      for (const clusterDir of marked) rmSync(path.join(root, clusterDir, WRITING_MARKER), { force: true });
      if (selection === undefined) {
        // Each cluster has its own inventory now: the single one an older version wrote goes, and its marker too.
        rmSync(path.join(root, INVENTORY_FILE), { force: true });
        rmSync(path.join(root, WRITING_MARKER), { force: true });
      }
      return { added: added.sort(), changed: changed.sort(), removed, unchanged: [...new Set(unchanged)].sort() };
    },
  };
}

/** Device directories (`devices/<cluster>/<namespace>`) present under `root` (in the selected clusters), relative, sorted. */
export async function listDeviceDirs(root: string, selection?: ClusterSelection): Promise<Set<string>> {
  const found = new Set<string>();
  for (const cluster of await _subdirs(path.join(root, DEVICES_DIR))) {
    if (!selectsCluster(selection, cluster)) continue;
    for (const namespace of await _subdirs(path.join(root, DEVICES_DIR, cluster))) {
      if (!namespace.includes(TEMP_MARK)) found.add(`${DEVICES_DIR}/${cluster}/${namespace}`);
    }
  }
  return found;
}

/**
 * Replaces inventory.json whole (`writeFileAtomic`), from its text or from pieces; the temporary sibling is named
 * `inventory.json<TEMP_MARK><hex>` so that `_removeInventoryTemps` finds what a killed run left.
 */
async function _writeInventory(file: string, text: string | Iterable<string>): Promise<void> {
  try {
    await writeFileAtomic(file, text, { temp: `${file}${TEMP_MARK}${randomBytes(4).toString('hex')}` });
  } catch (error) {
    throw _writeError(file, error);
  }
}

/** Splits plan.files by device directory; rejects any path that would leave `devices/<cluster>/<namespace>/`. */
export function groupFilesByDeviceDir(plan: OutputPlan): Map<string, Map<string, string>> {
  const byDir = new Map<string, Map<string, string>>();
  // Delivered directories were written while the pipeline ran; their files are not in the plan.
  const delivered = new Set(plan.delivered ?? []);
  for (const dir of plan.deviceDirs) if (!delivered.has(dir)) byDir.set(dir, new Map());
  for (const [file, content] of plan.files) {
    const place = outputPlace(file);
    if (place?.inventory) continue;
    const files = place?.file !== undefined && _isDeviceDir(place.dir!) && _isSafeName(place.file) ? byDir.get(place.dir!) : undefined;
    if (files === undefined) throw new ConfigError(`refusing to write '${file}': not inside a planned device directory`, { stage: 'publish' });
    files.set(place!.file!, content);
  }
  return byDir;
}

/**
 * A run killed between the two renames leaves `<dir>…old-*` without `<dir>`: put it back, drop the rest.
 * A symbolic link where a device directory goes is removed (the link, never its target): device directories
 * are the tool's own entries, and one is then written as a real directory or, when not wanted, is simply gone.
 */
async function _removeLeftovers(devicesRoot: string, selection: ClusterSelection | undefined): Promise<void> {
  for (const cluster of await _subdirs(devicesRoot)) {
    if (!selectsCluster(selection, cluster)) continue;
    const clusterDir = path.join(devicesRoot, cluster);
    for (const link of await _links(clusterDir)) await _unlink(path.join(clusterDir, link));
    const names = await _subdirs(clusterDir);
    const present = new Set(names.filter((n) => !n.includes(TEMP_MARK)));
    for (const name of names) {
      const at = name.indexOf(TEMP_MARK);
      if (at < 0) continue;
      const original = name.slice(0, at);
      if (name.slice(at + TEMP_MARK.length).startsWith('old-') && !present.has(original)) {
        await rename(path.join(clusterDir, name), path.join(clusterDir, original));
        present.add(original);
      } else {
        await rm(path.join(clusterDir, name), { recursive: true, force: true });
      }
    }
  }
}

/**
 * A run killed while it wrote an inventory leaves `inventory.json<TEMP_MARK><hex>` beside it: only those go, in the
 * selected clusters' folders (and at the root, whose inventory an older version wrote, for an unselected run).
 */
async function _removeInventoryTemps(root: string, selection: ClusterSelection | undefined): Promise<void> {
  const folders = (await _subdirs(path.join(root, DEVICES_DIR))).filter((c) => selectsCluster(selection, c)).map((c) => path.join(root, DEVICES_DIR, c));
  if (selection === undefined) folders.push(root);
  const prefix = `${INVENTORY_FILE}${TEMP_MARK}`;
  for (const folder of folders) {
    for (const name of await readdir(folder)) {
      if (name.startsWith(prefix) && /^[0-9a-f]{8}$/.test(name.slice(prefix.length))) await rm(path.join(folder, name), { force: true });
    }
  }
}

/**
 * A selected cluster folder left without device directories and without an inventory to write goes, with the
 * tool's own files in it (its old inventory.json and marker); a file anyone else put there keeps the folder.
 */
async function _removeEmptyClusterDirs(devicesRoot: string, selection: ClusterSelection | undefined, inventoried: ReadonlySet<string>): Promise<void> {
  for (const cluster of await _subdirs(devicesRoot)) {
    if (!selectsCluster(selection, cluster) || inventoried.has(cluster)) continue;
    const dir = path.join(devicesRoot, cluster);
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isDirectory())) continue;
    const own = entries.filter((e) => e.name === INVENTORY_FILE || e.name === WRITING_MARKER);
    if (own.length !== entries.length) continue;
    await rm(path.join(dir, INVENTORY_FILE), { force: true });
    await rm(dir, { recursive: true, force: true });
  }
}

/** A name the writer may create in one directory: not empty, `.` or `..`, and no separator of any OS. */
function _isSafeName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('\\') && !name.includes('/');
}

/** True for `devices/<cluster>/<namespace>` whose two names are safe (see `_isSafeName`). */
function _isDeviceDir(dir: string): boolean {
  const place = outputPlace(dir);
  return place?.dir === dir && place.file === undefined && _isSafeName(place.cluster) && _isSafeName(place.namespace!);
}

/**
 * Each cluster's inventory text as pieces, by cluster: from the plan's files, or, for a streamed plan (which carries
 * no inventory text), serialized from its inventory piece by piece so the fleet's inventory is never one string.
 */
function _plannedInventories(plan: OutputPlan): Map<string, () => Iterable<string>> {
  const planned = new Map<string, () => Iterable<string>>();
  for (const [file, content] of plan.files) {
    const place = outputPlace(file);
    if (place?.inventory) planned.set(place.cluster, () => [content]);
  }
  if (plan.delivered !== undefined) {
    for (const [cluster, inventory] of clusterInventories(plan.inventory)) planned.set(cluster, () => inventoryJsonPieces(inventory));
  }
  return planned;
}

/** Same rule as `groupFilesByDeviceDir`, for a directory handed over whole. */
function _checkDeviceFiles(dir: string, files: ReadonlyMap<string, string>): void {
  if (!_isDeviceDir(dir)) throw new ConfigError(`refusing to write '${dir}': not a device directory`, { stage: 'publish' });
  for (const name of files.keys()) {
    if (!_isSafeName(name) || name.includes(TEMP_MARK)) throw new ConfigError(`refusing to write '${dir}/${name}': not inside a planned device directory`, { stage: 'publish' });
  }
}

/** inventory.json as it is; undefined when missing or a link (then it is replaced, never compared through). */
function _readTextSync(file: string): string | undefined {
  try {
    return readTextNoFollowSync(file);
  } catch (error) {
    throw _writeError(file, error);
  }
}

/** True when `text` is exactly the concatenation of `pieces`, without building it. */
function _sameText(text: string | undefined, pieces: Iterable<string>): boolean {
  if (text === undefined) return false;
  let at = 0;
  for (const piece of pieces) {
    if (!text.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === text.length;
}

async function _links(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isSymbolicLink()).map((e) => e.name).sort();
  } catch (error) {
    throw _writeError(dir, error);
  }
}

async function _unlink(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    throw _writeError(file, error);
  }
}

async function _subdirs(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw _writeError(dir, error);
  }
}

function _writeError(target: string, error: unknown): ConfigError {
  return writeError(target, error);
}
