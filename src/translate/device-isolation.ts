/**
 * A device's namespace as isolated as a device on its own hardware, where modules share a private Docker network
 * with their edgeHub and only published host ports face the outside:
 *
 * - NetworkPolicy `iotedge-device-isolation` selects every pod of the namespace: ingress only from the namespace's
 *   own pods (so any other namespace is refused); egress open, or with `egressTo` only to the namespace's own
 *   pods, DNS (port 53, any destination: node-local DNS caches listen on link-local addresses) and the given peers.
 * - NetworkPolicy `<module>-published-ports` per module that publishes ports (`PortBindings`): ingress on those
 *   container ports from `exposeFrom` (NetworkPolicy matches the pod's port, after the Service's translation).
 * - ResourceQuota `iotedge-device-quota` and LimitRange `iotedge-device-limits` when their options are set.
 *
 * NetworkPolicy does not apply to `hostNetwork` pods (their traffic is the node's), and traffic from them reaches
 * the namespace's other pods from the node's address, which no policy can tell from other node traffic. So a device
 * with a hostNetwork module gets ingress open to every source (else its modules could not reach each other), and
 * with restricted egress, its pods may reach the hostNetwork modules' ports at any address.
 */
import type { StringMap, WorkloadIntent } from './device-intent.js';
import type { LimitRangeIntent, NetworkPolicyIntent, ResourceQuotaIntent } from './isolation-intent.js';
import { DEFAULT_EGRESS_TO, DEFAULT_EXPOSE_FROM, type IsolationOptions, type NetworkPeerOption } from './isolation-options.js';
import type { JsonObject } from '../model/json.js';

/** Name of the NetworkPolicy that selects every pod of a device namespace. */
export const DEVICE_NETWORK_POLICY = 'iotedge-device-isolation';
/** Suffix of the per-module NetworkPolicy that opens its published ports. */
export const PUBLISHED_PORTS_POLICY_SUFFIX = '-published-ports';
/** Name of the namespace's ResourceQuota. */
export const DEVICE_RESOURCE_QUOTA = 'iotedge-device-quota';
/** Name of the namespace's LimitRange. */
export const DEVICE_LIMIT_RANGE = 'iotedge-device-limits';
/** Service ports made from `PortBindings` carry this name prefix (see create-options/ports.ts). */
const PUBLISHED_PORT_PREFIX = 'hostport-';

/** The isolation objects of one device namespace. */
export interface DeviceIsolation {
  /** Sorted by name. */
  readonly networkPolicies: readonly NetworkPolicyIntent[];
  readonly resourceQuota?: ResourceQuotaIntent;
  readonly limitRange?: LimitRangeIntent;
}

/** Builds the device's isolation objects from its workloads (sorted by name) and the options. Pure. */
export function deviceIsolation(
  workloads: readonly WorkloadIntent[],
  options: IsolationOptions,
  labels: StringMap,
  annotations: StringMap,
): DeviceIsolation {
  const exposeFrom = options.exposeFrom ?? DEFAULT_EXPOSE_FROM;
  const egressTo = options.egressTo ?? DEFAULT_EGRESS_TO;
  const hostNetwork = workloads.filter((w) => w.pod.hostNetwork === true);
  const ownPods: JsonObject = { podSelector: {} };

  const spec: JsonObject = {
    podSelector: {},
    policyTypes: egressTo === 'all' ? ['Ingress'] : ['Ingress', 'Egress'],
    // An ingress rule without `from` admits every source.
    ingress: hostNetwork.length > 0 ? [{}] : [{ from: [ownPods] }],
  };
  if (egressTo !== 'all') {
    const egress: JsonObject[] = [
      { to: [ownPods] },
      { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
    ];
    const hostPorts = _ports(hostNetwork.flatMap((w) => w.container.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol }))));
    if (hostPorts.length > 0) egress.push({ ports: hostPorts });
    if (egressTo.length > 0) egress.push({ to: egressTo.map(_peer) });
    spec['egress'] = egress;
  }
  const policies: NetworkPolicyIntent[] = [{ name: DEVICE_NETWORK_POLICY, labels, annotations, spec }];

  if (exposeFrom !== 'none') {
    for (const workload of workloads) {
      if (workload.pod.hostNetwork === true) continue;
      const published = (workload.service?.ports ?? []).filter((p) => p.name.startsWith(PUBLISHED_PORT_PREFIX));
      if (published.length === 0) continue;
      const rule: JsonObject = { ports: _ports(published.map((p) => ({ port: p.targetPort, protocol: p.protocol }))) };
      if (exposeFrom !== 'all') rule['from'] = exposeFrom.map(_peer);
      policies.push({
        name: `${workload.name}${PUBLISHED_PORTS_POLICY_SUFFIX}`,
        labels: workload.labels,
        annotations: workload.annotations,
        spec: { podSelector: { matchLabels: { ...workload.selectorLabels } }, policyTypes: ['Ingress'], ingress: [rule] },
      });
    }
  }
  policies.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const hasLimits = options.containerLimits !== undefined && Object.keys(options.containerLimits).length > 0;
  const hasRequests = options.containerRequests !== undefined && Object.keys(options.containerRequests).length > 0;
  return {
    networkPolicies: policies,
    ...(options.namespaceQuota !== undefined && Object.keys(options.namespaceQuota).length > 0
      ? { resourceQuota: { name: DEVICE_RESOURCE_QUOTA, labels, annotations, hard: _sorted(options.namespaceQuota) } }
      : {}),
    ...(hasLimits || hasRequests
      ? {
          limitRange: {
            name: DEVICE_LIMIT_RANGE,
            labels,
            annotations,
            ...(hasLimits ? { defaultLimits: _sorted(options.containerLimits!) } : {}),
            ...(hasRequests ? { defaultRequests: _sorted(options.containerRequests!) } : {}),
          },
        }
      : {}),
  };
}

/** Distinct (port, protocol) pairs, sorted by port then protocol, as NetworkPolicy ports. */
function _ports(list: readonly { port: number; protocol: string }[]): JsonObject[] {
  const seen = new Map<string, { port: number; protocol: string }>();
  for (const p of list) seen.set(`${p.port}/${p.protocol}`, p);
  return [...seen.values()]
    .sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0))
    .map((p) => ({ port: p.port, protocol: p.protocol }));
}

function _peer(peer: NetworkPeerOption): JsonObject {
  return 'cidr' in peer ? { ipBlock: { cidr: peer.cidr } } : { namespaceSelector: { matchLabels: _sorted(peer.namespaceLabels) } };
}

function _sorted(map: StringMap): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(map).sort()) result[key] = map[key] as string;
  return result;
}
