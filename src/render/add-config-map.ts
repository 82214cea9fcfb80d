import { JsonPatch, type Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import type { ConfigMapIntent } from '../translate/device-intent.js';
import { objectMetadata } from './object-metadata.js';
import type { ObjectPatches } from './object-patches.js';

/**
 * A ConfigMap (cdk8s-plus L2) with exactly the intent's data, labels and annotations. cdk8s-plus writes
 * `immutable: false`; it is removed (the intent does not set it).
 */
export function addConfigMap(chart: Chart, patches: ObjectPatches, namespace: string, configMap: ConfigMapIntent): void {
  new kplus.ConfigMap(chart, `configmap-${configMap.name}`, {
    metadata: objectMetadata(configMap.name, namespace, configMap.labels, configMap.annotations),
    data: { ...configMap.data },
  });
  patches.add('ConfigMap', configMap.name, JsonPatch.remove('/immutable'));
}
