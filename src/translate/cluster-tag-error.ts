import { ConfigError } from '../errors.js';
import type { EdgeDevice } from '../model/edge-device.js';
import { jsonPath } from '../model/json-path.js';
import { DEFAULT_CLUSTER_TAG } from './translate-options.js';

/**
 * The error of a device whose cluster tag is set to something other than a string (a number, object, array or
 * boolean): its cluster, and so its directory, is unknown, and guessing `default` would move its workloads to
 * another cluster. Undefined when the tag is a string or absent (null counts as absent: IoT Hub removes a tag set
 * to null). The message names the type, never the value.
 */
export function clusterTagError(device: EdgeDevice, clusterTag: string = DEFAULT_CLUSTER_TAG): ConfigError | undefined {
  // Own keys only: a tag named `constructor` must not find Object's.
  const value = Object.hasOwn(device.tags, clusterTag) ? device.tags[clusterTag] : undefined;
  if (value === undefined || value === null || typeof value === 'string') return undefined;
  const type = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  return new ConfigError(`the cluster tag '${clusterTag}' must be a string (it names the device's cluster directory), got ${type}; the device keeps its last good output`, {
    stage: 'translate',
    deviceId: device.deviceId,
    jsonPath: jsonPath('tags', clusterTag),
  });
}
