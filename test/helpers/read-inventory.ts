/** Reads every cluster's `devices/<cluster>/inventory.json` under an output root as one inventory (for tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Inventory } from '../../src/plan/inventory.js';
import { mergeInventories } from '../../src/plan/cluster-inventories.js';

// Typed as loosely as the JSON.parse it replaces in tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readInventory(root: string): any {
  const devices = path.join(root, 'devices');
  const parts = (existsSync(devices) ? readdirSync(devices).sort() : [])
    .map((cluster) => path.join(devices, cluster, 'inventory.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Inventory);
  const merged = mergeInventories(parts);
  if (merged === undefined) throw new Error(`no inventory under ${root}`);
  return merged;
}

/** The per-cluster inventory files of a tree read by `readTree`, left out (e.g. to compare device files only). */
export function withoutInventories(tree: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...tree].filter(([file]) => !/^devices\/[^/]+\/inventory\.json$/.test(file)));
}

/** Plan files or a tree: every per-cluster inventory text, by file, for comparing two runs' inventories. */
export function inventoryTexts(files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files].filter(([file]) => /^devices\/[^/]+\/inventory\.json$/.test(file)));
}
