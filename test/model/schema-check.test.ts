/**
 * src/model/schema-check.ts: the az CLI JSON schemas applied to `$edgeAgent` / `$edgeHub` desired
 * properties, whole (base) or at one layered path. Expected problems are read off the schemas in
 * src/model/schemas/ (copies of the az CLI assets) and the file's documented rules: unknown properties of
 * a record are warnings (the runtime ignores them), bad names in a name map are errors, and createOptions
 * keys, module names and routes are left to their own checks. validate-deployment.test.ts covers the
 * messages of common mistakes inside a deployment; this file covers the path walk and the exceptions.
 */
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import type { Problem } from '../../src/model/problem.js';
import {
  checkEdgeAgentSchema,
  checkEdgeAgentValueAt,
  checkEdgeHubSchema,
  EDGE_AGENT_SCHEMA_VERSIONS,
  EDGE_HUB_SCHEMA_VERSIONS,
} from '../../src/model/schema-check.js';
import { baseModulesContent, edgeModule } from '../builders/hub-objects.js';

const UP = 'FROM /messages/* INTO $upstream';
/** Properties the agent 1.1 schema names for a module (definitions of `modules.<name>`). */
const MODULE_FIELDS_1_1 = 'version, type, status, restartPolicy, env, settings, imagePullPolicy, startupOrder';

function desiredOf(content: JsonObject, twin: string): JsonObject {
  return (content[twin] as JsonObject)['properties.desired'] as JsonObject;
}
const agent = (mutate: (d: JsonObject) => void = () => undefined): JsonObject => {
  const d = desiredOf(baseModulesContent({ modules: { m0: edgeModule('x:1') } }), '$edgeAgent');
  mutate(d);
  return d;
};
const hub = (version: string, extra: JsonObject = {}, routes: JsonObject = { upstream: UP }): JsonObject => ({
  ...desiredOf(baseModulesContent({ hubSchemaVersion: version, routes }), '$edgeHub'),
  ...extra,
});

function valueAt(path: string[], value: JsonValue, version?: string): Problem[] {
  const problems: Problem[] = [];
  checkEdgeAgentValueAt(path, value, problems, version);
  return problems;
}

describe('supported versions', () => {
  it('the agent accepts 1.0 and 1.1; edgeHub 1.0 to 1.3', () => {
    expect(EDGE_AGENT_SCHEMA_VERSIONS).toStrictEqual(['1.0', '1.1']);
    expect(EDGE_HUB_SCHEMA_VERSIONS).toStrictEqual(['1.0', '1.1', '1.2', '1.3']);
  });

  it.each([
    { name: 'agent 1.2', run: () => checkEdgeAgentSchema({}, '1.2', []), message: 'no agent schema for version 1.2' },
    { name: 'hub 1.4', run: () => checkEdgeHubSchema({}, '1.4', []), message: 'no hub schema for version 1.4' },
    { name: 'agent value at, version 2.0', run: () => checkEdgeAgentValueAt(['modules'], {}, [], '2.0'), message: 'no agent schema for version 2.0' },
  ])('an unknown version is a caller bug and throws: $name', ({ run, message }) => {
    expect(run).toThrow(message);
  });
});

describe('checkEdgeAgentValueAt: a layered value checked against the part of the schema at its path', () => {
  it.each<{ name: string; path: string[]; value: JsonValue; version?: string; expected: Problem[] }>([
    { name: 'a valid image', path: ['modules', 'm0', 'settings', 'image'], value: 'x:1', expected: [] },
    {
      name: 'an image that is not a string',
      path: ['modules', 'm0', 'settings', 'image'],
      value: 5,
      expected: [{ path: ['modules', 'm0', 'settings', 'image'], message: 'must be a string (got an integer)', module: 'm0' }],
    },
    {
      name: 'a key inside an enumerated value (status)',
      path: ['modules', 'm0', 'status', 'x'],
      value: 1,
      expected: [{ path: ['modules', 'm0', 'status', 'x'], message: "'status' must be an enumerated value; 'x' cannot be set inside it", module: 'm0' }],
    },
    {
      name: 'a key inside a string (version)',
      path: ['modules', 'm0', 'version', 'x'],
      value: '1',
      expected: [{ path: ['modules', 'm0', 'version', 'x'], message: "'version' must be a string; 'x' cannot be set inside it", module: 'm0' }],
    },
    {
      name: 'an unknown module property is a warning listing what the schema knows',
      path: ['modules', 'm0', 'https_proxy'],
      value: 'x',
      expected: [
        {
          path: ['modules', 'm0', 'https_proxy'],
          message: `unknown property 'https_proxy' (the schema knows ${MODULE_FIELDS_1_1}); the IoT Edge runtime ignores it`,
          module: 'm0',
          severity: 'warning',
        },
      ],
    },
    { name: 'agent 1.0: a module property the 1.0 schema does not close is not reported', path: ['modules', 'm0', 'https_proxy'], value: 'x', version: '1.0', expected: [] },
    {
      name: 'an unknown top-level desired property is a warning without a module',
      path: ['foo'],
      value: 1,
      expected: [{ path: ['foo'], message: "unknown property 'foo' (the schema knows schemaVersion, runtime, systemModules, modules); the IoT Edge runtime ignores it", severity: 'warning' }],
    },
    {
      name: 'an env name outside the name pattern is an error (a name map, not a record)',
      path: ['modules', 'm0', 'env', 'BAD NAME'],
      value: { value: '1' },
      expected: [{ path: ['modules', 'm0', 'env', 'BAD NAME'], message: "'BAD NAME' is not a valid name here: names must match ^[^\\+#$\\s\\.]+$", module: 'm0' }],
    },
    {
      name: 'a registry credential name with a dot is an error',
      path: ['runtime', 'settings', 'registryCredentials', 'acr.io'],
      value: { address: 'a', username: 'u', password: 'p' },
      expected: [{ path: ['runtime', 'settings', 'registryCredentials', 'acr.io'], message: "'acr.io' is not a valid name here: names must match ^[^\\.\\$# ]+$" }],
    },
    { name: 'a complete registry credential', path: ['runtime', 'settings', 'registryCredentials', 'acr'], value: { address: 'a.azurecr.io', username: 'u', password: 'p' }, expected: [] },
    {
      name: 'a registry password that is not a string: the value is never quoted',
      path: ['runtime', 'settings', 'registryCredentials', 'acr', 'password'],
      value: 12345,
      expected: [{ path: ['runtime', 'settings', 'registryCredentials', 'acr', 'password'], message: 'must be a string (got an integer)' }],
    },
    {
      name: 'a whole module missing its required fields: one problem each, in the schema order',
      path: ['modules', 'm0'],
      value: { type: 'docker' },
      expected: ['status', 'restartPolicy', 'settings'].map((field) => ({ path: ['modules', 'm0', field], message: `required property '${field}' is missing`, module: 'm0' })),
    },
    {
      name: 'a long enum value is described by type, not quoted',
      path: ['modules', 'm0', 'status'],
      value: 'x'.repeat(65),
      expected: [{ path: ['modules', 'm0', 'status'], message: "must be one of 'running', 'stopped' (got a string)", module: 'm0' }],
    },
    {
      name: 'systemModules.edgeHub values belong to module $edgeHub',
      path: ['systemModules', 'edgeHub', 'restartPolicy'],
      value: 'sometimes',
      expected: [{ path: ['systemModules', 'edgeHub', 'restartPolicy'], message: "must be one of 'never', 'on-failure', 'on-unhealthy', 'always' (got 'sometimes')", module: '$edgeHub' }],
    },
    {
      name: 'systemModules.edgeAgent values belong to module $edgeAgent',
      path: ['systemModules', 'edgeAgent', 'imagePullPolicy'],
      value: 'always',
      expected: [{ path: ['systemModules', 'edgeAgent', 'imagePullPolicy'], message: "must be one of 'never', 'on-create' (got 'always')", module: '$edgeAgent' }],
    },
  ])('$name', ({ path, value, version, expected }) => {
    expect(valueAt(path, value, version)).toStrictEqual(expected);
  });

  it.each<{ name: string; path: string[]; value: JsonValue }>([
    { name: 'a chunk key the schema pattern knows, with a non-string value', path: ['modules', 'm0', 'settings', 'createOptions07'], value: 5 },
    { name: 'a chunk key in a case the schema pattern does not know', path: ['modules', 'm0', 'settings', 'CREATEOPTIONS01'], value: '{}' },
    { name: 'a whole module under a name the schema pattern refuses (module-name.ts reports it)', path: ['modules', 'bad name'], value: edgeModule('x:1') },
  ])('left to this tool’s own checks, so no schema problem: $name', ({ path, value }) => {
    expect(valueAt(path, value)).toStrictEqual([]);
  });

  it('a layer has no schemaVersion: 1.1 is the default', () => {
    expect(valueAt(['modules', 'm0', 'startupOrder'], 'first')).toStrictEqual(valueAt(['modules', 'm0', 'startupOrder'], 'first', '1.1'));
    expect(valueAt(['modules', 'm0', 'startupOrder'], 'first')).toHaveLength(1);
  });
});

describe('checkEdgeAgentSchema: a whole document', () => {
  function check(desired: JsonValue, version = '1.1'): Problem[] {
    const problems: Problem[] = [];
    checkEdgeAgentSchema(desired, version, problems);
    return problems;
  }

  it('a clean document has no problem', () => {
    expect(check(agent())).toStrictEqual([]);
  });

  it('module names are not the schema’s business here', () => {
    expect(check(agent((d) => ((d['modules'] as JsonObject)['bad name'] = edgeModule('x:1'))))).toStrictEqual([]);
  });

  it('a runtime problem names no module; a system module problem names the system module', () => {
    const problems = check(
      agent((d) => {
        ((d['runtime'] as JsonObject)['type'] as JsonValue) = 'rkt';
        delete (((d['systemModules'] as JsonObject)['edgeAgent'] as JsonObject)['settings'] as JsonObject)['image'];
      }),
    );
    expect(problems).toStrictEqual([
      { path: ['runtime', 'type'], message: "must be one of 'docker' (got 'rkt')" },
      { path: ['systemModules', 'edgeAgent', 'settings', 'image'], message: "required property 'image' is missing", module: '$edgeAgent' },
    ]);
  });

  it('appends to the problems already in the list', () => {
    const problems: Problem[] = [{ path: ['earlier'], message: 'kept' }];
    checkEdgeAgentSchema(agent((d) => delete d['runtime']), '1.1', problems);
    expect(problems.map((p) => p.message)).toStrictEqual(['kept', "required property 'runtime' is missing"]);
  });
});

describe('checkEdgeHubSchema: a whole document', () => {
  function check(desired: JsonValue, version: string): Problem[] {
    const problems: Problem[] = [];
    checkEdgeHubSchema(desired, version, problems);
    return problems;
  }

  it.each(['1.0', '1.1', '1.2', '1.3'])('a clean %s document has no problem', (version) => {
    expect(check(hub(version), version)).toStrictEqual([]);
  });

  it('an unknown property is a warning naming $edgeHub and what the 1.1 schema knows', () => {
    expect(check(hub('1.1', { foo: 1 }), '1.1')).toStrictEqual([
      { path: ['foo'], message: "unknown property 'foo' (the schema knows schemaVersion, routes, storeAndForwardConfiguration); the IoT Edge runtime ignores it", module: '$edgeHub', severity: 'warning' },
    ]);
  });

  it('integrity (manifest signing) is 1.3 only: accepted under 1.3, unknown (a warning) under 1.2', () => {
    expect(check(hub('1.3', { integrity: { header: {} } }), '1.3')).toStrictEqual([]);
    expect(check(hub('1.2', { integrity: { header: {} } }), '1.2').map((p) => [p.path, p.severity])).toStrictEqual([[['integrity'], 'warning']]);
  });

  it.each<{ name: string; routes: JsonObject }>([
    { name: 'an object route with priority 10', routes: { r: { route: UP, priority: 10 } } },
    { name: 'a route name with a dot', routes: { 'a.b': UP } },
    { name: 'an empty route string', routes: { r: '' } },
  ])('routes are left to route-entry.ts: $name gives no schema problem', ({ routes }) => {
    expect(check(hub('1.1', {}, routes), '1.1')).toStrictEqual([]);
  });

  it('routes itself is still the schema’s: missing routes is reported', () => {
    const desired = hub('1.2');
    delete desired['routes'];
    expect(check(desired, '1.2')).toStrictEqual([{ path: ['routes'], message: "required property 'routes' is missing", module: '$edgeHub' }]);
  });
});
