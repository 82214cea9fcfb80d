import type { ApiObjectMetadata } from 'cdk8s';
import type { StringMap } from '../translate/device-intent.js';

/**
 * cdk8s metadata for one object: name, namespace (omitted for the cluster-scoped Namespace) and copies of
 * the intent's labels and annotations (cdk8s keeps the maps it is given; the intent is read-only).
 * Empty maps are left out of the output by cdk8s.
 */
export function objectMetadata(
  name: string,
  namespace: string | undefined,
  labels: StringMap,
  annotations: StringMap,
): ApiObjectMetadata {
  return { name, namespace, labels: { ...labels }, annotations: { ...annotations } };
}
