import { JsonPatch } from 'cdk8s';
import type { JsonObject } from '../model/json.js';

/**
 * cdk8s JSON patches kept per object (kind + name) and applied to the object's final Kubernetes JSON.
 *
 * Why not `ApiObject.of(x).addJsonPatch()`: on objects built from the generated `k8s` classes (every
 * cdk8s-plus L2 object), cdk8s applies those patches to the construct's *props* before converting them
 * to Kubernetes JSON, and the conversion drops whatever is not a known prop of the expected TypeScript
 * shape — `hostIPC` (the prop is `hostIpc`), a quantity given as a string, an `int-or-string` port, any
 * field of a verbatim `k8s-experimental` object that the typed API lacks — silently
 * (cdk8s-team/cdk8s#2172, cdk8s-team/cdk8s#1184). Applying the same patches after `chart.toJson()`
 * writes exactly the values given.
 */
export class ObjectPatches {
  private readonly _byObject = new Map<string, JsonPatch[]>();

  /** Queues patches for the object of this kind and name, applied in the order given. */
  add(kind: string, name: string, ...patches: JsonPatch[]): void {
    const key = _key(kind, name);
    const queued = this._byObject.get(key);
    if (queued === undefined) this._byObject.set(key, [...patches]);
    else queued.push(...patches);
  }

  /**
   * The object with its queued patches applied (the object itself is modified and returned). A `remove`
   * of a path that is not there is a no-op (fast-json-patch without validation), which is why tests
   * check the final objects field by field.
   */
  applyTo(object: JsonObject): JsonObject {
    const metadata = object['metadata'] as JsonObject | undefined;
    const patches = this._byObject.get(_key(String(object['kind']), String(metadata?.['name'])));
    return patches === undefined ? object : (JsonPatch.apply(object, ...patches) as JsonObject);
  }
}

function _key(kind: string, name: string): string {
  return `${kind}\u0000${name}`;
}
