import { isJsonObject, type JsonValue } from '../../model/json.js';

/**
 * Members of the Kubernetes objects that `k8s-experimental` holds (PodSecurityContext, Volume, VolumeMount and
 * their parts) whose type is a number or a boolean wherever they occur in the core API. The IoT Edge on
 * Kubernetes runtime deserialised `k8s-experimental` into the Kubernetes C# client's typed models with
 * Newtonsoft.Json, which converts `"1"` to 1 and `"true"` to true for such members (Convert.ChangeType);
 * the API server does not, so this tool converts them as the runtime did.
 */
const INTEGER_MEMBERS = new Set(['fsGroup', 'runAsUser', 'runAsGroup', 'defaultMode', 'mode', 'partition', 'lun', 'expirationSeconds']);
const BOOLEAN_MEMBERS = new Set(['optional', 'readOnly', 'runAsNonRoot']);
const INTEGER_LISTS = new Set(['supplementalGroups']);

/** One conversion made, or one value that cannot convert (the runtime failed the module on it). */
export interface K8sTypedValueEvent {
  readonly path: readonly (string | number)[];
  readonly kind: 'converted' | 'invalid';
  readonly type: 'an integer' | 'a boolean';
}

/** A copy of `value` with those members converted; `events` lists each conversion and each value that cannot convert. */
export function typeK8sValues(value: JsonValue, events: K8sTypedValueEvent[], path: readonly (string | number)[] = []): JsonValue {
  if (Array.isArray(value)) return value.map((item, i) => typeK8sValues(item, events, [...path, i]));
  if (!isJsonObject(value)) return value;
  const result: Record<string, JsonValue> = {};
  for (const [key, member] of Object.entries(value)) {
    const at = [...path, key];
    let typed: JsonValue;
    if (INTEGER_MEMBERS.has(key)) typed = _integer(member, at, events);
    else if (BOOLEAN_MEMBERS.has(key)) typed = _boolean(member, at, events);
    else if (INTEGER_LISTS.has(key) && Array.isArray(member)) typed = member.map((item, i) => _integer(item, [...at, i], events));
    else typed = typeK8sValues(member, events, at);
    Object.defineProperty(result, key, { value: typed, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

function _integer(value: JsonValue, path: (string | number)[], events: K8sTypedValueEvent[]): JsonValue {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^[-+]?[0-9]+$/.test(text) && Number.isSafeInteger(Number(text))) {
    events.push({ path, kind: 'converted', type: 'an integer' });
    return Number(text);
  }
  events.push({ path, kind: 'invalid', type: 'an integer' });
  return value;
}

function _boolean(value: JsonValue, path: (string | number)[], events: K8sTypedValueEvent[]): JsonValue {
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === 'false') {
    events.push({ path, kind: 'converted', type: 'a boolean' });
    return text === 'true';
  }
  events.push({ path, kind: 'invalid', type: 'a boolean' });
  return value;
}
