/**
 * groupChanges: devices that receive the same change form one group (same kind, deployments, deployments entered
 * and left, change lines, secrets by ExternalSecret key, identities, posture rises), largest group first.
 */
import type { DeviceChange, FolderChanges } from '../../../src/publish/changes/device-changes.js';
import type { DeviceReview } from '../../../src/publish/changes/review-device-change.js';
import type { Inventory, InventoryDevice } from '../../../src/plan/inventory.js';
import { groupChanges, type ChangeGroup } from '../../../src/publish/changes/group-changes.js';
import { EDITED_OUTSIDE_NOTE } from '../../../src/publish/changes/describe-change.js';

const IMAGE_BUMP: DeviceReview = { changes: ['module sensor: image s:1 → s:2'], secretsAdded: [], identitiesAdded: [], postureRises: [] };

function change(deviceId: string | null, partial: Partial<DeviceChange> = {}, cluster = 'c1'): DeviceChange {
  const namespace = `msiot-hub1-${deviceId ?? 'unknown'}`;
  return { dir: `devices/${cluster}/${namespace}`, kind: 'changed', deviceId, cluster, namespace, baseDeployment: 'base', layeredDeployments: [], modules: [], files: ['deployment-sensor.yaml'], review: IMAGE_BUMP, ...partial };
}

function record(c: DeviceChange, partial: Partial<InventoryDevice> = {}): InventoryDevice {
  return { deviceId: c.deviceId ?? 'x', cluster: c.cluster, namespace: c.namespace, path: c.dir, baseDeployment: 'base', layeredDeployments: [], modules: ['sensor'], ...partial };
}

const inventory: Inventory = {
  hub: 'hub1',
  hostName: 'hub1.azure-devices.net',
  ledgers: {},
  configurations: [
    { id: 'layer', kind: 'layered', priority: 20, etag: 'l1' },
    { id: 'base', kind: 'base', priority: 10, etag: 'b2' },
  ],
  devices: [],
};

const folder = (devices: DeviceChange[], previous: Inventory | null = null, inventoryChanged = true): FolderChanges => ({ devices, inventoryChanged, previousInventory: previous });
const previousWith = (devices: InventoryDevice[], configurations: Inventory['configurations'] = [{ id: 'base', kind: 'base', priority: 10, etag: 'b1' }]): Inventory => ({ ...inventory, configurations, devices });
const shape = (g: ChangeGroup) => ({ kind: g.kind, devices: g.devices.map((d) => d.deviceId ?? d.dir), lines: g.lines });

describe('groupChanges: which devices group together', () => {
  it('devices with the same change are one group, sorted by id, with a device count per cluster', () => {
    const review = groupChanges(folder([change('dev3', {}, 'c2'), change('dev1'), change('dev2', {}, 'c2')]), inventory);
    expect(review.groups).toHaveLength(1);
    expect(review.groups[0]!.devices).toEqual([
      { deviceId: 'dev1', dir: 'devices/c1/msiot-hub1-dev1', cluster: 'c1' },
      { deviceId: 'dev2', dir: 'devices/c2/msiot-hub1-dev2', cluster: 'c2' },
      { deviceId: 'dev3', dir: 'devices/c2/msiot-hub1-dev3', cluster: 'c2' },
    ]);
    expect(review.groups[0]!.clusters).toEqual([
      { cluster: 'c1', devices: 1 },
      { cluster: 'c2', devices: 2 },
    ]);
  });

  it.each<{ name: string; other: Partial<DeviceChange> }>([
    { name: 'another change line', other: { review: { ...IMAGE_BUMP, changes: ['module sensor: image s:1 → s:3'] } } },
    { name: 'another kind', other: { kind: 'added' } },
    { name: 'another base deployment', other: { baseDeployment: 'other-base' } },
    { name: 'a layered deployment more', other: { layeredDeployments: ['layer'] } },
    { name: 'an identity to create', other: { review: { ...IMAGE_BUMP, identitiesAdded: ['sensor'] } } },
    { name: 'a posture rise', other: { review: { ...IMAGE_BUMP, postureRises: ['module sensor: privileged'] } } },
    { name: 'another secret ref', other: { review: { ...IMAGE_BUMP, secretsAdded: [{ ref: 'iotedge-identity/b', remoteKey: 'k' }] } } },
    { name: 'edited outside the tool', other: { editedOutside: true } },
  ])('$name makes another group', ({ other }) => {
    expect(groupChanges(folder([change('dev1'), change('dev2', other)]), inventory).groups).toHaveLength(2);
  });

  it('secrets group by ExternalSecret key: the remote key, which names the device, does not split a group', () => {
    const secret = (device: string) => ({ ...IMAGE_BUMP, secretsAdded: [{ ref: 'iotedge-identity/sensor', remoteKey: `hub1--${device}--sensor` }] });
    const review = groupChanges(folder([change('dev1', { review: secret('dev1') }), change('dev2', { review: secret('dev2') })]), inventory);
    expect(review.groups).toHaveLength(1);
    expect(review.groups[0]!.secretsAdded).toEqual([{ ref: 'iotedge-identity/sensor', remoteKey: 'hub1--dev1--sensor' }]);
  });

  it('the example remote key is the first device by id, not by directory ("Remote key (first device)" of the PR table)', () => {
    const secret = (device: string) => ({ ...IMAGE_BUMP, secretsAdded: [{ ref: 'iotedge-identity/sensor', remoteKey: `key-of-${device}` }] });
    // Directory order puts b (cluster a) before a (cluster z); the group lists a first.
    const review = groupChanges(folder([change('b', { review: secret('b') }, 'a'), change('a', { review: secret('a') }, 'z')]), inventory);
    expect(review.groups[0]!.devices.map((d) => d.deviceId)).toEqual(['a', 'b']);
    expect(review.groups[0]!.secretsAdded).toEqual([{ ref: 'iotedge-identity/sensor', remoteKey: 'key-of-a' }]);
  });

  it('largest group first, then added before changed before removed, then by first device id; unknown ids last in a group', () => {
    const removed = { kind: 'removed' as const, review: { ...IMAGE_BUMP, changes: ['device removed'] } };
    const added = { kind: 'added' as const, review: { ...IMAGE_BUMP, changes: ['module sensor added: image s:2'] } };
    const other = { review: { ...IMAGE_BUMP, changes: ['module sensor: image s:1 → s:9'] } };
    const review = groupChanges(
      folder([change('a1', added), change('b1'), change('b2'), change('b3', other), change(null, removed), change('r1', removed), change('r2', removed), change('z', removed, 'c0')]),
      inventory,
    );
    expect(review.groups.map(shape)).toEqual([
      { kind: 'removed', devices: ['r1', 'r2', 'z', 'devices/c1/msiot-hub1-unknown'], lines: ['device removed'] },
      { kind: 'changed', devices: ['b1', 'b2'], lines: ['module sensor: image s:1 → s:2'] },
      { kind: 'added', devices: ['a1'], lines: ['module sensor added: image s:2'] },
      { kind: 'changed', devices: ['b3'], lines: ['module sensor: image s:1 → s:9'] },
    ]);
  });
});

describe('groupChanges: change lines', () => {
  it.each<{ name: string; change: DeviceChange; lines: string[] }>([
    { name: 'the review lines', change: change('d'), lines: ['module sensor: image s:1 → s:2'] },
    {
      name: 'edited outside first, then the Pod Security level, then the review lines',
      change: change('d', { editedOutside: true, podSecurity: { from: 'baseline', to: 'privileged' } }),
      lines: [EDITED_OUTSIDE_NOTE, 'Pod Security level baseline → privileged', 'module sensor: image s:1 → s:2'],
    },
    { name: 'a change the review has no words for: the files that changed', change: change('d', { review: { ...IMAGE_BUMP, changes: [] }, files: ['configmap-a.yaml', 'pvc-b.yaml'] }), lines: ['files changed: configmap-a.yaml, pvc-b.yaml'] },
    { name: 'a device added with nothing the review names: no line', change: change('d', { kind: 'added', review: { ...IMAGE_BUMP, changes: [] } }), lines: [] },
    {
      name: 'no review: the module lines of the change',
      change: change('d', { review: undefined, modules: [{ module: 'sensor', kind: 'changed', image: { from: 'a', to: 'b' }, portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: [] }] }),
      lines: ['module sensor: image a → b'],
    },
  ])('$name', ({ change: c, lines }) => {
    expect(groupChanges(folder([c]), inventory).groups[0]!.lines).toEqual(lines);
  });
});

describe('groupChanges: deployments entered and left', () => {
  it.each<{ name: string; change: DeviceChange; before?: Partial<InventoryDevice>; deployments: string[]; entered: string[]; left: string[] }>([
    { name: 'a new device enters all its deployments', change: change('d', { kind: 'added', layeredDeployments: ['layer'] }), deployments: ['base', 'layer'], entered: ['base', 'layer'], left: [] },
    { name: 'a changed device now in a layer enters it', change: change('d', { layeredDeployments: ['layer'] }), before: {}, deployments: ['base', 'layer'], entered: ['layer'], left: [] },
    { name: 'a changed device out of a layer leaves it', change: change('d'), before: { layeredDeployments: ['layer'] }, deployments: ['base'], entered: [], left: ['layer'] },
    { name: 'a changed device without a previous record: nothing known entered or left', change: change('d', { layeredDeployments: ['layer'] }), deployments: ['base', 'layer'], entered: [], left: [] },
    { name: 'a removed device leaves what its previous record had', change: change('d', { kind: 'removed', baseDeployment: null }), before: { baseDeployment: 'base', layeredDeployments: ['layer'] }, deployments: ['base', 'layer'], entered: [], left: ['base', 'layer'] },
    { name: 'a removed device without a previous record leaves what the change says', change: change('d', { kind: 'removed' }), deployments: ['base'], entered: [], left: ['base'] },
    { name: 'a device with no base deployment is in none', change: change('d', { kind: 'added', baseDeployment: null, layeredDeployments: ['layer'] }), deployments: [], entered: [], left: [] },
  ])('$name', ({ change: c, before, deployments, entered, left }) => {
    const previous = before === undefined ? null : previousWith([record(c, before)]);
    const group = groupChanges(folder([c], previous), inventory).groups[0]!;
    expect({ deployments: group.deployments, entered: group.entered, left: group.left }).toEqual({ deployments, entered, left });
  });
});

describe('groupChanges: configurations', () => {
  it('without a previous inventory: this run\'s etags only, neither new nor previous', () => {
    const group = groupChanges(folder([change('d', { layeredDeployments: ['layer'] })]), inventory).groups[0]!;
    expect(group.configurations).toEqual([
      { id: 'base', kind: 'base', priority: 10, etag: 'b2' },
      { id: 'layer', kind: 'layered', priority: 20, etag: 'l1' },
    ]);
  });

  it('with one: the previous etag of a known configuration, new for an unknown one, and a left one as it was', () => {
    const c = change('d', { layeredDeployments: ['layer'] });
    const previous = previousWith([record(c, { layeredDeployments: ['gone'] })], [
      { id: 'base', kind: 'base', priority: 10, etag: 'b1' },
      { id: 'gone', kind: 'layered', priority: 5, etag: 'g1' },
    ]);
    const group = groupChanges(folder([c], previous), inventory).groups[0]!;
    expect(group.configurations).toEqual([
      { id: 'base', kind: 'base', priority: 10, etag: 'b2', previousEtag: 'b1' },
      { id: 'gone', kind: 'layered', priority: 5, etag: 'g1', previousEtag: 'g1' },
      { id: 'layer', kind: 'layered', priority: 20, etag: 'l1', isNew: true },
    ]);
  });

  it('a deployment id neither inventory knows is left out', () => {
    expect(groupChanges(folder([change('d', { baseDeployment: 'unknown' })]), inventory).groups[0]!.configurations).toEqual([]);
  });

  it('the review lists this run\'s configurations, sorted by id', () => {
    const review = groupChanges(folder([], previousWith([], [{ id: 'gone', kind: 'base', priority: 1, etag: 'g' }])), inventory);
    expect(review.configurations.map((c) => [c.id, c.isNew])).toEqual([
      ['base', true],
      ['layer', true],
    ]);
  });
});

describe('groupChanges: the review around the groups', () => {
  it('the hub, totals per kind, and failed devices by id with their first error and how many more', () => {
    const failing: Inventory = {
      ...inventory,
      devices: [
        { deviceId: 'zeta', cluster: 'c2', namespace: 'n', path: null, baseDeployment: 'base', layeredDeployments: [], modules: [], errors: ['first', 'second', 'third'] },
        { deviceId: 'ok', cluster: 'c1', namespace: 'n', path: null, baseDeployment: 'base', layeredDeployments: [], modules: [] },
        { deviceId: 'alpha', cluster: 'c1', namespace: 'n', path: null, baseDeployment: 'base', layeredDeployments: [], modules: [], errors: ['only'] },
        { deviceId: 'empty', cluster: 'c1', namespace: 'n', path: null, baseDeployment: 'base', layeredDeployments: [], modules: [], errors: [] },
      ],
    };
    const review = groupChanges(folder([change('a', { kind: 'added' }), change('b'), change('c'), change('d', { kind: 'removed' })]), failing);
    expect(review.hub).toBe('hub1');
    expect(review.totals).toEqual({ added: 1, changed: 2, removed: 1 });
    expect(review.failed).toEqual([
      { deviceId: 'alpha', cluster: 'c1', error: 'only', more: 0 },
      { deviceId: 'zeta', cluster: 'c2', error: 'first', more: 2 },
    ]);
  });

  it.each([
    { name: 'no device change and the inventory changed', devices: [], inventoryChanged: true, expected: true },
    { name: 'nothing changed', devices: [], inventoryChanged: false, expected: false },
    { name: 'a device changed', devices: [change('d')], inventoryChanged: true, expected: false },
  ])('inventory only: $name → $expected', ({ devices, inventoryChanged, expected }) => {
    expect(groupChanges(folder(devices, null, inventoryChanged), inventory).inventoryOnly).toBe(expected);
  });
});
