import { JsonPatch, type Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import type { DeviceIntent } from '../translate/device-intent.js';
import { podSecurityLabels } from '../translate/device-pod-security.js';
import { objectMetadata } from './object-metadata.js';
import type { ObjectPatches } from './object-patches.js';

/**
 * The device's Namespace (cdk8s-plus L2), named `intent.namespace`, with the device labels and annotations, and
 * the Pod Security Admission labels of the level its pods need (when the intent says it).
 * cdk8s-plus writes an empty `spec: {}`; it is removed so the object holds only what the intent says.
 */
export function addNamespace(chart: Chart, patches: ObjectPatches, intent: DeviceIntent): void {
  new kplus.Namespace(chart, 'namespace', {
    metadata: objectMetadata(
      intent.namespace,
      undefined,
      intent.podSecurityLevel === undefined ? intent.labels : { ...intent.labels, ...podSecurityLabels(intent.podSecurityLevel) },
      intent.annotations,
    ),
  });
  patches.add('Namespace', intent.namespace, JsonPatch.remove('/spec'));
}
