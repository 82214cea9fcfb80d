import { JsonPatch, type Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import type { WorkloadIntent } from '../translate/device-intent.js';
import { objectMetadata } from './object-metadata.js';
import type { ObjectPatches } from './object-patches.js';

/**
 * The workload's ServiceAccount (cdk8s-plus L2), named like the workload, with the workload's labels and
 * annotations. cdk8s-plus writes `automountServiceAccountToken: false`; it is removed: the intent does not
 * ask for it, and IoT Edge modules never had a Kubernetes identity to mount or not, so the Kubernetes
 * default stays (same choice on the pod, see `addDeployment`).
 */
export function addServiceAccount(
  chart: Chart,
  patches: ObjectPatches,
  namespace: string,
  workload: WorkloadIntent,
): kplus.ServiceAccount {
  const serviceAccount = new kplus.ServiceAccount(chart, `serviceaccount-${workload.name}`, {
    metadata: objectMetadata(workload.name, namespace, workload.labels, workload.annotations),
  });
  patches.add('ServiceAccount', workload.name, JsonPatch.remove('/automountServiceAccountToken'));
  return serviceAccount;
}
