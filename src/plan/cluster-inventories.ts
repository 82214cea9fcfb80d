/**
 * The inventory split by cluster (`devices/<cluster>/inventory.json`) and put back together: one file per cluster,
 * so runs that work on different clusters never write the same file.
 */
import type { Inventory, InventoryDevice, InventoryLedgerRow } from './inventory.js';
import { compareOrdinal } from '../ordinal-compare.js';

/**
 * One inventory per cluster that has a device entry, by cluster name (sorted): that cluster's devices, only the
 * configurations applied to one of them (base or layered), and only the ledgers they point to. Same shape as the
 * whole, same order inside.
 */
export function clusterInventories(inventory: Inventory): Map<string, Inventory> {
  const byCluster = new Map<string, InventoryDevice[]>();
  for (const device of inventory.devices) {
    const list = byCluster.get(device.cluster);
    if (list === undefined) byCluster.set(device.cluster, [device]);
    else list.push(device);
  }
  const result = new Map<string, Inventory>();
  for (const cluster of [...byCluster.keys()].sort(compareOrdinal)) {
    const devices = byCluster.get(cluster)!;
    const applied = new Set<string>();
    const ledgerIds = new Set<string>();
    for (const device of devices) {
      if (device.baseDeployment !== null) applied.add(device.baseDeployment);
      for (const layer of device.layeredDeployments) applied.add(layer);
      for (const id of Object.values(device.ledger ?? {})) ledgerIds.add(id);
    }
    const ledgers = Object.fromEntries(Object.entries(inventory.ledgers).filter(([id]) => ledgerIds.has(id)));
    result.set(cluster, {
      hub: inventory.hub,
      hostName: inventory.hostName,
      configurations: inventory.configurations.filter((c) => applied.has(c.id)),
      devices,
      ledgers,
    });
  }
  return result;
}

/**
 * Several clusters' inventories as one (what readers of the previous output compare against): devices sorted by id,
 * configurations by id (the first seen of an id wins), ledgers merged (an id names its rows, so equal ids agree).
 * Undefined for none.
 */
export function mergeInventories(parts: readonly Inventory[]): Inventory | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  const configurations = new Map<string, Inventory['configurations'][number]>();
  // A Map, not an object: ids come from files on disk, and `__proto__` must stay a plain key.
  const ledgers = new Map<string, readonly InventoryLedgerRow[]>();
  const devices: InventoryDevice[] = [];
  for (const part of parts) {
    for (const configuration of part.configurations) if (!configurations.has(configuration.id)) configurations.set(configuration.id, configuration);
    for (const [id, rows] of Object.entries(part.ledgers ?? {})) ledgers.set(id, rows);
    devices.push(...part.devices);
  }
  return {
    hub: parts[0]!.hub,
    hostName: parts[0]!.hostName,
    configurations: [...configurations.values()].sort((a, b) => compareOrdinal(a.id, b.id)),
    devices: devices.sort((a, b) => compareOrdinal(a.deviceId, b.deviceId)),
    ledgers: Object.fromEntries([...ledgers].sort(([a], [b]) => compareOrdinal(a, b))),
  };
}
