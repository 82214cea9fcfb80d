/**
 * Builders of DeviceIntent test data, written by hand in Kubernetes vocabulary (the translator is built
 * elsewhere; render must not depend on it). Every builder returns a fresh object; overrides replace fields.
 */
import { originalModuleId } from '../../src/translate/labels.js';
import type {
  ContainerIntent,
  DeviceIntent,
  PodIntent,
  WorkloadIntent,
} from '../../src/translate/device-intent.js';

export const HUB = 'contoso-hub';
export const DEVICE_ID = 'edge-01';
export const NAMESPACE = 'msiot-contoso-hub-edge-01';

export function deviceLabels(): Record<string, string> {
  return {
    'app.kubernetes.io/managed-by': 'iotedge-gitops',
    'net.azure-devices.edge.deviceid': DEVICE_ID,
    'net.azure-devices.edge.hub': HUB,
  };
}

export function deviceAnnotations(): Record<string, string> {
  return { 'net.azure-devices.edge.deviceid': DEVICE_ID, 'net.azure-devices.edge.hub': HUB };
}

/** A container with only the required fields: everything optional left unset. */
export function containerIntent(name: string, overrides: Partial<ContainerIntent> = {}): ContainerIntent {
  return {
    name,
    image: `mcr.microsoft.com/azureiotedge-${name}:1.4`,
    env: [],
    ports: [],
    volumeMounts: [],
    securityContext: {},
    ...overrides,
  };
}

/** A pod with only the required lists, empty. */
export function podIntent(overrides: Partial<PodIntent> = {}): PodIntent {
  return { imagePullSecrets: [], volumes: [], ...overrides };
}

/** A minimal workload for `module` whose resource name is `name`. */
export function workloadIntent(
  name: string,
  overrides: Partial<WorkloadIntent> = {},
  module = name,
): WorkloadIntent {
  return {
    module,
    name,
    labels: {
      ...deviceLabels(),
      'app.kubernetes.io/name': name,
      'net.azure-devices.edge.module': name,
    },
    selectorLabels: { 'net.azure-devices.edge.deviceid': DEVICE_ID, 'net.azure-devices.edge.module': name },
    annotations: {
      ...deviceAnnotations(),
      'net.azure-devices.edge.module': module,
      'net.azure-devices.edge.original-moduleid': originalModuleId(module),
    },
    podAnnotations: { 'net.azure-devices.edge.original-moduleid': originalModuleId(module) },
    replicas: 1,
    container: containerIntent(name),
    pod: podIntent(),
    ...overrides,
  };
}

/** A device with the given workloads and nothing else; its directory `devices/<cluster>/<namespace>` (README "Output layout"). */
export function deviceIntent(overrides: Partial<DeviceIntent> = {}): DeviceIntent {
  const cluster = overrides.cluster ?? 'default';
  const namespace = overrides.namespace ?? NAMESPACE;
  return {
    deviceId: DEVICE_ID,
    hub: HUB,
    hostName: `${HUB}.azure-devices.net`,
    cluster,
    namespace,
    dir: `devices/${cluster}/${namespace}`,
    labels: deviceLabels(),
    annotations: deviceAnnotations(),
    workloads: [],
    configMaps: [],
    externalSecrets: [],
    persistentVolumeClaims: [],
    ...overrides,
  };
}
