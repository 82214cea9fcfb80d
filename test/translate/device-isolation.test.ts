/**
 * deviceIsolation on hand-written workloads: the rules of device-isolation.ts that the rendered examples in
 * test/render/device-isolation.test.ts do not reach. Expected specs written from the NetworkPolicy API
 * (networking.k8s.io/v1: an ingress rule without `from` admits every source; `policyTypes` without Egress leaves
 * egress open; `ports[].port` is the pod's port, i.e. the Service's targetPort) and from IoT Edge behaviour: only
 * ports a module publishes with `PortBindings` (Service ports `hostport-*`) face the device's network; `ExposedPorts`
 * alone are reachable on the module network only.
 */
import type { ServicePortIntent, WorkloadIntent } from '../../src/translate/device-intent.js';
import { DEVICE_LIMIT_RANGE, DEVICE_NETWORK_POLICY, DEVICE_RESOURCE_QUOTA, deviceIsolation, PUBLISHED_PORTS_POLICY_SUFFIX } from '../../src/translate/device-isolation.js';
import type { IsolationOptions } from '../../src/translate/isolation-options.js';
import { containerIntent, deviceAnnotations, deviceLabels, podIntent, workloadIntent } from '../builders.js';

const OWN_PODS = { podSelector: {} };
const DNS = { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] };

/** A workload whose Service has the given ports (ClusterIP). */
function serving(name: string, ports: ServicePortIntent[], extra: Partial<WorkloadIntent> = {}): WorkloadIntent {
  return workloadIntent(name, { service: { type: 'ClusterIP', ports, annotations: {} }, ...extra });
}

const hostPort = (port: number, targetPort: number, protocol: 'TCP' | 'UDP' = 'TCP'): ServicePortIntent => ({ name: `hostport-${port}-${protocol.toLowerCase()}`, port, targetPort, protocol });

function isolate(workloads: WorkloadIntent[], options: IsolationOptions = {}) {
  return deviceIsolation(workloads, options, deviceLabels(), deviceAnnotations());
}

describe('object names', () => {
  it('iotedge-device-isolation, <module>-published-ports, iotedge-device-quota, iotedge-device-limits', () => {
    expect([DEVICE_NETWORK_POLICY, PUBLISHED_PORTS_POLICY_SUFFIX, DEVICE_RESOURCE_QUOTA, DEVICE_LIMIT_RANGE]).toStrictEqual(['iotedge-device-isolation', '-published-ports', 'iotedge-device-quota', 'iotedge-device-limits']);
  });
});

describe('the namespace-wide NetworkPolicy', () => {
  it('a device without modules still gets it, with the device labels and annotations, and nothing else', () => {
    expect(isolate([])).toStrictEqual({
      networkPolicies: [
        { name: 'iotedge-device-isolation', labels: deviceLabels(), annotations: deviceAnnotations(), spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [OWN_PODS] }] } },
      ],
    });
  });

  it.each<{ name: string; workloads: WorkloadIntent[]; options: IsolationOptions; expected: object }>([
    {
      name: 'hostNetwork module, egress open: ingress from every source, still no egress section',
      workloads: [workloadIntent('lbs', { pod: podIntent({ hostNetwork: true }) })],
      options: {},
      expected: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] },
    },
    {
      name: 'hostNetwork module set to false counts as pod network',
      workloads: [workloadIntent('m', { pod: podIntent({ hostNetwork: false }) })],
      options: {},
      expected: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [OWN_PODS] }] },
    },
    {
      name: 'egress to peers: own pods, DNS, then the peers in the order given',
      workloads: [workloadIntent('m')],
      options: { egressTo: [{ namespaceLabels: { 'team': 'edge', 'kubernetes.io/metadata.name': 'monitoring' } }, { cidr: '10.20.0.0/16' }] },
      expected: {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [OWN_PODS] }],
        egress: [
          { to: [OWN_PODS] },
          DNS,
          { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring', team: 'edge' } } }, { ipBlock: { cidr: '10.20.0.0/16' } }] },
        ],
      },
    },
    {
      name: 'restricted egress with two hostNetwork modules: their ports once each, sorted by port then protocol, before the peers',
      workloads: [
        workloadIntent('a', { container: containerIntent('a', { ports: [{ containerPort: 8080, protocol: 'TCP' }, { containerPort: 1700, protocol: 'UDP' }] }), pod: podIntent({ hostNetwork: true }) }),
        workloadIntent('b', { container: containerIntent('b', { ports: [{ containerPort: 1700, protocol: 'UDP' }, { containerPort: 1700, protocol: 'TCP' }] }), pod: podIntent({ hostNetwork: true }) }),
        workloadIntent('c', { container: containerIntent('c', { ports: [{ containerPort: 9000, protocol: 'TCP' }] }) }),
      ],
      options: { egressTo: [{ cidr: '0.0.0.0/0' }] },
      expected: {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{}],
        egress: [
          { to: [OWN_PODS] },
          DNS,
          { ports: [{ port: 1700, protocol: 'TCP' }, { port: 1700, protocol: 'UDP' }, { port: 8080, protocol: 'TCP' }] },
          { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] },
        ],
      },
    },
  ])('$name', ({ workloads, options, expected }) => {
    const device = isolate(workloads, options).networkPolicies.find((p) => p.name === DEVICE_NETWORK_POLICY);
    expect(device?.spec).toStrictEqual(expected);
  });
});

describe('peers', () => {
  it('a namespace peer’s labels are written sorted, in egress and in published-port ingress alike', () => {
    const peer = { namespaceLabels: { team: 'edge', 'kubernetes.io/metadata.name': 'monitoring' } };
    const { networkPolicies } = isolate([serving('web', [hostPort(80, 80)])], { egressTo: [peer], exposeFrom: [peer] });
    const selectorKeys = (rule: unknown, field: 'to' | 'from'): string[] =>
      Object.keys(((rule as Record<string, { namespaceSelector: { matchLabels: object } }[]>)[field]![0]!).namespaceSelector.matchLabels);
    const device = networkPolicies.find((p) => p.name === DEVICE_NETWORK_POLICY)!;
    const web = networkPolicies.find((p) => p.name === 'web-published-ports')!;
    expect(selectorKeys((device.spec['egress'] as unknown[])[2], 'to')).toStrictEqual(['kubernetes.io/metadata.name', 'team']);
    expect(selectorKeys((web.spec['ingress'] as unknown[])[0], 'from')).toStrictEqual(['kubernetes.io/metadata.name', 'team']);
  });
});

describe('published-ports NetworkPolicies', () => {
  it('only PortBindings (hostport-*) open a port to the outside; ExposedPorts alone do not', () => {
    const exposedOnly = serving('api', [{ name: 'exposedport-5000-tcp', port: 5000, targetPort: 5000, protocol: 'TCP' }]);
    expect(isolate([exposedOnly]).networkPolicies.map((p) => p.name)).toStrictEqual(['iotedge-device-isolation']);
    const both = serving('api', [{ name: 'exposedport-5000-tcp', port: 5000, targetPort: 5000, protocol: 'TCP' }, hostPort(8080, 8080)]);
    const policy = isolate([both]).networkPolicies.find((p) => p.name === 'api-published-ports');
    expect(policy?.spec['ingress']).toStrictEqual([{ ports: [{ port: 8080, protocol: 'TCP' }] }]);
  });

  it('the module’s own labels, annotations and selector labels; ports are target ports, once each, TCP before UDP', () => {
    const web = serving('web', [hostPort(8080, 8000), hostPort(80, 8000), hostPort(5683, 5683, 'UDP'), hostPort(5683, 5683)]);
    const policy = isolate([web]).networkPolicies.find((p) => p.name !== DEVICE_NETWORK_POLICY);
    expect(policy).toStrictEqual({
      name: 'web-published-ports',
      labels: web.labels,
      annotations: web.annotations,
      spec: {
        podSelector: { matchLabels: { 'net.azure-devices.edge.deviceid': 'edge-01', 'net.azure-devices.edge.module': 'web' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ port: 5683, protocol: 'TCP' }, { port: 5683, protocol: 'UDP' }, { port: 8000, protocol: 'TCP' }] }],
      },
    });
  });

  it('a hostNetwork module gets none even when its Service has published ports (NetworkPolicy does not see its traffic)', () => {
    const hub = serving('edgehub', [hostPort(8883, 8883)], { pod: podIntent({ hostNetwork: true }) });
    expect(isolate([hub]).networkPolicies.map((p) => p.name)).toStrictEqual(['iotedge-device-isolation']);
  });

  it('policies are sorted by name, the namespace-wide one among them', () => {
    const names = isolate([serving('zeta', [hostPort(1, 1)]), serving('alpha', [hostPort(2, 2)])]).networkPolicies.map((p) => p.name);
    expect(names).toStrictEqual(['alpha-published-ports', 'iotedge-device-isolation', 'zeta-published-ports']);
  });
});

describe('ResourceQuota and LimitRange', () => {
  it.each<{ name: string; options: IsolationOptions; expected: { hard?: object; defaultLimits?: object; defaultRequests?: object } }>([
    { name: 'empty quota and limit maps make no objects', options: { namespaceQuota: {}, containerLimits: {}, containerRequests: {} }, expected: {} },
    { name: 'requests only: a LimitRange without default limits', options: { containerRequests: { memory: '64Mi' } }, expected: { defaultRequests: { memory: '64Mi' } } },
    { name: 'limits only (empty requests): a LimitRange without default requests', options: { containerLimits: { cpu: '500m' }, containerRequests: {} }, expected: { defaultLimits: { cpu: '500m' } } },
    { name: 'quota only: no LimitRange', options: { namespaceQuota: { pods: '5' } }, expected: { hard: { pods: '5' } } },
  ])('$name', ({ options, expected }) => {
    const { resourceQuota, limitRange } = isolate([], options);
    expect({
      ...(resourceQuota !== undefined ? { hard: resourceQuota.hard } : {}),
      ...(limitRange?.defaultLimits !== undefined ? { defaultLimits: limitRange.defaultLimits } : {}),
      ...(limitRange?.defaultRequests !== undefined ? { defaultRequests: limitRange.defaultRequests } : {}),
    }).toStrictEqual(expected);
    expect(limitRange === undefined).toBe(expected.defaultLimits === undefined && expected.defaultRequests === undefined);
  });

  it('quota and limit keys are written sorted (deterministic bytes), with the device labels', () => {
    const result = isolate([], { namespaceQuota: { pods: '20', 'limits.memory': '8Gi', 'limits.cpu': '4' }, containerLimits: { memory: '512Mi', cpu: '500m' } });
    expect(Object.keys(result.resourceQuota!.hard)).toStrictEqual(['limits.cpu', 'limits.memory', 'pods']);
    expect(Object.keys(result.limitRange!.defaultLimits!)).toStrictEqual(['cpu', 'memory']);
    expect([result.resourceQuota!.name, result.resourceQuota!.labels, result.resourceQuota!.annotations]).toStrictEqual(['iotedge-device-quota', deviceLabels(), deviceAnnotations()]);
    expect([result.limitRange!.name, result.limitRange!.labels, result.limitRange!.annotations]).toStrictEqual(['iotedge-device-limits', deviceLabels(), deviceAnnotations()]);
  });
});
