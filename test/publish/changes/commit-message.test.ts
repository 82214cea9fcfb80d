/**
 * The commit message of a sync: summary line, the grouped body (grouped-commit-body.ts), and the trailers that say
 * which hub state the commit is (`git log --format=%(trailers)`).
 */
import type { DeviceChange, FolderChanges } from '../../../src/publish/changes/device-changes.js';
import { commitMessage, commitTrailers } from '../../../src/publish/changes/commit-message.js';
import type { Inventory } from '../../../src/plan/inventory.js';

const inventory: Inventory = {
  hub: 'hub1',
  ledgers: {},
  hostName: 'hub1.azure-devices.net',
  configurations: [
    { id: 'z-layer', kind: 'layered', priority: 5, etag: 'MQ==' },
    { id: 'a-base', kind: 'base', priority: 10, etag: null },
  ],
  devices: [],
};

function change(partial: Partial<DeviceChange> & Pick<DeviceChange, 'dir' | 'kind'>): DeviceChange {
  const [, cluster, namespace] = partial.dir.split('/');
  return { deviceId: null, cluster: cluster!, namespace: namespace!, baseDeployment: 'a-base', layeredDeployments: [], modules: [], files: [], ...partial };
}

const changes: FolderChanges = {
  inventoryChanged: true,
  previousInventory: null,
  devices: [
    change({ dir: 'devices/default/msiot-hub1-dev1', kind: 'added', deviceId: 'dev1', modules: [{ module: 'sensor', kind: 'added', image: { from: null, to: 'sensor:1' }, replicas: { from: null, to: 1 }, portsAdded: [], portsRemoved: [], envAdded: ['A'], envRemoved: [], envChanged: [] }] }),
    change({ dir: 'devices/default/msiot-hub1-dev2', kind: 'changed', deviceId: 'dev2', modules: [{ module: 'sensor', kind: 'changed', image: { from: 'sensor:1', to: 'sensor:2' }, portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: ['KEY'] }] }),
    change({ dir: 'devices/default/msiot-hub1-dev3', kind: 'removed', modules: [{ module: 'sensor', kind: 'removed', image: { from: 'sensor:1', to: null }, portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: [] }] }),
  ],
};

describe('commitMessage', () => {
  it('summary line, one block per group of devices with the same change, and the three trailers sorted by id', () => {
    // No previous inventory: only the added device is known to enter its deployment, only the removed one to leave.
    expect(commitMessage({ changes, inventory, version: '9.9.9' })).toBe(
      [
        'iotedge-gitops: 1 added, 1 changed, 1 removed devices',
        '',
        '1 added in default (1)',
        '  configurations: a-base@-',
        '  enters a-base',
        '  - module sensor added: image sensor:1',
        '  devices: dev1',
        '1 changed in default (1)',
        '  configurations: a-base@-',
        '  - module sensor: image sensor:1 → sensor:2; env changed: KEY',
        '  devices: dev2',
        '1 removed in default (1)',
        '  configurations: a-base@-',
        '  leaves a-base',
        '  - modules removed: sensor',
        '  devices: devices/default/msiot-hub1-dev3',
        '',
        'Iotedge-Gitops-Hub: hub1',
        'Iotedge-Gitops-Configurations: a-base@-,z-layer@MQ==',
        'Iotedge-Gitops-Version: 9.9.9',
        '',
      ].join('\n'),
    );
  });

  it('lists maxDevices ids per group, merges groups to fit bodyLimit, and says when only the inventory changed', () => {
    const bump = (i: number, tag: string) =>
      change({ dir: `devices/c${i % 2}/msiot-hub1-dev${i}`, kind: 'changed', deviceId: `dev${i}`, modules: [{ module: 'sensor', kind: 'changed', image: { from: 'sensor:1', to: tag }, portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: [] }] });
    const three = { ...changes, devices: [bump(1, 'sensor:2'), bump(2, 'sensor:2'), bump(3, 'sensor:2')] };
    expect(commitMessage({ changes: three, inventory, version: '1', maxDevices: 1 })).toContain(
      '\n3 changed in c0 (1), c1 (2)\n  configurations: a-base@-\n  - module sensor: image sensor:1 → sensor:2\n  devices: dev1 (+2 more)\n',
    );
    // 40 devices with 40 different tags are 40 groups; at 800 characters they merge into one line per tag.
    const many = { ...changes, devices: Array.from({ length: 40 }, (_, i) => bump(i, `sensor:${100 + i}`)) };
    const merged = commitMessage({ changes: many, inventory, version: '1', bodyLimit: 3000 });
    expect(merged).toContain('\n40 groups of devices, merged to fit:\n- changed: module sensor: image sensor:1 → sensor:100 (1 devices)\n');
    for (let i = 0; i < 40; i++) expect(merged).toContain(`→ sensor:${100 + i} (1 devices)`);
    expect(commitMessage({ changes: { ...changes, devices: [] }, inventory, version: '1' })).toContain(
      'iotedge-gitops: 0 added, 0 changed, 0 removed devices\n\ninventory.json updated (configuration etags or unmanaged devices)\n\nIotedge-Gitops-Hub',
    );
  });
});

describe('commitTrailers', () => {
  const withConfigurations = (configurations: Inventory['configurations']): Inventory => ({ ...inventory, configurations });
  it.each<{ name: string; configurations: Inventory['configurations']; expected: string }>([
    { name: 'no configurations: an empty list', configurations: [], expected: 'Iotedge-Gitops-Configurations: ' },
    { name: 'an etag IoT Hub did not report is -', configurations: [{ id: 'a', kind: 'base', priority: 1, etag: null }], expected: 'Iotedge-Gitops-Configurations: a@-' },
    {
      name: 'sorted by id in ordinal order (upper case first), whatever the inventory order',
      configurations: [
        { id: 'b', kind: 'base', priority: 1, etag: 'Mg==' },
        { id: 'B', kind: 'layered', priority: 9, etag: 'MQ==' },
        { id: 'a-1', kind: 'base', priority: 5, etag: 'Mw==' },
      ],
      expected: 'Iotedge-Gitops-Configurations: B@MQ==,a-1@Mw==,b@Mg==',
    },
  ])('$name', ({ configurations, expected }) => {
    expect(commitTrailers(withConfigurations(configurations), '2.0.0')).toEqual(['Iotedge-Gitops-Hub: hub1', expected, 'Iotedge-Gitops-Version: 2.0.0']);
  });
});
