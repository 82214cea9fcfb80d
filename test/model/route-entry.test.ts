/**
 * readRouteEntry (src/model/route-entry.ts): one `$edgeHub` `routes.<name>` entry read the way edgeHub
 * reads it (spec §6, §10 items 20–21). Expected answers come from the edgeHub rules: string routes always;
 * object routes `{route, priority 0–9, timeToLiveSecs 0–4294967295}` from schema 1.1 on, members matched
 * case-insensitively (Newtonsoft); route names without '.', '$', '#' or space from 1.1 on (az CLI schema);
 * text after a complete route ignored with a warning. Any error makes the route unusable (undefined).
 */
import type { JsonValue } from '../../src/model/json.js';
import type { Problem } from '../../src/model/problem.js';
import { readRouteEntry } from '../../src/model/route-entry.js';

const ROUTE = 'FROM /messages/* INTO $upstream';

function read(name: string, value: JsonValue, version: string | undefined = '1.1') {
  const problems: Problem[] = [];
  const entry = readRouteEntry(name, value, version, problems);
  return { entry, problems };
}

describe('readRouteEntry: usable routes', () => {
  it.each<{ name: string; route: string; value: JsonValue; version: string | undefined; priority?: number; ttl?: number }>([
    { name: 'string form under 1.0', route: 'r', value: ROUTE, version: '1.0' },
    { name: 'string form under a layer (no version)', route: 'r', value: ROUTE, version: undefined },
    { name: 'object form with the bounds 0 and 0 (0 is the highest priority)', route: 'r', value: { route: ROUTE, priority: 0, timeToLiveSecs: 0 }, version: '1.1', priority: 0, ttl: 0 },
    { name: 'object form with the upper bounds 9 and 2^32−1', route: 'r', value: { route: ROUTE, priority: 9, timeToLiveSecs: 4294967295 }, version: '1.2', priority: 9, ttl: 4294967295 },
    { name: 'object form in a layer (both forms allowed)', route: 'r', value: { route: ROUTE, priority: 3 }, version: undefined, priority: 3 },
    { name: 'members in another case (Newtonsoft is case-insensitive)', route: 'r', value: { ROUTE: ROUTE, Priority: 2, TimeToLiveSECS: 60 }, version: '1.1', priority: 2, ttl: 60 },
    { name: 'unknown members are ignored', route: 'r', value: { route: ROUTE, _comment: 'why' }, version: '1.1' },
    { name: 'a name with a dot is fine under 1.0 (the 1.0 schema has no name rule)', route: 'my.route', value: ROUTE, version: '1.0' },
    { name: 'a name with a hyphen and digits under 1.3', route: 'to-upstream-2', value: ROUTE, version: '1.3' },
  ])('$name', ({ route, value, version, priority, ttl }) => {
    const { entry, problems } = read(route, value, version);
    expect(problems).toStrictEqual([]);
    expect(entry).toBeDefined();
    expect(entry!.name).toBe(route);
    expect(entry!.route).toBe(ROUTE);
    expect(entry!.parsed.sink).toStrictEqual({ kind: 'upstream' });
    expect(entry!.priority).toBe(priority);
    expect(entry!.timeToLiveSecs).toBe(ttl);
    // Absent fields are left out, not set to undefined.
    expect(Object.keys(entry!).sort()).toStrictEqual(['name', 'parsed', 'route', ...(priority !== undefined ? ['priority'] : []), ...(ttl !== undefined ? ['timeToLiveSecs'] : [])].sort());
  });

  it('the exactly-cased member wins over another casing of it', () => {
    const { entry } = read('r', { Route: 'FROM /messages/* INTO BrokeredEndpoint("/modules/x/inputs/y")', route: ROUTE });
    expect(entry!.route).toBe(ROUTE);
  });

  it('text after a complete route: a warning at the route text, and the route stays usable', () => {
    const { entry, problems } = read('r', { route: `${ROUTE})` });
    expect(entry?.route).toBe(`${ROUTE})`);
    expect(problems.map((p) => [p.path, p.severity])).toStrictEqual([[['r', 'route'], 'warning']]);
    expect(problems[0]!.message).toContain('is ignored');
  });

  it('problems already in the list before the call do not make this route unusable', () => {
    const problems: Problem[] = [{ path: ['other'], message: 'an earlier error' }];
    expect(readRouteEntry('r', ROUTE, '1.1', problems)?.name).toBe('r');
    expect(problems).toHaveLength(1);
  });
});

describe('readRouteEntry: unusable routes name what is wrong', () => {
  it.each<{ name: string; route: string; value: JsonValue; version: string | undefined; path: string[]; fragment: string }>([
    { name: 'empty name, even under 1.0', route: '', value: ROUTE, version: '1.0', path: [''], fragment: 'a route name must not be empty' },
    { name: "'.' in a name under 1.1", route: 'a.b', value: ROUTE, version: '1.1', path: ['a.b'], fragment: "route name 'a.b' must not contain '.', '$', '#' or spaces" },
    { name: "'#' in a name in a layer", route: 'a#b', value: ROUTE, version: undefined, path: ['a#b'], fragment: "must not contain '.', '$', '#' or spaces" },
    { name: 'space in a name under 1.2', route: 'a b', value: ROUTE, version: '1.2', path: ['a b'], fragment: "must not contain '.', '$', '#' or spaces" },
    { name: 'object form under 1.0', route: 'r', value: { route: ROUTE }, version: '1.0', path: ['r'], fragment: 'schemaVersion 1.0 accepts only string routes' },
    { name: "object without 'route'", route: 'r', value: { priority: 1 }, version: '1.1', path: ['r', 'route'], fragment: "route 'r' needs a string 'route'" },
    { name: "object whose 'route' is not a string", route: 'r', value: { route: 5 }, version: '1.1', path: ['r', 'route'], fragment: "needs a string 'route'" },
    { name: 'priority 10', route: 'r', value: { route: ROUTE, priority: 10 }, version: '1.1', path: ['r', 'priority'], fragment: 'from 0 (highest) to 9 (got 10)' },
    { name: 'priority -1', route: 'r', value: { route: ROUTE, priority: -1 }, version: '1.1', path: ['r', 'priority'], fragment: '(got -1)' },
    { name: 'priority 1.5', route: 'r', value: { route: ROUTE, priority: 1.5 }, version: '1.1', path: ['r', 'priority'], fragment: 'must be an integer' },
    { name: 'priority as a string', route: 'r', value: { route: ROUTE, priority: '1' }, version: '1.1', path: ['r', 'priority'], fragment: '(got "1")' },
    { name: 'priority null', route: 'r', value: { route: ROUTE, priority: null }, version: '1.1', path: ['r', 'priority'], fragment: '(got null)' },
    { name: 'timeToLiveSecs -1', route: 'r', value: { route: ROUTE, timeToLiveSecs: -1 }, version: '1.1', path: ['r', 'timeToLiveSecs'], fragment: 'from 0 to 4294967295 (got -1)' },
    { name: 'timeToLiveSecs 2^32', route: 'r', value: { route: ROUTE, timeToLiveSecs: 4294967296 }, version: '1.1', path: ['r', 'timeToLiveSecs'], fragment: '(got 4294967296)' },
    { name: 'timeToLiveSecs as a string', route: 'r', value: { route: ROUTE, timeToLiveSecs: '60' }, version: '1.1', path: ['r', 'timeToLiveSecs'], fragment: '(got "60")' },
    { name: 'null', route: 'r', value: null, version: '1.1', path: ['r'], fragment: 'must be a string or an object {route, priority, timeToLiveSecs} (got null)' },
    { name: 'an array', route: 'r', value: [ROUTE], version: '1.1', path: ['r'], fragment: '(got an array)' },
    { name: 'a number', route: 'r', value: 5, version: '1.1', path: ['r'], fragment: '(got number)' },
    { name: 'a boolean', route: 'r', value: true, version: '1.1', path: ['r'], fragment: '(got boolean)' },
    { name: 'string route that does not parse', route: 'r', value: 'FROM /messages/* INTO nowhere', version: '1.1', path: ['r'], fragment: "route 'r' does not parse: " },
    { name: 'object route that does not parse: the path is its route member', route: 'r', value: { route: 'SELECT FROM /*' }, version: '1.1', path: ['r', 'route'], fragment: "route 'r' does not parse: " },
  ])('$name', ({ route, value, version, path, fragment }) => {
    const { entry, problems } = read(route, value, version);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toStrictEqual(path);
    expect(problems[0]!.message).toContain(fragment);
    expect(problems[0]!.severity).toBeUndefined();
  });

  it('reports a bad priority and a bad timeToLiveSecs together', () => {
    const { entry, problems } = read('r', { route: ROUTE, priority: 11, timeToLiveSecs: -5 });
    expect(entry).toBeUndefined();
    expect(problems.map((p) => p.path)).toStrictEqual([
      ['r', 'priority'],
      ['r', 'timeToLiveSecs'],
    ]);
  });

  it('a bad name and a bad route text are both reported', () => {
    const { entry, problems } = read('a.b', 'FROM /messages/* INTO nowhere', '1.1');
    expect(entry).toBeUndefined();
    expect(problems.map((p) => p.path)).toStrictEqual([['a.b'], ['a.b']]);
  });
});
