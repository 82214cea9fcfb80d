/**
 * `synth` in-process: isolation of broken configurations, IoT Hub's twin size limit, the two az CLI lists as input,
 * --strict, the empty-read guard, and the summary it prints. Expected answers come from the IoT Hub
 * rules (examples/README.md works each device out by hand).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EDITED_SHOWN, editedLine, formatSynthSummary, run, type SynthCommandOptions } from '../../../src/cli/commands/synth.js';
import { ConfigError } from '../../../src/errors.js';
import type { SynthResult } from '../../../src/plan/synthesize.js';
import { edgeConfiguration, edgeTwin } from '../../builders.js';
import { readTree } from '../../helpers/output-tree.js';
import { readInventory, withoutInventories } from '../../helpers/read-inventory.js';
import { recordingIo } from '../../helpers/recording-io.js';

const exampleFile = path.resolve(import.meta.dirname, '../../../examples/hub-snapshot.json');
const example = () => JSON.parse(readFileSync(exampleFile, 'utf8'));

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'synth-command-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function synth(options: SynthCommandOptions) {
  const { io, out, err } = recordingIo(dir);
  const code = await run({ quiet: true, ...options }, io);
  return { code, out: out(), err: err() };
}

function writeSnapshot(name: string, mutate: (s: any) => void): string {
  const snapshot = example();
  mutate(snapshot);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}
const configuration = (s: any, id: string) => s.configurations.find((c: any) => c.id === id);

describe('isolation: a broken configuration affects only the devices it could change', () => {
  it("keeps those devices' last good output, lists their errors, and exits 2", async () => {
    const out = path.join(dir, 'isolation-out');
    expect((await synth({ snapshot: exampleFile, out })).code).toBe(0);
    const before = readTree(out);
    // opc-prod-base (priority 5) gets a condition that does not parse. It could have been the base of a
    // device whose base has a lower priority (dev-box: dev-base 0), of the device it targeted (opc-gw-prod,
    // now without a base) and of a device without a base (spare-01). Every other device's base has
    // priority ≥ 6 and cannot be displaced by it.
    const file = writeSnapshot('broken-isolation.json', (s) => {
      configuration(s, 'opc-prod-base').targetCondition = "tags.environment='prod' AND (";
      // An unrelated real change, so we can see the others are rewritten:
      configuration(s, 'tick-base').content.modulesContent.$edgeAgent['properties.desired'].modules.kapacitor.settings.image = 'registry.azurecr.io/kapacitor:1.0.0.5-amd64';
    });
    const result = await synth({ snapshot: file, out });
    expect(result.code).toBe(2);
    const inventory = readInventory(out);
    const failed = inventory.devices.filter((d: any) => d.errors).map((d: any) => d.deviceId);
    expect(failed).toStrictEqual(['dev-box', 'opc-gw-prod', 'spare-01']);
    for (const d of inventory.devices.filter((d: any) => d.errors)) expect(d.errors.join('\n')).toContain("configuration 'opc-prod-base'");
    const after = readTree(out);
    for (const [file, content] of before) {
      if (file.includes('/msiot-contoso-hub-dev-box/') || file.includes('/msiot-contoso-hub-opc-gw-prod/')) expect({ file, content: after.get(file) }).toStrictEqual({ file, content });
    }
    expect(after.get('devices/plant-b/msiot-contoso-hub-telemetry-01/deployment-kapacitor.yaml')).toContain('image: registry.azurecr.io/kapacitor:1.0.0.5-amd64');
    expect(result.err).toMatch(/error: .*configuration 'opc-prod-base'/);
  });
});

describe('IoT Hub limits: a twin over 32 KB of desired properties (issue 19 item 15)', () => {
  it('keeps the last good output of the device whose $edgeAgent would exceed 32 KB, names twin and size, exits 2', async () => {
    const out = path.join(dir, 'twin-limit-out');
    expect((await synth({ snapshot: exampleFile, out })).code).toBe(0);
    const before = readTree(out);
    // tick-base is the base of telemetry-01 only (examples/README.md); a 40,000-character env value in an
    // object-form createOptions puts its $edgeAgent over 32 KB.
    const file = writeSnapshot('twin-limit.json', (s) => {
      configuration(s, 'tick-base').content.modulesContent.$edgeAgent['properties.desired'].modules.kapacitor.settings.createOptions = { Env: [`BLOB=${'x'.repeat(40_000)}`] };
    });
    const result = await synth({ snapshot: file, out });
    expect(result.code).toBe(2);
    const inventory = readInventory(out);
    const failed = inventory.devices.filter((d: any) => d.errors).map((d: any) => [d.deviceId, d.errors]);
    expect(failed).toStrictEqual([
      ['telemetry-01', [expect.stringMatching(/^configuration 'tick-base', device 'telemetry-01', module '\$edgeAgent', at content\.modulesContent\.\$edgeAgent: the merged desired properties of twin '\$edgeAgent' are 4\d\.\d KB, more than the 32 KB IoT Hub accepts for a twin: IoT Hub would not apply these deployments to the device$/)]],
    ]);
    expect(withoutInventories(readTree(out))).toStrictEqual(withoutInventories(before));
  });
});

describe('synth from the two az CLI lists', () => {
  it('gives the same tree as the snapshot file', async () => {
    const snapshot = example();
    writeFileSync(path.join(dir, 'configurations.json'), JSON.stringify(snapshot.configurations, null, 2));
    writeFileSync(path.join(dir, 'twins.json'), JSON.stringify(snapshot.devices, null, 2));
    const split = await synth({ configurations: 'configurations.json', twins: 'twins.json', hub: 'contoso-hub.azure-devices.net', out: 'split-out' });
    const whole = await synth({ snapshot: exampleFile, out: 'whole-out' });
    expect([split.code, whole.code]).toStrictEqual([0, 0]);
    expect(readTree(path.join(dir, 'split-out'))).toStrictEqual(readTree(path.join(dir, 'whole-out')));
  });

  it('refuses --configurations without --twins before reading anything, and leaves no --out behind', async () => {
    await expect(synth({ configurations: 'configurations.json', hub: 'h', out: 'never-out' })).rejects.toThrow('--configurations, --twins and --hub must be given together');
    expect(existsSync(path.join(dir, 'never-out'))).toBe(false);
  });
});

describe('--strict', () => {
  it('fails only the devices with a dropped field; they keep their last good output', async () => {
    // dev-box (dev-base) has startupOrder on every module (dropped: Kubernetes has no start order);
    // camera-01 (vision-base, schema 1.0) has none. Worked out from the two manifests.
    const out = path.join(dir, 'strict-out');
    expect((await synth({ snapshot: exampleFile, out })).code).toBe(0);
    const before = readTree(out);
    const result = await synth({ snapshot: exampleFile, out, strict: true });
    expect(result.code).toBe(2);
    const inventory = readInventory(out);
    const byId = Object.fromEntries(inventory.devices.map((d: any) => [d.deviceId, d]));
    expect(byId['dev-box'].errors.join('\n')).toMatch(/startupOrder/);
    expect(byId['camera-01'].errors).toBeUndefined();
    const after = readTree(out);
    for (const [file, content] of before) if (file.includes('/msiot-contoso-hub-dev-box/')) expect(after.get(file)).toBe(content);
  });
});

describe('the empty-read guard', () => {
  // Two edge devices and one deployment for every device: two device directories in cluster default.
  const hub = (configurations: unknown[]) => ({ hub: 'guard-hub', configurations, devices: [edgeTwin({ deviceId: 'a' }), edgeTwin({ deviceId: 'b' })] });
  const deviceDirs = (out: string) =>
    existsSync(path.join(out, 'devices/default')) ? readdirSync(path.join(out, 'devices/default'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];

  it.each([
    // The devices are gone from the read: --allow-empty lets their directories go.
    { name: 'no edge device', empty: { ...hub([edgeConfiguration({ id: 'base' })]), devices: [edgeTwin({ deviceId: 'a', iotEdge: false })] }, what: 'no IoT Edge device', removes: 2, allowed: [] },
    // Device a is still there with no base deployment: unmanaged, and an unmanaged device's directory is never
    // deleted (iothub-semantics.md rule 13); only b's, gone from the read, would go.
    { name: 'no deployment, one device gone', empty: { ...hub([]), devices: [edgeTwin({ deviceId: 'a' })] }, what: 'no IoT Edge deployment', removes: 1, allowed: ['msiot-guard-hub-a'] },
  ])('a read with $name is refused while it would remove device directories; --allow-empty lets it through', async ({ name, empty, what, removes, allowed }) => {
    const out = path.join(dir, `guard-${name.replace(/[ ,]+/g, '-')}`);
    writeFileSync(path.join(dir, 'guard-full.json'), JSON.stringify(hub([edgeConfiguration({ id: 'base' })])));
    writeFileSync(path.join(dir, 'guard-empty.json'), JSON.stringify(empty));
    expect((await synth({ snapshot: 'guard-full.json', out })).code).toBe(0);
    expect(deviceDirs(out)).toStrictEqual(['msiot-guard-hub-a', 'msiot-guard-hub-b']);

    const error = await synth({ snapshot: 'guard-empty.json', out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(`the input has ${what}: refusing to remove the ${removes} device director${removes === 1 ? 'y' : 'ies'} in ${out}; pass --allow-empty if that is really intended`);
    expect(deviceDirs(out)).toStrictEqual(['msiot-guard-hub-a', 'msiot-guard-hub-b']);

    expect((await synth({ snapshot: 'guard-empty.json', out, allowEmpty: true })).code).toBe(0);
    expect(deviceDirs(out)).toStrictEqual(allowed);
  });

  it('a read with no deployment but every device still there removes nothing, so it is not refused: the directories stay', async () => {
    const out = path.join(dir, 'guard-all-unmanaged');
    writeFileSync(path.join(dir, 'guard-full-2.json'), JSON.stringify(hub([edgeConfiguration({ id: 'base' })])));
    writeFileSync(path.join(dir, 'guard-unmanaged.json'), JSON.stringify(hub([])));
    expect((await synth({ snapshot: 'guard-full-2.json', out })).code).toBe(0);
    const before = readTree(out);
    expect((await synth({ snapshot: 'guard-unmanaged.json', out })).code).toBe(0);
    const after = readTree(out);
    expect(withoutInventories(after)).toStrictEqual(withoutInventories(before));
  });

  it('a first run into an empty --out with an empty read writes no device and is no error', async () => {
    writeFileSync(path.join(dir, 'guard-none.json'), JSON.stringify(hub([])));
    expect((await synth({ snapshot: 'guard-none.json', out: 'guard-first' })).code).toBe(0);
  });
});

describe('the summary', () => {
  const result = (edited: string[]) =>
    ({ synthesized: 7, unmanaged: 2, failed: 1, edited, ledgerSummary: { exact: 30, approximate: 4, dropped: 3 } }) as unknown as SynthResult;
  const written = { added: ['a', 'b'], changed: ['c'], removed: [], unchanged: ['d', 'e', 'f', 'g'] };

  it('counts devices, files on disk and ledger entries, seconds to two decimals', () => {
    expect(formatSynthSummary(result([]), written, 'dist', 1.234)).toBe(
      'synthesized 7 device(s) into dist in 1.23s: 2 added, 1 changed, 0 removed, 4 unchanged\n' +
        'unmanaged (no base deployment): 2; kept last good output: 1\n' +
        'fidelity ledger: 30 exact, 4 approximate, 3 dropped\n',
    );
  });

  it('adds the devices edited outside the tool as a fourth line', () => {
    expect(formatSynthSummary(result(['dev-1', 'dev-2']), written, 'dist', 0).split('\n')[3]).toBe('re-rendered 2 device(s) edited outside the tool: dev-1, dev-2');
  });

  it.each([
    { name: 'one id', ids: ['x'], expected: 're-rendered 1 device(s) edited outside the tool: x' },
    { name: `exactly ${EDITED_SHOWN} ids: all named`, ids: Array.from({ length: 20 }, (_, i) => `d${i}`), expected: `re-rendered 20 device(s) edited outside the tool: ${Array.from({ length: 20 }, (_, i) => `d${i}`).join(', ')}` },
    { name: 'one more than shown: the rest counted', ids: Array.from({ length: 21 }, (_, i) => `d${i}`), expected: `re-rendered 21 device(s) edited outside the tool: ${Array.from({ length: 20 }, (_, i) => `d${i}`).join(', ')} … and 1 more` },
  ])('editedLine: $name', ({ ids, expected }) => {
    expect(editedLine(ids)).toBe(expected);
  });
});
