import YAML from 'yaml';
import { readWorkloads } from '../../../src/publish/changes/workload-facts.js';
import { readDeviceFiles } from '../../../src/publish/changes/device-file-documents.js';
import { diffWorkloads } from '../../../src/publish/changes/module-changes.js';
import { describeDeviceChange, type DeviceChange, type FolderChanges } from '../../../src/publish/changes/device-changes.js';
import { describeModuleChange } from '../../../src/publish/changes/describe-change.js';
import { commitMessage } from '../../../src/publish/changes/commit-message.js';
import type { Inventory } from '../../../src/plan/inventory.js';

function deployment(name: string, props: { module?: string; image?: string; replicas?: number; env?: object[]; ports?: object[] }) {
  return YAML.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      ...(props.replicas !== undefined ? { replicas: props.replicas } : {}),
      template: {
        metadata: props.module ? { annotations: { 'net.azure-devices.edge.original-moduleid': props.module } } : {},
        spec: { containers: [{ name, image: props.image, ...(props.env ? { env: props.env } : {}), ...(props.ports ? { ports: props.ports } : {}) }] },
      },
    },
  });
}

const service = (name: string, ports: object[]) => YAML.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { ports } });

describe('readWorkloads', () => {
  it('reads image, replicas, container and Service ports, env names, and the original module name', () => {
    const files = new Map([
      ['deployment-edgehub.yaml', deployment('edgehub', { module: '$edgeHub', image: 'hub:1', replicas: 1, env: [{ name: 'A', value: 'x' }, { name: 'S', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }], ports: [{ containerPort: 8883, protocol: 'TCP' }] })],
      ['service-edgehub.yaml', service('edgehub', [{ name: 'p', port: 443, targetPort: 8443, protocol: 'TCP' }])],
      ['namespace.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n'],
      ['broken.yaml', 'kind: [unclosed\n'],
      ['README.txt', 'not yaml'],
    ]);
    const facts = readWorkloads(readDeviceFiles(files));
    expect([...facts.keys()]).toEqual(['edgehub']);
    const hub = facts.get('edgehub')!;
    expect({ ...hub, env: [...hub.env.keys()] }).toEqual({ module: '$edgeHub', image: 'hub:1', replicas: 1, ports: ['8883/TCP', 'service 443→8443/TCP'], env: ['A', 'S'] });
  });
});

describe('describeModuleChange (via diffWorkloads)', () => {
  const one = (before: string | null, after: string | null) => {
    const a = new Map(before ? [['deployment-m.yaml', before]] : []);
    const b = new Map(after ? [['deployment-m.yaml', after]] : []);
    return diffWorkloads(readWorkloads(readDeviceFiles(a)), readWorkloads(readDeviceFiles(b))).map(describeModuleChange);
  };
  const env = (pairs: Record<string, string>) => Object.entries(pairs).map(([name, value]) => ({ name, value }));

  it.each([
    { name: 'added module shows its image', before: null, after: deployment('m', { module: 'M', image: 'i:1', replicas: 1 }), expected: ['module M added: image i:1'] },
    { name: 'added stopped module says so', before: null, after: deployment('m', { module: 'M', image: 'i:1', replicas: 0 }), expected: ['module M added: image i:1; replicas 0 (stopped)'] },
    { name: 'removed module', before: deployment('m', { module: 'M', image: 'i:1' }), after: null, expected: ['module M removed'] },
    { name: 'image old → new', before: deployment('m', { module: 'M', image: 'i:1' }), after: deployment('m', { module: 'M', image: 'i:2' }), expected: ['module M: image i:1 → i:2'] },
    { name: 'replicas 1 → 0 (status stopped)', before: deployment('m', { image: 'i', replicas: 1 }), after: deployment('m', { image: 'i', replicas: 0 }), expected: ['module m: replicas 1 → 0'] },
    {
      name: 'ports added and removed',
      before: deployment('m', { image: 'i', ports: [{ containerPort: 80 }] }),
      after: deployment('m', { image: 'i', ports: [{ containerPort: 8080, protocol: 'UDP' }] }),
      expected: ['module m: ports +8080/UDP; ports −80/TCP'],
    },
    {
      name: 'env by name only: added, removed, changed',
      before: deployment('m', { image: 'i', env: env({ KEEP: '1', OLD: 'x', PASSWORD: 'old-secret' }) }),
      after: deployment('m', { image: 'i', env: env({ KEEP: '1', NEW: 'y', PASSWORD: 'new-secret' }) }),
      expected: ['module m: env added: NEW; env removed: OLD; env changed: PASSWORD'],
    },
    { name: 'identical workload is not a change', before: deployment('m', { image: 'i' }), after: deployment('m', { image: 'i' }), expected: [] },
  ])('$name', ({ before, after, expected }) => {
    const lines = one(before, after);
    expect(lines).toEqual(expected);
    expect(lines.join('\n')).not.toContain('secret');
  });
});

describe('describeDeviceChange', () => {
  it('lists changed files when no workload fact changed', () => {
    const change = describeDeviceChange('devices/edge/ns1', new Map([['configmap-a.yaml', 'a: 1\n'], ['k.yaml', 'x\n']]), new Map([['configmap-a.yaml', 'a: 2\n'], ['k.yaml', 'x\n']]));
    expect(change).toMatchObject({ kind: 'changed', cluster: 'edge', namespace: 'ns1', deviceId: null, files: ['configmap-a.yaml'], modules: [] });
  });

  it('is null when every file is identical', () => {
    expect(describeDeviceChange('devices/a/b', new Map([['x', '1']]), new Map([['x', '1']]))).toBeNull();
  });
});

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
