/**
 * What an earlier run left in an output root (`--out`, or the managed folder of a freshly reset work tree):
 * its inventory and the device directories on disk. The pipeline uses it to skip devices whose inputs did
 * not change (see `SynthOptions.previous`). The reading is here, in publish, so the plan stage stays pure.
 */
import path from 'node:path';
import type { Inventory } from '../../plan/inventory.js';
import { INVENTORY_FILE } from '../../names.js';
import type { PreviousOutput } from '../../plan/previous-output.js';
import { listDeviceDirs, WRITING_MARKER } from './write-output.js';
import { existsSync } from 'node:fs';
import { readDeviceFilesHash } from './read-device-files-hash.js';
import { readTextNoFollow } from './read-text-no-follow.js';

/**
 * Reads `<root>/inventory.json` and lists the device directories. Undefined when there is no inventory, it
 * does not parse as one, or a run was stopped while writing (WRITING_MARKER is present) (then every device is rendered: a damaged inventory must never make a run skip work).
 */
export async function readPreviousOutput(root: string): Promise<PreviousOutput | undefined> {
  // An earlier run stopped between changing directories and rewriting the inventory: trust nothing it recorded.
  if (existsSync(path.join(root, WRITING_MARKER))) return undefined;
  // A link in place of inventory.json is not the previous run's inventory (the writer replaces it).
  const text = await readTextNoFollow(path.join(root, INVENTORY_FILE));
  if (text === undefined) return undefined;
  let inventory: Inventory;
  try {
    inventory = JSON.parse(text) as Inventory;
  } catch {
    return undefined;
  }
  if (inventory === null || typeof inventory !== 'object' || !Array.isArray(inventory.devices)) return undefined;
  const presentDirs = await listDeviceDirs(root);
  return { inventory, presentDirs, editedDirs: _editedDirs(root, inventory, presentDirs) };
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
