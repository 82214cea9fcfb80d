/**
 * explain, validate and isolation through the CLI, on the bundled example and broken copies of it.
 * Expected answers come from the IoT Hub rules (examples/README.md works each device out by hand).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { readTree } from '../helpers/output-tree.js';
import { readInventory, withoutInventories } from '../helpers/read-inventory.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleFile = path.join(root, 'examples/hub-snapshot.json');
const example = () => JSON.parse(readFileSync(exampleFile, 'utf8'));

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cli-commands-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env, cwd: dir };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

function writeSnapshot(name: string, mutate: (s: any) => void): string {
  const snapshot = example();
  mutate(snapshot);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}
const configuration = (s: any, id: string) => s.configurations.find((c: any) => c.id === id);

describe('explain', () => {
  it('says which base won a priority tie by creation time, and which layers apply', async () => {
    const { code, out } = await run(['explain', 'Line3_Gateway.Telemetry', '--snapshot', exampleFile, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const reasons = Object.fromEntries(report.decisions.map((d: any) => [d.configurationId, d.reason]));
    expect(reasons).toStrictEqual({
      'dev-base': 'condition-false',
      'factory-base': 'applied-base',
      'lorawan-base': 'condition-false',
      'metrics-layer': 'applied-layer',
      'nested-top-base': 'condition-false',
      'opc-analytics-base': 'condition-false',
      'opc-prod-base': 'condition-false',
      'sample-module-layer': 'applied-layer',
      'tick-base': 'older-at-equal-priority',
      'vision-base': 'condition-false',
    });
    expect(report.baseDeployment).toBe('factory-base');
    expect(report.layeredDeployments).toStrictEqual(['sample-module-layer', 'metrics-layer']);
    const modules = Object.fromEntries(report.modules.map((m: any) => [m.name, m.configurationId]));
    expect(modules).toMatchObject({ $edgeHub: 'factory-base', grafana: 'factory-base', metricsCollector: 'metrics-layer', mymodule0: 'sample-module-layer' });
    expect(report.routes.map((r: any) => [r.name, r.configurationId])).toStrictEqual([
      ['metricsCollector', 'metrics-layer'],
      ['route', 'factory-base'],
      ['route0', 'sample-module-layer'],
    ]);
    expect(report.moduleTwins).toContainEqual({ name: 'mymodule0.settings', configurationId: 'sample-module-layer', jsonPath: 'content.modulesContent.mymodule0["properties.desired.settings"]' });
    expect(report.ledger.some((e: any) => e.module === 'grafana' && e.key === 'startupOrder' && e.fidelity === 'dropped')).toBe(true);
  });

  it('prints a readable text report', async () => {
    const { code, out } = await run(['explain', 'factory-line-2', '--snapshot', exampleFile]);
    expect(code).toBe(0);
    expect(out).toMatch(/^device 'factory-line-2' → namespace msiot-contoso-hub-factory-line-2 \(cluster plant-a\)$/m);
    expect(out).toMatch(/^\s+sample-module-layer\s+layered\s+priority\s+50\s+not applied \(condition false\)/m);
    expect(out).toMatch(/^\s+metricsCollector\s+← metrics-layer\s+content\.modulesContent\.\$edgeAgent\["properties\.desired\.modules\.metricsCollector"\]$/m);
  });

  it('explains an unmanaged device', async () => {
    const { code, out } = await run(['explain', 'spare-01', '--snapshot', exampleFile]);
    expect(code).toBe(0);
    expect(out).toContain('no base deployment targets this device');
  });

  it.each([
    ['an unknown device', 'nobody', /no twin has this deviceId/],
    ['a device that is not IoT Edge', 'leaf-sensor-7', /not an IoT Edge device/],
  ])('rejects %s with exit 1', async (_name, id, message) => {
    const { code, err } = await run(['explain', id, '--snapshot', exampleFile]);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });
});

describe('validate', () => {
  it('accepts the bundled example', async () => {
    const { code, out } = await run(['validate', '--snapshot', exampleFile]);
    expect(out).toBe('10 deployment(s) and 11 edge device(s): valid\n');
    expect(code).toBe(0);
  });

  it('names configuration, module and JSON path, once per problem, with GitHub annotations in Actions', async () => {
    const file = writeSnapshot('broken-validate.json', (s) => {
      configuration(s, 'tick-base').content.modulesContent.$edgeAgent['properties.desired'].modules.influxdb.settings.createOptions = '{"HostConfig":';
      configuration(s, 'metrics-layer').targetCondition = "tags.environment = = 'prod'";
    });
    const { code, out } = await run(['validate', '--snapshot', file], { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    const errors = out.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/configuration 'tick-base', module 'influxdb', at content\.modulesContent\.\$edgeAgent\["properties\.desired"\]\.modules\.influxdb\.settings\.createOptions: .*JSON/);
    expect(errors.join('\n')).toMatch(/configuration 'metrics-layer'.*position/);
    expect(out).toMatch(/^::error title=configuration tick-base%2C module influxdb::/m);
    expect(out).toMatch(/^2 problem\(s\) in 10 deployment\(s\)/m);
  });
});

describe('isolation: a broken configuration affects only the devices it could change', () => {
  it('keeps those devices\' last good output, lists their errors, and exits 2', async () => {
    const out = path.join(dir, 'isolation-out');
    expect((await run(['synth', '--snapshot', exampleFile, '--out', out])).code).toBe(0);
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
    const result = await run(['synth', '--snapshot', file, '--out', out]);
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
    expect((await run(['synth', '--snapshot', exampleFile, '--out', out])).code).toBe(0);
    const before = readTree(out);
    // tick-base is the base of telemetry-01 only (examples/README.md); a 40,000-character env value in an
    // object-form createOptions puts its $edgeAgent over 32 KB.
    const file = writeSnapshot('twin-limit.json', (s) => {
      configuration(s, 'tick-base').content.modulesContent.$edgeAgent['properties.desired'].modules.kapacitor.settings.createOptions = { Env: [`BLOB=${'x'.repeat(40_000)}`] };
    });
    const result = await run(['synth', '--snapshot', file, '--out', out]);
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
    const split = await run(['synth', '--configurations', 'configurations.json', '--twins', 'twins.json', '--hub', 'contoso-hub.azure-devices.net', '--out', 'split-out']);
    const whole = await run(['synth', '--snapshot', exampleFile, '--out', 'whole-out']);
    expect([split.code, whole.code]).toStrictEqual([0, 0]);
    expect(readTree(path.join(dir, 'split-out'))).toStrictEqual(readTree(path.join(dir, 'whole-out')));
  });

  it('refuses --configurations without --twins before reading anything', async () => {
    const { code, err } = await run(['synth', '--configurations', 'configurations.json', '--hub', 'h']);
    expect(code).toBe(1);
    expect(err).toContain('--configurations, --twins and --hub must be given together');
  });
});

describe('--strict', () => {
  it('fails only the devices with a dropped field; they keep their last good output', async () => {
    // dev-box (dev-base) has startupOrder on every module (dropped: Kubernetes has no start order);
    // camera-01 (vision-base, schema 1.0) has none. Worked out from the two manifests.
    const out = path.join(dir, 'strict-out');
    expect((await run(['synth', '--snapshot', exampleFile, '--out', out])).code).toBe(0);
    const before = readTree(out);
    const result = await run(['synth', '--snapshot', exampleFile, '--out', out, '--strict']);
    expect(result.code).toBe(2);
    const inventory = readInventory(out);
    const byId = Object.fromEntries(inventory.devices.map((d: any) => [d.deviceId, d]));
    expect(byId['dev-box'].errors.join('\n')).toMatch(/startupOrder/);
    expect(byId['camera-01'].errors).toBeUndefined();
    const after = readTree(out);
    for (const [file, content] of before) if (file.includes('/msiot-contoso-hub-dev-box/')) expect(after.get(file)).toBe(content);
  });
});
