import { ApiObject, type Chart } from 'cdk8s';
import type { NetworkPolicyIntent } from '../translate/isolation-intent.js';
import { objectMetadata } from './object-metadata.js';

/**
 * A NetworkPolicy (networking.k8s.io/v1) with the intent's spec as written. A plain ApiObject: the `k8s` L1
 * construct would make every port an IntOrString and the cdk8s-plus L2 builds its own peers and rules, while
 * the intent already holds the spec in Kubernetes' spelling.
 */
export function addNetworkPolicy(chart: Chart, namespace: string, policy: NetworkPolicyIntent): void {
  new ApiObject(chart, `networkpolicy-${policy.name}`, {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: objectMetadata(policy.name, namespace, policy.labels, policy.annotations),
    spec: policy.spec,
  });
}
