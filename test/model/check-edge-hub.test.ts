/**
 * checkEdgeHubDesired (src/model/check-edge-hub.ts): a whole `$edgeHub` desired document. Rules (spec §6,
 * §10.19): schemaVersion 1.0 … 1.3, otherwise the schema check is skipped; every route is read with
 * readRouteEntry; every problem names module `$edgeHub`; the usable routes come back in key order.
 * validate-deployment.test.ts covers individual messages inside a deployment; this file covers the
 * function's contract (return value, skipping, paths, module).
 */
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import type { Problem } from '../../src/model/problem.js';
import { checkEdgeHubDesired } from '../../src/model/check-edge-hub.js';
import { baseModulesContent } from '../builders/hub-objects.js';

const UP = 'FROM /messages/* INTO $upstream';
const TO_FILTER = 'FROM /messages/modules/sensor/outputs/* INTO BrokeredEndpoint("/modules/filter/inputs/in")';

/** A schema-clean `$edgeHub` desired document of `version` with `routes`. */
function hubDesired(version: string, routes: JsonObject = { upstream: UP }, extra: JsonObject = {}): JsonObject {
  const content = baseModulesContent({ hubSchemaVersion: version, routes });
  return { ...((content['$edgeHub'] as JsonObject)['properties.desired'] as JsonObject), ...extra };
}

function check(desired: JsonValue) {
  const problems: Problem[] = [];
  const result = checkEdgeHubDesired(desired, problems);
  return { ...result, problems };
}

describe('checkEdgeHubDesired: schemaVersion', () => {
  it.each(['1.0', '1.1', '1.2', '1.3'])('%s is supported and returned, a clean document has no problem', (version) => {
    const { version: got, problems, routes } = check(hubDesired(version));
    expect(got).toBe(version);
    expect(problems).toStrictEqual([]);
    expect(routes.map((r) => r.name)).toStrictEqual(['upstream']);
  });

  it.each<{ name: string; schemaVersion: JsonValue; fragment: string }>([
    { name: '1.4', schemaVersion: '1.4', fragment: 'unsupported $edgeHub schemaVersion "1.4"' },
    { name: 'a number', schemaVersion: 1.2, fragment: 'unsupported $edgeHub schemaVersion 1.2:' },
    { name: 'missing', schemaVersion: undefined as unknown as JsonValue, fragment: 'schemaVersion is missing' },
  ])('unsupported ($name): undefined, one problem at schemaVersion naming $edgeHub', ({ schemaVersion, fragment }) => {
    const desired = hubDesired('1.1');
    if (schemaVersion === undefined) delete desired['schemaVersion'];
    else desired['schemaVersion'] = schemaVersion;
    const { version, problems } = check(desired);
    expect(version).toBeUndefined();
    expect(problems.map((p) => [p.path, p.module])).toStrictEqual([[['schemaVersion'], '$edgeHub']]);
    expect(problems[0]!.message).toContain(fragment);
  });

  it('unsupported: the schema is not checked (a string timeToLiveSecs is not reported)', () => {
    const { problems } = check({ schemaVersion: '2.0', routes: { upstream: UP }, storeAndForwardConfiguration: { timeToLiveSecs: 'long' } });
    expect(problems.map((p) => p.path)).toStrictEqual([['schemaVersion']]);
  });

  it('supported: the schema is checked, and its problems name $edgeHub too', () => {
    const { problems } = check(hubDesired('1.1', { upstream: UP }, { storeAndForwardConfiguration: { timeToLiveSecs: 'long' } }));
    expect(problems).toStrictEqual([{ path: ['storeAndForwardConfiguration', 'timeToLiveSecs'], message: 'must be an integer (got a string)', module: '$edgeHub' }]);
  });
});

describe('checkEdgeHubDesired: routes', () => {
  it('returns the usable routes in key order, drops the unusable ones and locates their problems under routes', () => {
    const { routes, problems } = check(hubDesired('1.1', { zeta: UP, broken: 'FROM /messages/* INTO nowhere', alpha: { route: TO_FILTER, priority: 1 } }));
    expect(routes.map((r) => [r.name, r.priority])).toStrictEqual([
      ['zeta', undefined],
      ['alpha', 1],
    ]);
    expect(problems.map((p) => [p.path, p.module])).toStrictEqual([[['routes', 'broken'], '$edgeHub']]);
  });

  it('routes are read with the document version: an object route under 1.0 is refused', () => {
    const { routes, problems } = check(hubDesired('1.0', { r: { route: UP } }));
    expect(routes).toStrictEqual([]);
    expect(problems.map((p) => p.path)).toStrictEqual([['routes', 'r']]);
  });

  it('unsupported version: routes are still read, with both forms accepted', () => {
    const { routes } = check({ schemaVersion: '2.0', routes: { s: UP, o: { route: UP, priority: 2 } } });
    expect(routes.map((r) => r.name)).toStrictEqual(['s', 'o']);
  });

  it('a route problem deeper than the route keeps its own segments', () => {
    const { problems } = check(hubDesired('1.1', { r: { route: UP, priority: 12 } }));
    expect(problems.map((p) => p.path)).toStrictEqual([['routes', 'r', 'priority']]);
  });

  it('text after a route: a warning, and the route is returned', () => {
    const { routes, problems } = check(hubDesired('1.1', { r: `${UP} extra` }));
    expect(routes.map((r) => r.name)).toStrictEqual(['r']);
    expect(problems.map((p) => [p.path, p.severity, p.module])).toStrictEqual([[['routes', 'r'], 'warning', '$edgeHub']]);
  });

  it('routes not an object, version unsupported: this check reports it', () => {
    const { problems, routes } = check({ schemaVersion: '0.9', routes: ['x'] });
    expect(routes).toStrictEqual([]);
    expect(problems.map((p) => [p.path, p.message])).toStrictEqual([
      [['schemaVersion'], expect.stringContaining('unsupported')],
      [['routes'], 'routes must be an object'],
    ]);
  });

  it('routes not an object, version supported: reported once, by the schema', () => {
    const { problems } = check(hubDesired('1.1', {}, { routes: 'x' }));
    expect(problems.filter((p) => p.path.join('/') === 'routes')).toHaveLength(1);
  });
});

describe('checkEdgeHubDesired: shape', () => {
  it.each<{ name: string; desired: JsonValue }>([
    { name: 'a string', desired: 'x' },
    { name: 'null', desired: null },
    { name: 'an array', desired: [{}] },
  ])('desired that is $name: one problem at the document, no version, no routes', ({ desired }) => {
    expect(check(desired)).toStrictEqual({
      version: undefined,
      routes: [],
      problems: [{ path: [], message: "$edgeHub 'properties.desired' must be an object", module: '$edgeHub' }],
    });
  });
});
