/**
 * What an earlier run left in an output root (`--out`, or the managed folder of a freshly reset work tree):
 * its inventory and the device directories on disk. The pipeline uses it to skip devices whose inputs did
 * not change (see `SynthOptions.previous`). The reading is here, in publish, so the plan stage stays pure.
 */
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import type { Inventory, InventoryDevice } from '../../plan/inventory.js';
import { DEVICES_DIR, INVENTORY_FILE, clusterInventoryFile } from '../../names.js';
import { mergeInventories } from '../../plan/cluster-inventories.js';
import { selectsCluster, type ClusterSelection } from '../../plan/cluster-selection.js';
import type { PreviousOutput } from '../../plan/previous-output.js';
import { listDeviceDirs, WRITING_MARKER } from './write-output.js';
import { existsSync } from 'node:fs';
import { readDeviceFilesHash } from './read-device-files-hash.js';
import { readTextNoFollow } from './read-text-no-follow.js';

/**
 * Reads the inventories of the selected clusters (`devices/<cluster>/inventory.json`; a root `inventory.json` an older
 * version wrote stands in for clusters without a file of their own) and lists their device directories. Undefined
 * when no inventory is found or a root WRITING_MARKER is present; a cluster whose folder holds a WRITING_MARKER, or
 * whose inventory does not parse, contributes nothing (its devices are then all rendered: a damaged inventory must
 * never make a run skip work).
 */
export async function readPreviousOutput(root: string, selection?: ClusterSelection): Promise<PreviousOutput | undefined> {
  // An older version stopped between changing directories and rewriting the inventory: trust nothing it recorded.
  if (existsSync(path.join(root, WRITING_MARKER))) return undefined;
  const presentDirs = await listDeviceDirs(root, selection);
  const inventory = await readClusterInventories(root, await listClusterFolders(root, selection), selection);
  if (inventory === undefined) return undefined;
  return { inventory, presentDirs, editedDirs: _editedDirs(root, inventory, presentDirs) };
}

/**
 * The inventories of `clusters` as one (`mergeInventories`): each cluster's own file, or for a cluster without one,
 * its entries in the root inventory.json an older version wrote. A cluster whose folder holds a WRITING_MARKER
 * contributes nothing; entries outside their cluster's folder are dropped. Undefined when none is found.
 */
export async function readClusterInventories(root: string, clusters: readonly string[], selection?: ClusterSelection): Promise<Inventory | undefined> {
  const parts: Inventory[] = [];
  const ownFile = new Set<string>();
  const distrusted = new Set<string>();
  for (const cluster of clusters) {
    // A run stopped between changing this cluster's directories and rewriting its inventory.
    if (existsSync(path.join(root, DEVICES_DIR, cluster, WRITING_MARKER))) {
      distrusted.add(cluster);
      continue;
    }
    const text = await readTextNoFollow(path.join(root, clusterInventoryFile(cluster)));
    if (text === undefined) continue;
    ownFile.add(cluster);
    const inventory = _parseInventory(text);
    // Entries of other clusters in a cluster's file are not this file's to vouch for.
    if (inventory !== undefined) parts.push({ ...inventory, devices: inventory.devices.filter((d) => _inCluster(d, cluster)) });
  }
  const legacy = _parseInventory(await readTextNoFollow(path.join(root, INVENTORY_FILE)));
  if (legacy !== undefined) {
    const wanted = new Set(clusters);
    const devices = legacy.devices.filter((d) => typeof d?.cluster === 'string' && !ownFile.has(d.cluster) && !distrusted.has(d.cluster) && (wanted.has(d.cluster) || selectsCluster(selection, d.cluster)) && _inCluster(d, d.cluster));
    parts.push({ ...legacy, devices });
  }
  return mergeInventories(parts);
}

/** Cluster folders (`devices/<cluster>`) present under `root` that the selection works on, sorted. */
export async function listClusterFolders(root: string, selection?: ClusterSelection): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, DEVICES_DIR), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && selectsCluster(selection, e.name)).map((e) => e.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
}

function _parseInventory(text: string | undefined): Inventory | undefined {
  if (text === undefined) return undefined;
  try {
    const inventory = JSON.parse(text) as Inventory;
    if (inventory === null || typeof inventory !== 'object' || !Array.isArray(inventory.devices)) return undefined;
    return { ...inventory, devices: inventory.devices.filter((d) => d !== null && typeof d === 'object'), configurations: Array.isArray(inventory.configurations) ? inventory.configurations : [], ledgers: inventory.ledgers !== null && typeof inventory.ledgers === 'object' ? inventory.ledgers : {} };
  } catch {
    return undefined;
  }
}

/** True when the entry belongs to `cluster`: its cluster is it, and its directory (if any) lies in its folder. */
function _inCluster(device: InventoryDevice, cluster: string): boolean {
  return device.cluster === cluster && (device.path === null || (typeof device.path === 'string' && device.path.startsWith(`${DEVICES_DIR}/${cluster}/`)));
}

/**
 * Hashes every present directory the inventory recorded a `filesHash` for, in one pass, and returns those that
 * differ. A no-op run reads each file once here; nothing else reads the reused directories.
 */
function _editedDirs(root: string, inventory: Inventory, presentDirs: ReadonlySet<string>): Set<string> {
  const edited = new Set<string>();
  for (const device of inventory.devices) {
    if (device === null || typeof device !== 'object' || typeof device.path !== 'string' || typeof device.filesHash !== 'string') continue;
    if (!presentDirs.has(device.path) || edited.has(device.path)) continue;
    if (readDeviceFilesHash(path.join(root, device.path)) !== device.filesHash) edited.add(device.path);
  }
  return edited;
}
