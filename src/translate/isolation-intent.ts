/**
 * The objects that bound one device inside its namespace, in Kubernetes field vocabulary (render writes them
 * verbatim): NetworkPolicies, a ResourceQuota and a LimitRange. See `device-isolation.ts`.
 */
import type { JsonObject } from '../model/json.js';
import type { StringMap } from './string-map.js';

/** A NetworkPolicy (networking.k8s.io/v1); `spec` as Kubernetes spells it. */
export interface NetworkPolicyIntent {
  readonly name: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly spec: JsonObject;
}

/** The ResourceQuota of the namespace: `spec.hard`. */
export interface ResourceQuotaIntent {
  readonly name: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly hard: StringMap;
}

/** The LimitRange of the namespace: one `Container` item with `default` (limits) and/or `defaultRequest`. */
export interface LimitRangeIntent {
  readonly name: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly defaultLimits?: StringMap;
  readonly defaultRequests?: StringMap;
}
