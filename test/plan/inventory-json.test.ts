/**
 * inventory.json written piece by piece (src/plan/inventory-json.ts). That the pieces join to exactly
 * `JSON.stringify(inventory, null, 2) + '\n'` for realistic inventories is checked in
 * test/plan/streamed-output.test.ts; here: the streaming contract (one piece per device, so the whole text is
 * never one string) and the edge cases of the top level.
 */
import type { Inventory, InventoryDevice } from '../../src/plan/inventory.js';
import { inventoryJsonPieces } from '../../src/plan/inventory-json.js';

const device = (deviceId: string): InventoryDevice => ({ deviceId, cluster: 'c', namespace: `ns-${deviceId}`, path: `devices/c/ns-${deviceId}`, baseDeployment: 'base', layeredDeployments: [], modules: ['m'] });
const inventory = (devices: InventoryDevice[]): Inventory => ({ hub: 'h', hostName: 'h.azure-devices.net', configurations: [], devices, ledgers: {} });
const pieces = (value: Inventory): string[] => [...inventoryJsonPieces(value)];

describe('inventoryJsonPieces', () => {
  it('each device entry is a piece of its own: no piece holds two devices', () => {
    const ids = ['dev-a', 'dev-b', 'dev-c'];
    const out = pieces(inventory(ids.map(device)));
    for (const id of ids) expect(out.filter((p) => p.includes(`"deviceId": "${id}"`))).toHaveLength(1);
    expect(out.filter((p) => (p.match(/"deviceId"/g) ?? []).length > 1)).toStrictEqual([]);
  });

  it.each([1, 10, 100])('pieces grow by one per device (%i devices)', (count) => {
    const devices = Array.from({ length: count }, (_, i) => device(`d${i}`));
    expect(pieces(inventory(devices)).length - pieces(inventory(devices.slice(0, 1))).length).toBe(count - 1);
  });

  it.each<{ name: string; value: Record<string, unknown> }>([
    { name: 'an empty object: {} on one line', value: {} },
    { name: 'a top-level member that is undefined is left out, as JSON.stringify does', value: { hub: 'h', extra: undefined, devices: [device('a')] } },
    { name: 'the last member undefined: no trailing comma', value: { hub: 'h', devices: [device('a')], extra: undefined } },
    { name: 'devices not last', value: { devices: [device('a'), device('b')], hub: 'h' } },
  ])('$name', ({ value }) => {
    expect(pieces(value as unknown as Inventory).join('')).toBe(JSON.stringify(value, null, 2) + '\n');
  });
});
