import { parse } from 'yaml';
import { InternalError } from '../../src/errors.js';
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import { renderDevice, renderDeviceObjects } from '../../src/render/render-device.js';
import type { WorkloadIntent } from '../../src/translate/device-intent.js';
import { nestedEdgeDevice } from '../fixtures/render/nested-edge-device.js';
import {
  DEVICE_ID,
  HUB,
  NAMESPACE,
  containerIntent,
  deviceAnnotations,
  deviceIntent,
  deviceLabels,
  podIntent,
  workloadIntent,
} from '../builders.js';

/** The rendered object of this kind and name (fails the test when absent). */
function objectOf(objects: JsonObject[], kind: string, name: string): JsonObject {
  const found = objects.find((o) => o['kind'] === kind && (o['metadata'] as JsonObject)['name'] === name);
  if (found === undefined) throw new Error(`no ${kind}/${name} among ${objects.map((o) => o['kind']).join(', ')}`);
  return found;
}

function at(value: JsonValue | undefined, path: readonly (string | number)[]): JsonValue | undefined {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, JsonValue>)[segment as string];
  }
  return current;
}

function renderWorkload(workload: WorkloadIntent): JsonObject[] {
  return renderDeviceObjects(deviceIntent({ workloads: [workload] }));
}

function deploymentOf(workload: WorkloadIntent): JsonObject {
  return objectOf(renderWorkload(workload), 'Deployment', workload.name);
}

const MODULE_LABELS = (name: string): Record<string, string> => ({
  ...deviceLabels(),
  'app.kubernetes.io/name': name,
  'net.azure-devices.edge.module': name,
});
const MODULE_ANNOTATIONS = (module: string): Record<string, string> => ({
  ...deviceAnnotations(),
  'net.azure-devices.edge.module': module,
  // As the IoT Edge on Kubernetes runtime wrote it: edgeHub for $edgeHub.
  'net.azure-devices.edge.original-moduleid': module === '$edgeHub' ? 'edgeHub' : module,
});
const SELECTOR = (name: string): Record<string, string> => ({
  'net.azure-devices.edge.deviceid': DEVICE_ID,
  'net.azure-devices.edge.module': name,
});

describe('renderDeviceObjects: Deployment', () => {
  it('a workload with only required fields renders only those fields (no cdk8s-plus default anywhere)', () => {
    expect(deploymentOf(workloadIntent('sensor'))).toStrictEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'sensor', namespace: NAMESPACE, labels: MODULE_LABELS('sensor'), annotations: MODULE_ANNOTATIONS('sensor') },
      spec: {
        replicas: 1,
        selector: { matchLabels: SELECTOR('sensor') },
        template: {
          metadata: { labels: MODULE_LABELS('sensor'), annotations: { 'net.azure-devices.edge.original-moduleid': 'sensor' } },
          spec: {
            containers: [{ name: 'sensor', image: 'mcr.microsoft.com/azureiotedge-sensor:1.4', securityContext: {} }],
            serviceAccountName: 'sensor',
          },
        },
      },
    });
  });

  // One row per default that cdk8s-plus-27 writes on its own (see its deployment.ts, pod.ts, container.ts).
  it.each([
    { name: 'no minReadySeconds (cdk8s-plus: 0)', path: ['spec', 'minReadySeconds'] },
    { name: 'no progressDeadlineSeconds (cdk8s-plus: 600)', path: ['spec', 'progressDeadlineSeconds'] },
    { name: 'no strategy (cdk8s-plus: RollingUpdate 25%/25%)', path: ['spec', 'strategy'] },
    { name: 'no cdk8s.io/metadata.addr pod label', path: ['spec', 'template', 'metadata', 'labels', 'cdk8s.io/metadata.addr'] },
    { name: 'no restartPolicy (cdk8s-plus: Always)', path: ['spec', 'template', 'spec', 'restartPolicy'] },
    { name: 'no automountServiceAccountToken (cdk8s-plus: false)', path: ['spec', 'template', 'spec', 'automountServiceAccountToken'] },
    { name: 'no setHostnameAsFQDN (cdk8s-plus: false)', path: ['spec', 'template', 'spec', 'setHostnameAsFQDN'] },
    { name: 'no dnsPolicy (cdk8s-plus: ClusterFirst)', path: ['spec', 'template', 'spec', 'dnsPolicy'] },
    { name: 'no hostNetwork (cdk8s-plus: false)', path: ['spec', 'template', 'spec', 'hostNetwork'] },
    { name: 'no terminationGracePeriodSeconds (cdk8s-plus: 30)', path: ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'] },
    { name: 'no pod securityContext (cdk8s-plus: runAsNonRoot, fsGroupChangePolicy)', path: ['spec', 'template', 'spec', 'securityContext'] },
    { name: 'no container resources (cdk8s-plus: 1000m/1500m, 512Mi/2048Mi)', path: ['spec', 'template', 'spec', 'containers', 0, 'resources'] },
    { name: 'no imagePullPolicy (cdk8s-plus: Always)', path: ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolicy'] },
    { name: 'no startupProbe (cdk8s-plus: TCP probe on the first port)', path: ['spec', 'template', 'spec', 'containers', 0, 'startupProbe'] },
    { name: 'no runAsNonRoot (cdk8s-plus: true)', path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsNonRoot'] },
    { name: 'no readOnlyRootFilesystem (cdk8s-plus: true)', path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'readOnlyRootFilesystem'] },
    { name: 'no allowPrivilegeEscalation (cdk8s-plus: false)', path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'] },
    { name: 'no privileged (cdk8s-plus: false)', path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'] },
  ])('$name', ({ path }) => {
    const withPorts = workloadIntent('sensor', {
      container: containerIntent('sensor', { ports: [{ containerPort: 8080, protocol: 'TCP' }] }),
    });
    expect(at(deploymentOf(withPorts), path)).toBeUndefined();
  });

  const POD = ['spec', 'template', 'spec'];
  const CONTAINER = [...POD, 'containers', 0];
  const base = workloadIntent('sensor');
  const withContainer = (overrides: Partial<WorkloadIntent['container']>): Partial<WorkloadIntent> => ({
    container: containerIntent('sensor', overrides),
  });
  const withPod = (overrides: Partial<WorkloadIntent['pod']>): Partial<WorkloadIntent> => ({ pod: podIntent(overrides) });

  // One row per intent field: where it must land, with the value worked out from the Kubernetes API.
  it.each<{ name: string; overrides: Partial<WorkloadIntent>; path: (string | number)[]; expected: JsonValue }>([
    { name: 'replicas 0 (stopped module) stays 0', overrides: { replicas: 0 }, path: ['spec', 'replicas'], expected: 0 },
    { name: 'replicas 1', overrides: { replicas: 1 }, path: ['spec', 'replicas'], expected: 1 },
    {
      name: 'selector = selectorLabels only, not all labels',
      overrides: { selectorLabels: { a: '1' } },
      path: ['spec', 'selector'],
      expected: { matchLabels: { a: '1' } },
    },
    {
      name: 'strategy verbatim, with int-or-string values kept',
      overrides: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '100%' } } },
      path: ['spec', 'strategy'],
      expected: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '100%' } },
    },
    { name: 'pod template labels = workload labels', overrides: { labels: { x: 'y' } }, path: ['spec', 'template', 'metadata', 'labels'], expected: { x: 'y' } },
    {
      name: 'pod template annotations = podAnnotations (not workload annotations)',
      overrides: { podAnnotations: { p: 'q' } },
      path: ['spec', 'template', 'metadata', 'annotations'],
      expected: { p: 'q' },
    },
    { name: 'Deployment annotations = workload annotations', overrides: { annotations: { a: 'b' } }, path: ['metadata', 'annotations'], expected: { a: 'b' } },
    { name: 'serviceAccountName = workload name', overrides: {}, path: [...POD, 'serviceAccountName'], expected: 'sensor' },
    { name: 'container name', overrides: {}, path: [...CONTAINER, 'name'], expected: 'sensor' },
    { name: 'image', overrides: withContainer({ image: 'reg.io/a/b@sha256:abc' }), path: [...CONTAINER, 'image'], expected: 'reg.io/a/b@sha256:abc' },
    { name: 'imagePullPolicy Never', overrides: withContainer({ imagePullPolicy: 'Never' }), path: [...CONTAINER, 'imagePullPolicy'], expected: 'Never' },
    { name: 'command (Entrypoint)', overrides: withContainer({ command: ['/bin/sh', '-c'] }), path: [...CONTAINER, 'command'], expected: ['/bin/sh', '-c'] },
    { name: 'args (Cmd)', overrides: withContainer({ args: ['--port', '80'] }), path: [...CONTAINER, 'args'], expected: ['--port', '80'] },
    { name: 'workingDir', overrides: withContainer({ workingDir: '/app' }), path: [...CONTAINER, 'workingDir'], expected: '/app' },
    {
      name: 'env in intent order, value and secretKeyRef',
      overrides: withContainer({
        env: [
          { name: 'Z_FIRST', value: 'z' },
          { name: 'A_SECOND', secretKeyRef: { name: 'sensor-env', key: 'A_SECOND' } },
          { name: 'EMPTY', value: '' },
        ],
      }),
      path: [...CONTAINER, 'env'],
      expected: [
        { name: 'Z_FIRST', value: 'z' },
        { name: 'A_SECOND', valueFrom: { secretKeyRef: { name: 'sensor-env', key: 'A_SECOND' } } },
        { name: 'EMPTY', value: '' },
      ],
    },
    {
      name: 'container ports with protocol and optional name',
      overrides: withContainer({ ports: [{ containerPort: 53, protocol: 'UDP', name: 'dns' }, { containerPort: 80, protocol: 'TCP' }] }),
      path: [...CONTAINER, 'ports'],
      expected: [{ containerPort: 53, protocol: 'UDP', name: 'dns' }, { containerPort: 80, protocol: 'TCP' }],
    },
    {
      name: 'volumeMounts with readOnly, subPath, mountPropagation',
      overrides: withContainer({
        volumeMounts: [{ name: 'v', mountPath: '/v', readOnly: false, subPath: 's', mountPropagation: 'Bidirectional' }],
      }),
      path: [...CONTAINER, 'volumeMounts'],
      expected: [{ name: 'v', mountPath: '/v', readOnly: false, subPath: 's', mountPropagation: 'Bidirectional' }],
    },
    {
      name: 'securityContext: only the intent fields (privileged true, nothing else)',
      overrides: withContainer({ securityContext: { privileged: true } }),
      path: [...CONTAINER, 'securityContext'],
      expected: { privileged: true },
    },
    {
      name: 'securityContext: capabilities, ids, seccomp, seLinux, appArmor',
      overrides: withContainer({
        securityContext: {
          runAsUser: 1000,
          runAsGroup: 2000,
          runAsNonRoot: false,
          allowPrivilegeEscalation: true,
          readOnlyRootFilesystem: false,
          capabilities: { add: ['SYS_ADMIN'] },
          seccompProfile: { type: 'RuntimeDefault' },
          seLinuxOptions: { level: 's0:c123,c456' },
          appArmorProfile: { type: 'Unconfined' },
        },
      }),
      path: [...CONTAINER, 'securityContext'],
      expected: {
        runAsUser: 1000,
        runAsGroup: 2000,
        runAsNonRoot: false,
        allowPrivilegeEscalation: true,
        readOnlyRootFilesystem: false,
        capabilities: { add: ['SYS_ADMIN'] },
        seccompProfile: { type: 'RuntimeDefault' },
        seLinuxOptions: { level: 's0:c123,c456' },
        appArmorProfile: { type: 'Unconfined' },
      },
    },
    {
      name: 'resources: quantity strings kept exactly (1G is not 1Gi), limits only',
      overrides: withContainer({ resources: { limits: { memory: '1G', cpu: '0.5', 'nvidia.com/gpu': '1' } } }),
      path: [...CONTAINER, 'resources'],
      expected: { limits: { memory: '1G', cpu: '0.5', 'nvidia.com/gpu': '1' } },
    },
    {
      name: 'livenessProbe verbatim, int-or-string port kept',
      overrides: withContainer({ livenessProbe: { httpGet: { path: '/health', port: 8080 }, periodSeconds: 10 } }),
      path: [...CONTAINER, 'livenessProbe'],
      expected: { httpGet: { path: '/health', port: 8080 }, periodSeconds: 10 },
    },
    { name: 'tty', overrides: withContainer({ tty: true }), path: [...CONTAINER, 'tty'], expected: true },
    { name: 'stdin false is written (set in intent)', overrides: withContainer({ stdin: false }), path: [...CONTAINER, 'stdin'], expected: false },
    { name: 'hostNetwork true', overrides: withPod({ hostNetwork: true }), path: [...POD, 'hostNetwork'], expected: true },
    { name: 'hostNetwork false is written (set in intent)', overrides: withPod({ hostNetwork: false }), path: [...POD, 'hostNetwork'], expected: false },
    { name: 'dnsPolicy', overrides: withPod({ dnsPolicy: 'ClusterFirstWithHostNet' }), path: [...POD, 'dnsPolicy'], expected: 'ClusterFirstWithHostNet' },
    {
      name: 'dnsPolicy None with nameservers only in dnsConfig (no cdk8s-plus check in the way)',
      overrides: withPod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'] } }),
      path: [...POD],
      expected: { containers: [{ name: 'sensor', image: 'mcr.microsoft.com/azureiotedge-sensor:1.4', securityContext: {} }], serviceAccountName: 'sensor', dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'] } },
    },
    { name: 'hostIPC', overrides: withPod({ hostIPC: true }), path: [...POD, 'hostIPC'], expected: true },
    { name: 'hostPID', overrides: withPod({ hostPID: true }), path: [...POD, 'hostPID'], expected: true },
    { name: 'hostname', overrides: withPod({ hostname: 'gw' }), path: [...POD, 'hostname'], expected: 'gw' },
    { name: 'subdomain', overrides: withPod({ subdomain: 'site' }), path: [...POD, 'subdomain'], expected: 'site' },
    {
      name: 'hostAliases',
      overrides: withPod({ hostAliases: [{ ip: '10.0.0.1', hostnames: ['a', 'b'] }] }),
      path: [...POD, 'hostAliases'],
      expected: [{ ip: '10.0.0.1', hostnames: ['a', 'b'] }],
    },
    {
      name: 'dnsConfig verbatim',
      overrides: withPod({ dnsConfig: { searches: ['x.local'], options: [{ name: 'edns0' }] } }),
      path: [...POD, 'dnsConfig'],
      expected: { searches: ['x.local'], options: [{ name: 'edns0' }] },
    },
    { name: 'nodeSelector (not node affinity)', overrides: withPod({ nodeSelector: { zone: 'a' } }), path: [...POD, 'nodeSelector'], expected: { zone: 'a' } },
    {
      name: 'pod securityContext verbatim',
      overrides: withPod({ securityContext: { sysctls: [{ name: 'net.core.somaxconn', value: '1024' }] } }),
      path: [...POD, 'securityContext'],
      expected: { sysctls: [{ name: 'net.core.somaxconn', value: '1024' }] },
    },
    {
      name: 'imagePullSecrets: every name, in order',
      overrides: withPod({ imagePullSecrets: ['reg-b', 'reg-a'] }),
      path: [...POD, 'imagePullSecrets'],
      expected: [{ name: 'reg-b' }, { name: 'reg-a' }],
    },
    {
      name: 'volumes: one per source kind, emptyDir {} kept, raw verbatim with the intent name',
      overrides: withPod({
        volumes: [
          { name: 'cm', configMap: { name: 'sensor-config' } },
          { name: 'ed', emptyDir: {} },
          { name: 'hp', hostPath: { path: '/data', type: 'DirectoryOrCreate' } },
          { name: 'pvc', persistentVolumeClaim: { claimName: 'data', readOnly: true } },
          { name: 'raw', raw: { csi: { driver: 'x.csi.k8s.io', volumeAttributes: { a: 'b' } } } },
          { name: 'sec', secret: { secretName: 'sensor-env' } },
        ],
      }),
      path: [...POD, 'volumes'],
      expected: [
        { name: 'cm', configMap: { name: 'sensor-config' } },
        { name: 'ed', emptyDir: {} },
        { name: 'hp', hostPath: { path: '/data', type: 'DirectoryOrCreate' } },
        { name: 'pvc', persistentVolumeClaim: { claimName: 'data', readOnly: true } },
        { name: 'raw', csi: { driver: 'x.csi.k8s.io', volumeAttributes: { a: 'b' } } },
        { name: 'sec', secret: { secretName: 'sensor-env' } },
      ],
    },
    { name: 'terminationGracePeriodSeconds 0 is written', overrides: withPod({ terminationGracePeriodSeconds: 0 }), path: [...POD, 'terminationGracePeriodSeconds'], expected: 0 },
    { name: 'runtimeClassName', overrides: withPod({ runtimeClassName: 'nvidia' }), path: [...POD, 'runtimeClassName'], expected: 'nvidia' },
  ])('$name', ({ overrides, path, expected }) => {
    expect(at(deploymentOf({ ...base, ...overrides }), path)).toStrictEqual(expected);
  });

  it('the fixture module using every field renders exactly the expected Deployment', () => {
    const labels = MODULE_LABELS('opcpublisher');
    expect(objectOf(renderDeviceObjects(nestedEdgeDevice()), 'Deployment', 'opcpublisher')).toStrictEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'opcpublisher', namespace: NAMESPACE, labels, annotations: MODULE_ANNOTATIONS('OPCPublisher') },
      spec: {
        replicas: 0,
        selector: { matchLabels: SELECTOR('opcpublisher') },
        strategy: { type: 'Recreate' },
        template: {
          metadata: {
            labels,
            annotations: { 'net.azure-devices.edge.original-moduleid': 'OPCPublisher', 'com.example/scrape': 'yes' },
          },
          spec: {
            serviceAccountName: 'opcpublisher',
            containers: [
              {
                name: 'opcpublisher',
                image: 'mcr.microsoft.com/iotedge/opc-publisher:2.9',
                imagePullPolicy: 'IfNotPresent',
                command: ['/app/publisher'],
                args: ['--pf=/appdata/pn.json', '--aa'],
                workingDir: '/appdata',
                env: [{ name: 'FILE_MODE', value: '0755' }],
                ports: [
                  { containerPort: 4840, protocol: 'TCP', name: 'opcua' },
                  { containerPort: 5353, protocol: 'UDP' },
                ],
                volumeMounts: [
                  { name: 'appdata', mountPath: '/appdata' },
                  { name: 'dev-ttyusb0', mountPath: '/dev/ttyUSB0' },
                  { name: 'shm', mountPath: '/dev/shm' },
                  { name: 'varlog', mountPath: '/var/log/host', readOnly: true, subPath: 'publisher', mountPropagation: 'HostToContainer' },
                ],
                securityContext: {
                  privileged: false,
                  readOnlyRootFilesystem: false,
                  runAsUser: 0,
                  runAsGroup: 0,
                  capabilities: { add: ['NET_ADMIN', 'SYS_TIME'], drop: ['MKNOD'] },
                  seccompProfile: { type: 'Unconfined' },
                },
                resources: { limits: { cpu: '1500m', memory: '1G' }, requests: { memory: '256Mi' } },
                livenessProbe: {
                  exec: { command: ['sh', '-c', 'test -f /appdata/healthy'] },
                  periodSeconds: 30,
                  failureThreshold: 3,
                  initialDelaySeconds: 5,
                },
                tty: true,
                stdin: true,
              },
            ],
            hostNetwork: true,
            dnsPolicy: 'ClusterFirstWithHostNet',
            hostIPC: true,
            hostPID: false,
            hostname: 'publisher',
            subdomain: 'plant',
            hostAliases: [{ ip: '10.1.2.3', hostnames: ['opc.plant.local', 'opc'] }],
            dnsConfig: { nameservers: ['10.0.0.10'], searches: ['plant.local'], options: [{ name: 'ndots', value: '2' }] },
            nodeSelector: { 'kubernetes.io/arch': 'amd64', 'example.com/line': 'on' },
            securityContext: { sysctls: [{ name: 'net.ipv4.ip_forward', value: '1' }], supplementalGroups: [20] },
            imagePullSecrets: [{ name: 'registry-a' }, { name: 'registry-b' }],
            volumes: [
              { name: 'appdata', persistentVolumeClaim: { claimName: 'opcpublisher-appdata' } },
              { name: 'certs', projected: { sources: [{ secret: { name: 'opc-certs' } }] } },
              { name: 'dev-ttyusb0', hostPath: { path: '/dev/ttyUSB0', type: 'CharDevice' } },
              { name: 'scratch', emptyDir: {} },
              { name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
              { name: 'varlog', hostPath: { path: '/var/log' } },
            ],
            terminationGracePeriodSeconds: 10,
            runtimeClassName: 'kata',
          },
        },
      },
    });
  });

  it('does not change the intent it reads', () => {
    const intent = nestedEdgeDevice();
    const before = JSON.stringify(intent);
    renderDevice(intent);
    expect(JSON.stringify(intent)).toBe(before);
  });
});

describe('renderDeviceObjects: other objects', () => {
  const objects = renderDeviceObjects(nestedEdgeDevice());

  it('Namespace: name, device labels and annotations, nothing else (no spec, no namespace)', () => {
    expect(objectOf(objects, 'Namespace', NAMESPACE)).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: NAMESPACE, labels: deviceLabels(), annotations: deviceAnnotations() },
    });
  });

  it('Service: type, ports in order, selector = selectorLabels, workload labels and annotations, no externalIPs', () => {
    expect(objectOf(objects, 'Service', 'edgehub')).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'edgehub', namespace: NAMESPACE, labels: MODULE_LABELS('edgehub'), annotations: MODULE_ANNOTATIONS('$edgeHub') },
      spec: {
        type: 'ClusterIP',
        selector: SELECTOR('edgehub'),
        ports: [
          { name: 'hostport-5671-tcp', port: 5671, targetPort: 5671, protocol: 'TCP' },
          { name: 'hostport-8883-tcp', port: 8883, targetPort: 8883, protocol: 'TCP' },
        ],
      },
    });
  });

  it.each<{ name: string; service: NonNullable<WorkloadIntent['service']>; path: string[]; expected: JsonValue | undefined }>([
    {
      name: 'LoadBalancer with loadBalancerIP',
      service: { type: 'LoadBalancer', loadBalancerIP: '10.0.0.5', ports: [{ name: 'p', port: 80, targetPort: 8080, protocol: 'TCP' }], annotations: {} },
      path: ['spec'],
      expected: {
        type: 'LoadBalancer',
        loadBalancerIP: '10.0.0.5',
        selector: SELECTOR('web'),
        ports: [{ name: 'p', port: 80, targetPort: 8080, protocol: 'TCP' }],
      },
    },
    {
      name: 'NodePort, UDP, host port differs from container port',
      service: { type: 'NodePort', ports: [{ name: 'hostport-1514-udp', port: 1514, targetPort: 514, protocol: 'UDP' }], annotations: {} },
      path: ['spec'],
      expected: { type: 'NodePort', selector: SELECTOR('web'), ports: [{ name: 'hostport-1514-udp', port: 1514, targetPort: 514, protocol: 'UDP' }] },
    },
    {
      name: 'Service annotations merged over the workload annotations (Service wins)',
      service: {
        type: 'ClusterIP',
        ports: [{ name: 'p', port: 80, targetPort: 80, protocol: 'TCP' }],
        annotations: { 'service.beta.kubernetes.io/x': 'y', 'net.azure-devices.edge.module': 'override' },
      },
      path: ['metadata', 'annotations'],
      expected: { ...MODULE_ANNOTATIONS('web'), 'service.beta.kubernetes.io/x': 'y', 'net.azure-devices.edge.module': 'override' },
    },
  ])('Service: $name', ({ service, path, expected }) => {
    expect(at(objectOf(renderWorkload(workloadIntent('web', { service })), 'Service', 'web'), path)).toStrictEqual(expected);
  });

  it('no Service when the workload has none', () => {
    expect(objects.filter((o) => o['kind'] === 'Service').map((o) => (o['metadata'] as JsonObject)['name'])).toStrictEqual([
      'dockercontainerregistry',
      'edgehub',
    ]);
  });

  it('ServiceAccount per workload: workload labels and annotations, no automountServiceAccountToken', () => {
    expect(objectOf(objects, 'ServiceAccount', 'dockercontainerregistry')).toStrictEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'dockercontainerregistry',
        namespace: NAMESPACE,
        labels: MODULE_LABELS('dockercontainerregistry'),
        annotations: MODULE_ANNOTATIONS('dockerContainerRegistry'),
      },
    });
    expect(objects.filter((o) => o['kind'] === 'ServiceAccount')).toHaveLength(3);
  });

  it('ConfigMap: data verbatim (multi-line text kept), no immutable', () => {
    expect(objectOf(objects, 'ConfigMap', 'edgehub-config')).toStrictEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'edgehub-config', namespace: NAMESPACE, labels: deviceLabels() },
      data: {
        'mqttBroker.enabled': 'yes',
        'routes.json': '{\n  "ToUpstream": "FROM /messages/* INTO $upstream"\n}\n',
        'storeAndForward.json': '{"timeToLiveSecs":7200}',
      },
    });
  });

  it.each([
    {
      name: 'Opaque secret with a remote property: no template',
      secret: 'device-identity',
      expected: {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
        metadata: { name: 'device-identity', namespace: NAMESPACE, labels: deviceLabels() },
        spec: {
          secretStoreRef: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' },
          target: { name: 'device-identity' },
          data: [{ secretKey: 'connectionString', remoteRef: { key: `iotedge-${HUB}-${DEVICE_ID}`, property: 'connectionString' } }],
        },
      },
    },
    {
      name: 'registry credentials: dockerconfigjson template type and data, no property',
      secret: 'registry-buildcr',
      expected: {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
        metadata: {
          name: 'registry-buildcr',
          namespace: NAMESPACE,
          labels: deviceLabels(),
          annotations: { 'net.azure-devices.edge.registry': 'buildcr' },
        },
        spec: {
          secretStoreRef: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' },
          target: {
            name: 'registry-buildcr',
            template: {
              type: 'kubernetes.io/dockerconfigjson',
              data: {
                '.dockerconfigjson':
                  '{"auths":{"myregistry.azurecr.io":{"username":"buildcr","password":"{{ .password }}","auth":"{{ printf "%s:%s" "buildcr" .password | b64enc }}"}}}',
              },
            },
          },
          data: [{ secretKey: 'password', remoteRef: { key: 'registry-buildcr-password' } }],
        },
      },
    },
  ])('ExternalSecret: $name', ({ secret, expected }) => {
    expect(objectOf(objects, 'ExternalSecret', secret)).toStrictEqual(expected);
  });

  it('ExternalSecret with a SecretStore, a template type and no data: no empty data list', () => {
    const intent = deviceIntent({
      externalSecrets: [
        { name: 'gen', labels: {}, annotations: {}, storeRef: { name: 'local', kind: 'SecretStore' }, secretType: 'Opaque', data: [] },
      ],
    });
    expect(at(objectOf(renderDeviceObjects(intent), 'ExternalSecret', 'gen'), ['spec'])).toStrictEqual({
      secretStoreRef: { name: 'local', kind: 'SecretStore' },
      target: { name: 'gen', template: { type: 'Opaque' } },
    });
  });

  it('ExternalSecret: a base64-kept binary file gets remoteRef.decodingStrategy Base64, others none', () => {
    const intent = deviceIntent({
      externalSecrets: [
        {
          name: 'certs', labels: {}, annotations: {}, storeRef: { name: 's', kind: 'ClusterSecretStore' },
          data: [
            { secretKey: 'ca.pem', remoteKey: 'k/ca' },
            { secretKey: 'server.pfx', remoteKey: 'k/pfx', decodingStrategy: 'Base64' },
          ],
        },
      ],
    });
    expect(at(objectOf(renderDeviceObjects(intent), 'ExternalSecret', 'certs'), ['spec', 'data'])).toStrictEqual([
      { secretKey: 'ca.pem', remoteRef: { key: 'k/ca' } },
      { secretKey: 'server.pfx', remoteRef: { key: 'k/pfx', decodingStrategy: 'Base64' } },
    ]);
  });

  it('PersistentVolumeClaim: access modes, storage quantity as written (1G), storage class', () => {
    expect(objectOf(objects, 'PersistentVolumeClaim', 'opcpublisher-appdata')).toStrictEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'opcpublisher-appdata', namespace: NAMESPACE, labels: deviceLabels() },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1G' } }, storageClassName: 'local-path' },
    });
  });

  it('every namespaced object is in the device namespace; the Namespace has none', () => {
    for (const object of objects) {
      const namespace = (object['metadata'] as JsonObject)['namespace'];
      expect([object['kind'], namespace]).toStrictEqual([object['kind'], object['kind'] === 'Namespace' ? undefined : NAMESPACE]);
    }
  });
});

describe('renderDevice: directory, files, YAML', () => {
  const rendered = renderDevice(nestedEdgeDevice());

  it('dir is the directory the intent carries (named once, by deviceIdentity), and no file holds it', () => {
    expect(rendered.dir).toBe(`devices/plant-1/${NAMESPACE}`);
    const elsewhere = renderDevice({ ...nestedEdgeDevice(), dir: 'devices/plant-2/kept-where-it-was' });
    expect(elsewhere.dir).toBe('devices/plant-2/kept-where-it-was');
    expect([...elsewhere.files]).toStrictEqual([...rendered.files]);
  });

  it('one file per object named <kind>-<name>.yaml (namespace.yaml for the Namespace) plus kustomization.yaml, in name order', () => {
    expect([...rendered.files.keys()]).toStrictEqual([
      'configmap-edgehub-config.yaml',
      'deployment-dockercontainerregistry.yaml',
      'deployment-edgehub.yaml',
      'deployment-opcpublisher.yaml',
      'externalsecret-device-identity.yaml',
      'externalsecret-registry-buildcr.yaml',
      'kustomization.yaml',
      'namespace.yaml',
      'persistentvolumeclaim-opcpublisher-appdata.yaml',
      'service-dockercontainerregistry.yaml',
      'service-edgehub.yaml',
      'serviceaccount-dockercontainerregistry.yaml',
      'serviceaccount-edgehub.yaml',
      'serviceaccount-opcpublisher.yaml',
    ]);
  });

  it('kustomization.yaml lists every other file, sorted, and nothing else', () => {
    const others = [...rendered.files.keys()].filter((name) => name !== 'kustomization.yaml');
    expect(parse(rendered.files.get('kustomization.yaml') as string)).toStrictEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: others,
    });
  });

  it('every file, read back with YAML 1.1 rules (as kubectl does), is exactly its object', () => {
    const objects = renderDeviceObjects(nestedEdgeDevice());
    for (const object of objects) {
      const name = object['kind'] === 'Namespace' ? 'namespace.yaml' : `${String(object['kind']).toLowerCase()}-${String((object['metadata'] as JsonObject)['name'])}.yaml`;
      expect(parse(rendered.files.get(name) as string, { version: '1.1' })).toStrictEqual(object);
    }
  });

  it.each([
    { name: 'env "true" stays a quoted string', file: 'deployment-edgehub.yaml', text: 'value: "true"' },
    { name: 'env "on" stays a quoted string (a YAML 1.1 boolean)', file: 'deployment-edgehub.yaml', text: 'value: "on"' },
    { name: 'env "0" stays a quoted string', file: 'deployment-edgehub.yaml', text: 'value: "0"' },
    { name: 'env "0755" stays a quoted string (a YAML 1.1 octal)', file: 'deployment-opcpublisher.yaml', text: 'value: "0755"' },
    { name: 'annotation "yes" stays a quoted string', file: 'deployment-opcpublisher.yaml', text: 'com.example/scrape: "yes"' },
    { name: 'multi-line ConfigMap data is a literal block', file: 'configmap-edgehub-config.yaml', text: 'routes.json: |\n' },
    { name: 'replicas 0 is the number 0', file: 'deployment-opcpublisher.yaml', text: '\n  replicas: 0\n' },
  ])('YAML: $name', ({ file, text }) => {
    expect(rendered.files.get(file)).toContain(text);
  });

  it('key order: apiVersion, kind, metadata, then sorted keys; every file ends with exactly one newline', () => {
    expect(rendered.files.get('serviceaccount-edgehub.yaml')).toBe(
      [
        'apiVersion: v1',
        'kind: ServiceAccount',
        'metadata:',
        '  annotations:',
        '    net.azure-devices.edge.deviceid: edge-01',
        '    net.azure-devices.edge.hub: contoso-hub',
        '    net.azure-devices.edge.module: $edgeHub',
        '    net.azure-devices.edge.original-moduleid: edgeHub',
        '  labels:',
        '    app.kubernetes.io/managed-by: iotedge-gitops',
        '    app.kubernetes.io/name: edgehub',
        '    net.azure-devices.edge.deviceid: edge-01',
        '    net.azure-devices.edge.hub: contoso-hub',
        '    net.azure-devices.edge.module: edgehub',
        '  name: edgehub',
        `  namespace: ${NAMESPACE}`,
        '',
      ].join('\n'),
    );
    for (const text of rendered.files.values()) expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('no cdk8s label, annotation or default value in any file', () => {
    for (const text of rendered.files.values()) {
      expect(text).not.toMatch(/cdk8s|minReadySeconds|progressDeadlineSeconds|fsGroupChangePolicy|automountServiceAccountToken|immutable|externalIPs/);
    }
  });

  it('deterministic: rendering again, or with CDK8S_DISABLE_SORT set, gives byte-identical files', () => {
    const again = renderDevice(nestedEdgeDevice());
    const previous = process.env['CDK8S_DISABLE_SORT'];
    process.env['CDK8S_DISABLE_SORT'] = '1';
    let unsorted;
    try {
      unsorted = renderDevice(nestedEdgeDevice());
    } finally {
      if (previous === undefined) delete process.env['CDK8S_DISABLE_SORT'];
      else process.env['CDK8S_DISABLE_SORT'] = previous;
    }
    expect([...again.files]).toStrictEqual([...rendered.files]);
    expect([...unsorted.files]).toStrictEqual([...rendered.files]);
  });

  it('a device with no workloads renders its Namespace and kustomization only', () => {
    expect([...renderDevice(deviceIntent()).files.keys()]).toStrictEqual(['kustomization.yaml', 'namespace.yaml']);
  });
});

describe('renderDevice: errors', () => {
  it('an intent cdk8s refuses (two container ports with one number and protocol) → InternalError with the device id', () => {
    const workload = workloadIntent('dup', {
      container: containerIntent('dup', { ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 80, protocol: 'TCP' }] }),
    });
    try {
      renderDevice(deviceIntent({ workloads: [workload] }));
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InternalError);
      expect((error as InternalError).deviceId).toBe(DEVICE_ID);
      expect((error as InternalError).stage).toBe('render');
    }
  });

  it('two ConfigMaps with one name → InternalError (one file each is impossible)', () => {
    const configMap = { name: 'same', labels: {}, annotations: {}, data: {} };
    expect(() => renderDevice(deviceIntent({ configMaps: [configMap, configMap] }))).toThrow(InternalError);
  });
});
