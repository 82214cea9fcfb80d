import { ApiObject, type Chart } from 'cdk8s';
import type { JsonObject } from '../model/json.js';
import type { LimitRangeIntent, ResourceQuotaIntent } from '../translate/isolation-intent.js';
import { objectMetadata } from './object-metadata.js';

/** The namespace's ResourceQuota (v1): `spec.hard` with the quantity strings as given. */
export function addResourceQuota(chart: Chart, namespace: string, quota: ResourceQuotaIntent): void {
  new ApiObject(chart, `resourcequota-${quota.name}`, {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: objectMetadata(quota.name, namespace, quota.labels, quota.annotations),
    spec: { hard: { ...quota.hard } },
  });
}

/** The namespace's LimitRange (v1): one `Container` item whose `default` / `defaultRequest` fill containers that set none. */
export function addLimitRange(chart: Chart, namespace: string, range: LimitRangeIntent): void {
  const item: JsonObject = { type: 'Container' };
  if (range.defaultLimits !== undefined) item['default'] = { ...range.defaultLimits };
  if (range.defaultRequests !== undefined) item['defaultRequest'] = { ...range.defaultRequests };
  new ApiObject(chart, `limitrange-${range.name}`, {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: objectMetadata(range.name, namespace, range.labels, range.annotations),
    spec: { limits: [item] },
  });
}
