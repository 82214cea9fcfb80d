/**
 * A device whose Pod Security level changes is flagged for the reviewer: the bundled example synthesized, written
 * to a folder, then synthesized again with dev-box's SimulatedTemperatureSensor given `HostConfig.Privileged`
 * (dev-base targets dev-box only). Worked out by hand: dev-box was baseline (no module sets any security field)
 * and becomes privileged (a privileged container breaks the baseline "Privileged Containers" rule); no other
 * device changes level.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { synthesize } from '../../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../../src/model/hub-snapshot.js';
import { describeDeviceChange, diffManagedFolder, type DeviceChange } from '../../../src/publish/changes/device-changes.js';
import type { InventoryDevice } from '../../../src/plan/inventory.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';
import { clusterInventories } from '../../../src/plan/cluster-inventories.js';
import { deviceFilesHash } from '../../../src/plan/device-files-hash.js';
import { buildPlan, selectedClusterPlan, type DeviceProps } from '../../builders.js';
import { deviceDetails } from '../../../src/publish/changes/describe-change.js';
import { renderPullRequest } from '../../../src/publish/pull-request/pull-request-body.js';

const example = path.resolve(import.meta.dirname, '../../../examples/hub-snapshot.json');

describe('Pod Security level changes in the change description', () => {
  let root: string;
  beforeAll(() => (root = mkdtempSync(path.join(os.tmpdir(), 'pod-security-change-'))));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the device whose level changed, with the old and new level, in its details and the PR body', async () => {
    const snapshot = JSON.parse(readFileSync(example, 'utf8')) as HubSnapshot;
    for (const [file, content] of synthesize(snapshot).plan.files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
    const changed = JSON.parse(readFileSync(example, 'utf8')) as { configurations: { id: string; content: { modulesContent: Record<string, Record<string, { modules: Record<string, { settings: Record<string, string> }> }>> } }[] };
    const devBase = changed.configurations.find((c) => c.id === 'dev-base')!;
    devBase.content.modulesContent['$edgeAgent']!['properties.desired']!.modules['SimulatedTemperatureSensor']!.settings['createOptions'] = '{"HostConfig":{"Privileged":true}}';
    const plan = synthesize(changed as unknown as HubSnapshot).plan;

    const changes = await diffManagedFolder(root, plan, []);
    const flagged = changes.devices.filter((d) => d.podSecurity !== undefined);
    expect(flagged.map((d) => [d.deviceId, d.podSecurity])).toStrictEqual([['dev-box', { from: 'baseline', to: 'privileged' }]]);
    expect(deviceDetails(flagged[0]!)[0]).toBe('Pod Security level baseline → privileged');
    const { body } = renderPullRequest({ changes, inventory: plan.inventory, baseBranch: 'main', headBranch: 'iotedge-gitops/main', version: '0.0.0' });
    // The level change is a change line of the device's group, so devices whose level changes alike group together.
    expect(body).toContain('#### 1 device changed · cluster `default` (1)\n');
    expect(body).toContain('- Pod Security level baseline → privileged\n- module SimulatedTemperatureSensor: privileged\n');
  });
});

describe('describeDeviceChange', () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries));
  const deployment = (image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: sensor\nspec:\n  template:\n    spec:\n      containers:\n        - name: sensor\n          image: ${image}\n`;
  const identity: InventoryDevice = { deviceId: 'dev1', cluster: 'field', namespace: 'msiot-hub1-dev1', path: 'devices/field/msiot-hub1-dev1', baseDeployment: 'base', layeredDeployments: ['l1', 'l2'], modules: ['sensor'] };

  it('lists changed files when no workload fact changed', () => {
    const change = describeDeviceChange('devices/edge/ns1', new Map([['configmap-a.yaml', 'a: 1\n'], ['k.yaml', 'x\n']]), new Map([['configmap-a.yaml', 'a: 2\n'], ['k.yaml', 'x\n']]));
    expect(change).toMatchObject({ kind: 'changed', cluster: 'edge', namespace: 'ns1', deviceId: null, files: ['configmap-a.yaml'], modules: [] });
  });

  it('is null when every file is identical', () => {
    expect(describeDeviceChange('devices/a/b', new Map([['x', '1']]), new Map([['x', '1']]))).toBeNull();
  });

  it.each<{ name: string; before: Map<string, string> | null; after: Map<string, string> | null; kind: DeviceChange['kind']; files: string[]; modules: [string, string][] }>([
    { name: 'absent before: added, every file listed, sorted', before: null, after: files({ 'namespace.yaml': 'n', 'deployment-sensor.yaml': deployment('s:1') }), kind: 'added', files: ['deployment-sensor.yaml', 'namespace.yaml'], modules: [['sensor', 'added']] },
    { name: 'absent after: removed, every file listed', before: files({ 'namespace.yaml': 'n', 'deployment-sensor.yaml': deployment('s:1') }), after: null, kind: 'removed', files: ['deployment-sensor.yaml', 'namespace.yaml'], modules: [['sensor', 'removed']] },
    { name: 'an empty directory removed is still a removal', before: files({}), after: null, kind: 'removed', files: [], modules: [] },
    { name: 'a new directory with no files is still an addition', before: null, after: files({}), kind: 'added', files: [], modules: [] },
    { name: 'a file added, one removed, one changed: all three listed', before: files({ a: '1', b: '1', c: '1' }), after: files({ b: '2', c: '1', d: '1' }), kind: 'changed', files: ['a', 'b', 'd'], modules: [] },
  ])('$name', ({ before, after, kind, files: changed, modules }) => {
    const change = describeDeviceChange('devices/edge/msiot-hub1-dev1', before, after)!;
    expect([change.kind, change.files, change.modules.map((m) => [m.module, m.kind])]).toEqual([kind, changed, modules]);
  });

  it('who the device is comes from its inventory entry when there is one', () => {
    const change = describeDeviceChange('devices/edge/msiot-hub1-dev1', null, files({ 'deployment-sensor.yaml': deployment('s:1') }), identity)!;
    expect(change).toMatchObject({ deviceId: 'dev1', cluster: 'field', namespace: 'msiot-hub1-dev1', baseDeployment: 'base', layeredDeployments: ['l1', 'l2'] });
  });

  it('without one: no device id or deployments; cluster and namespace from the directory, empty for a path that is no device directory', () => {
    expect(describeDeviceChange('devices/edge/msiot-x', null, files({ a: '1' }))).toMatchObject({ deviceId: null, cluster: 'edge', namespace: 'msiot-x', baseDeployment: null, layeredDeployments: [] });
    expect(describeDeviceChange('elsewhere/x', null, files({ a: '1' }))).toMatchObject({ cluster: '', namespace: '' });
  });

  it('always carries the review in IoT Edge terms', () => {
    const before = files({ 'deployment-sensor.yaml': deployment('s:1') });
    expect(describeDeviceChange('devices/e/n', before, files({ 'deployment-sensor.yaml': deployment('s:2') }))!.review!.changes).toEqual(['module sensor: image s:1 → s:2']);
    expect(describeDeviceChange('devices/e/n', before, null)!.review!.changes).toEqual(['device removed']);
  });
});

describe('diffManagedFolder', () => {
  let roots: string[] = [];
  afterEach(() => {
    roots.forEach((r) => rmSync(r, { recursive: true, force: true }));
    roots = [];
  });
  const newRoot = () => {
    const r = mkdtempSync(path.join(os.tmpdir(), 'diff-managed-'));
    roots.push(r);
    return r;
  };
  const write = (root: string, files: Iterable<[string, string]>) => {
    for (const [file, content] of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
  };
  const sensor = (deviceId: string, image = 's:1'): DeviceProps => ({ deviceId, modules: [{ name: 'sensor', image }] });
  const dir = (deviceId: string) => `devices/default/msiot-hub1-${deviceId}`;
  const ALL_FILES = ['deployment-sensor.yaml', 'kustomization.yaml', 'namespace.yaml'];
  /** The plan with more recorded in its inventory (per device), and its inventory files written again. */
  const recorded = (plan: OutputPlan, extra: (d: InventoryDevice) => Partial<InventoryDevice>): OutputPlan => {
    const inventory = { ...plan.inventory, devices: plan.inventory.devices.map((d) => ({ ...d, ...extra(d) })) };
    const files = new Map(plan.files);
    for (const [cluster, part] of clusterInventories(inventory)) files.set(`devices/${cluster}/inventory.json`, JSON.stringify(part, null, 2) + '\n');
    return { ...plan, inventory, files };
  };
  const filesOf = (plan: OutputPlan, deviceDir: string) => [...plan.files].filter(([f]) => f.startsWith(`${deviceDir}/`)).map(([f, c]) => [f.slice(deviceDir.length + 1), c] as [string, string]);
  const summary = (changes: readonly DeviceChange[]) => changes.map((c) => ({ dir: c.dir, kind: c.kind, deviceId: c.deviceId, files: c.files, ...(c.editedOutside !== undefined ? { editedOutside: c.editedOutside } : {}), ...(c.podSecurity ? { podSecurity: c.podSecurity } : {}) }));

  it('an empty folder: every device added, the inventory new, no previous inventory', async () => {
    const plan = buildPlan({ devices: [sensor('dev2'), sensor('dev1')] });
    const changes = await diffManagedFolder(newRoot(), plan, []);
    expect(summary(changes.devices)).toEqual([
      { dir: dir('dev1'), kind: 'added', deviceId: 'dev1', files: ALL_FILES },
      { dir: dir('dev2'), kind: 'added', deviceId: 'dev2', files: ALL_FILES },
    ]);
    expect(changes.devices[0]!.modules).toEqual([{ module: 'sensor', kind: 'added', image: { from: null, to: 's:1' }, replicas: { from: null, to: 1 }, portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: [] }]);
    expect([changes.inventoryChanged, changes.previousInventory]).toEqual([true, null]);
  });

  it('a folder that holds the plan already: no change, and the previous inventory read from it', async () => {
    const plan = buildPlan({ devices: [sensor('dev1'), sensor('dev2')] });
    const root = newRoot();
    write(root, plan.files);
    const changes = await diffManagedFolder(root, plan, []);
    expect([changes.devices, changes.inventoryChanged]).toEqual([[], false]);
    expect(changes.previousInventory!.devices.map((d) => d.deviceId)).toEqual(['dev1', 'dev2']);
  });

  it('changed and added devices, sorted by directory; removed ones named from the previous inventory', async () => {
    const root = newRoot();
    write(root, buildPlan({ devices: [sensor('dev1'), sensor('dev2'), sensor('dev3')] }).files);
    const plan = buildPlan({ devices: [sensor('dev0'), sensor('dev1'), sensor('dev2', 's:2')] });
    const changes = await diffManagedFolder(root, plan, [dir('dev3'), 'devices/default/msiot-hub1-never-written']);
    expect(summary(changes.devices)).toEqual([
      { dir: dir('dev0'), kind: 'added', deviceId: 'dev0', files: ALL_FILES },
      { dir: dir('dev2'), kind: 'changed', deviceId: 'dev2', files: ['deployment-sensor.yaml'] },
      { dir: dir('dev3'), kind: 'removed', deviceId: 'dev3', files: ALL_FILES },
      { dir: 'devices/default/msiot-hub1-never-written', kind: 'removed', deviceId: null, files: [] },
    ]);
    expect(changes.devices[2]!.baseDeployment).toBe('base-config');
    expect(changes.inventoryChanged).toBe(true);
  });

  it('a directory whose files no longer have the recorded filesHash was edited outside the tool', async () => {
    const before = buildPlan({ devices: [sensor('dev1'), sensor('dev2'), sensor('dev3')] });
    // dev3's entry records no filesHash (an older version wrote it): nothing tells that it was edited.
    const written = recorded(before, (d) => (d.deviceId === 'dev3' ? {} : { filesHash: deviceFilesHash(filesOf(before, d.path!)) }));
    const root = newRoot();
    write(root, written.files);
    writeFileSync(path.join(root, dir('dev1'), 'namespace.yaml'), 'edited by hand\n');
    writeFileSync(path.join(root, dir('dev3'), 'namespace.yaml'), 'edited by hand\n');
    // dev2 changes because the hub changed; its files on disk are as written.
    const plan = buildPlan({ devices: [sensor('dev1'), sensor('dev2', 's:2'), sensor('dev3')] });
    expect(summary((await diffManagedFolder(root, plan, [])).devices)).toEqual([
      { dir: dir('dev1'), kind: 'changed', deviceId: 'dev1', files: ['namespace.yaml'], editedOutside: true },
      { dir: dir('dev2'), kind: 'changed', deviceId: 'dev2', files: ['deployment-sensor.yaml'] },
      { dir: dir('dev3'), kind: 'changed', deviceId: 'dev3', files: ['namespace.yaml'] },
    ]);
  });

  it('a Pod Security level change is flagged only for a device present before whose level is known on both sides', async () => {
    const before = buildPlan({ devices: [sensor('dev1'), sensor('dev2'), sensor('dev3')] });
    const levels: Record<string, InventoryDevice['podSecurity']> = { dev1: 'baseline', dev2: 'restricted' };
    const root = newRoot();
    write(root, recorded(before, (d) => (levels[d.deviceId] ? { podSecurity: levels[d.deviceId] } : {})).files);
    // Every device's files change (a new image), so each is a change the level can be part of.
    const after = buildPlan({ devices: ['dev1', 'dev2', 'dev3', 'dev4'].map((id) => sensor(id, 's:2')) });
    const now: Record<string, InventoryDevice['podSecurity']> = { dev1: 'privileged', dev2: 'restricted', dev3: 'privileged', dev4: 'privileged' };
    const plan = recorded(after, (d) => ({ podSecurity: now[d.deviceId]! }));
    const changes = await diffManagedFolder(root, plan, []);
    expect(changes.devices.map((c) => [c.deviceId, c.podSecurity])).toEqual([
      ['dev1', { from: 'baseline', to: 'privileged' }],
      ['dev2', undefined],
      ['dev3', undefined],
      ['dev4', undefined],
    ]);
  });

  it('a link where a device directory goes is not read through: the device is added', async () => {
    const plan = buildPlan({ devices: [sensor('dev1')] });
    const root = newRoot();
    const elsewhere = newRoot();
    write(elsewhere, filesOf(plan, dir('dev1')));
    mkdirSync(path.join(root, 'devices/default'), { recursive: true });
    symlinkSync(elsewhere, path.join(root, dir('dev1')));
    expect(summary((await diffManagedFolder(root, plan, [])).devices)).toEqual([{ dir: dir('dev1'), kind: 'added', deviceId: 'dev1', files: ALL_FILES }]);
  });

  it.each<{ name: string; extra: [string, string][]; selected: boolean; expected: boolean }>([
    { name: 'the root inventory.json an older version wrote goes in a full run', extra: [['inventory.json', '{}\n']], selected: false, expected: true },
    { name: 'a run limited to some clusters leaves the root inventory.json', extra: [['inventory.json', '{}\n']], selected: true, expected: false },
    { name: 'a cluster folder with an inventory the plan does not write loses it', extra: [['devices/old/inventory.json', '{}\n']], selected: false, expected: true },
    { name: 'a cluster folder outside the selected clusters is not looked at', extra: [['devices/old/inventory.json', '{}\n']], selected: true, expected: false },
    { name: 'a planned inventory that differs from the file', extra: [['devices/default/inventory.json', '{"hub":"other"}\n']], selected: false, expected: true },
  ])('inventory changed: $name → $expected', async ({ extra, selected, expected }) => {
    const devices = [{ ...sensor('dev1'), cluster: 'default' }];
    const plan = selected ? selectedClusterPlan(devices) : buildPlan({ devices });
    const root = newRoot();
    write(root, plan.files);
    write(root, extra);
    const changes = await diffManagedFolder(root, plan, []);
    expect([changes.devices.length, changes.inventoryChanged]).toEqual([0, expected]);
  });
});
