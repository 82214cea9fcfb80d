/**
 * End-to-end synth of the bundled example (examples/hub-snapshot.json, built from real manifests).
 * Every expected value below was worked out by hand from the manifests and the IoT Hub rules
 * (examples/README.md has the reasoning per device), not copied from the tool's output.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { envOf, find, readObjects, readTree } from '../helpers/output-tree.js';
import { readInventory } from '../helpers/read-inventory.js';

const root = path.resolve(import.meta.dirname, '../..');
const snapshot = path.join(root, 'examples/hub-snapshot.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {}, cwd: root },
    out,
    err,
  };
}

const hash8 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);

let out: string;
let exitCode: number;
let stdout: string;
let stderr: string;
let inventory: any;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'synth-example-'));
  const c = capture();
  exitCode = await main(['synth', '--snapshot', snapshot, '--out', out], c.io);
  stdout = c.out.join('');
  stderr = c.err.join('');
  inventory = readInventory(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const deviceDir = (deviceId: string) => path.join(out, inventory.devices.find((d: any) => d.deviceId === deviceId).path);

describe('synth of the bundled example', () => {
  it('succeeds with exit code 0 and prints a summary', () => {
    expect(stderr).not.toContain('error:');
    // The nested-edge manifest puts https_proxy directly on systemModules.edgeAgent (as the real file does).
    expect(stderr).toMatch(/^warning: configuration 'nested-top-base'.*https_proxy/m);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/synthesized 10 device\(s\)/);
    expect(stdout).toMatch(/unmanaged \(no base deployment\): 1; kept last good output: 0/);
  });

  it('lists every edge device with the deployments IoT Hub would apply', () => {
    const lineHash = hash8('contoso-hub\u0000Line3_Gateway.Telemetry');
    const rows = inventory.devices.map((d: any) => [d.deviceId, d.cluster, d.namespace, d.path, d.baseDeployment, d.layeredDeployments]);
    expect(inventory.hub).toBe('contoso-hub');
    expect(rows).toStrictEqual([
      ['Line3_Gateway.Telemetry', 'plant-a', `msiot-contoso-hub-line3-gateway-telemetry-${lineHash}`, `devices/plant-a/msiot-contoso-hub-line3-gateway-telemetry-${lineHash}`, 'factory-base', ['sample-module-layer', 'metrics-layer']],
      ['analytics-gw-prod', 'default', 'msiot-contoso-hub-analytics-gw-prod', 'devices/default/msiot-contoso-hub-analytics-gw-prod', 'opc-analytics-base', ['metrics-layer']],
      ['camera-01', 'plant-b', 'msiot-contoso-hub-camera-01', 'devices/plant-b/msiot-contoso-hub-camera-01', 'vision-base', []],
      ['dev-box', 'default', 'msiot-contoso-hub-dev-box', 'devices/default/msiot-contoso-hub-dev-box', 'dev-base', []],
      ['factory-line-1', 'plant-a', 'msiot-contoso-hub-factory-line-1', 'devices/plant-a/msiot-contoso-hub-factory-line-1', 'factory-base', ['sample-module-layer', 'metrics-layer']],
      ['factory-line-2', 'plant-a', 'msiot-contoso-hub-factory-line-2', 'devices/plant-a/msiot-contoso-hub-factory-line-2', 'factory-base', ['metrics-layer']],
      ['lora-gw-1', 'field', 'msiot-contoso-hub-lora-gw-1', 'devices/field/msiot-contoso-hub-lora-gw-1', 'lorawan-base', []],
      ['nested-top-1', 'field', 'msiot-contoso-hub-nested-top-1', 'devices/field/msiot-contoso-hub-nested-top-1', 'nested-top-base', []],
      ['opc-gw-prod', 'default', 'msiot-contoso-hub-opc-gw-prod', 'devices/default/msiot-contoso-hub-opc-gw-prod', 'opc-prod-base', ['metrics-layer']],
      ['spare-01', 'default', 'msiot-contoso-hub-spare-01', null, null, []],
      ['telemetry-01', 'plant-b', 'msiot-contoso-hub-telemetry-01', 'devices/plant-b/msiot-contoso-hub-telemetry-01', 'tick-base', []],
    ]);
    expect(inventory.devices.find((d: any) => d.deviceId === 'spare-01').modules).toStrictEqual([]);
    expect(existsSync(path.join(out, 'devices/default/msiot-contoso-hub-spare-01'))).toBe(false);
  });

  it('records the modules of each device by their manifest names', () => {
    const modules = Object.fromEntries(inventory.devices.map((d: any) => [d.deviceId, d.modules]));
    expect(modules['factory-line-1']).toStrictEqual([
      '$edgeHub', 'grafana', 'industrial-safety', 'influxdb', 'metricsCollector', 'mosquittoserver', 'mymodule0', 'opcuaserver', 'simplertspserver', 'telegraf',
    ]);
    expect(modules['factory-line-2']).toStrictEqual([
      '$edgeHub', 'grafana', 'industrial-safety', 'influxdb', 'metricsCollector', 'mosquittoserver', 'opcuaserver', 'simplertspserver', 'telegraf',
    ]);
    expect(modules['telemetry-01']).toStrictEqual(['$edgeHub', 'chronograf', 'influxdb', 'kapacitor', 'telegraf']);
    expect(modules['analytics-gw-prod']).toStrictEqual([
      '$edgeHub', 'OPCPublisher', 'edge_api', 'edge_preprocessor', 'edge_socket_server', 'metricsCollector', 'python_test_module',
    ]);
    expect(modules['dev-box']).toStrictEqual(['$edgeHub', 'SimulatedTemperatureSensor', 'filtermodule']);
  });

  it('stores each module ledger once in the ledgers table, each managed device pointing at every module of it', () => {
    const referenced = new Set<string>();
    for (const device of inventory.devices) {
      if (device.baseDeployment === null) {
        expect(device.ledger).toBeUndefined();
        continue;
      }
      // Every manifest module (edgeHub included) has ledger rows, and so do edgeAgent's settings (and module
      // twins of modules the device does not run: lora-gw-1's LoRaWanNetworkSrvModule).
      expect(Object.keys(device.ledger)).toEqual(expect.arrayContaining(['$edgeAgent', ...device.modules]));
      for (const id of Object.values(device.ledger) as string[]) referenced.add(id);
    }
    expect(Object.keys(inventory.ledgers).sort()).toStrictEqual([...referenced].sort());
    // factory-base's grafana sets startupOrder, which Kubernetes cannot honour (the pods start in no order).
    const grafana = inventory.ledgers[inventory.devices.find((d: any) => d.deviceId === 'factory-line-1').ledger.grafana];
    expect(grafana).toContainEqual(expect.objectContaining({ key: 'startupOrder', fidelity: 'dropped', configurationId: 'factory-base', target: '' }));
    // factory-line-1 and factory-line-2 take grafana from the same base without a layer touching it: one copy.
    expect(inventory.devices.find((d: any) => d.deviceId === 'factory-line-2').ledger.grafana).toBe(inventory.devices.find((d: any) => d.deviceId === 'factory-line-1').ledger.grafana);
  });

  it('ignores the non-edge device and the ADM configuration', () => {
    expect(inventory.devices.map((d: any) => d.deviceId)).not.toContain('leaf-sensor-7');
    expect(inventory.configurations.map((c: any) => c.id)).not.toContain('adm-firmware');
    expect(inventory.configurations.find((c: any) => c.id === 'metrics-layer')).toStrictEqual({ id: 'metrics-layer', kind: 'layered', priority: 100, etag: Buffer.from('metrics-layer:1').toString('base64') });
  });

  it('puts a Namespace and every namespaced object of a device into its namespace', () => {
    const ns = 'msiot-contoso-hub-telemetry-01';
    const objects = readObjects(deviceDir('telemetry-01'));
    expect(find(objects, 'Namespace', ns).metadata.labels).toMatchObject({
      'app.kubernetes.io/managed-by': 'iotedge-gitops',
      'net.azure-devices.edge.deviceid': 'telemetry-01',
      'net.azure-devices.edge.hub': 'contoso-hub',
    });
    for (const o of objects.filter((o) => o.kind !== 'Namespace')) expect(o.metadata.namespace).toBe(ns);
    for (const o of objects) expect(o.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('iotedge-gitops');
  });

  it('translates the TICK stack: one Deployment per module, images, replicas, Service ports with udp', () => {
    const objects = readObjects(deviceDir('telemetry-01'));
    const deployments = objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort();
    expect(deployments).toStrictEqual(['chronograf', 'edgehub', 'influxdb', 'kapacitor', 'telegraf']);
    const influx = find(objects, 'Deployment', 'influxdb');
    expect(influx.spec.replicas).toBe(1);
    expect(influx.spec.template.spec.containers[0].image).toBe('registry.azurecr.io/influxdb:1.0.0.4-amd64');
    expect(influx.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'influxdb', 'net.azure-devices.edge.module': 'influxdb' });
    const service = find(objects, 'Service', 'influxdb');
    const ports = service.spec.ports.map((p: any) => [p.port, p.targetPort, p.protocol]).sort((a: any, b: any) => a[0] - b[0] || a[2].localeCompare(b[2]));
    expect(ports).toStrictEqual([[8082, 8082, 'TCP'], [8086, 8086, 'TCP'], [8089, 8089, 'UDP']]);
    expect(service.spec.selector).toStrictEqual(influx.spec.selector.matchLabels);
    expect(objects.some((o) => o.kind === 'Service' && o.metadata.name === 'telegraf')).toBe(false);
  });

  it('maps a host port different from the container port (vision: 80 → 8000)', () => {
    const objects = readObjects(deviceDir('camera-01'));
    const service = find(objects, 'Service', 'image-classifier-service');
    const ports = service.spec.ports.map((p: any) => [p.port, p.targetPort, p.protocol]).sort((a: any, b: any) => a[0] - b[0]);
    expect(ports).toStrictEqual([[80, 8000, 'TCP'], [5679, 5679, 'TCP']]);
  });

  it('gives edgeHub the Service `edgehub` with its PortBindings', () => {
    const objects = readObjects(deviceDir('factory-line-1'));
    const hub = find(objects, 'Service', 'edgehub');
    expect(hub.spec.ports.map((p: any) => p.port).sort((a: number, b: number) => a - b)).toStrictEqual([443, 5671, 8883]);
    const deployment = find(objects, 'Deployment', 'edgehub');
    expect(deployment.spec.template.spec.containers[0].image).toBe('mcr.microsoft.com/azureiotedge-hub:1.1');
    expect(envOf(deployment)).toMatchObject({ IOTEDGE_MODULEID: '$edgeHub', IOTEDGE_DEVICEID: 'factory-line-1', IOTEDGE_IOTHUBHOSTNAME: 'contoso-hub.azure-devices.net' });
  });

  it('applies layers: the layered module, its env (non-string value stringified) and the runtime variables', () => {
    const objects = readObjects(deviceDir('factory-line-1'));
    const metrics = find(objects, 'Deployment', 'metricscollector');
    expect(metrics.spec.template.spec.containers[0].image).toBe('mcr.microsoft.com/azureiotedge-metrics-collector:1.0');
    expect(envOf(metrics)).toMatchObject({
      ResourceID: '<iot hub resource id>',
      UploadTarget: 'IoTMessage',
      MetricsEndpointsCSV: 'http://edgeHub:9600/metrics,http://edgeAgent:9600/metrics',
      CompressForUpload: 'true',
      IOTEDGE_DEVICEID: 'factory-line-1',
      IOTEDGE_MODULEID: 'metricsCollector',
      IOTEDGE_IOTHUBHOSTNAME: 'contoso-hub.azure-devices.net',
      IOTEDGE_GATEWAYHOSTNAME: 'edgehub',
    });
    const sample = find(objects, 'Deployment', 'mymodule0');
    expect(sample.spec.template.spec.containers[0].image).toBe('myimageuri');
    expect(envOf(sample)).toMatchObject({ envvar0: 'envvarval0', IOTEDGE_MODULEID: 'mymodule0' });
    // factory-line-2 has firmware 1: the sample-module-layer does not apply.
    expect(readObjects(deviceDir('factory-line-2')).some((o) => o.metadata.name === 'mymodule0')).toBe(false);
  });

  it('passes Cmd as args and keeps createOptions.Env', () => {
    const objects = readObjects(deviceDir('opc-gw-prod'));
    const publisher = find(objects, 'Deployment', 'opcpublisher');
    expect(publisher.spec.template.spec.containers[0].args).toStrictEqual(['--pf=/app/pn.json', '--aa']);
    expect(publisher.spec.template.spec.containers[0].command).toBeUndefined();
  });

  it('sanitizes module names to DNS labels and keeps the original in annotations', () => {
    const objects = readObjects(deviceDir('analytics-gw-prod'));
    const api = find(objects, 'Deployment', 'edge-api');
    expect(api.metadata.annotations?.['net.azure-devices.edge.module']).toBe('edge_api');
    expect(envOf(api).IOTEDGE_MODULEID).toBe('edge_api');
    expect(find(objects, 'Deployment', 'opcpublisher').spec.template.spec.containers[0].image).toBe('mcr.microsoft.com/iotedge/opc-publisher:2.8');
  });

  it('lets no cdk8s-plus default change what a module asked for', () => {
    const objects = readObjects(deviceDir('telemetry-01'));
    const chronograf = find(objects, 'Deployment', 'chronograf');
    const container = chronograf.spec.template.spec.containers[0];
    expect(container.resources).toBeUndefined();
    expect(container.securityContext?.runAsNonRoot).toBeUndefined();
    expect(container.securityContext?.readOnlyRootFilesystem).toBeUndefined();
    expect(container.securityContext?.allowPrivilegeEscalation).toBeUndefined();
    expect(chronograf.spec.template.spec.securityContext?.runAsNonRoot).toBeUndefined();
    for (const o of objects) expect(JSON.stringify(o.metadata.labels ?? {})).not.toContain('cdk8s.io');
    expect(JSON.stringify(chronograf.spec.selector)).not.toContain('cdk8s.io');
  });

  it('never writes a secret value from the snapshot', () => {
    const tree = readTree(out);
    for (const [file, content] of tree) expect({ file, hit: content.includes('EXAMPLE-SECRET-') }).toStrictEqual({ file, hit: false });
    expect(stdout + stderr).not.toContain('EXAMPLE-SECRET-');
  });

  it('builds every device directory with kubectl kustomize', () => {
    for (const device of inventory.devices.filter((d: any) => d.path)) {
      const built = execFileSync('kubectl', ['kustomize', path.join(out, device.path)], { encoding: 'utf8' });
      expect(built).toContain(`name: ${device.namespace}`);
    }
  });

  it('is deterministic and leaves --out exactly as a fresh run would', async () => {
    const first = readTree(out);
    // A stale device directory and an unrelated file: the first goes, the second stays.
    mkdirSync(path.join(out, 'devices/default/msiot-contoso-hub-retired'), { recursive: true });
    writeFileSync(path.join(out, 'devices/default/msiot-contoso-hub-retired/kustomization.yaml'), 'resources: []\n');
    writeFileSync(path.join(out, 'README.keep'), 'not managed\n');
    const c = capture();
    expect(await main(['synth', '--snapshot', snapshot, '--out', out], c.io)).toBe(0);
    const second = readTree(out);
    expect(second.get('README.keep')).toBe('not managed\n');
    second.delete('README.keep');
    expect(second).toStrictEqual(first);
    expect(c.out.join('')).toMatch(/0 added, 0 changed, 1 removed, 10 unchanged/);
  });
});
