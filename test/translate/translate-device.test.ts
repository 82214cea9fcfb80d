/** Device-level rules of translate: names, cluster, env order, IoT Edge settings, edgeHub, twins, labels, strict. */
import { ConfigError } from '../../src/errors.js';
import type { JsonObject } from '../../src/model/json.js';
import { mappingTable, renderMappingTableMarkdown } from '../../src/translate/index.js';
import { baseModulesContent, edgeModule, manifestTargetOf } from '../builders.js';
import { OPTIONS, translateModuleM, translateTarget } from './translate-helpers.js';

describe('names and cluster', () => {
  it('$edgeHub → edgehub, module names → DNS labels, namespace msiot-<hub>-<device>, edgeAgent not deployed', () => {
    const { intent, ledger } = translateTarget(manifestTargetOf(baseModulesContent({ modules: { Sensor_A: edgeModule('x/y:1') } })), OPTIONS);
    expect(intent.workloads.map((w) => [w.module, w.name])).toStrictEqual([
      ['$edgeHub', 'edgehub'],
      ['Sensor_A', 'sensor-a'],
    ]);
    expect(intent.namespace).toBe('msiot-myhub-device-1');
    expect(ledger.find((e) => e.module === '$edgeAgent' && e.key === 'systemModules.edgeAgent')?.fidelity).toBe('dropped');
  });

  it('two modules that sanitize to one name → ConfigError naming both', () => {
    const target = manifestTargetOf(baseModulesContent({ modules: { Sensor_A: edgeModule('x/y:1'), 'sensor-a': edgeModule('x/y:1') } }));
    expect(() => translateTarget(target, OPTIONS)).toThrow(ConfigError);
    expect(() => translateTarget(target, OPTIONS)).toThrow(/'Sensor_A' and 'sensor-a'|'sensor-a' and 'Sensor_A'/);
  });

  it.each<{ name: string; tags: JsonObject; clusterTag: string | undefined; expected: string }>([
    { name: 'tag value made a DNS label', tags: { cluster: 'Plant_1' }, clusterTag: undefined, expected: 'plant-1' },
    { name: 'no tag → default', tags: {}, clusterTag: undefined, expected: 'default' },
    { name: 'non-string tag → default', tags: { cluster: 3 }, clusterTag: undefined, expected: 'default' },
    { name: 'tag that sanitizes to nothing → default', tags: { cluster: '__' }, clusterTag: undefined, expected: 'default' },
    { name: 'custom cluster tag', tags: { site: 'berlin' }, clusterTag: 'site', expected: 'berlin' },
  ])('cluster: $name', ({ tags, clusterTag, expected }) => {
    const { intent } = translateTarget(manifestTargetOf(baseModulesContent(), { tags }), { ...OPTIONS, ...(clusterTag !== undefined ? { clusterTag } : {}) });
    expect(intent.cluster).toBe(expected);
  });
});

describe('env', () => {
  it('module env (stringified) first, then createOptions.Env without the names module env sets, then runtime variables', () => {
    const { w } = translateModuleM({ Env: ['B=from-create', 'C=3', 'C=4'] }, { env: { A: { value: 3 }, B: { value: true } } });
    expect(w.container.env).toStrictEqual([
      { name: 'A', value: '3' },
      { name: 'B', value: 'true' },
      { name: 'C', value: '4' },
      { name: 'IOTEDGE_DEVICEID', value: 'device-1' },
      { name: 'IOTEDGE_MODULEID', value: 'm' },
      { name: 'IOTEDGE_IOTHUBHOSTNAME', value: 'myhub.azure-devices.net' },
      { name: 'IOTEDGE_GATEWAYHOSTNAME', value: 'edgehub' },
      { name: 'EdgeHubConnectionString', secretKeyRef: { name: 'iotedge-identity', key: 'm-connection-string' } },
      { name: 'EdgeModuleCACertificateFile', value: '/mnt/edgemodule/ca.crt' },
    ]);
  });

  it('edgeHub gets IOTEDGE_MODULEID $edgeHub and no IOTEDGE_GATEWAYHOSTNAME', () => {
    const { intent } = translateModuleM({});
    const hub = intent.workloads.find((w) => w.name === 'edgehub');
    expect(hub?.container.env.find((e) => e.name === 'IOTEDGE_MODULEID')).toStrictEqual({ name: 'IOTEDGE_MODULEID', value: '$edgeHub' });
    expect(hub?.container.env.some((e) => e.name === 'IOTEDGE_GATEWAYHOSTNAME')).toBe(false);
  });
});

describe('IoT Edge module settings', () => {
  it.each<{ name: string; extra: JsonObject; pick: string; expected: unknown; key: string; fidelity: string }>([
    { name: 'status stopped → 0 replicas', extra: { status: 'stopped' }, pick: 'replicas', expected: 0, key: 'status', fidelity: 'exact' },
    { name: 'status running → 1 replica', extra: { status: 'running' }, pick: 'replicas', expected: 1, key: 'status', fidelity: 'exact' },
    { name: 'restartPolicy always exact', extra: { restartPolicy: 'always' }, pick: 'replicas', expected: 1, key: 'restartPolicy', fidelity: 'exact' },
    { name: 'restartPolicy on-failure approximate', extra: { restartPolicy: 'on-failure' }, pick: 'replicas', expected: 1, key: 'restartPolicy', fidelity: 'approximate' },
    { name: 'restartPolicy on-unhealthy approximate', extra: { restartPolicy: 'on-unhealthy' }, pick: 'replicas', expected: 1, key: 'restartPolicy', fidelity: 'approximate' },
    { name: 'restartPolicy never dropped (Deployments always restart)', extra: { restartPolicy: 'never' }, pick: 'replicas', expected: 1, key: 'restartPolicy', fidelity: 'dropped' },
    { name: 'imagePullPolicy on-create → Always', extra: { imagePullPolicy: 'on-create' }, pick: 'imagePullPolicy', expected: 'Always', key: 'imagePullPolicy', fidelity: 'approximate' },
    { name: 'imagePullPolicy never → Never', extra: { imagePullPolicy: 'never' }, pick: 'imagePullPolicy', expected: 'Never', key: 'imagePullPolicy', fidelity: 'exact' },
    { name: 'startupOrder dropped', extra: { startupOrder: 2 }, pick: 'replicas', expected: 1, key: 'startupOrder', fidelity: 'dropped' },
    { name: 'version → annotation', extra: { version: '2.1' }, pick: 'version', expected: '2.1', key: 'version', fidelity: 'exact' },
  ])('$name', ({ extra, pick, expected, key, fidelity }) => {
    const { w, ledger } = translateModuleM({}, extra);
    const value = pick === 'replicas' ? w.replicas : pick === 'imagePullPolicy' ? w.container.imagePullPolicy : w.annotations['net.azure-devices.edge.version'];
    expect(value).toBe(expected);
    expect(ledger.find((e) => e.key === key)?.fidelity).toBe(fidelity);
  });

  it('imagePullPolicy unset → unset', () => {
    expect(translateModuleM({}).w.container.imagePullPolicy).toBeUndefined();
  });

  it('image without a tag is kept as written, approximate', () => {
    const { intent, ledger } = translateTarget(manifestTargetOf(baseModulesContent({ modules: { m: edgeModule('nginx') } })), OPTIONS);
    expect(intent.workloads.find((w) => w.module === 'm')?.container.image).toBe('nginx');
    expect(ledger.find((e) => e.module === 'm' && e.key === 'settings.image')?.fidelity).toBe('approximate');
  });
});

describe('edgeHub and twins', () => {
  it('edgeHub Service edgehub from its PortBindings, edgehub-config ConfigMap mounted', () => {
    const { intent } = translateTarget(manifestTargetOf(baseModulesContent()), OPTIONS);
    const hub = intent.workloads.find((w) => w.name === 'edgehub');
    expect(hub?.service?.ports.map((p) => [p.name, p.port, p.targetPort])).toStrictEqual([
      ['hostport-443-tcp', 443, 443],
      ['hostport-5671-tcp', 5671, 5671],
      ['hostport-8883-tcp', 8883, 8883],
    ]);
    expect(hub?.container.volumeMounts.find((m) => m.name === 'iotedge-edgehub-config')).toStrictEqual({ name: 'iotedge-edgehub-config', mountPath: '/etc/iotedge-gitops/edgehub', readOnly: true });
    expect(intent.configMaps.find((c) => c.name === 'edgehub-config')?.data['edgehub-config.json']).toBe(
      '{\n  "routes": {\n    "upstream": {\n      "route": "FROM /messages/* INTO $upstream"\n    }\n  },\n  "schemaVersion": "1.1",\n  "storeAndForwardConfiguration": {\n    "timeToLiveSecs": 7200\n  }\n}\n',
    );
  });

  it('a route naming a module the device does not run is accepted with an approximate ledger warning', () => {
    const content = baseModulesContent({ routes: { r: 'FROM /messages/modules/ghost/outputs/* INTO $upstream' } });
    const { ledger } = translateTarget(manifestTargetOf(content), OPTIONS);
    const entry = ledger.find((e) => e.key === 'routes.r');
    expect(entry?.fidelity).toBe('approximate');
    expect(entry?.reason).toContain('ghost');
  });

  it('module twin → <module>-twin ConfigMap with sorted JSON, mounted into that module', () => {
    const content = baseModulesContent({ modules: { m: edgeModule('x/y:1') }, twins: { m: { z: 1, a: { c: 2, b: 1 } } } });
    const { intent } = translateTarget(manifestTargetOf(content), OPTIONS);
    expect(intent.configMaps.find((c) => c.name === 'm-twin')?.data).toStrictEqual({ 'twin.json': '{\n  "a": {\n    "b": 1,\n    "c": 2\n  },\n  "z": 1\n}\n' });
    expect(intent.workloads.find((w) => w.module === 'm')?.pod.volumes.find((v) => v.name === 'iotedge-twin')).toStrictEqual({ name: 'iotedge-twin', configMap: { name: 'm-twin' } });
  });
});

describe('labels', () => {
  it('module objects carry managed-by, name, deviceid, hub, module; selector only deviceid + module; originals in annotations', () => {
    const content = baseModulesContent({ modules: { Sensor_A: edgeModule('x/y:1') } });
    const { intent } = translateTarget(manifestTargetOf(content, { deviceId: 'Dev#1' }), OPTIONS);
    const w = intent.workloads.find((x) => x.module === 'Sensor_A');
    expect(w?.labels).toStrictEqual({
      'app.kubernetes.io/managed-by': 'iotedge-gitops',
      'app.kubernetes.io/name': 'sensor-a',
      'net.azure-devices.edge.deviceid': 'Dev-1',
      'net.azure-devices.edge.hub': 'myhub',
      'net.azure-devices.edge.module': 'sensor-a',
    });
    expect(w?.selectorLabels).toStrictEqual({ 'net.azure-devices.edge.deviceid': 'Dev-1', 'net.azure-devices.edge.module': 'sensor-a' });
    expect(w?.annotations).toMatchObject({ 'net.azure-devices.edge.deviceid': 'Dev#1', 'net.azure-devices.edge.module': 'Sensor_A' });
  });
});

describe('strict and determinism', () => {
  it('strict: a dropped field throws a ConfigError naming key and path; edgeAgent and defaults do not', () => {
    expect(() => translateModuleM({ HostConfig: { LogConfig: { Type: 'json-file' } } }, {}, { strict: true })).toThrow(/strict: HostConfig\.LogConfig is dropped/);
    expect(() => translateModuleM({ HostConfig: { AutoRemove: false, Privileged: true } }, {}, { strict: true })).not.toThrow();
  });

  it('same input → identical intent and ledger', () => {
    const content = baseModulesContent({ modules: { b: edgeModule('x/b:1'), a: edgeModule('x/a:1') } });
    const one = JSON.stringify(translateTarget(manifestTargetOf(content), OPTIONS));
    const two = JSON.stringify(translateTarget(manifestTargetOf(content), OPTIONS));
    expect(one).toBe(two);
  });
});

describe('mapping table', () => {
  it('has a row for each Docker field the brief names, and renders as Markdown', () => {
    const fields = mappingTable().map((r) => r.field);
    for (const f of ['Env', 'Cmd', 'Entrypoint', 'WorkingDir', 'User', 'Hostname', 'Domainname', 'Labels', 'ExposedPorts', 'HostConfig.PortBindings', 'Healthcheck', 'StopTimeout', 'Tty', 'OpenStdin', 'Volumes', 'HostConfig.Binds', 'HostConfig.Mounts', 'HostConfig.Privileged', 'HostConfig.CapAdd', 'HostConfig.CapDrop', 'HostConfig.Devices', 'HostConfig.Memory', 'HostConfig.MemoryReservation', 'HostConfig.MemorySwap', 'HostConfig.NanoCpus', 'HostConfig.CpuShares', 'HostConfig.CpuQuota', 'HostConfig.NetworkMode', 'HostConfig.IpcMode', 'HostConfig.PidMode', 'HostConfig.ExtraHosts', 'HostConfig.Dns', 'HostConfig.DnsSearch', 'HostConfig.ShmSize', 'HostConfig.ReadonlyRootfs', 'HostConfig.SecurityOpt', 'HostConfig.GroupAdd', 'HostConfig.Sysctls', 'HostConfig.Runtime', 'HostConfig.Init', 'HostConfig.LogConfig', 'HostConfig.RestartPolicy', 'HostConfig.Ulimits', 'NetworkingConfig', 'k8s-experimental']) {
      expect(fields).toContain(`createOptions.${f}`);
    }
    for (const f of ['restartPolicy', 'startupOrder', 'imagePullPolicy', 'version', 'registryCredentials.<name>', 'systemModules.edgeAgent']) expect(fields).toContain(f);
    const md = renderMappingTableMarkdown();
    expect(md.startsWith('| Field | Kubernetes | Fidelity | Note |\n|---|---|---|---|\n')).toBe(true);
    expect(md).toContain('| `createOptions.HostConfig.Privileged` | containers[].securityContext.privileged | exact |');
  });
});
