import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Inventory, InventoryDevice } from '../../plan/inventory.js';
import { INVENTORY_FILE, clusterInventoryFile, outputPlace } from '../../names.js';
import { listClusterFolders, readClusterInventories } from '../output/read-previous-output.js';
import { diffWorkloads, type ModuleChange } from './module-changes.js';
import type { OutputPlan } from '../../plan/output-plan.js';
import { readWorkloads } from './workload-facts.js';
import { deviceFilesHash } from '../../plan/device-files-hash.js';
import { readTextNoFollow } from '../output/read-text-no-follow.js';
import type { PodSecurityLevel } from '../../translate/pod-security-level.js';
import { reviewDeviceChange, type DeviceReview } from './review-device-change.js';
import { readDeviceFiles } from './device-file-documents.js';

/** One device directory that a run adds, changes or removes. */
export interface DeviceChange {
  /** `devices/<cluster>/<namespace>`, relative to the managed folder. */
  readonly dir: string;
  readonly kind: 'added' | 'changed' | 'removed';
  /** From the inventory (this run's, or the previous one for removed devices); null when unknown. */
  readonly deviceId: string | null;
  readonly cluster: string;
  readonly namespace: string;
  readonly baseDeployment: string | null;
  readonly layeredDeployments: readonly string[];
  readonly modules: readonly ModuleChange[];
  /** File names inside the directory that were added, changed or removed, sorted. */
  readonly files: readonly string[];
  /**
   * The directory's files were edited, added or removed outside the tool since the run that recorded them (they
   * no longer have the inventory's `filesHash`): this change restores what the hub says. @default false
   */
  readonly editedOutside?: boolean;
  /**
   * The Pod Security level the device's namespace is labelled with changed (inventory `podSecurity` before and
   * after): a reviewer should see a device start to need privileged pods. @default undefined: unchanged or unknown
   */
  readonly podSecurity?: { readonly from: PodSecurityLevel; readonly to: PodSecurityLevel };
  /**
   * The change in IoT Edge terms and what to act on before merging (`reviewDeviceChange`). Always set by
   * `describeDeviceChange`; summaries fall back to `modules` and `files` without it.
   */
  readonly review?: DeviceReview;
}

/** Everything a run changes in the managed folder, before it is written. */
export interface FolderChanges {
  /** Sorted by directory. */
  readonly devices: readonly DeviceChange[];
  readonly inventoryChanged: boolean;
  /**
   * The inventory found in the folder before the run, when it parsed: the per-cluster files of the clusters the run
   * works on (a root inventory.json an older version wrote for clusters without one), as one.
   */
  readonly previousInventory: Inventory | null;
}

/**
 * Compares the managed folder on disk with the plan (read-only), so that the change table, commit message and
 * PR body can be built before or without writing. `removed` comes from `guardPlan`.
 */
export async function diffManagedFolder(root: string, plan: OutputPlan, removed: readonly string[]): Promise<FolderChanges> {
  const clusters = await listClusterFolders(root, plan.selection);
  const previousInventory = (await readClusterInventories(root, clusters, plan.selection)) ?? null;
  const inventoryChanged = await _inventoriesChange(root, plan, clusters);
  const newFiles = _filesByDir(plan);
  const identities = _byPath(plan.inventory);
  const previousIdentities = previousInventory ? _byPath(previousInventory) : new Map<string, InventoryDevice>();
  const devices: DeviceChange[] = [];
  for (const dir of plan.deviceDirs) {
    const before = await _readDeviceDir(path.join(root, dir));
    const change = describeDeviceChange(dir, before, newFiles.get(dir) ?? new Map(), identities.get(dir));
    if (change === null) continue;
    // The previous run recorded what it wrote; other bytes on disk mean someone changed them in Git since.
    const recorded = previousIdentities.get(dir)?.filesHash;
    const editedOutside = before !== null && typeof recorded === 'string' && deviceFilesHash(before) !== recorded;
    const from = previousIdentities.get(dir)?.podSecurity;
    const to = identities.get(dir)?.podSecurity;
    const podSecurity = before !== null && from !== undefined && to !== undefined && from !== to ? { podSecurity: { from, to } } : {};
    devices.push({ ...change, ...(editedOutside ? { editedOutside } : {}), ...podSecurity });
  }
  for (const dir of removed) {
    const before = (await _readDeviceDir(path.join(root, dir))) ?? new Map<string, string>();
    devices.push(describeDeviceChange(dir, before, null, previousIdentities.get(dir))!);
  }
  devices.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return { devices, inventoryChanged, previousInventory };
}

/**
 * True when writing the plan changes an inventory file: a cluster's inventory differs from the file (or is new), a
 * cluster folder present loses its inventory, or (unselected) the root inventory.json an older version wrote goes.
 */
async function _inventoriesChange(root: string, plan: OutputPlan, presentClusters: readonly string[]): Promise<boolean> {
  const planned = new Set<string>();
  for (const [file, content] of plan.files) {
    const place = outputPlace(file);
    if (!place?.inventory) continue;
    planned.add(place.cluster);
    if ((await _readText(path.join(root, file))) !== content) return true;
  }
  for (const cluster of presentClusters) {
    if (!planned.has(cluster) && (await _readText(path.join(root, clusterInventoryFile(cluster)))) !== undefined) return true;
  }
  return plan.selection === undefined && (await _readText(path.join(root, INVENTORY_FILE))) !== undefined;
}

/**
 * The change of one device directory from its files before (null = absent) and after (null = removed);
 * null when nothing differs. Pure, so the reviewer-facing summaries can be tested without a disk.
 */
export function describeDeviceChange(
  dir: string,
  before: ReadonlyMap<string, string> | null,
  after: ReadonlyMap<string, string> | null,
  identity?: InventoryDevice,
): DeviceChange | null {
  const kind = before === null ? 'added' : after === null ? 'removed' : 'changed';
  const a = before ?? new Map<string, string>();
  const b = after ?? new Map<string, string>();
  const files = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
  if (kind === 'changed' && files.length === 0) return null;
  const place = outputPlace(dir);
  const filesA = readDeviceFiles(a);
  const filesB = readDeviceFiles(b);
  const modules = diffWorkloads(readWorkloads(filesA), readWorkloads(filesB));
  return {
    dir,
    kind,
    deviceId: identity?.deviceId ?? null,
    cluster: identity?.cluster ?? place?.cluster ?? '',
    namespace: identity?.namespace ?? place?.namespace ?? '',
    baseDeployment: identity?.baseDeployment ?? null,
    layeredDeployments: identity?.layeredDeployments ?? [],
    modules,
    files,
    review: reviewDeviceChange(before && filesA, after && filesB, modules),
  };
}

/** Inventory entries by device directory (a search per directory was quadratic in the fleet). */
function _byPath(inventory: Inventory): Map<string, InventoryDevice> {
  const byPath = new Map<string, InventoryDevice>();
  for (const device of inventory.devices) if (device.path !== null && !byPath.has(device.path)) byPath.set(device.path, device);
  return byPath;
}

function _filesByDir(plan: OutputPlan): Map<string, Map<string, string>> {
  const byDir = new Map<string, Map<string, string>>();
  for (const [file, content] of plan.files) {
    const place = outputPlace(file);
    if (place?.file === undefined) continue;
    const files = byDir.get(place.dir!) ?? new Map<string, string>();
    files.set(place.file, content);
    byDir.set(place.dir!, files);
  }
  return byDir;
}

async function _readDeviceDir(dir: string): Promise<Map<string, string> | null> {
  let names: string[];
  try {
    // A link where a device directory goes is not read through: the writer replaces it with a directory.
    if ((await lstat(dir)).isSymbolicLink()) return null;
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const files = new Map<string, string>();
  for (const name of names.sort()) files.set(name, await readFile(path.join(dir, name), 'utf8'));
  return files;
}

async function _readText(file: string): Promise<string | undefined> {
  return readTextNoFollow(file);
}
