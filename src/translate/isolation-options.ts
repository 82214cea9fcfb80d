/**
 * What isolates one device's namespace from the rest of the cluster, as the CLI resolves it from flags
 * (`--max-pod-security`, `--expose-from`, `--egress-to`, `--namespace-quota`, `--container-limits`,
 * `--container-requests`). Translate turns it into the device's NetworkPolicies, namespace labels,
 * ResourceQuota and LimitRange.
 */
import type { StringMap } from './device-intent.js';
import type { PodSecurityLevel } from './pod-security-level.js';

/**
 * A source or destination of traffic outside the device's namespace, as a NetworkPolicy peer:
 * `{ cidr }` → `ipBlock`, `{ namespaceLabels }` → `namespaceSelector.matchLabels` (every pod of the
 * namespaces carrying those labels).
 */
export type NetworkPeerOption = { readonly cidr: string } | { readonly namespaceLabels: StringMap };

export interface IsolationOptions {
  /**
   * A device whose modules need a less restricted Pod Security level fails (it keeps its last good output).
   * @default undefined: any level, the namespace is labelled with what it needs
   */
  readonly maxPodSecurity?: PodSecurityLevel;
  /**
   * Who may reach the ports modules publish (`PortBindings`, the device's public face): `'all'` (any source),
   * `'none'` (only the device's own pods), or a list of peers.
   * @default 'all', as a device's host ports are open to its network
   */
  readonly exposeFrom?: 'all' | 'none' | readonly NetworkPeerOption[];
  /**
   * Where the device's pods may open connections besides their own namespace and DNS: `'all'`, or a list of peers.
   * @default 'all' (egress is not restricted)
   */
  readonly egressTo?: 'all' | readonly NetworkPeerOption[];
  /** `ResourceQuota.spec.hard` of each device namespace (`limits.cpu: '2'`, `pods: '20'`). @default undefined: no ResourceQuota */
  readonly namespaceQuota?: StringMap;
  /** `LimitRange` default limits of each container that sets none (`cpu: 500m`). @default undefined */
  readonly containerLimits?: StringMap;
  /** `LimitRange` default requests of each container that sets none. @default undefined */
  readonly containerRequests?: StringMap;
}

/** @default value of IsolationOptions.exposeFrom. */
export const DEFAULT_EXPOSE_FROM = 'all';
/** @default value of IsolationOptions.egressTo. */
export const DEFAULT_EGRESS_TO = 'all';
