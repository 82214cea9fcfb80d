import type { JsonValue } from './json.js';

const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** True when `text` holds a UTF-16 surrogate that is not half of a pair (JSON `"\ud800"` gives one). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * The path (keys and indexes) to the first key or string value under `value` that holds a lone surrogate, or
 * null. Such text has no UTF-8 form, so no YAML file, Kubernetes object or Git commit can carry it: the model
 * refuses it where it enters, naming the configuration or device and this path, rather than letting the YAML
 * writer fail on it or replace it with U+FFFD (which would change a value silently).
 */
export function findLoneSurrogate(value: JsonValue, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i]!, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    if (hasLoneSurrogate(key)) return [...path, key];
    const found = findLoneSurrogate(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The message of a lone-surrogate problem. */
export const LONE_SURROGATE_MESSAGE = 'holds a lone UTF-16 surrogate (a \\uD800–\\uDFFF escape that is not half of a pair): not Unicode text, so no Kubernetes object (UTF-8) can hold it';
