/**
 * `explain` in-process on the bundled example: every deployment's verdict, where each module, route and twin
 * property came from, and the devices it refuses. Expected answers come from the IoT Hub rules
 * (examples/README.md works each device out by hand).
 */
import path from 'node:path';
import { run, type ExplainCommandOptions } from '../../../src/cli/commands/explain.js';
import { ConfigError } from '../../../src/errors.js';
import { recordingIo } from '../../helpers/recording-io.js';

const exampleFile = path.resolve(import.meta.dirname, '../../../examples/hub-snapshot.json');

async function explain(deviceId: string, options: Partial<ExplainCommandOptions> = {}) {
  const { io, out, err } = recordingIo(import.meta.dirname);
  const code = await run({ deviceId, snapshot: exampleFile, quiet: true, ...options }, io);
  return { code, out: out(), err: err() };
}

describe('explain', () => {
  it('says which base won a priority tie by creation time, and which layers apply', async () => {
    const { code, out } = await explain('Line3_Gateway.Telemetry', { json: true });
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
    const { code, out } = await explain('factory-line-2');
    expect(code).toBe(0);
    expect(out).toMatch(/^device 'factory-line-2' → namespace msiot-contoso-hub-factory-line-2 \(cluster plant-a\)$/m);
    expect(out).toMatch(/^\s+sample-module-layer\s+layered\s+priority\s+50\s+not applied \(condition false\)/m);
    expect(out).toMatch(/^\s+metricsCollector\s+← metrics-layer\s+content\.modulesContent\.\$edgeAgent\["properties\.desired\.modules\.metricsCollector"\]$/m);
  });

  it('explains an unmanaged device', async () => {
    const { code, out } = await explain('spare-01');
    expect(code).toBe(0);
    expect(out).toContain('no base deployment targets this device');
  });

  it('--cluster-tag names the tag that gives the cluster (factory-line-2: site=factory, cluster=plant-a)', async () => {
    const { code, out } = await explain('factory-line-2', { clusterTag: 'site' });
    expect(code).toBe(0);
    expect(out).toMatch(/^device 'factory-line-2' → namespace msiot-contoso-hub-factory-line-2 \(cluster factory\)$/m);
  });

  it('exits 2 and lists the error when the device would keep its last good output (a cluster tag that is a boolean)', async () => {
    // camera-01 has tags.camera = true: as a cluster tag it names no directory.
    const { code, out } = await explain('camera-01', { clusterTag: 'camera' });
    expect(code).toBe(2);
    expect(out).toContain('\nerrors (the device keeps its last good output):\n');
    expect(out).toMatch(/^ {2}device 'camera-01', at tags\.camera: the cluster tag 'camera' must be a string .*got a boolean/m);
  });

  it.each([
    ['an unknown device', 'nobody', "cannot explain device 'nobody': no twin has this deviceId"],
    ['a device that is not IoT Edge', 'leaf-sensor-7', "cannot explain device 'leaf-sensor-7': it is not an IoT Edge device (capabilities.iotEdge is not true)"],
  ])('refuses %s with a ConfigError naming it', async (_name, id, message) => {
    const error = await explain(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(message);
  });
});
