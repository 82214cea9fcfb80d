/**
 * checkEdgeAgentDesired / checkModuleCreateOptions (src/model/check-edge-agent.ts): a whole `$edgeAgent`
 * desired document. Rules (spec §5, §10.18): only schemaVersion 1.0 and 1.1 are accepted, and with any
 * other the schema check is skipped; module names, the 50-module quota (per deployment only) and the
 * createOptions of every module and system module are checked. Paths are relative to the document.
 * validate-deployment.test.ts covers the messages of these checks inside a deployment; this file covers
 * the function's own contract: return value, skipping, options and paths.
 */
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import type { Problem } from '../../src/model/problem.js';
import { checkEdgeAgentDesired, checkModuleCreateOptions } from '../../src/model/check-edge-agent.js';
import { baseModulesContent, edgeModule } from '../builders/hub-objects.js';

/** A schema-clean `$edgeAgent` desired document (agent 1.1 unless `version`), changed by `mutate`. */
function agentDesired(mutate: (desired: JsonObject) => void = () => undefined, version = '1.1'): JsonObject {
  const content = baseModulesContent({ agentSchemaVersion: version, modules: { sensor: edgeModule('contoso/sensor:1.0') } });
  const desired = (content['$edgeAgent'] as JsonObject)['properties.desired'] as JsonObject;
  mutate(desired);
  return desired;
}

function check(desired: JsonValue, options?: { moduleLimit?: boolean }) {
  const problems: Problem[] = [];
  const version = checkEdgeAgentDesired(desired, problems, options);
  return { version, problems };
}

const manyModules = (n: number): JsonObject => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, edgeModule('x:1')]));

describe('checkEdgeAgentDesired: schemaVersion', () => {
  it.each([
    { name: '1.1 is supported and returned', desired: agentDesired(), version: '1.1' },
    { name: '1.0 is supported and returned', desired: agentDesired(() => undefined, '1.0'), version: '1.0' },
  ])('$name, with no problem for a clean document', ({ desired, version }) => {
    expect(check(desired)).toStrictEqual({ version, problems: [] });
  });

  it.each<{ name: string; schemaVersion: JsonValue; fragment: string }>([
    { name: 'a number is not a version string', schemaVersion: 1.1, fragment: 'unsupported $edgeAgent schemaVersion 1.1:' },
    { name: '2.0 does not exist', schemaVersion: '2.0', fragment: 'unsupported $edgeAgent schemaVersion "2.0"' },
    { name: 'null', schemaVersion: null, fragment: 'unsupported $edgeAgent schemaVersion null' },
  ])('unsupported ($name): undefined, one problem at schemaVersion', ({ schemaVersion, fragment }) => {
    const { version, problems } = check(agentDesired((d) => (d['schemaVersion'] = schemaVersion)));
    expect(version).toBeUndefined();
    expect(problems.map((p) => p.path)).toStrictEqual([['schemaVersion']]);
    expect(problems[0]!.message).toContain(fragment);
  });

  it('unsupported: the schema check is skipped, so a missing runtime is not reported on top', () => {
    const { problems } = check({ schemaVersion: '1.2', modules: {} });
    expect(problems.map((p) => p.path)).toStrictEqual([['schemaVersion']]);
  });

  it('supported: the schema check runs, so a missing runtime is reported', () => {
    const { version, problems } = check(agentDesired((d) => delete d['runtime']));
    expect(version).toBe('1.1');
    expect(problems.map((p) => [p.path, p.message])).toStrictEqual([[['runtime'], "required property 'runtime' is missing"]]);
  });
});

describe('checkEdgeAgentDesired: shape', () => {
  it.each<{ name: string; desired: JsonValue }>([
    { name: 'a string', desired: '{}' },
    { name: 'null', desired: null },
    { name: 'an array', desired: [] },
  ])('desired that is $name: one problem at the document itself', ({ desired }) => {
    expect(check(desired)).toStrictEqual({ version: undefined, problems: [{ path: [], message: "$edgeAgent 'properties.desired' must be an object" }] });
  });

  it('modules not an object and the version unsupported: this check says so (the schema did not run)', () => {
    const { problems } = check({ schemaVersion: '9', modules: 'none' });
    expect(problems.map((p) => [p.path, p.message])).toStrictEqual([
      [['schemaVersion'], expect.stringContaining('unsupported')],
      [['modules'], 'modules must be an object'],
    ]);
  });

  it('modules not an object and the version supported: reported once, by the schema', () => {
    const { problems } = check(agentDesired((d) => (d['modules'] = 'none')));
    expect(problems.filter((p) => p.path.join('/') === 'modules')).toHaveLength(1);
    expect(problems.find((p) => p.path.join('/') === 'modules')!.message).not.toBe('modules must be an object');
  });
});

describe('checkEdgeAgentDesired: module quota and names', () => {
  it.each<{ name: string; count: number; options?: { moduleLimit?: boolean }; quota: boolean }>([
    { name: '51 modules, default: over the per-deployment quota', count: 51, quota: true },
    { name: '51 modules, moduleLimit true', count: 51, options: { moduleLimit: true }, quota: true },
    { name: '51 modules, moduleLimit false (a merged manifest may hold more)', count: 51, options: { moduleLimit: false }, quota: false },
    { name: '50 modules, default: at the quota', count: 50, quota: false },
  ])('$name', ({ count, options, quota }) => {
    const { problems } = check(agentDesired((d) => (d['modules'] = manyModules(count))), options);
    expect(problems).toStrictEqual(quota ? [{ path: ['modules'], message: `${count} modules: a deployment may declare at most 50` }] : []);
  });

  it('a bad module name names the module and points at it', () => {
    const { problems } = check(agentDesired((d) => ((d['modules'] as JsonObject)['bad name'] = edgeModule('x:1'))));
    expect(problems.map((p) => [p.path, p.module])).toStrictEqual([[['modules', 'bad name'], 'bad name']]);
    expect(problems[0]!.message).toContain("module name 'bad name' is invalid");
  });
});

describe('checkEdgeAgentDesired: createOptions of every module', () => {
  it.each<{ name: string; mutate: (d: JsonObject) => void; path: string[]; module: string }>([
    {
      name: 'user module',
      mutate: (d) => ((((d['modules'] as JsonObject)['sensor'] as JsonObject)['settings'] as JsonObject)['createOptions'] = '[1]'),
      path: ['modules', 'sensor', 'settings', 'createOptions'],
      module: 'sensor',
    },
    {
      name: 'systemModules.edgeAgent → module $edgeAgent',
      mutate: (d) => (((((d['systemModules'] as JsonObject)['edgeAgent'] as JsonObject)['settings'] as JsonObject)['createOptions'] = '[1]')),
      path: ['systemModules', 'edgeAgent', 'settings', 'createOptions'],
      module: '$edgeAgent',
    },
    {
      name: 'systemModules.edgeHub → module $edgeHub',
      mutate: (d) => (((((d['systemModules'] as JsonObject)['edgeHub'] as JsonObject)['settings'] as JsonObject)['createOptions'] = '[1]')),
      path: ['systemModules', 'edgeHub', 'settings', 'createOptions'],
      module: '$edgeHub',
    },
  ])('$name', ({ mutate, path, module }) => {
    const { problems } = check(agentDesired(mutate));
    expect(problems.map((p) => [p.path, p.module])).toStrictEqual([[path, module]]);
    expect(problems[0]!.message).toContain('must be a JSON object');
  });

  it('createOptions are checked even when the schemaVersion is unsupported', () => {
    const { problems } = check({ schemaVersion: '2.0', modules: { m: { settings: { createOptions: '{' } } } });
    expect(problems.map((p) => p.path)).toStrictEqual([['schemaVersion'], ['modules', 'm', 'settings', 'createOptions']]);
  });
});

describe('checkModuleCreateOptions', () => {
  it.each<{ name: string; module: JsonValue }>([
    { name: 'not an object', module: 'x' },
    { name: 'no settings', module: { type: 'docker' } },
    { name: 'settings not an object', module: { settings: 'x' } },
    { name: 'no createOptions at all', module: { settings: { image: 'x:1' } } },
  ])('nothing to check when the module has $name', ({ module }) => {
    const problems: Problem[] = [];
    checkModuleCreateOptions(module, ['modules', 'm'], 'm', problems);
    expect(problems).toStrictEqual([]);
  });

  it('puts problems under <path>.settings and names the module given', () => {
    const problems: Problem[] = [];
    checkModuleCreateOptions({ settings: { createOptions: '{"a":', createOptions02: '1}' } }, ['x', 'y'], 'named', problems);
    expect(problems.map((p) => [p.path, p.module])).toStrictEqual([[['x', 'y', 'settings', 'createOptions02'], 'named']]);
  });
});
