/** The words of a change: the summary line, one module's change, a device's label and detail lines. */
import YAML from 'yaml';
import { readWorkloads } from '../../../src/publish/changes/workload-facts.js';
import { readDeviceFiles } from '../../../src/publish/changes/device-file-documents.js';
import { diffWorkloads, type ModuleChange } from '../../../src/publish/changes/module-changes.js';
import type { DeviceChange, FolderChanges } from '../../../src/publish/changes/device-changes.js';
import { describeModuleChange, deviceDetails, deviceLabel, EDITED_OUTSIDE_NOTE, podSecurityChangeNote, summaryLine } from '../../../src/publish/changes/describe-change.js';

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

const none = { portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: [] };
const moduleChange = (partial: Partial<ModuleChange> & Pick<ModuleChange, 'kind'>): ModuleChange => ({ module: 'm', ...none, ...partial });

function change(partial: Partial<DeviceChange> & Pick<DeviceChange, 'kind'>): DeviceChange {
  return { dir: 'devices/edge/msiot-hub1-dev1', deviceId: 'dev1', cluster: 'edge', namespace: 'msiot-hub1-dev1', baseDeployment: 'base', layeredDeployments: [], modules: [], files: [], ...partial };
}

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

describe('describeModuleChange', () => {
  it.each<{ name: string; change: ModuleChange; expected: string }>([
    { name: 'a new module without an image says (none)', change: moduleChange({ kind: 'added', image: { from: null, to: null } }), expected: 'module m added: image (none)' },
    { name: 'a new module with nothing to say is just added', change: moduleChange({ kind: 'added' }), expected: 'module m added' },
    { name: 'a new running module does not list its replicas', change: moduleChange({ kind: 'added', replicas: { from: null, to: 1 } }), expected: 'module m added' },
    { name: 'a new module lists its ports and not its env', change: moduleChange({ kind: 'added', portsAdded: ['80/TCP', '443/TCP'], envAdded: ['A'] }), expected: 'module m added: ports +80/TCP, +443/TCP' },
    { name: 'an image that goes: (none) on the right', change: moduleChange({ kind: 'changed', image: { from: 'i:1', to: null } }), expected: 'module m: image i:1 → (none)' },
    { name: 'replicas unset on one side read (default)', change: moduleChange({ kind: 'changed', replicas: { from: null, to: 2 } }), expected: 'module m: replicas (default) → 2' },
    {
      name: 'every part of a change, in order: image, replicas, ports, env',
      change: moduleChange({ kind: 'changed', image: { from: 'a', to: 'b' }, replicas: { from: 1, to: 0 }, portsAdded: ['1/TCP'], portsRemoved: ['2/TCP', '3/UDP'], envAdded: ['N1', 'N2'], envRemoved: ['R'], envChanged: ['C'] }),
      expected: 'module m: image a → b; replicas 1 → 0; ports +1/TCP; ports −2/TCP, −3/UDP; env added: N1, N2; env removed: R; env changed: C',
    },
    { name: 'a module changed in nothing it lists is just its name', change: moduleChange({ kind: 'changed' }), expected: 'module m' },
    { name: 'a removed module is one short line whatever it had', change: moduleChange({ kind: 'removed', image: { from: 'i', to: null }, envRemoved: ['A'], portsRemoved: ['1/TCP'] }), expected: 'module m removed' },
  ])('$name', ({ change, expected }) => {
    expect(describeModuleChange(change)).toBe(expected);
  });
});

describe('summaryLine', () => {
  it.each<{ name: string; kinds: DeviceChange['kind'][]; expected: string }>([
    { name: 'no devices', kinds: [], expected: 'iotedge-gitops: 0 added, 0 changed, 0 removed devices' },
    { name: 'each kind counted', kinds: ['changed', 'added', 'removed', 'changed', 'added', 'changed'], expected: 'iotedge-gitops: 2 added, 3 changed, 1 removed devices' },
  ])('$name', ({ kinds, expected }) => {
    const changes: FolderChanges = { devices: kinds.map((kind) => change({ kind })), inventoryChanged: false, previousInventory: null };
    expect(summaryLine(changes)).toBe(expected);
  });
});

describe('deviceLabel', () => {
  it.each([
    { name: 'a known device: id → namespace', change: change({ kind: 'added' }), expected: 'dev1 → msiot-hub1-dev1' },
    { name: 'an unknown device id: the directory', change: change({ kind: 'removed', deviceId: null }), expected: 'devices/edge/msiot-hub1-dev1' },
  ])('$name', ({ change: c, expected }) => {
    expect(deviceLabel(c)).toBe(expected);
  });
});

describe('deviceDetails', () => {
  const sensor = moduleChange({ module: 'sensor', kind: 'changed', image: { from: 's:1', to: 's:2' } });
  it.each<{ name: string; change: DeviceChange; expected: string[] }>([
    { name: 'a removed device names its modules', change: change({ kind: 'removed', modules: [moduleChange({ module: 'a', kind: 'removed' }), moduleChange({ module: 'b', kind: 'removed' })], files: ['x.yaml'] }), expected: ['modules removed: a, b'] },
    { name: 'a removed device without workloads has no detail', change: change({ kind: 'removed', files: ['namespace.yaml'] }), expected: [] },
    { name: 'module lines, and no files when a workload changed', change: change({ kind: 'changed', modules: [sensor], files: ['deployment-sensor.yaml'] }), expected: ['module sensor: image s:1 → s:2'] },
    { name: 'the files when no workload fact changed (a ConfigMap)', change: change({ kind: 'changed', files: ['configmap-a.yaml', 'pvc-b.yaml'] }), expected: ['files: configmap-a.yaml, pvc-b.yaml'] },
    { name: 'nothing at all', change: change({ kind: 'added' }), expected: [] },
    {
      name: 'edited outside the tool: the note first, and every file even when a workload changed',
      change: change({ kind: 'changed', editedOutside: true, modules: [sensor], files: ['deployment-sensor.yaml', 'extra.yaml'] }),
      expected: [EDITED_OUTSIDE_NOTE, 'module sensor: image s:1 → s:2', 'files: deployment-sensor.yaml, extra.yaml'],
    },
    {
      name: 'a Pod Security level change after the edited note, before the modules',
      change: change({ kind: 'changed', editedOutside: true, podSecurity: { from: 'restricted', to: 'baseline' }, modules: [sensor] }),
      expected: [EDITED_OUTSIDE_NOTE, 'Pod Security level restricted → baseline', 'module sensor: image s:1 → s:2'],
    },
  ])('$name', ({ change: c, expected }) => {
    expect(deviceDetails(c)).toEqual(expected);
  });

  it('the edited-outside note says the change restores what the hub says', () => {
    expect(EDITED_OUTSIDE_NOTE).toBe('edited outside iotedge-gitops since it was written: restored to what the hub says');
  });
});

describe('podSecurityChangeNote', () => {
  it.each([
    { from: 'baseline', to: 'privileged', expected: 'Pod Security level baseline → privileged' },
    { from: 'privileged', to: 'restricted', expected: 'Pod Security level privileged → restricted' },
  ] as const)('$from → $to', ({ from, to, expected }) => {
    expect(podSecurityChangeNote({ from, to })).toBe(expected);
  });
});
