import type { Inventory } from '../plan/inventory.js';
import { GATEWAY_HOST_NAME } from '../names.js';
import { compareOrdinal } from '../ordinal-compare.js';
import { moduleConnectionStringKey } from '../translate/secrets.js';

/** One module identity the output needs, and the secret-store key its ExternalSecret reads. */
export interface ModuleIdentityTarget {
  readonly deviceId: string;
  /** Module id as IoT Hub knows it (`$edgeHub` for edgeHub). */
  readonly moduleId: string;
  /** The remote key `iotedge-identity` reads for this module (same function as synth). */
  readonly remoteKey: string;
  /** GatewayHostName of its connection string; absent for edgeHub, which connects to IoT Hub itself. */
  readonly gatewayHostName?: string;
}

/** What `provision` must make exist, from the inventory of a synth run. */
export interface ModuleIdentityTargets {
  readonly targets: readonly ModuleIdentityTarget[];
  /** Devices written by the run (they own the module identities listed in targets), sorted. */
  readonly managedDevices: readonly string[];
  /** Devices that kept their last good output: nothing is created or removed for them this run, sorted. */
  readonly skippedDevices: readonly string[];
}

/**
 * Every module of every device the run wrote (edgeHub included), sorted by device then module. Devices that failed
 * are skipped rather than guessed: their last good output still references whatever was provisioned before.
 */
export function moduleIdentityTargets(inventory: Inventory, hub: string): ModuleIdentityTargets {
  const targets: ModuleIdentityTarget[] = [];
  const managed: string[] = [];
  const skipped: string[] = [];
  for (const device of inventory.devices) {
    if (device.errors !== undefined && device.errors.length > 0) {
      skipped.push(device.deviceId);
      continue;
    }
    if (device.path === null) continue;
    managed.push(device.deviceId);
    for (const moduleId of device.modules) {
      const remoteKey = moduleConnectionStringKey(hub, device.deviceId, moduleId);
      targets.push(moduleId === '$edgeHub' ? { deviceId: device.deviceId, moduleId, remoteKey } : { deviceId: device.deviceId, moduleId, remoteKey, gatewayHostName: GATEWAY_HOST_NAME });
    }
  }
  return {
    targets: targets.sort((a, b) => compareOrdinal(a.deviceId, b.deviceId) || compareOrdinal(a.moduleId, b.moduleId)),
    managedDevices: managed.sort(compareOrdinal),
    skippedDevices: skipped.sort(compareOrdinal),
  };
}
