/** The line a selected run prints to name what it worked on: `shard 2/4: clusters plant-a, plant-b`. */
import { describeSelection, type ClusterSelection } from '../plan/cluster-selection.js';
import type { Inventory } from '../plan/inventory.js';
import { clusterOfPath } from '../names.js';
import { compareOrdinal } from '../ordinal-compare.js';

/**
 * The selection and the clusters the run worked on: those of its devices, and those whose directories it removed;
 * undefined without a selection.
 */
export function selectionSummary(selection: ClusterSelection | undefined, inventory: Inventory, removedDirs: readonly string[] = []): string | undefined {
  if (selection === undefined) return undefined;
  const clusters = new Set(inventory.devices.map((d) => d.cluster));
  for (const dir of removedDirs) {
    const cluster = clusterOfPath(dir);
    if (cluster !== undefined) clusters.add(cluster);
  }
  return describeSelection(selection, [...clusters].sort(compareOrdinal));
}
