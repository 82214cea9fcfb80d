/**
 * What an earlier run left in an output root (`--out`, or the managed folder of a freshly reset work tree):
 * its inventory and the device directories on disk. The pipeline uses it to skip devices whose inputs did
 * not change (see `SynthOptions.previous`). I/O lives here, in the CLI, so the pipeline stays pure.
 */
import path from 'node:path';
import { INVENTORY_FILE, type Inventory } from '../../plan/inventory.js';
import { listDeviceDirs, WRITING_MARKER } from './write-output.js';
import { existsSync } from 'node:fs';
import { readDeviceFilesHash } from './read-device-files-hash.js';
import { readTextNoFollow } from './read-text-no-follow.js';

/** The previous run's inventory and the device directories present now. */
export interface PreviousOutput {
  readonly inventory: Inventory;
  /** `devices/<cluster>/<namespace>` directories present under the root when it was read. */
  readonly presentDirs: ReadonlySet<string>;
  /**
   * Present directories whose files on disk no longer have the `filesHash` the inventory recorded for them: edited,
   * added to or cut outside the tool since. The pipeline renders them again. @default none
   */
  readonly editedDirs?: ReadonlySet<string>;
}

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
