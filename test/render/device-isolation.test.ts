/**
 * The objects that isolate a device namespace, translated from real example manifests and rendered: each
 * validates against the Kubernetes 1.27 schemas and API-server rules, the NetworkPolicy selectors match the pods
 * they are meant for (checked against the labels the rendered Deployments' pod templates carry, with
 * Kubernetes' matchLabels semantics: every selector label present with the same value), and the whole
 * directory builds with `kubectl kustomize`. Expected rules worked out by hand from the manifests' PortBindings:
 * sinfergit's edgeHub publishes 443, 5671 and 8883/tcp, edge_api 5000/tcp, edge_socket_server 8091/tcp.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonObject } from '../../src/model/json.js';
import { renderDevice, renderDeviceObjects } from '../../src/render/render-device.js';
import type { DeviceIntent } from '../../src/translate/index.js';
import type { IsolationOptions } from '../../src/translate/isolation-options.js';
import { validationErrors } from '../helpers/k8s-validation.js';
import { deviceIsolation } from '../../src/translate/device-isolation.js';
import { containerIntent, deviceAnnotations, deviceLabels, exampleModulesContent as ex, manifestTargetOf, podIntent, workloadIntent } from '../builders.js';
import { OPTIONS, translateTarget } from '../translate/translate-helpers.js';

const SINFERGIT = 'sinfergit--IIOT_SmartAnalytics_Edge--deployment-amd64.json';
const LORA = 'Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.resolved.json';
const NS = 'msiot-myhub-device-1';

function intentOf(file: string, isolation: IsolationOptions = {}): DeviceIntent {
  return translateTarget(manifestTargetOf(ex(file)), { ...OPTIONS, isolation }).intent;
}

function objects(intent: DeviceIntent): JsonObject[] {
  return renderDeviceObjects(intent);
}

function ofKind(list: JsonObject[], kind: string): JsonObject[] {
  return list.filter((o) => o['kind'] === kind);
}

const nameOf = (o: JsonObject): string => String((o['metadata'] as JsonObject)['name']);
const specOf = (o: JsonObject): JsonObject => o['spec'] as JsonObject;

/** Names of the Deployments whose pod template labels a NetworkPolicy podSelector selects (matchLabels semantics). */
function selectedDeployments(list: JsonObject[], policy: JsonObject): string[] {
  const matchLabels = ((specOf(policy)['podSelector'] as JsonObject)['matchLabels'] ?? {}) as Record<string, string>;
  return ofKind(list, 'Deployment')
    .filter((d) => {
      const labels = ((((specOf(d)['template'] as JsonObject)['metadata'] as JsonObject)['labels']) ?? {}) as Record<string, string>;
      return Object.entries(matchLabels).every(([k, v]) => labels[k] === v);
    })
    .map(nameOf)
    .sort();
}

describe('device isolation objects', () => {
  it('defaults: one namespace-wide policy (ingress only from the namespace) and one per module with published ports, open to all', () => {
    const list = objects(intentOf(SINFERGIT));
    const policies = ofKind(list, 'NetworkPolicy');
    expect(policies.map(nameOf)).toStrictEqual(['edge-api-published-ports', 'edge-socket-server-published-ports', 'edgehub-published-ports', 'iotedge-device-isolation']);
    const device = policies.find((p) => nameOf(p) === 'iotedge-device-isolation')!;
    expect(specOf(device)).toStrictEqual({ podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] });
    expect((device['metadata'] as JsonObject)['namespace']).toBe(NS);
    // podSelector {} selects every pod of the namespace: all six Deployments.
    expect(selectedDeployments(list, device)).toStrictEqual(['edge-api', 'edge-preprocessor', 'edge-socket-server', 'edgehub', 'opcpublisher', 'python-test-module']);
    const edgeHub = policies.find((p) => nameOf(p) === 'edgehub-published-ports')!;
    expect(specOf(edgeHub)).toStrictEqual({
      podSelector: { matchLabels: { 'net.azure-devices.edge.deviceid': 'device-1', 'net.azure-devices.edge.module': 'edgehub' } },
      policyTypes: ['Ingress'],
      ingress: [{ ports: [{ port: 443, protocol: 'TCP' }, { port: 5671, protocol: 'TCP' }, { port: 8883, protocol: 'TCP' }] }],
    });
    // Each per-module policy selects its own module's pods and no other.
    expect(selectedDeployments(list, edgeHub)).toStrictEqual(['edgehub']);
    expect(selectedDeployments(list, policies.find((p) => nameOf(p) === 'edge-api-published-ports')!)).toStrictEqual(['edge-api']);
    expect(selectedDeployments(list, policies.find((p) => nameOf(p) === 'edge-socket-server-published-ports')!)).toStrictEqual(['edge-socket-server']);
  });

  it('the published-port rule names the container port the Service targets (NetworkPolicy sees the pod port)', () => {
    const list = objects(intentOf(SINFERGIT));
    for (const policy of ofKind(list, 'NetworkPolicy').filter((p) => nameOf(p).endsWith('-published-ports'))) {
      const [deployment] = selectedDeployments(list, policy);
      const pod = (specOf(ofKind(list, 'Deployment').find((d) => nameOf(d) === deployment)!)['template'] as JsonObject)['spec'] as JsonObject;
      const containerPorts = ((pod['containers'] as JsonObject[])[0]!['ports'] as JsonObject[]).map((p) => `${String(p['containerPort'])}/${String(p['protocol'])}`);
      const service = ofKind(list, 'Service').find((s) => nameOf(s) === deployment)!;
      const targets = (specOf(service)['ports'] as JsonObject[]).map((p) => `${String(p['targetPort'])}/${String(p['protocol'])}`);
      const allowed = ((specOf(policy)['ingress'] as JsonObject[])[0]!['ports'] as JsonObject[]).map((p) => `${String(p['port'])}/${String(p['protocol'])}`);
      for (const port of allowed) {
        expect(containerPorts).toContain(port);
        expect(targets).toContain(port);
      }
    }
  });

  it('--expose-from none: only the namespace-wide policy; CIDR and namespace peers become ipBlock and namespaceSelector', () => {
    expect(ofKind(objects(intentOf(SINFERGIT, { exposeFrom: 'none' })), 'NetworkPolicy').map(nameOf)).toStrictEqual(['iotedge-device-isolation']);
    const list = objects(intentOf(SINFERGIT, { exposeFrom: [{ cidr: '192.168.10.0/24' }, { namespaceLabels: { 'kubernetes.io/metadata.name': 'msiot-myhub-child' } }] }));
    const edgeHub = ofKind(list, 'NetworkPolicy').find((p) => nameOf(p) === 'edgehub-published-ports')!;
    expect((specOf(edgeHub)['ingress'] as JsonObject[])[0]!['from']).toStrictEqual([
      { ipBlock: { cidr: '192.168.10.0/24' } },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'msiot-myhub-child' } } },
    ]);
  });

  it('--egress-to: egress to the namespace, DNS on 53 UDP and TCP, and the given peers only', () => {
    const list = objects(intentOf(SINFERGIT, { egressTo: [{ cidr: '0.0.0.0/0' }] }));
    const device = ofKind(list, 'NetworkPolicy').find((p) => nameOf(p) === 'iotedge-device-isolation')!;
    expect(specOf(device)['policyTypes']).toStrictEqual(['Ingress', 'Egress']);
    expect(specOf(device)['egress']).toStrictEqual([
      { to: [{ podSelector: {} }] },
      { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
      { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] },
    ]);
    // `none` (an empty list): the namespace and DNS only.
    const closed = ofKind(objects(intentOf(SINFERGIT, { egressTo: [] })), 'NetworkPolicy').find((p) => nameOf(p) === 'iotedge-device-isolation')!;
    expect(specOf(closed)['egress']).toStrictEqual([{ to: [{ podSelector: {} }] }, { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }]);
  });

  it('a hostNetwork module (LoRa Basics Station): ingress open to all sources, no published-port policy for it', () => {
    const intent = intentOf(LORA, { egressTo: [] });
    const lbs = intent.workloads.find((w) => w.module === 'LoRaBasicsStationModule')!;
    expect(lbs.pod.hostNetwork).toBe(true);
    const list = objects(intent);
    const policies = ofKind(list, 'NetworkPolicy');
    expect(policies.some((p) => nameOf(p) === `${lbs.name}-published-ports`)).toBe(false);
    const device = policies.find((p) => nameOf(p) === 'iotedge-device-isolation')!;
    expect(specOf(device)['ingress']).toStrictEqual([{}]);
    // The station publishes no port, so egress is the namespace and DNS only.
    expect(lbs.container.ports).toStrictEqual([]);
    expect(specOf(device)['egress']).toStrictEqual([{ to: [{ podSelector: {} }] }, { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }]);
  });

  it('restricted egress lets pods reach a hostNetwork module on its ports at any address (it listens on the node)', () => {
    const forwarder = workloadIntent('packet-forwarder', {
      container: containerIntent('packet-forwarder', { ports: [{ containerPort: 1700, protocol: 'UDP' }, { containerPort: 8080, protocol: 'TCP' }] }),
      pod: podIntent({ hostNetwork: true }),
    });
    const { networkPolicies } = deviceIsolation([forwarder, workloadIntent('sensor')], { egressTo: [] }, deviceLabels(), deviceAnnotations());
    expect(networkPolicies.map((p) => p.name)).toStrictEqual(['iotedge-device-isolation']);
    expect(networkPolicies[0]!.spec['egress']).toStrictEqual([
      { to: [{ podSelector: {} }] },
      { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
      { ports: [{ port: 1700, protocol: 'UDP' }, { port: 8080, protocol: 'TCP' }] },
    ]);
  });

  it('ResourceQuota and LimitRange from the options, absent by default', () => {
    expect(ofKind(objects(intentOf(SINFERGIT)), 'ResourceQuota')).toStrictEqual([]);
    expect(ofKind(objects(intentOf(SINFERGIT)), 'LimitRange')).toStrictEqual([]);
    const list = objects(intentOf(SINFERGIT, { namespaceQuota: { pods: '20', 'limits.cpu': '4', 'limits.memory': '8Gi' }, containerLimits: { memory: '512Mi', cpu: '500m' }, containerRequests: { cpu: '100m' } }));
    const [quota] = ofKind(list, 'ResourceQuota');
    expect(nameOf(quota!)).toBe('iotedge-device-quota');
    expect(specOf(quota!)).toStrictEqual({ hard: { 'limits.cpu': '4', 'limits.memory': '8Gi', pods: '20' } });
    const [range] = ofKind(list, 'LimitRange');
    expect(specOf(range!)).toStrictEqual({ limits: [{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '100m' } }] });
  });

  it('the Namespace carries the Pod Security labels of the level the device needs', () => {
    const [namespace] = ofKind(objects(intentOf(SINFERGIT)), 'Namespace');
    const labels = (namespace!['metadata'] as JsonObject)['labels'] as Record<string, string>;
    expect(Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('pod-security.kubernetes.io/')))).toStrictEqual({
      'pod-security.kubernetes.io/audit': 'privileged',
      'pod-security.kubernetes.io/audit-version': 'v1.27',
      'pod-security.kubernetes.io/enforce': 'privileged',
      'pod-security.kubernetes.io/enforce-version': 'v1.27',
      'pod-security.kubernetes.io/warn': 'privileged',
      'pod-security.kubernetes.io/warn-version': 'v1.27',
    });
  });

  const full: IsolationOptions = {
    exposeFrom: [{ cidr: '10.0.0.0/8' }, { cidr: 'fd00::/8' }, { namespaceLabels: { team: 'edge' } }],
    egressTo: [{ cidr: '20.0.0.0/8' }],
    namespaceQuota: { 'requests.cpu': '2', pods: '10' },
    containerRequests: { cpu: '50m' },
    containerLimits: { cpu: '1' },
  };
  it.each([
    { name: 'sinfergit, defaults', file: SINFERGIT, isolation: {} },
    { name: 'sinfergit, every flag', file: SINFERGIT, isolation: full },
    { name: 'LoRa (hostNetwork), every flag', file: LORA, isolation: full },
  ])('$name: every object valid for Kubernetes 1.27', ({ file, isolation }) => {
    for (const object of objects(intentOf(file, isolation))) expect([nameOf(object), validationErrors(object)]).toStrictEqual([nameOf(object), []]);
  });

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  (kubectl.status === 0 ? it : it.skip)('kubectl kustomize builds the directory with every isolation object', () => {
    const root = mkdtempSync(join(tmpdir(), 'isolation-kustomize-'));
    try {
      const rendered = renderDevice(intentOf(SINFERGIT, full));
      const dir = join(root, rendered.dir);
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of rendered.files) writeFileSync(join(dir, name), text);
      const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      for (const kind of ['NetworkPolicy', 'ResourceQuota', 'LimitRange']) expect(result.stdout).toContain(`kind: ${kind}\n`);
      expect([...rendered.files.keys()].filter((f) => /^(networkpolicy|resourcequota|limitrange)-/.test(f))).toStrictEqual([
        'limitrange-iotedge-device-limits.yaml',
        'networkpolicy-edge-api-published-ports.yaml',
        'networkpolicy-edge-socket-server-published-ports.yaml',
        'networkpolicy-edgehub-published-ports.yaml',
        'networkpolicy-iotedge-device-isolation.yaml',
        'resourcequota-iotedge-device-quota.yaml',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
