/**
 * addDeployment: the workload's Deployment — cdk8s-plus for what it expresses faithfully, JSON patches for
 * the rest, and none of the defaults cdk8s-plus-27 writes on its own (k8s-mapping.md §2 and §7.1: an unset
 * source field leaves the Kubernetes field unset). Read through renderDeviceObjects, which gives the chart,
 * applies the patches and returns the final JSON.
 */
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import { renderDeviceObjects } from '../../src/render/render-device.js';
import type { WorkloadIntent } from '../../src/translate/device-intent.js';
import { nestedEdgeDevice } from '../fixtures/render/nested-edge-device.js';
import { NAMESPACE, containerIntent, podIntent, workloadIntent } from '../builders.js';
import { MODULE_ANNOTATIONS, MODULE_LABELS, SELECTOR, at, objectOf, renderWorkload } from '../helpers/rendered-objects.js';

function deploymentOf(workload: WorkloadIntent): JsonObject {
  return objectOf(renderWorkload(workload), 'Deployment', workload.name);
}

describe('addDeployment (through renderDeviceObjects)', () => {
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
});
