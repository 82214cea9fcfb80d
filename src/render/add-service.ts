import { JsonPatch, type Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import type { ServiceIntent, WorkloadIntent } from '../translate/device-intent.js';
import { objectMetadata } from './object-metadata.js';
import type { ObjectPatches } from './object-patches.js';

/**
 * The workload's Service (cdk8s-plus L2), named like the workload: type, ports (name, port, targetPort,
 * protocol) in the intent's order, selector = the workload's selectorLabels exactly, loadBalancerIP when set.
 * Labels are the workload's; annotations are the workload's merged with the Service's own (the Service's
 * win on a shared key: they carry createOptions.Labels meant for load-balancer controllers).
 * cdk8s-plus writes `externalIPs: []`; it is removed.
 */
export function addService(
  chart: Chart,
  patches: ObjectPatches,
  namespace: string,
  workload: WorkloadIntent,
  service: ServiceIntent,
): void {
  const object = new kplus.Service(chart, `service-${workload.name}`, {
    // Annotations by patch: cdk8s's generated toJson copies a map once per key (quadratic; 10,000 labels took 13 s).
    metadata: objectMetadata(workload.name, namespace, workload.labels, {}),
    type: service.type as kplus.ServiceType,
    ports: service.ports.map((port) => ({
      name: port.name,
      port: port.port,
      targetPort: port.targetPort,
      protocol: port.protocol as kplus.Protocol,
    })),
  });
  for (const [key, value] of Object.entries(workload.selectorLabels)) object.selectLabel(key, value);
  patches.add('Service', workload.name, JsonPatch.remove('/spec/externalIPs'));
  const annotations = { ...workload.annotations, ...service.annotations };
  if (Object.keys(annotations).length > 0) patches.add('Service', workload.name, JsonPatch.add('/metadata/annotations', annotations));
  if (service.loadBalancerIP !== undefined) {
    patches.add('Service', workload.name, JsonPatch.add('/spec/loadBalancerIP', service.loadBalancerIP));
  }
}
