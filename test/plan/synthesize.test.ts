/**
 * synthesize, the pure pipeline, on small hand-built hubs: what a managed, an unmanaged and a failed device put in
 * the plan and the inventory, the run's counts and exit code, when an earlier run's directory is trusted as it is,
 * and translateOptionsOf. Streaming (onDevice), details and reuse across a whole fleet are in streamed-output,
 * translate-input-hash and device-families tests.
 */
import { createHash } from 'node:crypto';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { InventoryDevice } from '../../src/plan/inventory.js';
import type { PreviousOutput } from '../../src/plan/previous-output.js';
import type { SynthStage } from '../../src/plan/stage-profiler.js';
import { synthesize, translateOptionsOf, type SynthOptions } from '../../src/plan/synthesize.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../../src/translate/index.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';

const DIR_A = 'devices/plant-a/msiot-hub1-a';
const DIR_B = 'devices/plant-b/msiot-hub1-b';
const DIR_U = 'devices/plant-a/msiot-hub1-u';

/**
 * hub1: `base` (priority 1) targets tags.role='sensor': devices a (cluster plant-a) and b (plant-b). Device u
 * (plant-a) has no role: no base deployment targets it, so it is unmanaged. `extra` adds configurations.
 */
function hub(extra: object[] = [], devices: object[] = []): HubSnapshot {
  return {
    hub: 'hub1',
    hostName: 'hub1.azure-devices.net',
    configurations: [edgeConfiguration({ id: 'base', priority: 1, targetCondition: "tags.role='sensor'", modulesContent: baseModulesContent({ modules: { sensor: edgeModule('repo/sensor:1.0') } }) }), ...extra],
    devices: [
      edgeTwin({ deviceId: 'a', tags: { role: 'sensor', cluster: 'plant-a' } }),
      edgeTwin({ deviceId: 'b', tags: { role: 'sensor', cluster: 'plant-b' } }),
      edgeTwin({ deviceId: 'u', tags: { cluster: 'plant-a' } }),
      ...devices,
    ],
  } as unknown as HubSnapshot;
}

/** `broken` (priority 5) wins over `base` on device b only, and its module's createOptions is not JSON. */
const BROKEN = edgeConfiguration({
  id: 'broken',
  priority: 5,
  targetCondition: "deviceId='b'",
  modulesContent: baseModulesContent({ modules: { sensor: edgeModule('repo/sensor:1.0', { settings: { image: 'repo/sensor:1.0', createOptions: '{"HostConfig":' } }) } }),
});

const entry = (devices: readonly InventoryDevice[], id: string) => devices.find((d) => d.deviceId === id)!;
const filesUnder = (files: ReadonlyMap<string, string>, dir: string) => [...files.keys()].filter((f) => f.startsWith(`${dir}/`));

describe('synthesize: one run over a small hub', () => {
  const result = synthesize(hub());
  const { plan } = result;

  it('writes a directory per managed device, and keeps the unmanaged device\'s directory as it is', () => {
    expect(plan.deviceDirs).toStrictEqual([DIR_A, DIR_B]);
    expect(plan.keep).toStrictEqual([DIR_U]);
    expect(filesUnder(plan.files, DIR_A)).toContain(`${DIR_A}/kustomization.yaml`);
    expect(filesUnder(plan.files, DIR_U)).toStrictEqual([]);
    expect({ synthesized: result.synthesized, unmanaged: result.unmanaged, failed: result.failed, exitCode: result.exitCode, messages: result.messages }).toStrictEqual({
      synthesized: 2,
      unmanaged: 1,
      failed: 0,
      exitCode: 0,
      messages: [],
    });
  });

  it('the inventory: every edge device sorted by id, every deployment; an unmanaged device has no path, modules, ledger or hashes', () => {
    const { inventory } = plan;
    expect({ hub: inventory.hub, hostName: inventory.hostName }).toStrictEqual({ hub: 'hub1', hostName: 'hub1.azure-devices.net' });
    expect(inventory.configurations).toStrictEqual([{ id: 'base', kind: 'base', priority: 1, etag: 'MQ==' }]);
    expect(inventory.devices.map((d) => d.deviceId)).toStrictEqual(['a', 'b', 'u']);
    expect(entry(inventory.devices, 'u')).toStrictEqual({ deviceId: 'u', cluster: 'plant-a', namespace: 'msiot-hub1-u', baseDeployment: null, layeredDeployments: [], path: null, modules: [] });
    const a = entry(inventory.devices, 'a');
    expect(a).toMatchObject({ deviceId: 'a', cluster: 'plant-a', namespace: 'msiot-hub1-a', baseDeployment: 'base', layeredDeployments: [], path: DIR_A, modules: ['$edgeHub', 'sensor'] });
    for (const hash of [a.inputHash, a.sourceHash, a.filesHash]) expect(hash).toMatch(/^[0-9a-f]+$/);
    expect(Object.keys(a.ledger!)).toContain('sensor');
    for (const id of Object.values(a.ledger!)) expect(inventory.ledgers).toHaveProperty([id]);
  });

  it("one inventory.json per cluster in the plan's files, each holding that cluster's devices", () => {
    const inventoryFiles = [...plan.files.keys()].filter((f) => f.endsWith('inventory.json')).sort();
    expect(inventoryFiles).toStrictEqual(['devices/plant-a/inventory.json', 'devices/plant-b/inventory.json']);
    const plantA = JSON.parse(plan.files.get('devices/plant-a/inventory.json')!);
    expect(plantA.devices.map((d: InventoryDevice) => d.deviceId)).toStrictEqual(['a', 'u']);
    expect(plan.files.get('devices/plant-a/inventory.json')!.endsWith('}\n')).toBe(true);
  });

  it('the ledger counts add up the ledgers of the devices written', () => {
    const counts = { exact: 0, approximate: 0, dropped: 0 };
    for (const ledger of result.ledgers.values()) for (const e of ledger) counts[e.fidelity]++;
    expect(result.ledgerSummary).toStrictEqual(counts);
    expect([...result.ledgers.keys()].sort()).toStrictEqual(['a', 'b']);
  });
});

describe('synthesize: devices that keep their last good output', () => {
  it('a broken winning deployment fails only its device: kept, no files, errors in the inventory, exit 2', () => {
    const result = synthesize(hub([BROKEN]));
    expect(result.plan.deviceDirs).toStrictEqual([DIR_A]);
    expect(result.plan.keep).toStrictEqual([DIR_U, DIR_B]);
    expect(filesUnder(result.plan.files, DIR_B)).toStrictEqual([]);
    const b = entry(result.plan.inventory.devices, 'b');
    // The manifest did not parse, so there are no module names to record.
    expect(b).toMatchObject({ path: DIR_B, baseDeployment: 'broken', modules: [] });
    expect(b).not.toHaveProperty('inputHash');
    expect(b.errors).toHaveLength(1);
    // A deployment's error names no device: the device it failed is put first.
    expect(b.errors![0]).toMatch(/^device 'b': configuration 'broken', module 'sensor', at .*\.modules\.sensor\.settings\.createOptions: createOptions is not valid JSON/);
    expect({ failed: result.failed, exitCode: result.exitCode, messages: result.messages }).toStrictEqual({ failed: 1, exitCode: 2, messages: b.errors });
  });

  it('two devices whose namespaces would be the same both fail, each message naming the device', () => {
    // names.ts: 'A' is no DNS label, so its namespace is sanitized and given the hash of "<hub>\0<deviceId>"; a
    // device whose id is 'a-<that hash>' gets the same text as its plain namespace.
    const hash = createHash('sha256').update('hub1\u0000A', 'utf8').digest('hex').slice(0, 8);
    const result = synthesize(hub([], [edgeTwin({ deviceId: 'A', tags: { role: 'sensor' } }), edgeTwin({ deviceId: `a-${hash}`, tags: { role: 'sensor' } })]));
    const shared = `namespace 'msiot-hub1-a-${hash}' would be shared by devices 'A', 'a-${hash}'`;
    expect(result.messages).toStrictEqual([`device 'A': ${shared}`, `device 'a-${hash}': ${shared}`]);
    expect(result.failed).toBe(2);
    expect(result.plan.deviceDirs).toStrictEqual([DIR_A, DIR_B]);
  });

  it('a problem of the input that fails no device (a duplicate twin) still makes the run exit 2', () => {
    const result = synthesize(hub([], [edgeTwin({ deviceId: 'u', tags: { cluster: 'plant-a' } })]));
    expect(result.failed).toBe(0);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatch(/duplicate deviceId 'u'/);
    expect(result.exitCode).toBe(2);
  });
});

describe('synthesize: options', () => {
  it('a selection of clusters: only their devices, in the inventory and the files; the plan carries the selection', () => {
    const selection = { kind: 'clusters' as const, clusters: ['plant-b'] };
    const { plan } = synthesize(hub(), { selection });
    expect(plan.inventory.devices.map((d) => d.deviceId)).toStrictEqual(['b']);
    expect(plan.deviceDirs).toStrictEqual([DIR_B]);
    expect([...plan.files.keys()].every((f) => f.startsWith('devices/plant-b/'))).toBe(true);
    expect(plan.selection).toStrictEqual(selection);
  });

  it('onSecretSources hears each device translated without error, in device order', () => {
    const heard = (snapshot: HubSnapshot) => {
      const ids: string[] = [];
      synthesize(snapshot, { onSecretSources: (target) => ids.push(target.device.deviceId) });
      return ids;
    };
    expect(heard(hub())).toStrictEqual(['a', 'b']);
    // b fails (BROKEN), u is unmanaged.
    expect(heard(hub([BROKEN]))).toStrictEqual(['a']);
  });

  it('a profiler times every stage, once per device for translate and render', () => {
    const stages: SynthStage[] = [];
    synthesize(hub(), { profiler: { time: (stage, work) => (stages.push(stage), work()) } });
    expect(stages.filter((s) => s === 'translate')).toHaveLength(2);
    expect(stages.filter((s) => s === 'render').length).toBeGreaterThanOrEqual(2);
    expect(new Set(stages)).toStrictEqual(new Set(['model', 'targeting', 'translate', 'render', 'inventory']));
  });
});

describe('synthesize: when a directory an earlier run wrote is taken as it is', () => {
  const first = synthesize(hub());
  const previous = (edit: (a: InventoryDevice) => InventoryDevice, present = [DIR_A, DIR_B], edited: string[] = []): PreviousOutput => ({
    inventory: { ...first.plan.inventory, devices: first.plan.inventory.devices.map((d) => (d.deviceId === 'a' ? edit(d) : d)) },
    presentDirs: new Set(present),
    editedDirs: new Set(edited),
  });

  it.each<{ name: string; previous: PreviousOutput; reused: boolean; edited?: string[] }>([
    { name: 'same input, directory present, files as recorded: reused', previous: previous((a) => a), reused: true },
    { name: 'the directory is gone: rendered', previous: previous((a) => a, [DIR_B]), reused: false },
    { name: 'the entry records no filesHash (nothing proves the files): rendered', previous: previous(({ filesHash: _f, ...a }) => a), reused: false },
    { name: 'the entry has errors (that run kept older files): rendered', previous: previous((a) => ({ ...a, errors: ['x'] })), reused: false },
    { name: 'the entry points to another directory: rendered', previous: previous((a) => ({ ...a, path: 'devices/plant-z/msiot-hub1-a' })), reused: false },
    { name: 'the files were edited outside the tool: rendered, and named', previous: previous((a) => a, [DIR_A, DIR_B], [DIR_A]), reused: false, edited: ['a'] },
    { name: 'another translate input and render input: rendered', previous: previous((a) => ({ ...a, sourceHash: '0', inputHash: '0' })), reused: false },
  ])('$name', ({ previous, reused, edited }) => {
    const result = synthesize(hub(), { previous });
    expect(result.plan.deviceDirs.includes(DIR_A)).toBe(!reused);
    expect(result.plan.unchanged!.includes(DIR_A)).toBe(reused);
    expect(result.plan.keep.includes(DIR_A)).toBe(reused);
    expect(filesUnder(result.plan.files, DIR_A).length > 0).toBe(!reused);
    expect(result.edited).toStrictEqual(edited ?? []);
    expect(result.synthesized).toBe(2);
    // Either way the inventory entry is the one a fresh run records.
    expect(entry(result.plan.inventory.devices, 'a')).toStrictEqual(entry(first.plan.inventory.devices, 'a'));
  });

  it('a changed translate input with the same render input: translated, not rendered', () => {
    const result = synthesize(hub(), { previous: previous((a) => ({ ...a, sourceHash: '0' })) });
    expect(result.plan.unchanged).toStrictEqual([DIR_A, DIR_B]);
    expect(result.plan.deviceDirs).toStrictEqual([]);
  });
});

describe('translateOptionsOf', () => {
  const model = { hub: 'hub1', hostName: 'hub1.azure-devices.net' };

  it('no flag: the defaults, with the hub of the model; no optional key set', () => {
    const options = translateOptionsOf(model, {});
    expect(options).toStrictEqual({ ...DEFAULT_TRANSLATE_OPTIONS, hub: 'hub1', hostName: 'hub1.azure-devices.net', clusterTag: 'cluster', secretStore: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' }, strict: false });
    for (const key of ['upstreamHost', 'isolation', 'certificates']) expect(Object.hasOwn(options, key) && !Object.hasOwn(DEFAULT_TRANSLATE_OPTIONS, key)).toBe(false);
  });

  it.each<{ name: string; flags: SynthOptions; expected: object }>([
    { name: 'cluster tag', flags: { clusterTag: 'site' }, expected: { clusterTag: 'site' } },
    { name: 'secret store', flags: { secretStore: { name: 'vault', kind: 'SecretStore' } }, expected: { secretStore: { name: 'vault', kind: 'SecretStore' } } },
    { name: 'strict', flags: { strict: true }, expected: { strict: true } },
    { name: 'upstream host', flags: { upstreamHost: 'parent.local' }, expected: { upstreamHost: 'parent.local' } },
    { name: 'isolation', flags: { isolation: { maxPodSecurity: 'baseline' } }, expected: { isolation: { maxPodSecurity: 'baseline' } } },
    { name: 'certificates', flags: { certificates: { from: 'secret-store' } }, expected: { certificates: { from: 'secret-store' } } },
  ])('$name is passed through', ({ flags, expected }) => {
    expect(translateOptionsOf(model, flags)).toMatchObject({ ...expected, hub: 'hub1' });
  });
});
