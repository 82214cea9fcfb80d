import { ConfigError } from '../errors.js';
import type { DeviceIntent, StringMap } from '../translate/device-intent.js';
import { KUSTOMIZATION_FILE } from './render-kustomization.js';
import type { RenderedDevice } from './rendered-device.js';

/**
 * Largest object a Kubernetes API server stores: etcd refuses requests over `--max-request-bytes`, 1.5 MiB by
 * default (https://etcd.io/docs/v3.5/dev-guide/limit/). Measured on the YAML file, whose size is close to the
 * JSON the server receives.
 */
export const MAX_OBJECT_BYTES = 1.5 * 1024 * 1024;

/** Largest total of an object's annotations (keys + values) the API server accepts (apimachinery TotalAnnotationSizeLimitB). */
export const MAX_ANNOTATION_BYTES = 256 * 1024;

/**
 * Refuses a rendered device that a Kubernetes API server would refuse: an object over MAX_OBJECT_BYTES, or
 * annotations (createOptions.Labels become pod and Service annotations) over MAX_ANNOTATION_BYTES. Writing it
 * would only move the failure to Flux or Argo CD, after the device's previous manifests were replaced; as a
 * ConfigError, the device keeps its last good output instead.
 * @throws ConfigError naming the device, the module and the file or annotations, for the first problem found.
 */
export function checkObjectSizes(intent: DeviceIntent, rendered: RenderedDevice): void {
  const context = { stage: 'render', deviceId: intent.deviceId };
  for (const workload of intent.workloads) {
    const maps: [string, StringMap | undefined][] = [
      ['the Deployment\'s pod annotations (createOptions.Labels)', workload.podAnnotations],
      ['the Service\'s annotations (createOptions.Labels)', workload.service && { ...workload.annotations, ...workload.service.annotations }],
    ];
    for (const [what, map] of maps) {
      const bytes = map === undefined ? 0 : _mapBytes(map);
      if (bytes > MAX_ANNOTATION_BYTES) {
        throw new ConfigError(`${what} total ${_size(bytes)}, more than the ${_size(MAX_ANNOTATION_BYTES)} Kubernetes accepts`, { ...context, module: workload.module });
      }
    }
  }
  for (const [name, content] of rendered.files) {
    if (name === KUSTOMIZATION_FILE) continue;
    // Cheap bound first: a UTF-8 byte is at least one UTF-16 unit and at most three.
    if (content.length * 3 <= MAX_OBJECT_BYTES) continue;
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > MAX_OBJECT_BYTES) {
      const module = _moduleOf(intent, name);
      throw new ConfigError(
        `${rendered.dir}/${name} would be ${_size(bytes)}, more than the ${_size(MAX_OBJECT_BYTES)} a Kubernetes API server accepts for one object (etcd's default request limit)`,
        { ...context, ...(module !== undefined ? { module } : {}) },
      );
    }
  }
}

function _mapBytes(map: StringMap): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(map)) bytes += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
  return bytes;
}

/** The module whose object `file` is, from the workload (or twin ConfigMap) it is named after. */
function _moduleOf(intent: DeviceIntent, file: string): string | undefined {
  for (const workload of intent.workloads) {
    if ([`deployment-${workload.name}.yaml`, `service-${workload.name}.yaml`, `serviceaccount-${workload.name}.yaml`, `configmap-${workload.name}-twin.yaml`].includes(file)) return workload.module;
  }
  return undefined;
}

function _size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
