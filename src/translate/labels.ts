import type { StringMap } from './device-intent.js';
import { labelValue } from '../names.js';

/** Label and annotation keys kept from the IoT Edge on Kubernetes runtime so existing tooling still matches. */
export const LABEL_DEVICE_ID = 'net.azure-devices.edge.deviceid';
export const LABEL_HUB = 'net.azure-devices.edge.hub';
export const LABEL_MODULE = 'net.azure-devices.edge.module';
export const ANNOTATION_ORIGINAL_MODULE_ID = 'net.azure-devices.edge.original-moduleid';
export const ANNOTATION_VERSION = 'net.azure-devices.edge.version';
export const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
export const LABEL_NAME = 'app.kubernetes.io/name';
export const MANAGED_BY = 'iotedge-gitops';

/** Labels of objects that belong to the device, not to one module (Namespace, PVCs, identity secrets). */
export function deviceLabels(hub: string, deviceId: string): StringMap {
  return {
    [LABEL_MANAGED_BY]: MANAGED_BY,
    [LABEL_DEVICE_ID]: labelValue(deviceId),
    [LABEL_HUB]: labelValue(hub),
  };
}

/** The original (unsanitized) ids, in annotations named like the labels. */
export function deviceAnnotations(hub: string, deviceId: string): StringMap {
  return { [LABEL_DEVICE_ID]: deviceId, [LABEL_HUB]: hub };
}

/** Labels of every object of one module's workload. */
export function moduleLabels(hub: string, deviceId: string, resourceName: string): StringMap {
  return {
    ...deviceLabels(hub, deviceId),
    [LABEL_NAME]: resourceName,
    [LABEL_MODULE]: labelValue(resourceName),
  };
}

/** Selector labels: device + module only, because a selector is immutable after creation. */
export function moduleSelectorLabels(deviceId: string, resourceName: string): StringMap {
  return { [LABEL_DEVICE_ID]: labelValue(deviceId), [LABEL_MODULE]: labelValue(resourceName) };
}

/**
 * The value of `net.azure-devices.edge.original-moduleid` as the IoT Edge on Kubernetes runtime wrote it: the
 * module name of the agent's module set, which is `edgeHub` / `edgeAgent` for the system modules (their
 * identities `$edgeHub` / `$edgeAgent` are in `net.azure-devices.edge.module`); user modules as named.
 */
export function originalModuleId(moduleName: string): string {
  return moduleName === '$edgeHub' || moduleName === '$edgeAgent' ? moduleName.slice(1) : moduleName;
}

/** Annotations with the original ids of a module's objects. */
export function moduleAnnotations(hub: string, deviceId: string, moduleName: string): StringMap {
  return {
    ...deviceAnnotations(hub, deviceId),
    [LABEL_MODULE]: moduleName,
    [ANNOTATION_ORIGINAL_MODULE_ID]: originalModuleId(moduleName),
  };
}
