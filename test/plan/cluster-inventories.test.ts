/**
 * clusterInventories and mergeInventories: the inventory split into one file per cluster (that cluster's devices,
 * the configurations applied to them, the ledgers they point to) and put back together for readers of the
 * previous output.
 */
import { clusterInventories, mergeInventories } from '../../src/plan/cluster-inventories.js';
import type { Inventory, InventoryConfiguration, InventoryDevice, InventoryLedgerRow } from '../../src/plan/inventory.js';

const HUB = { hub: 'hub1', hostName: 'hub1.azure-devices.net' };

function device(deviceId: string, cluster: string, base: string | null, layers: string[] = [], ledger?: Record<string, string>): InventoryDevice {
  return {
    deviceId,
    cluster,
    namespace: `msiot-hub1-${deviceId}`,
    path: base === null ? null : `devices/${cluster}/msiot-hub1-${deviceId}`,
    baseDeployment: base,
    layeredDeployments: layers,
    modules: [],
    ...(ledger ? { ledger } : {}),
  };
}
const configuration = (id: string, kind: InventoryConfiguration['kind'] = 'base', priority = 1): InventoryConfiguration => ({ id, kind, priority, etag: `e-${id}` });
const rows = (key: string): InventoryLedgerRow[] => [{ key, fidelity: 'exact', configurationId: 'c', jsonPath: 'p', target: 't', reason: 'r' }];

// plant-b: d1 (base-b, layer-x, ledger L1); plant-a: d2 (base-a, ledgers L1 and L2), d4 unmanaged; Lab: d3 (base-a, layer-y).
// base-unused targets nobody.
const INVENTORY: Inventory = {
  ...HUB,
  configurations: [configuration('base-a'), configuration('base-b'), configuration('base-unused'), configuration('layer-x', 'layered', 10), configuration('layer-y', 'layered', 20)],
  devices: [
    device('d1', 'plant-b', 'base-b', ['layer-x'], { sensor: 'L1' }),
    device('d2', 'plant-a', 'base-a', [], { sensor: 'L1', filter: 'L2' }),
    device('d3', 'Lab', 'base-a', ['layer-y']),
    device('d4', 'plant-a', null),
  ],
  ledgers: { L1: rows('a'), L2: rows('b'), L3: rows('c') },
};

describe('clusterInventories', () => {
  const parts = clusterInventories(INVENTORY);

  it('one inventory per cluster that has a device, clusters in ordinal order (upper case first)', () => {
    expect([...parts.keys()]).toStrictEqual(['Lab', 'plant-a', 'plant-b']);
  });

  it.each<{ cluster: string; devices: string[]; configurations: string[]; ledgers: string[] }>([
    // An unmanaged device (d4) applies no configuration; a layer counts like a base.
    { cluster: 'plant-a', devices: ['d2', 'd4'], configurations: ['base-a'], ledgers: ['L1', 'L2'] },
    { cluster: 'plant-b', devices: ['d1'], configurations: ['base-b', 'layer-x'], ledgers: ['L1'] },
    // A device without ledger references points to no ledger.
    { cluster: 'Lab', devices: ['d3'], configurations: ['base-a', 'layer-y'], ledgers: [] },
  ])('$cluster: its devices in order, only the configurations applied to them, only the ledgers they point to', ({ cluster, devices, configurations, ledgers }) => {
    const part = parts.get(cluster)!;
    expect({ hub: part.hub, hostName: part.hostName }).toStrictEqual(HUB);
    expect(part.devices.map((d) => d.deviceId)).toStrictEqual(devices);
    expect(part.configurations.map((c) => c.id)).toStrictEqual(configurations);
    expect(Object.keys(part.ledgers)).toStrictEqual(ledgers);
    for (const id of ledgers) expect(part.ledgers[id]).toStrictEqual(INVENTORY.ledgers[id]);
  });

  it('a configuration that targets no device and a ledger no device points to are in no cluster file', () => {
    const all = [...parts.values()];
    expect(all.some((p) => p.configurations.some((c) => c.id === 'base-unused'))).toBe(false);
    expect(all.some((p) => 'L3' in p.ledgers)).toBe(false);
  });

  it('an inventory without devices has no cluster file', () => {
    expect(clusterInventories({ ...INVENTORY, devices: [] }).size).toBe(0);
  });
});

describe('mergeInventories', () => {
  it('none → undefined; one → that inventory itself', () => {
    expect(mergeInventories([])).toBeUndefined();
    expect(mergeInventories([INVENTORY])).toBe(INVENTORY);
  });

  it('the cluster files merged give back the whole, minus what no device used', () => {
    const merged = mergeInventories([...clusterInventories(INVENTORY).values()]);
    expect(merged).toStrictEqual({
      ...HUB,
      configurations: INVENTORY.configurations.filter((c) => c.id !== 'base-unused'),
      devices: INVENTORY.devices,
      ledgers: { L1: rows('a'), L2: rows('b') },
    });
  });

  it('devices sorted by id, configurations by id with the first seen of an id kept, ledgers sorted by id; hub of the first part', () => {
    const first: Inventory = { ...HUB, configurations: [configuration('z'), configuration('m', 'base', 1)], devices: [device('y', 'c1', 'z')], ledgers: { Lb: rows('b') } };
    const second: Inventory = { hub: 'other', hostName: 'other.azure-devices.net', configurations: [configuration('m', 'base', 99), configuration('a')], devices: [device('B', 'c2', 'a'), device('x', 'c2', 'm')], ledgers: { La: rows('a') } };
    const merged = mergeInventories([first, second])!;
    expect({ hub: merged.hub, hostName: merged.hostName }).toStrictEqual(HUB);
    expect(merged.devices.map((d) => d.deviceId)).toStrictEqual(['B', 'x', 'y']);
    expect(merged.configurations.map((c) => [c.id, c.priority])).toStrictEqual([
      ['a', 1],
      ['m', 1],
      ['z', 1],
    ]);
    expect(Object.keys(merged.ledgers)).toStrictEqual(['La', 'Lb']);
  });

  it('a ledger id `__proto__` read from disk stays an ordinary key', () => {
    const part = (id: string): Inventory => ({ ...HUB, configurations: [], devices: [device(id, 'c', null)], ledgers: JSON.parse(`{"__proto__": [{"key": "${id}", "fidelity": "exact", "configurationId": "c", "jsonPath": "p", "target": "t", "reason": "r"}]}`) });
    const merged = mergeInventories([part('a'), part('b')])!;
    expect(Object.keys(merged.ledgers)).toStrictEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(merged)).ledgers['__proto__'][0].key).toBe('b');
  });

  it('a part without a ledgers table (an older file) merges as if it had none', () => {
    const old = { ...HUB, configurations: [], devices: [device('o', 'c', null)] } as unknown as Inventory;
    expect(mergeInventories([old, INVENTORY])!.ledgers).toStrictEqual(INVENTORY.ledgers);
  });
});
