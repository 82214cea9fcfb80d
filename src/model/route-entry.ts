import { isJsonObject, type JsonValue } from './json.js';
import type { Problem } from './problem.js';
import { parseRoute, RouteSyntaxError, type ParsedRoute } from './route.js';

/** One `routes.<name>` entry of `$edgeHub`, string or object form, checked. */
export interface RouteEntry {
  readonly name: string;
  readonly route: string;
  /** 0 (highest) … 9; undefined when not given. */
  readonly priority?: number;
  /** undefined when not given; 0 or undefined inherit storeAndForwardConfiguration.timeToLiveSecs. */
  readonly timeToLiveSecs?: number;
  readonly parsed: ParsedRoute;
}

/** Route names from `$edgeHub` schema 1.1 on (az CLI schema): no `.`, `$`, `#` or space. */
const ROUTE_NAME = /^[^.$# ]+$/;
const MAX_TTL = 4294967295;

/**
 * Checks one route the way edgeHub reads it (spec §6, §10 items 20–21): a string, or from schema 1.1 on
 * an object `{route, priority 0–9, timeToLiveSecs ≥ 0}`; the route text must parse (parseRoute). Used for
 * base `$edgeHub` routes, layered `properties.desired.routes.<name>` keys and merged device manifests.
 *
 * `schemaVersion` is the `$edgeHub` schemaVersion, or undefined for a layered route (a layer has none:
 * both forms are accepted there and the merged manifest is checked again against the base's version).
 * Problem paths are relative to the `routes` object. Returns undefined when the route is unusable.
 */
export function readRouteEntry(
  name: string,
  value: JsonValue,
  schemaVersion: string | undefined,
  problems: Problem[],
): RouteEntry | undefined {
  const before = problems.length;
  if (name === '') problems.push({ path: [name], message: 'a route name must not be empty' });
  else if (schemaVersion !== '1.0' && !ROUTE_NAME.test(name)) {
    problems.push({ path: [name], message: `route name '${name}' must not contain '.', '$', '#' or spaces` });
  }

  let text: string;
  let textPath: string[];
  let priority: number | undefined;
  let timeToLiveSecs: number | undefined;
  if (typeof value === 'string') {
    text = value;
    textPath = [name];
  } else if (isJsonObject(value)) {
    if (schemaVersion === '1.0') {
      problems.push({
        path: [name],
        message: `route '${name}' is an object, but $edgeHub schemaVersion 1.0 accepts only string routes; use schemaVersion 1.1 or later for {route, priority, timeToLiveSecs}`,
      });
      return undefined;
    }
    // edgeHub deserialises the object with Newtonsoft: members matched case-insensitively, unknown members
    // (`_comment`) ignored; the schema check reports those as warnings.
    const member = (wanted: string): JsonValue | undefined => {
      const key = wanted in value ? wanted : Object.keys(value).find((k) => k.toLowerCase() === wanted.toLowerCase());
      return key === undefined ? undefined : value[key];
    };
    const route = member('route');
    if (typeof route !== 'string') {
      problems.push({ path: [name, 'route'], message: `route '${name}' needs a string 'route'` });
      return undefined;
    }
    text = route;
    textPath = [name, 'route'];
    const p = member('priority');
    if (p !== undefined) {
      if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 9) {
        problems.push({ path: [name, 'priority'], message: `route priority must be an integer from 0 (highest) to 9 (got ${JSON.stringify(p)})` });
      } else priority = p;
    }
    const ttl = member('timeToLiveSecs');
    if (ttl !== undefined) {
      if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TTL) {
        problems.push({ path: [name, 'timeToLiveSecs'], message: `route timeToLiveSecs must be an integer from 0 to ${MAX_TTL} (got ${JSON.stringify(ttl)})` });
      } else timeToLiveSecs = ttl;
    }
  } else {
    problems.push({
      path: [name],
      message: `route '${name}' must be a string or an object {route, priority, timeToLiveSecs} (got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})`,
    });
    return undefined;
  }

  let parsed: ParsedRoute;
  try {
    parsed = parseRoute(text);
  } catch (error) {
    if (!(error instanceof RouteSyntaxError)) throw error;
    problems.push({ path: textPath, message: `route '${name}' does not parse: ${error.message}` });
    return undefined;
  }
  if (parsed.ignoredFrom !== undefined) {
    problems.push({
      path: textPath,
      severity: 'warning',
      message: `route '${name}': the text after the sink (from character ${parsed.ignoredFrom}) is ignored, as edgeHub's route grammar stops after a complete route`,
    });
  }
  if (problems.slice(before).some((p) => p.severity !== 'warning')) return undefined;
  return {
    name,
    route: text,
    ...(priority !== undefined ? { priority } : {}),
    ...(timeToLiveSecs !== undefined ? { timeToLiveSecs } : {}),
    parsed,
  };
}
