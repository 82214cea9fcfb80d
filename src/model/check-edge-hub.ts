import { isJsonObject, type JsonValue } from './json.js';
import type { Problem } from './problem.js';
import { readRouteEntry, type RouteEntry } from './route-entry.js';
import { checkEdgeHubSchema, EDGE_HUB_SCHEMA_VERSIONS } from './schema-check.js';

/**
 * Checks a whole `$edgeHub` desired document (a base deployment's, or a device's after layering):
 * schemaVersion 1.0 … 1.3 (edgeHub rejects others, spec §10.19; the schema check is then skipped), the
 * az CLI schema of that version (1.3: see edge-hub-schema-1-3.ts) and every route (route-entry.ts).
 * Problem paths are relative to the document; every problem names module `$edgeHub`.
 * Returns the schemaVersion when supported and the routes that are usable, in key order.
 */
export function checkEdgeHubDesired(desired: JsonValue, problems: Problem[]): { version: string | undefined; routes: RouteEntry[] } {
  const found: Problem[] = [];
  const result = _check(desired, found);
  for (const problem of found) problems.push({ ...problem, module: '$edgeHub' });
  return result;
}

function _check(desired: JsonValue, problems: Problem[]): { version: string | undefined; routes: RouteEntry[] } {
  if (!isJsonObject(desired)) {
    problems.push({ path: [], message: "$edgeHub 'properties.desired' must be an object" });
    return { version: undefined, routes: [] };
  }
  const version = desired['schemaVersion'];
  let supported: string | undefined;
  if (typeof version === 'string' && EDGE_HUB_SCHEMA_VERSIONS.includes(version)) {
    supported = version;
    checkEdgeHubSchema(desired, version, problems);
  } else {
    problems.push({
      path: ['schemaVersion'],
      message:
        version === undefined
          ? 'schemaVersion is missing; edgeHub accepts $edgeHub schemaVersion 1.0, 1.1, 1.2 or 1.3'
          : `unsupported $edgeHub schemaVersion ${JSON.stringify(version)}: edgeHub accepts only 1.0, 1.1, 1.2 and 1.3`,
    });
  }
  const routes: RouteEntry[] = [];
  const routesValue = desired['routes'];
  if (isJsonObject(routesValue)) {
    for (const [name, value] of Object.entries(routesValue)) {
      const routeProblems: Problem[] = [];
      const entry = readRouteEntry(name, value, supported, routeProblems);
      for (const problem of routeProblems) problems.push({ ...problem, path: ['routes', ...problem.path] });
      if (entry !== undefined) routes.push(entry);
    }
  } else if (supported === undefined && routesValue !== undefined) {
    problems.push({ path: ['routes'], message: 'routes must be an object' });
  }
  return { version: supported, routes };
}
