import { InternalError } from '../errors.js';
import type { JsonObject } from '../model/json.js';

/**
 * File name of one object in its device directory: `namespace.yaml` for the Namespace (there is one per
 * directory), otherwise `<kind lower-cased>-<metadata.name>.yaml`, e.g. `deployment-edgehub.yaml`,
 * `configmap-edgehub-config.yaml`. Names are DNS-1123 (lower case, `-`, `.`), so the file name is unique per
 * kind and name, portable, and sorts by kind then name.
 * @throws InternalError when the object has no kind or name (a bug in render).
 */
export function manifestFileName(object: JsonObject): string {
  const kind = object['kind'];
  const metadata = object['metadata'];
  const name = typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? metadata['name'] : undefined;
  if (typeof kind !== 'string' || kind === '') {
    throw new InternalError('rendered object has no kind', { stage: 'render' });
  }
  if (kind === 'Namespace') return 'namespace.yaml';
  if (typeof name !== 'string' || name === '') {
    throw new InternalError(`rendered ${kind} has no metadata.name`, { stage: 'render' });
  }
  return `${kind.toLowerCase()}-${name}.yaml`;
}
