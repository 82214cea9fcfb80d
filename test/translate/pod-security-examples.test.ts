/**
 * Each real example manifest of ../shared/examples (copies in examples/manifests and test/fixtures/examples),
 * translated, with the Pod Security level of each module worked out by hand from its createOptions and the v1.27
 * standards:
 *
 * - a module with no security setting is `baseline`: it breaks only restricted rules (allowPrivilegeEscalation is
 *   not false, runAsNonRoot is not true, no seccomp profile, capabilities do not drop ALL);
 * - `Privileged: true`, `NetworkMode: host`, a bind mount of a node path (`Binds` "/path:…" → hostPath), `Devices`
 *   (hostPath CharDevice) and `CapAdd` beyond the baseline set (SYS_PTRACE is not in it) each need `privileged`;
 * - named Docker volumes become PersistentVolumeClaims, which every level allows.
 * The device's level is the highest of its modules; the layered examples are applied over the base of the same
 * family where there is one, else over the Azure CLI test base.
 */
import type { JsonObject } from '../../src/model/json.js';
import { devicePodSecurity } from '../../src/translate/device-pod-security.js';
import { exampleModulesContent as ex, manifestTargetOf } from '../builders.js';
import { OPTIONS, translateTarget } from './translate-helpers.js';

const CLI_BASE = 'Azure--azure-iot-cli-extension--test-edge-deployment.json';

interface Row {
  readonly file: string;
  readonly base?: string;
  readonly device: string;
  /** module → level. */
  readonly modules: Readonly<Record<string, string>>;
  /** module → the baseline rules it breaks (`rule: field`, volume indexes left out), for privileged modules. */
  readonly privilegedBecause?: Readonly<Record<string, readonly string[]>>;
}

const rows: Row[] = [
  {
    file: 'Azure--azure-iot-cli-extension--test-edge-deployment.json',
    device: 'baseline',
    modules: { $edgeHub: 'baseline', mymodule0: 'baseline' },
  },
  {
    file: 'Azure--azure-iot-cli-extension--test-edge-deployment-ea-v11-eh-v12.json',
    device: 'baseline',
    modules: { $edgeHub: 'baseline', SimulatedTemperatureSensor: 'baseline', filtermodule: 'baseline' },
  },
  {
    file: 'Azure--azure-iot-cli-extension--test-edge-deployment-layered.json',
    base: CLI_BASE,
    device: 'baseline',
    modules: { $edgeHub: 'baseline', mymodule0: 'baseline' },
  },
  {
    file: 'Azure--iotedge--nestededge-topLayerBaseDeployment-mqtt.resolved.json',
    device: 'baseline',
    modules: { $edgeHub: 'baseline', dockerContainerRegistry: 'baseline', iotedgeApiProxy: 'baseline' },
  },
  {
    file: 'Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.resolved.json',
    device: 'privileged',
    modules: { $edgeHub: 'baseline', LoRaBasicsStationModule: 'privileged', metricscollector: 'baseline' },
    privilegedBecause: { LoRaBasicsStationModule: ['Host Namespaces: spec.hostNetwork', 'Privileged Containers: spec.containers[0].securityContext.privileged'] },
  },
  {
    file: 'Azure-Samples--iot-edge-for-iiot--dashboard-layered-template.resolved.json',
    base: CLI_BASE,
    device: 'privileged',
    modules: { $edgeHub: 'baseline', grafana: 'baseline', mymodule0: 'baseline', sqledge: 'privileged' },
    privilegedBecause: { sqledge: ['Capabilities: spec.containers[0].securityContext.capabilities.add'] },
  },
  {
    file: 'Azure-Samples--iot-edge-for-iiot--metricsCollector-top-layered.json',
    base: CLI_BASE,
    device: 'baseline',
    modules: { $edgeHub: 'baseline', metricsCollector: 'baseline', mymodule0: 'baseline' },
  },
  {
    file: 'gloveboxes--Create-a-talking-image-recognition-solution-with-Azure-IoT-Edge-Azure-Cognitive-Services--deployment-amd64.json',
    device: 'privileged',
    modules: { $edgeHub: 'baseline', 'camera-capture': 'privileged', 'image-classifier-service': 'privileged' },
    // Devices /dev/video0 and /dev/snd: two hostPath volumes; Binds /home/pi/images: one.
    privilegedBecause: {
      'camera-capture': ['HostPath Volumes: spec.volumes[].hostPath', 'HostPath Volumes: spec.volumes[].hostPath'],
      'image-classifier-service': ['HostPath Volumes: spec.volumes[].hostPath'],
    },
  },
  {
    file: 'howardginsburg--IndustrialIoTDemo--deployment-amd64.json',
    device: 'privileged',
    modules: { $edgeHub: 'baseline', IoTEdgeMetricsCollector: 'baseline', grafana: 'baseline', opcpublisher: 'baseline', opcsimulator: 'baseline', sqledge: 'privileged' },
    privilegedBecause: { sqledge: ['Capabilities: spec.containers[0].securityContext.capabilities.add'] },
  },
  {
    file: 'paloukari--az-iot-edge-tick--deployment-amd64.json',
    device: 'privileged',
    modules: { $edgeHub: 'baseline', chronograf: 'privileged', influxdb: 'privileged', kapacitor: 'privileged', telegraf: 'privileged' },
    privilegedBecause: {
      chronograf: ['HostPath Volumes: spec.volumes[].hostPath'],
      influxdb: ['HostPath Volumes: spec.volumes[].hostPath'],
      kapacitor: ['HostPath Volumes: spec.volumes[].hostPath'],
      telegraf: ['HostPath Volumes: spec.volumes[].hostPath'],
    },
  },
  {
    file: 'scalers-ai--factorysolutions--deployment-amd64.json',
    device: 'baseline',
    modules: {
      $edgeHub: 'baseline', grafana: 'baseline', 'industrial-safety': 'baseline', influxdb: 'baseline', mosquittoserver: 'baseline', opcuaserver: 'baseline', simplertspserver: 'baseline', telegraf: 'baseline',
    },
  },
  {
    file: 'sinfergit--IIOT_SmartAnalytics_Edge--deployment-amd64.json',
    device: 'privileged',
    modules: { $edgeHub: 'baseline', OPCPublisher: 'privileged', edge_api: 'baseline', edge_preprocessor: 'baseline', edge_socket_server: 'baseline', python_test_module: 'baseline' },
    privilegedBecause: { OPCPublisher: ['HostPath Volumes: spec.volumes[].hostPath'] },
  },
];

/** Templates with unresolved placeholders (`${MODULES.x}`, `$CONTAINER_REGISTRY_ADDRESS`): refused before any level; their `.resolved` twins are above. */
const TEMPLATES: readonly { file: string; base?: string }[] = [
  { file: 'Azure--iotedge--nestededge-topLayerBaseDeployment-mqtt.json' },
  { file: 'Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.json' },
  { file: 'Azure-Samples--iot-edge-for-iiot--dashboard-layered-template.json', base: CLI_BASE },
];

function securityOf(row: { file: string; base?: string }) {
  const base: JsonObject = ex(row.base ?? row.file);
  const layers = row.base === undefined ? [] : [ex(row.file)];
  return devicePodSecurity(translateTarget(manifestTargetOf(base, { layers }), OPTIONS).intent.workloads);
}

describe('Pod Security level of each real example manifest, worked out by hand', () => {
  it('covers every example file', () => {
    expect(new Set([...rows, ...TEMPLATES].map((r) => r.file)).size).toBe(15);
  });

  it.each(TEMPLATES)('$file is a template with placeholders: refused, so no level', (row) => {
    expect(() => securityOf(row)).toThrow(/not a valid image reference|does not parse/);
  });

  it.each(rows)('$file → $device', (row) => {
    const security = securityOf(row);
    expect(security.level).toBe(row.device);
    expect(Object.fromEntries(security.modules.map((m) => [m.module, m.level]))).toStrictEqual(row.modules);
    const because = Object.fromEntries(
      security.modules
        .filter((m) => m.level === 'privileged')
        .map((m) => [m.module, m.violations.filter((v) => v.needs === 'privileged').map((v) => `${v.rule}: ${v.field.replace(/volumes\[\d+\]/, 'volumes[]')}`)]),
    );
    expect(because).toStrictEqual(row.privilegedBecause ?? {});
  });

  it('the intent carries the device level, which render labels on the Namespace', () => {
    const { intent } = translateTarget(manifestTargetOf(ex('paloukari--az-iot-edge-tick--deployment-amd64.json')), OPTIONS);
    expect(intent.podSecurityLevel).toBe('privileged');
  });

  it('--max-pod-security baseline fails the TICK device, naming each module and field that needs privileged', () => {
    const target = manifestTargetOf(ex('paloukari--az-iot-edge-tick--deployment-amd64.json'));
    let caught: unknown;
    try {
      translateTarget(target, { ...OPTIONS, isolation: { maxPodSecurity: 'baseline' } });
    } catch (error) {
      caught = error;
    }
    const lines = String((caught as Error).message).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => /module '([^']+)'/.exec(l)?.[1])).toStrictEqual(['chronograf', 'influxdb', 'kapacitor', 'telegraf']);
    for (const line of lines) {
      expect(line).toContain("configuration 'base', device 'device-1'");
      expect(line).toContain("needs Pod Security level 'privileged', above --max-pod-security baseline: HostPath Volumes: spec.volumes[");
    }
    expect(lines[3]).toContain("volume 'var-run-docker-sock' mounts /var/run/docker.sock from the node");
    // At privileged the same device translates.
    expect(translateTarget(target, { ...OPTIONS, isolation: { maxPodSecurity: 'privileged' } }).intent.podSecurityLevel).toBe('privileged');
  });
});
