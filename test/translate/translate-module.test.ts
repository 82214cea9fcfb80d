/**
 * translateModule on hand-written ModuleSpecs and contexts: what it assembles around the handlers (runtime env and
 * identity, system volumes, labels and annotations, pull secret, Service, the `<module>-env` ExternalSecret) and
 * that optional fields stay unset (device-intent.ts: "Optional fields left undefined must stay unset"). Expected
 * values from k8s-mapping.md §1.3, §2, §2.1, §5.3 and §7.1, and the IoT Edge simulator's identity variables.
 */
import type { JsonObject } from '../../src/model/json.js';
import { identityKeyOf, translateModule } from '../../src/translate/translate-module.js';
import { dockerModuleSpec, edgeHubModuleSpec, moduleContext, moduleSourceRef, resolvedOptions } from '../builders/translate-specs.js';

const createOptions = (co: JsonObject) => ({ createOptions: co, createOptionsForm: 'string' as const });

describe('identityKeyOf', () => {
  it.each([
    { name: 'a user module', resourceName: 'sensor', expected: 'sensor-connection-string' },
    { name: 'edgeHub', resourceName: 'edgehub', expected: 'edgehub-connection-string' },
  ])('$name: <resource name>-connection-string', ({ resourceName, expected }) => {
    expect(identityKeyOf(resourceName)).toBe(expected);
  });
});

describe('translateModule', () => {
  it('a module with nothing but an image: exactly the required fields, everything optional unset', () => {
    const result = translateModule(dockerModuleSpec('sensor'), moduleContext('sensor'));
    expect(result.workload).toStrictEqual({
      module: 'sensor',
      name: 'sensor',
      labels: {
        'app.kubernetes.io/managed-by': 'iotedge-gitops',
        'net.azure-devices.edge.deviceid': 'device-1',
        'net.azure-devices.edge.hub': 'myhub',
        'app.kubernetes.io/name': 'sensor',
        'net.azure-devices.edge.module': 'sensor',
      },
      selectorLabels: { 'net.azure-devices.edge.deviceid': 'device-1', 'net.azure-devices.edge.module': 'sensor' },
      annotations: {
        'net.azure-devices.edge.deviceid': 'device-1',
        'net.azure-devices.edge.hub': 'myhub',
        'net.azure-devices.edge.module': 'sensor',
        'net.azure-devices.edge.original-moduleid': 'sensor',
      },
      podAnnotations: {
        'net.azure-devices.edge.deviceid': 'device-1',
        'net.azure-devices.edge.hub': 'myhub',
        'net.azure-devices.edge.module': 'sensor',
        'net.azure-devices.edge.original-moduleid': 'sensor',
      },
      replicas: 1,
      container: {
        name: 'sensor',
        image: 'myacr.azurecr.io/sensor:1.0',
        env: [
          { name: 'IOTEDGE_DEVICEID', value: 'device-1' },
          { name: 'IOTEDGE_MODULEID', value: 'sensor' },
          { name: 'IOTEDGE_IOTHUBHOSTNAME', value: 'myhub.azure-devices.net' },
          { name: 'IOTEDGE_GATEWAYHOSTNAME', value: 'edgehub' },
          { name: 'EdgeHubConnectionString', secretKeyRef: { name: 'iotedge-identity', key: 'sensor-connection-string' } },
          { name: 'EdgeModuleCACertificateFile', value: '/mnt/edgemodule/ca.crt' },
        ],
        ports: [],
        volumeMounts: [{ name: 'iotedge-module-ca', mountPath: '/mnt/edgemodule', readOnly: true }],
        securityContext: {},
      },
      pod: {
        imagePullSecrets: [],
        volumes: [{ name: 'iotedge-module-ca', secret: { secretName: 'iotedge-edgehub-tls', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }],
      },
    });
    expect([result.pvcs, result.envSecret, result.identityKey, result.secretSources, result.recorder.errors]).toStrictEqual([[], undefined, 'sensor-connection-string', [], []]);
    expect(result.recorder.entries.map((e) => [e.key, e.fidelity])).toStrictEqual([
      ['type', 'exact'],
      ['settings.image', 'exact'],
      ['status', 'exact'],
      ['restartPolicy', 'exact'],
      ['runtime identity', 'approximate'],
    ]);
  });

  it('every entry names the device, the module as written and the configuration', () => {
    const { recorder } = translateModule(dockerModuleSpec('Sensor_A', { env: [{ name: 'A', value: 1, source: moduleSourceRef('Sensor_A') }] }), moduleContext('sensor-a'));
    expect([...new Set(recorder.entries.map((e) => `${e.deviceId}/${e.module}/${e.configurationId}`))]).toStrictEqual(['device-1/Sensor_A/base-config']);
  });

  it('edgeHub: IotHubConnectionString, its certificate and config volumes (sorted by name) and mounts (sorted by path), no gateway host name', () => {
    const { workload, recorder } = translateModule(edgeHubModuleSpec(), moduleContext('edgehub', { isEdgeHub: true }));
    expect(workload.pod.volumes.map((v) => v.name)).toStrictEqual(['iotedge-edgehub-certs', 'iotedge-edgehub-config']);
    expect(workload.container.volumeMounts).toStrictEqual([
      { name: 'iotedge-edgehub-config', mountPath: '/etc/iotedge-gitops/edgehub', readOnly: true },
      { name: 'iotedge-edgehub-certs', mountPath: '/mnt/edgehub', readOnly: true },
    ]);
    expect(workload.container.env.find((e) => e.name === 'IotHubConnectionString')).toStrictEqual({ name: 'IotHubConnectionString', secretKeyRef: { name: 'iotedge-identity', key: 'edgehub-connection-string' } });
    expect(workload.container.env.some((e) => e.name === 'IOTEDGE_GATEWAYHOSTNAME' || e.name === 'EdgeHubConnectionString')).toBe(false);
    expect(recorder.entries.find((e) => e.key === 'runtime identity')?.target).toBe('containers[].env IotHubConnectionString (Secret iotedge-identity)');
    expect([workload.annotations['net.azure-devices.edge.module'], workload.annotations['net.azure-devices.edge.original-moduleid']]).toStrictEqual(['$edgeHub', 'edgeHub']);
  });

  it.each([
    { name: 'image on the credential’s registry', image: 'myacr.azurecr.io/sensor:1.0', expected: ['u-myacr.azurecr.io'] },
    { name: 'registry host written in another case (hosts are case-insensitive)', image: 'MyAcr.AzureCR.io/sensor:1.0', expected: ['u-myacr.azurecr.io'] },
    { name: 'Docker Hub image', image: 'nginx:1.25', expected: [] },
    { name: 'another registry', image: 'other.azurecr.io/sensor:1.0', expected: [] },
  ])('imagePullSecrets: $name', ({ image, expected }) => {
    const ctx = moduleContext('sensor', { pullSecrets: new Map([['myacr.azurecr.io', 'u-myacr.azurecr.io']]) });
    expect(translateModule(dockerModuleSpec('sensor', { image }), ctx).workload.pod.imagePullSecrets).toStrictEqual(expected);
  });

  it('version: an annotation on the Deployment and on the pod template, so a new version rolls the pod', () => {
    const { workload } = translateModule(dockerModuleSpec('sensor', { version: '2.1' }), moduleContext('sensor'));
    expect([workload.annotations['net.azure-devices.edge.version'], workload.podAnnotations['net.azure-devices.edge.version']]).toStrictEqual(['2.1', '2.1']);
  });

  it('a twin ConfigMap is mounted read-only at /etc/iotedge-gitops/twin, beside the CA', () => {
    const { workload } = translateModule(dockerModuleSpec('sensor'), moduleContext('sensor', { twinConfigMap: 'sensor-twin' }));
    expect(workload.container.volumeMounts.map((m) => [m.name, m.mountPath, m.readOnly])).toStrictEqual([
      ['iotedge-twin', '/etc/iotedge-gitops/twin', true],
      ['iotedge-module-ca', '/mnt/edgemodule', true],
    ]);
  });

  it('credential env: the <module>-env ExternalSecret with the module’s labels, the configured store, keys sorted', () => {
    const env = [
      { name: 'api_token', value: 't', source: moduleSourceRef('sensor') },
      { name: 'LOG_LEVEL', value: 'info', source: moduleSourceRef('sensor') },
      { name: 'password', value: 'p', source: moduleSourceRef('sensor') },
    ];
    const ctx = moduleContext('sensor', { options: resolvedOptions({ secretStore: { name: 'vault', kind: 'SecretStore' } }) });
    const { workload, envSecret, secretSources } = translateModule(dockerModuleSpec('sensor', { env }), ctx);
    expect(envSecret?.name).toBe('sensor-env');
    expect(envSecret?.labels).toStrictEqual(workload.labels);
    expect(envSecret?.storeRef).toStrictEqual({ name: 'vault', kind: 'SecretStore' });
    expect(envSecret?.data.map((d) => d.secretKey)).toStrictEqual(['api_token', 'password']);
    expect(envSecret?.secretType).toBeUndefined();
    expect(secretSources.map((s) => s.place)).toStrictEqual([
      { kind: 'module env', module: 'sensor', name: 'api_token' },
      { kind: 'module env', module: 'sensor', name: 'password' },
    ]);
  });

  it('container and Service ports sorted by port, then TCP before UDP', () => {
    const co = { ExposedPorts: { '5683/udp': {}, '8080/tcp': {}, '5683/tcp': {} } };
    const { workload } = translateModule(dockerModuleSpec('sensor', createOptions(co)), moduleContext('sensor'));
    expect(workload.container.ports.map((p) => `${p.containerPort}/${p.protocol}`)).toStrictEqual(['5683/TCP', '5683/UDP', '8080/TCP']);
    expect(workload.service?.ports.map((p) => `${p.port}/${p.protocol}`)).toStrictEqual(['5683/TCP', '5683/UDP', '8080/TCP']);
    expect(workload.service?.type).toBe('ClusterIP');
  });

  it('serviceOptions without any port: no Service, and that is recorded as dropped', () => {
    const co = { 'k8s-experimental': { serviceOptions: { type: 'LoadBalancer', loadBalancerIP: '10.1.2.3' } } };
    const { workload, recorder } = translateModule(dockerModuleSpec('sensor', createOptions(co)), moduleContext('sensor'));
    expect(workload.service).toBeUndefined();
    // One entry per key per module: the handler's "copied as written" becomes this one.
    const entries = recorder.entries.filter((e) => e.key === 'k8s-experimental.serviceOptions');
    expect(entries.map((e) => [e.fidelity, e.reason])).toStrictEqual([['dropped', 'serviceOptions without any port: no Service is created.']]);
  });

  it('restartPolicy on-unhealthy sees the Healthcheck createOptions gave (the livenessProbe restarts unhealthy containers)', () => {
    const co = { Healthcheck: { Test: ['CMD', 'curl', '-f', 'http://localhost/'], Interval: 30000000000 } };
    const { workload, recorder } = translateModule(dockerModuleSpec('sensor', { restartPolicy: 'on-unhealthy', ...createOptions(co) }), moduleContext('sensor'));
    expect(workload.container.livenessProbe).toBeDefined();
    expect(recorder.entries.find((e) => e.key === 'restartPolicy')?.reason).toContain('livenessProbe from Healthcheck');
  });

  it('$upstream in the image becomes the device’s upstream host', () => {
    const ctx = moduleContext('sensor', { upstream: { host: 'gateway-1', from: 'parent' } });
    expect(translateModule(dockerModuleSpec('sensor', { image: '$upstream:443/sensor:1.0' }), ctx).workload.container.image).toBe('gateway-1:443/sensor:1.0');
  });

  it('input errors are collected in the recorder, not thrown', () => {
    const result = translateModule(dockerModuleSpec('sensor', { type: 'rkt', image: '${IMAGE}' }), moduleContext('sensor'));
    expect(result.recorder.errors.map((e) => e.message)).toStrictEqual([
      "module type 'rkt' is not supported (only docker)",
      'settings.image is not a valid image reference (an unresolved template placeholder?)',
    ]);
  });
});
