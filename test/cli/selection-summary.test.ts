/**
 * The line a selected run (`--cluster`, `--shard`) prints to name what it worked on (src/cli/selection-summary.ts):
 * the clusters of its devices and of the device directories it removed, each once, in code-unit order.
 */
import type { ClusterSelection } from '../../src/plan/cluster-selection.js';
import type { Inventory } from '../../src/plan/inventory.js';
import { selectionSummary } from '../../src/cli/selection-summary.js';

const inventory = (...clusters: string[]): Inventory => ({
  hub: 'h',
  hostName: 'h.azure-devices.net',
  configurations: [],
  devices: clusters.map((cluster, i) => ({ deviceId: `d${i}`, cluster, namespace: `msiot-h-d${i}`, path: `devices/${cluster}/msiot-h-d${i}`, baseDeployment: 'b', layeredDeployments: [], modules: [] })),
  ledgers: {},
});
const SHARD: ClusterSelection = { kind: 'shard', index: 2, count: 4 };
const NAMED: ClusterSelection = { kind: 'clusters', clusters: ['plant-a', 'plant-b'] };

describe('selectionSummary', () => {
  it('no selection: no line', () => {
    expect(selectionSummary(undefined, inventory('plant-a'), ['devices/plant-b/ns'])).toBeUndefined();
  });

  it.each<{ name: string; selection: ClusterSelection; inventory: Inventory; removed?: string[]; expected: string }>([
    { name: 'a shard: its number, then the clusters of its devices', selection: SHARD, inventory: inventory('plant-b', 'plant-a'), expected: 'shard 2/4: clusters plant-a, plant-b' },
    { name: 'named clusters: the clusters alone', selection: NAMED, inventory: inventory('plant-a', 'plant-b'), expected: 'clusters plant-a, plant-b' },
    { name: 'each cluster once, however many devices it has', selection: SHARD, inventory: inventory('x', 'x', 'x'), expected: 'shard 2/4: cluster x' },
    { name: 'code-unit order, not locale order', selection: NAMED, inventory: inventory('b', 'a-2', 'a'), expected: 'clusters a, a-2, b' },
    { name: 'no devices and nothing removed', selection: SHARD, inventory: inventory(), expected: 'shard 2/4: no cluster' },
    { name: 'a cluster whose last device directory was removed counts', selection: SHARD, inventory: inventory('plant-a'), removed: ['devices/plant-z/msiot-h-old'], expected: 'shard 2/4: clusters plant-a, plant-z' },
    { name: 'a removed directory of a cluster already named adds nothing', selection: NAMED, inventory: inventory('plant-a'), removed: ['devices/plant-a/msiot-h-old'], expected: 'cluster plant-a' },
    {
      name: 'removed paths outside devices/<cluster>/ are not clusters',
      selection: SHARD,
      inventory: inventory(),
      removed: ['flux/kustomization.yaml', 'devices', 'devices//x', 'other/devices/c/x'],
      expected: 'shard 2/4: no cluster',
    },
  ])('$name', ({ selection, inventory: inv, removed, expected }) => {
    expect(selectionSummary(selection, inv, removed)).toBe(expected);
  });
});
