import type { JsonValue } from './json.js';

/**
 * Deepest nesting of objects and arrays that a configuration's content may have. IoT Hub itself caps
 * twin documents at depth 10 (spec §7), and a real `modulesContent` adds about five levels above that;
 * 100 leaves room for anything IoT Hub accepts while keeping every recursive walk of the tool (merge,
 * hashing, rendering) far from the JavaScript stack limit, which 10,000 levels exceed.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * The keys leading to the first container nested deeper than `max` levels (the value itself is level 1),
 * or null when `value` stays within `max`. Iterative, so it never overflows the stack on hostile input.
 */
export function findTooDeep(value: JsonValue, max: number = MAX_JSON_DEPTH): (string | number)[] | null {
  const stack: { value: JsonValue; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= max) return path;
    if (Array.isArray(current)) current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: [...path, key] });
  }
  return null;
}
