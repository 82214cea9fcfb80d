import { ConfigError, InternalError } from '../errors.js';
import { isDnsLabel } from '../names.js';
import { DEVICES_DIR } from '../plan/inventory.js';

/** Characters a cluster name may not hold, because it becomes one directory name on every OS Git runs on. */
const UNSAFE_SEGMENT = /[/\\:*?"<>|\u0000-\u001f]/;

/**
 * The directory of a device relative to the output root: `devices/<cluster>/<namespace>`, POSIX.
 * The cluster comes from a twin tag, so it is checked here to be one safe path segment (no separator,
 * not `.` or `..`): anything else would write outside the device tree. The namespace is a DNS-1123 label
 * by the DeviceIntent contract; a violation is a bug upstream.
 * @throws ConfigError for an unsafe cluster name, InternalError for an invalid namespace.
 */
export function deviceDir(cluster: string, namespace: string, deviceId?: string): string {
  if (cluster === '' || cluster === '.' || cluster === '..' || UNSAFE_SEGMENT.test(cluster)) {
    throw new ConfigError(
      `cluster name '${cluster}' cannot be a directory name (empty, '.', '..', or holds / \\ : * ? " < > | or a control character)`,
      { stage: 'render', deviceId },
    );
  }
  if (!isDnsLabel(namespace)) {
    throw new InternalError(`namespace '${namespace}' is not a DNS-1123 label`, { stage: 'render', deviceId });
  }
  return `${DEVICES_DIR}/${cluster}/${namespace}`;
}
