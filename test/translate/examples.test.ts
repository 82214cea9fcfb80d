/** The real manifests of ../shared/examples (copies in examples/manifests and test/fixtures/examples), translated end to end. */
import { ConfigError } from '../../src/errors.js';
import type { JsonObject } from '../../src/model/json.js';
import type { DeviceIntent, WorkloadIntent } from '../../src/translate/index.js';
import type { LedgerEntry } from '../../src/translate/ledger.js';
import { baseModulesContent, deviceTargetOf, exampleModulesContent, manifestTargetOf } from '../builders.js';
import { OPTIONS, translateTarget, userMounts, userVolumes } from './translate-helpers.js';

function run(base: JsonObject, layers: JsonObject[] = []): { intent: DeviceIntent; ledger: LedgerEntry[]; w: (m: string) => WorkloadIntent } {
  const { intent, ledger } = translateTarget(manifestTargetOf(base, { layers }), OPTIONS);
  const w = (module: string): WorkloadIntent => {
    const found = intent.workloads.find((x) => x.module === module);
    if (found === undefined) throw new Error(`no workload ${module}`);
    return found;
  };
  return { intent, ledger, w };
}

const ex = exampleModulesContent;
const fidelity = (ledger: LedgerEntry[], module: string, key: string): string | undefined => ledger.find((e) => e.module === module && e.key === key)?.fidelity;

describe('real manifests', () => {
  it('TICK stack: InfluxDB 8089/udp next to tcp ports, Binds → hostPath, Hostname', () => {
    const { w } = run(ex('paloukari--az-iot-edge-tick--deployment-amd64.json'));
    const influx = w('influxdb');
    expect(influx.service?.ports).toStrictEqual([
      { name: 'hostport-8082-tcp', port: 8082, targetPort: 8082, protocol: 'TCP' },
      { name: 'hostport-8086-tcp', port: 8086, targetPort: 8086, protocol: 'TCP' },
      { name: 'hostport-8089-udp', port: 8089, targetPort: 8089, protocol: 'UDP' },
    ]);
    expect(userVolumes(influx)).toStrictEqual([{ name: 'tmp-influxdb-data', hostPath: { path: '/tmp/influxdb/data', type: 'DirectoryOrCreate' } }]);
    expect(influx.pod.hostname).toBe('influxdb');
    expect(w('telegraf').service).toBeUndefined();
    expect(w('telegraf').container.env.find((e) => e.name === 'HOSTNAME')).toStrictEqual({ name: 'HOSTNAME', value: 'telegraf-getting-started' });
  });

  it('gloveboxes: /dev/video0 device, 8000→80, localhost:5000 images without pull secret', () => {
    const { w, ledger } = run(ex('gloveboxes--Create-a-talking-image-recognition-solution-with-Azure-IoT-Edge-Azure-Cognitive-Services--deployment-amd64.json'));
    const cam = w('camera-capture');
    expect(userVolumes(cam)).toStrictEqual([
      { name: 'dev-snd', hostPath: { path: '/dev/snd', type: 'Directory' } },
      { name: 'dev-video0', hostPath: { path: '/dev/video0', type: 'CharDevice' } },
    ]);
    expect(userMounts(cam)).toStrictEqual([
      { name: 'dev-snd', mountPath: '/dev/snd' },
      { name: 'dev-video0', mountPath: '/dev/video0' },
    ]);
    expect(fidelity(ledger, 'camera-capture', 'HostConfig.Devices')).toBe('approximate');
    expect(cam.pod.imagePullSecrets).toStrictEqual([]);
    const classifier = w('image-classifier-service');
    expect(classifier.service?.ports).toStrictEqual([
      { name: 'hostport-80-tcp', port: 80, targetPort: 8000, protocol: 'TCP' },
      { name: 'hostport-5679-tcp', port: 5679, targetPort: 5679, protocol: 'TCP' },
    ]);
  });

  it('LoRaWAN (resolved, createOptions as object): host network + privileged, NetworkingConfig dropped, twin without module warned', () => {
    const { w, ledger, intent } = run(ex('Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.resolved.json'));
    const lbs = w('LoRaBasicsStationModule');
    expect(lbs.name).toBe('lorabasicsstationmodule');
    expect([lbs.pod.hostNetwork, lbs.pod.dnsPolicy]).toStrictEqual([true, 'ClusterFirstWithHostNet']);
    expect(lbs.container.securityContext).toStrictEqual({ privileged: true });
    expect(fidelity(ledger, 'LoRaBasicsStationModule', 'NetworkingConfig')).toBe('dropped');
    expect(fidelity(ledger, 'LoRaBasicsStationModule', 'settings.createOptions')).toBe('approximate');
    expect(fidelity(ledger, 'LoRaWanNetworkSrvModule', 'properties.desired')).toBe('approximate');
    expect(intent.configMaps.map((c) => c.name)).toStrictEqual(['edgehub-config']);
    expect(lbs.pod.imagePullSecrets).toStrictEqual(['myregistry-myregistry.azurecr.io']);
  });

  it('IndustrialIoTDemo SQL Edge: named volume → PVC, CapAdd, User 0:0, SA_PASSWORD → secretKeyRef', () => {
    const { w, intent, ledger } = run(ex('howardginsburg--IndustrialIoTDemo--deployment-amd64.json'));
    const sql = w('sqledge');
    expect(userVolumes(sql)).toStrictEqual([{ name: 'sqlvolume', persistentVolumeClaim: { claimName: 'sqlvolume' } }]);
    expect(userMounts(sql)).toStrictEqual([
      { name: 'sqlvolume', mountPath: '/sqlvolume' },
      { name: 'sqlvolume', mountPath: '/var/opt/mssql' },
    ]);
    expect(intent.persistentVolumeClaims.map((p) => p.name)).toStrictEqual(['sqlvolume']);
    expect(sql.container.securityContext).toStrictEqual({ runAsUser: 0, runAsGroup: 0, capabilities: { add: ['SYS_PTRACE'] } });
    expect(sql.container.env.find((e) => e.name === 'SA_PASSWORD')).toStrictEqual({ name: 'SA_PASSWORD', secretKeyRef: { name: 'sqledge-env', key: 'SA_PASSWORD' } });
    expect(fidelity(ledger, 'sqledge', 'Env.SA_PASSWORD')).toBe('approximate');
    expect(w('opcpublisher').container.args).toStrictEqual(['--pf=/app/pn.json', '--aa']);
    expect(sql.pod.imagePullSecrets).toStrictEqual(['iiotdemo-iiotdemo.azurecr.io']);
  });

  it('nested edge (resolved): LogConfig dropped everywhere, mqttBroker in edgehub-config, edgeHub Service 8883 + 5671', () => {
    const { w, ledger, intent } = run(ex('Azure--iotedge--nestededge-topLayerBaseDeployment-mqtt.resolved.json'));
    for (const m of ['$edgeHub', 'dockerContainerRegistry', 'iotedgeApiProxy']) expect(fidelity(ledger, m, 'HostConfig.LogConfig')).toBe('dropped');
    expect(w('$edgeHub').service?.ports.map((p) => p.port)).toStrictEqual([5671, 8883]);
    const config = JSON.parse(intent.configMaps.find((c) => c.name === 'edgehub-config')?.data['edgehub-config.json'] ?? '{}');
    expect(config.mqttBroker).toStrictEqual({ authorizations: [{ identities: ['{{iot:identity}}'], allow: [{ operations: ['mqtt:connect'] }] }] });
    expect(w('$edgeHub').container.env.find((e) => e.name === 'DeviceScopeCacheRefreshDelaySecs')).toStrictEqual({ name: 'DeviceScopeCacheRefreshDelaySecs', value: '0' });
  });

  it('nested edge template: an unresolved image placeholder is a ConfigError naming the module and path', () => {
    const target = deviceTargetOf(ex('Azure--iotedge--nestededge-topLayerBaseDeployment-mqtt.json'));
    expect(() => translateTarget(target, OPTIONS)).toThrow(ConfigError);
    expect(() => translateTarget(target, OPTIONS)).toThrow(/iotedgeApiProxy.*settings\.image/);
  });

  it('SmartAnalytics: ExposedPorts + PortBindings on one port give one Service port, long Cmd → args', () => {
    const { w } = run(ex('sinfergit--IIOT_SmartAnalytics_Edge--deployment-amd64.json'));
    expect(w('edge_api').service?.ports).toStrictEqual([{ name: 'hostport-5000-tcp', port: 5000, targetPort: 5000, protocol: 'TCP' }]);
    expect(w('edge_api').name).toBe('edge-api');
    expect(w('OPCPublisher').container.args?.[0]).toBe('publisher');
    expect(w('OPCPublisher').container.args).toHaveLength(10);
  });

  it('factorysolutions: 7 empty module twins → 7 twin ConfigMaps mounted; startupOrder dropped', () => {
    const { w, intent, ledger } = run(ex('scalers-ai--factorysolutions--deployment-amd64.json'));
    expect(intent.configMaps.map((c) => c.name)).toStrictEqual([
      'edgehub-config',
      'grafana-twin',
      'industrial-safety-twin',
      'influxdb-twin',
      'mosquittoserver-twin',
      'opcuaserver-twin',
      'simplertspserver-twin',
      'telegraf-twin',
    ]);
    expect(intent.configMaps.find((c) => c.name === 'grafana-twin')?.data).toStrictEqual({ 'twin.json': '{}\n' });
    expect(w('grafana').container.volumeMounts.find((m) => m.name === 'iotedge-twin')).toStrictEqual({ name: 'iotedge-twin', mountPath: '/etc/iotedge-gitops/twin', readOnly: true });
    expect(fidelity(ledger, 'grafana', 'startupOrder')).toBe('dropped');
    expect(w('industrial-safety').container.env.find((e) => e.name === 'IOTHUB_DEVICE_DPS_DEVICE_KEY')).toMatchObject({ secretKeyRef: { name: 'industrial-safety-env' } });
  });

  it('az CLI ea-v11/eh-v12: object-form routes with priority/TTL in edgehub-config, env tempLimit', () => {
    const { w, intent } = run(ex('Azure--azure-iot-cli-extension--test-edge-deployment-ea-v11-eh-v12.json'));
    const config = JSON.parse(intent.configMaps.find((c) => c.name === 'edgehub-config')?.data['edgehub-config.json'] ?? '{}');
    expect(config.routes.sensorToFilter).toStrictEqual({
      route: 'FROM /messages/modules/SimulatedTemperatureSensor/outputs/temperatureOutput INTO BrokeredEndpoint("/modules/filtermodule/inputs/input1")',
      priority: 0,
      timeToLiveSecs: 1800,
    });
    expect(config.storeAndForwardConfiguration).toStrictEqual({ timeToLiveSecs: 100 });
    expect(w('filtermodule').container.env[0]).toStrictEqual({ name: 'tempLimit', value: '100' });
    expect(w('filtermodule').pod.imagePullSecrets).toStrictEqual(['myacr-myacr.azurecr.io']);
  });

  it('az CLI base: top-level zero MemorySwap/MemoryReservation are defaults, module twin → mymodule0-twin', () => {
    const { intent, ledger } = run(ex('Azure--azure-iot-cli-extension--test-edge-deployment.json'));
    expect(fidelity(ledger, 'mymodule0', 'MemorySwap')).toBe('exact');
    expect(JSON.parse(intent.configMaps.find((c) => c.name === 'mymodule0-twin')?.data['twin.json'] ?? '')).toStrictEqual({ settings: { prop0: 'val0' } });
    expect(fidelity(ledger, 'mymodule0', 'settings.image')).toBe('approximate');
  });

  it('layered dashboard (resolved) on a base: SQL Edge 1433→1877, Grafana anonymous volume, layered registry credential', () => {
    const { w, intent } = run(baseModulesContent(), [ex('Azure-Samples--iot-edge-for-iiot--dashboard-layered-template.resolved.json')]);
    expect(w('sqledge').service?.ports).toStrictEqual([{ name: 'hostport-1877-tcp', port: 1877, targetPort: 1433, protocol: 'TCP' }]);
    expect(userVolumes(w('grafana'))).toStrictEqual([{ name: 'anon-etc-grafana-provisioning', emptyDir: {} }]);
    expect(intent.externalSecrets.map((e) => e.name)).toContain('myregistry-myregistry.azurecr.io');
    expect(w('grafana').container.env.find((e) => e.name === 'GF_SECURITY_ADMIN_PASSWORD')).toStrictEqual({ name: 'GF_SECURITY_ADMIN_PASSWORD', secretKeyRef: { name: 'grafana-env', key: 'GF_SECURITY_ADMIN_PASSWORD' } });
  });

  it('layered metrics collector on a base: boolean env value becomes "true"', () => {
    const { w } = run(baseModulesContent(), [ex('Azure-Samples--iot-edge-for-iiot--metricsCollector-top-layered.json')]);
    expect(w('metricsCollector').container.env.find((e) => e.name === 'CompressForUpload')).toStrictEqual({ name: 'CompressForUpload', value: 'true' });
  });

  it('layered az CLI module on a base: layered module and twin', () => {
    const { w, intent } = run(baseModulesContent(), [ex('Azure--azure-iot-cli-extension--test-edge-deployment-layered.json')]);
    expect(w('mymodule0').container.image).toBe('myimageuri');
    expect(intent.configMaps.map((c) => c.name)).toContain('mymodule0-twin');
  });
});
