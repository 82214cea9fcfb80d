/**
 * Test helpers for reading rendered Kubernetes objects (renderDeviceObjects output) and the labels and
 * annotations the builders' device (test/builders/device-intents.ts) gives every module object.
 */
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import { renderDeviceObjects } from '../../src/render/render-device.js';
import type { WorkloadIntent } from '../../src/translate/device-intent.js';
import { DEVICE_ID, deviceAnnotations, deviceIntent, deviceLabels } from '../builders/device-intents.js';

/** The rendered object of this kind and name (fails the test when absent). */
export function objectOf(objects: JsonObject[], kind: string, name: string): JsonObject {
  const found = objects.find((o) => o['kind'] === kind && (o['metadata'] as JsonObject)['name'] === name);
  if (found === undefined) throw new Error(`no ${kind}/${name} among ${objects.map((o) => o['kind']).join(', ')}`);
  return found;
}

/** The value at `path` inside `value`; undefined when a segment is missing. */
export function at(value: JsonValue | undefined, path: readonly (string | number)[]): JsonValue | undefined {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, JsonValue>)[segment as string];
  }
  return current;
}

/** The objects of the builders' device with this one workload. */
export function renderWorkload(workload: WorkloadIntent): JsonObject[] {
  return renderDeviceObjects(deviceIntent({ workloads: [workload] }));
}

/** Labels of a module's objects (`name` = the resource name). */
export const MODULE_LABELS = (name: string): Record<string, string> => ({
  ...deviceLabels(),
  'app.kubernetes.io/name': name,
  'net.azure-devices.edge.module': name,
});

/** Annotations of a module's objects (`module` = the IoT Edge module name). */
export const MODULE_ANNOTATIONS = (module: string): Record<string, string> => ({
  ...deviceAnnotations(),
  'net.azure-devices.edge.module': module,
  // As the IoT Edge on Kubernetes runtime wrote it: edgeHub for $edgeHub.
  'net.azure-devices.edge.original-moduleid': module === '$edgeHub' ? 'edgeHub' : module,
});

/** Selector labels of a module's Deployment and Service: device id and module only. */
export const SELECTOR = (name: string): Record<string, string> => ({
  'net.azure-devices.edge.deviceid': DEVICE_ID,
  'net.azure-devices.edge.module': name,
});
