/**
 * addService: the workload's Service — type, ports (name, port, targetPort, protocol) in the intent's order,
 * selector = the workload's selectorLabels, loadBalancerIP when set, the workload's labels, its annotations
 * merged with the Service's own (the Service's win), and no `externalIPs: []` (k8s-mapping.md §3.1, §7.2 row 30).
 */
import type { JsonValue } from '../../src/model/json.js';
import { renderDeviceObjects } from '../../src/render/render-device.js';
import type { WorkloadIntent } from '../../src/translate/device-intent.js';
import { nestedEdgeDevice } from '../fixtures/render/nested-edge-device.js';
import { NAMESPACE, workloadIntent } from '../builders.js';
import { MODULE_ANNOTATIONS, MODULE_LABELS, SELECTOR, at, objectOf, renderWorkload } from '../helpers/rendered-objects.js';

describe('addService (through renderDeviceObjects)', () => {
  const objects = renderDeviceObjects(nestedEdgeDevice());

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

  it('no annotations on the workload or the Service: the Service has no annotations', () => {
    const service = { type: 'ClusterIP' as const, ports: [{ name: 'p', port: 80, targetPort: 80, protocol: 'TCP' as const }], annotations: {} };
    const metadata = at(objectOf(renderWorkload(workloadIntent('web', { service, annotations: {} })), 'Service', 'web'), ['metadata']);
    expect(metadata).toStrictEqual({ name: 'web', namespace: NAMESPACE, labels: MODULE_LABELS('web') });
  });
});
