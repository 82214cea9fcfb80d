/**
 * Layer merge (spec §2 and §3 step 4, §10.8): whole keys replace, dotted keys write one path, module
 * twins and routes the same way; writes are traced to the configuration key that made them.
 */
import type { EdgeDeployment } from '../../src/model/edge-deployment.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/model/json.js';
import { sourceOf } from '../../src/model/merged-desired.js';
import { mergeLayers, type MergeCounter } from '../../src/targeting/merge-layers.js';
import { baseContent, deepFreeze, deployment, exampleModulesContent, moduleSpec } from '../builders.js';

const ROUTE1 = 'FROM /messages/* INTO $upstream';
const BASE = deployment({
  id: 'base',
  priority: 0,
  modulesContent: baseContent(
    { sim: moduleSpec('sim:1', { env: { A: { value: '1' } } }), filter: moduleSpec('filter:1') },
    { r1: ROUTE1 },
    { sim: { SendData: true, SendInterval: 5 } },
  ),
});
const layer = (id: string, priority: number, modulesContent: JsonObject, createdTimeUtc?: string): EdgeDeployment =>
  deployment({ id, priority, modulesContent, createdTimeUtc });
const agentKey = (path: string, value: JsonValue): JsonObject => ({ $edgeAgent: { [`properties.desired.${path}`]: value } });

function at(twins: Readonly<Record<string, JsonObject>>, twin: string, path: string[]): JsonValue | undefined {
  let current: JsonValue | undefined = twins[twin];
  for (const segment of path) current = isJsonObject(current) ? current[segment] : undefined;
  return current;
}

interface ValueRow {
  readonly name: string;
  readonly layers: EdgeDeployment[];
  readonly twin: string;
  readonly path: string[];
  readonly expected: JsonValue | undefined;
}

const VALUE_ROWS: ValueRow[] = [
  { name: 'base only: modules as in the base', layers: [], twin: '$edgeAgent', path: ['modules', 'filter'], expected: moduleSpec('filter:1') },
  { name: 'layer adds a module the base lacks (§10.8)', layers: [layer('l', 1, agentKey('modules.extra', moduleSpec('extra:1')))], twin: '$edgeAgent', path: ['modules', 'extra'], expected: moduleSpec('extra:1') },
  { name: 'added module keeps the base modules', layers: [layer('l', 1, agentKey('modules.extra', moduleSpec('extra:1')))], twin: '$edgeAgent', path: ['modules', 'sim', 'settings', 'image'], expected: 'sim:1' },
  { name: 'whole-module key replaces the module (base env gone)', layers: [layer('l', 1, agentKey('modules.sim', moduleSpec('sim:2')))], twin: '$edgeAgent', path: ['modules', 'sim'], expected: moduleSpec('sim:2') },
  {
    name: 'nested path changes one field, keeps the rest',
    layers: [layer('l', 1, agentKey('modules.sim.settings.image', 'sim:3'))],
    twin: '$edgeAgent',
    path: ['modules', 'sim'],
    expected: moduleSpec('sim:3', { env: { A: { value: '1' } } }),
  },
  { name: 'route layer adds a route', layers: [layer('l', 1, { $edgeHub: { 'properties.desired.routes.r2': 'FROM /messages/modules/sim/* INTO $upstream' } })], twin: '$edgeHub', path: ['routes'], expected: { r1: ROUTE1, r2: 'FROM /messages/modules/sim/* INTO $upstream' } },
  { name: 'route layer replaces a route of the same name', layers: [layer('l', 1, { $edgeHub: { 'properties.desired.routes.r1': 'FROM /messages/modules/filter/* INTO $upstream' } })], twin: '$edgeHub', path: ['routes', 'r1'], expected: 'FROM /messages/modules/filter/* INTO $upstream' },
  { name: 'route layer keeps the rest of $edgeHub', layers: [layer('l', 1, { $edgeHub: { 'properties.desired.routes.r2': ROUTE1 } })], twin: '$edgeHub', path: ['schemaVersion'], expected: '1.1' },
  {
    name: 'module twin nested key merges (MDM example)',
    layers: [layer('l', 1, { sim: { 'properties.desired.layeredProperties': { StopAfterCount: 1000 } } })],
    twin: 'sim',
    path: [],
    expected: { SendData: true, SendInterval: 5, layeredProperties: { StopAfterCount: 1000 } },
  },
  { name: 'module twin whole properties.desired replaces', layers: [layer('l', 1, { sim: { 'properties.desired': { SendInterval: 1 } } })], twin: 'sim', path: [], expected: { SendInterval: 1 } },
  { name: 'module twin the base lacks is created', layers: [layer('l', 1, { newmod: { 'properties.desired.settings.x': 1 } })], twin: 'newmod', path: [], expected: { settings: { x: 1 } } },
  {
    name: 'two layers, same path: the later (higher) one wins',
    layers: [layer('l1', 1, agentKey('modules.sim.settings.image', 'a')), layer('l2', 2, agentKey('modules.sim.settings.image', 'b'))],
    twin: '$edgeAgent',
    path: ['modules', 'sim', 'settings', 'image'],
    expected: 'b',
  },
  {
    name: 'higher nested write into a lower whole-module write',
    layers: [layer('l1', 1, agentKey('modules.extra', moduleSpec('e:1'))), layer('l2', 2, agentKey('modules.extra.status', 'stopped'))],
    twin: '$edgeAgent',
    path: ['modules', 'extra'],
    expected: moduleSpec('e:1', { status: 'stopped' }),
  },
  {
    name: 'higher whole-module write discards a lower nested write',
    layers: [layer('l1', 1, agentKey('modules.sim.settings.image', 'x')), layer('l2', 2, agentKey('modules.sim', moduleSpec('sim:9')))],
    twin: '$edgeAgent',
    path: ['modules', 'sim'],
    expected: moduleSpec('sim:9'),
  },
  { name: 'non-object intermediate is replaced by an object', layers: [layer('l', 1, { sim: { 'properties.desired.SendData.nested': 1 } })], twin: 'sim', path: ['SendData'], expected: { nested: 1 } },
  {
    name: 'layered registry credential keeps the runtime settings',
    layers: [layer('l', 1, agentKey('runtime.settings.registryCredentials.cr', { address: 'cr.io', username: 'u', password: 'p' }))],
    twin: '$edgeAgent',
    path: ['runtime', 'settings'],
    expected: { minDockerVersion: 'v1.25', loggingOptions: '', registryCredentials: { cr: { address: 'cr.io', username: 'u', password: 'p' } } },
  },
  {
    name: 'within one layer: whole document first, then dotted keys',
    layers: [layer('l', 1, { newmod: { 'properties.desired.b': 3, 'properties.desired': { a: 1, b: 2 } } })],
    twin: 'newmod',
    path: [],
    expected: { a: 1, b: 3 },
  },
  { name: 'a key literally named __proto__ is data', layers: [layer('l', 1, { newmod: JSON.parse('{"properties.desired.__proto__":{"x":1}}') as JsonObject })], twin: 'newmod', path: ['__proto__'], expected: { x: 1 } },
];

describe('mergeLayers values', () => {
  it.each(VALUE_ROWS)('$name', ({ layers, twin, path, expected }) => {
    const { merged, errors } = mergeLayers(BASE, layers);
    expect(errors).toStrictEqual([]);
    expect(at(merged!.twins, twin, path)).toStrictEqual(expected);
  });

  it('twins are ordered $edgeAgent, $edgeHub, then module twins by name', () => {
    const { merged } = mergeLayers(BASE, [layer('l', 1, { aaa: { 'properties.desired.x': 1 } })]);
    expect(Object.keys(merged!.twins)).toStrictEqual(['$edgeAgent', '$edgeHub', 'aaa', 'sim']);
  });
});

interface WriteRow {
  readonly name: string;
  readonly layers: EdgeDeployment[];
  /** `twin path… ← configuration jsonPath`, in application order. */
  readonly writes: string[];
}

const W = (twin: string, path: string[], id: string, jsonPath: string) => `${twin} ${path.join('.')} ← ${id} ${jsonPath}`;
const MC = 'content.modulesContent';

const WRITE_ROWS: WriteRow[] = [
  {
    name: 'base: one whole-document write per twin',
    layers: [],
    writes: [
      W('$edgeAgent', [], 'base', `${MC}.$edgeAgent["properties.desired"]`),
      W('$edgeHub', [], 'base', `${MC}.$edgeHub["properties.desired"]`),
      W('sim', [], 'base', `${MC}.sim["properties.desired"]`),
    ],
  },
  {
    name: 'layer write recorded with its key as JSON path',
    layers: [layer('l', 1, agentKey('modules.sim.settings.image', 'x'))],
    writes: [
      W('$edgeAgent', [], 'base', `${MC}.$edgeAgent["properties.desired"]`),
      W('$edgeHub', [], 'base', `${MC}.$edgeHub["properties.desired"]`),
      W('sim', [], 'base', `${MC}.sim["properties.desired"]`),
      W('$edgeAgent', ['modules', 'sim', 'settings', 'image'], 'l', `${MC}.$edgeAgent["properties.desired.modules.sim.settings.image"]`),
    ],
  },
  {
    name: 'a write fully overwritten later is dropped',
    layers: [layer('l1', 1, agentKey('modules.sim.settings.image', 'x')), layer('l2', 2, agentKey('modules.sim', moduleSpec('s')))],
    writes: [
      W('$edgeAgent', [], 'base', `${MC}.$edgeAgent["properties.desired"]`),
      W('$edgeHub', [], 'base', `${MC}.$edgeHub["properties.desired"]`),
      W('sim', [], 'base', `${MC}.sim["properties.desired"]`),
      W('$edgeAgent', ['modules', 'sim'], 'l2', `${MC}.$edgeAgent["properties.desired.modules.sim"]`),
    ],
  },
  {
    name: 'a whole properties.desired replacement drops the base write of that twin',
    layers: [layer('l', 1, { sim: { 'properties.desired': { x: 1 } } })],
    writes: [
      W('$edgeAgent', [], 'base', `${MC}.$edgeAgent["properties.desired"]`),
      W('$edgeHub', [], 'base', `${MC}.$edgeHub["properties.desired"]`),
      W('sim', [], 'l', `${MC}.sim["properties.desired"]`),
    ],
  },
];

describe('mergeLayers writes', () => {
  it.each(WRITE_ROWS)('$name', ({ layers, writes }) => {
    const { merged } = mergeLayers(BASE, layers);
    expect(merged!.writes.map((w) => W(w.twin, [...w.path], w.source.configurationId, w.source.jsonPath))).toStrictEqual(writes);
  });

  it('sourceOf names the layer for its field and the base for the others', () => {
    const { merged } = mergeLayers(BASE, [layer('l1', 1, agentKey('modules.extra', moduleSpec('e'))), layer('l2', 2, agentKey('modules.extra.settings.image', 'e:2'))]);
    expect(sourceOf(merged!, '$edgeAgent', ['modules', 'extra', 'settings', 'image'])?.configurationId).toBe('l2');
    expect(sourceOf(merged!, '$edgeAgent', ['modules', 'extra', 'status'])?.configurationId).toBe('l1');
    expect(sourceOf(merged!, '$edgeAgent', ['modules', 'sim'])?.configurationId).toBe('base');
  });
});

describe('mergeLayers errors and warnings', () => {
  it.each<{ name: string; content: JsonObject; jsonPath: string; module: string; fragment: string }>([
    { name: 'key that is not properties.desired…', content: { $edgeAgent: { foo: 1 } }, jsonPath: `${MC}.$edgeAgent.foo`, module: '$edgeAgent', fragment: "key 'foo'" },
    { name: 'empty path segment', content: { $edgeHub: { 'properties.desired.routes.': 'x' } }, jsonPath: `${MC}.$edgeHub["properties.desired.routes."]`, module: '$edgeHub', fragment: 'non-empty segments' },
    { name: 'module content not an object', content: { sim: 'x' }, jsonPath: `${MC}.sim`, module: 'sim', fragment: 'must be an object' },
    { name: 'whole desired not an object', content: { sim: { 'properties.desired': [1] } }, jsonPath: `${MC}.sim["properties.desired"]`, module: 'sim', fragment: "'properties.desired' must be an object" },
  ])('$name', ({ content, jsonPath, module, fragment }) => {
    const { merged, errors } = mergeLayers(BASE, [layer('bad-layer', 1, content)]);
    expect(merged).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.configurationId).toBe('bad-layer');
    expect(errors[0]!.module).toBe(module);
    expect(errors[0]!.jsonPath).toBe(jsonPath);
    expect(errors[0]!.message).toContain(fragment);
  });

  it('same-priority layers writing the same path are reported (§10.11)', () => {
    const a = layer('l-a', 5, agentKey('modules.sim.settings.image', 'a'));
    const b = layer('l-b', 5, agentKey('modules.sim.settings.image', 'b'));
    const { merged, overwrites } = mergeLayers(BASE, [a, b]);
    expect(at(merged!.twins, '$edgeAgent', ['modules', 'sim', 'settings', 'image'])).toBe('b');
    expect(overwrites).toStrictEqual([{ twin: '$edgeAgent', path: ['modules', 'sim', 'settings', 'image'], overwritten: 'l-a', winner: 'l-b' }]);
  });

  it('same-priority layers writing above, below and at a path are reported once each, in the order written', () => {
    const a = layer('l-a', 5, { $edgeAgent: { 'properties.desired.modules.sim.env.A': { value: 'a' }, 'properties.desired.modules.sim.env.B': { value: 'b' } } });
    const b = layer('l-b', 5, agentKey('modules.sim.env', { C: { value: 'c' } }));
    const c = layer('l-c', 5, agentKey('modules.sim.env.C.value', 'c2'));
    const { merged, overwrites } = mergeLayers(BASE, [a, b, c]);
    expect(at(merged!.twins, '$edgeAgent', ['modules', 'sim', 'env'])).toStrictEqual({ C: { value: 'c2' } });
    expect(overwrites).toStrictEqual([
      { twin: '$edgeAgent', path: ['modules', 'sim', 'env'], overwritten: 'l-a', winner: 'l-b' },
      { twin: '$edgeAgent', path: ['modules', 'sim', 'env'], overwritten: 'l-a', winner: 'l-b' },
      { twin: '$edgeAgent', path: ['modules', 'sim', 'env', 'C', 'value'], overwritten: 'l-b', winner: 'l-c' },
    ]);
    expect(merged!.writes.map((w) => [w.source.configurationId, w.path.join('.')])).toStrictEqual([
      ['base', ''],
      ['base', ''],
      ['base', ''],
      ['l-b', 'modules.sim.env'],
      ['l-c', 'modules.sim.env.C.value'],
    ]);
  });

  it('different priorities and the base are not reported', () => {
    const { overwrites } = mergeLayers(BASE, [layer('l1', 1, agentKey('modules.sim', moduleSpec('x'))), layer('l2', 2, agentKey('modules.sim', moduleSpec('y')))]);
    expect(overwrites).toStrictEqual([]);
  });

  it('never writes into its inputs, and its output shares nothing with them', () => {
    const base = deepFreeze(deployment({ id: 'base', modulesContent: baseContent({ sim: moduleSpec('s') }) }));
    const l = deepFreeze(layer('l', 1, agentKey('modules.sim.settings.image', 'x')));
    const { merged } = mergeLayers(base, [l]);
    const modules = at(merged!.twins, '$edgeAgent', ['modules']) as JsonObject;
    (modules['sim'] as JsonObject)['status'] = 'stopped';
    expect(at(base.modulesContent as Record<string, JsonObject>, '$edgeAgent', ['properties.desired', 'modules', 'sim', 'status'])).toBe('running');
  });
});

describe('mergeLayers cost (issue 19 item 15: 20,000 keys took 20 s, 100,000 minutes)', () => {
  /** A layer of `n` module-twin keys, a third of them overwritten by a second layer, and one key replacing a subtree. */
  function steps(n: number): number {
    const keys = (prefix: string, count: number): JsonObject => Object.fromEntries(Array.from({ length: count }, (_, i) => [`properties.desired.${prefix}${i}.x`, i]));
    const first = layer('l1', 1, { sim: keys('k', n) });
    const second = layer('l2', 2, { sim: { ...keys('k', Math.floor(n / 3)), 'properties.desired.g': 1 } });
    const counter: MergeCounter = { steps: 0 };
    const { merged } = mergeLayers(BASE, [first, second], counter);
    expect(at(merged!.twins, 'sim', [`k${n - 1}`, 'x'])).toBe(n - 1);
    return counter.steps;
  }

  it('counts steps that grow linearly with the number of keys (×10 keys → ×10 steps, not ×100)', () => {
    // A key visits the nodes on its path (2 segments) and the subtree it lands on (1 node): 3 steps, for the n keys
    // of l1 and the ⌊n/3⌋ of l2; the base's 3 whole documents ($edgeAgent, $edgeHub, sim) 1 each; l2's 'g' 1 + 1.
    expect(steps(1_000)).toBe(3 + 3 * 1_000 + 3 * 333 + 2);
    expect(steps(10_000)).toBe(3 + 3 * 10_000 + 3 * 3_333 + 2);
  });
});

describe('mergeLayers on real manifests (../shared/examples copies)', () => {
  const fixture = exampleModulesContent;
  const base = deployment({ id: 'cli-base', priority: 10, modulesContent: fixture('Azure--azure-iot-cli-extension--test-edge-deployment-ea-v11-eh-v12.json') });
  const cliLayer = deployment({ id: 'cli-layer', priority: 20, modulesContent: fixture('Azure--azure-iot-cli-extension--test-edge-deployment-layered.json') });
  const metrics = deployment({ id: 'metrics', priority: 30, modulesContent: fixture('Azure-Samples--iot-edge-for-iiot--metricsCollector-top-layered.json') });

  it('base + CLI layer + metrics collector layer', () => {
    expect(base.kind).toBe('base');
    expect(cliLayer.kind).toBe('layered');
    const { merged, errors } = mergeLayers(base, [cliLayer, metrics]);
    expect(errors).toStrictEqual([]);
    const twins = merged!.twins;
    expect(Object.keys(at(twins, '$edgeAgent', ['modules']) as JsonObject).sort()).toStrictEqual(['SimulatedTemperatureSensor', 'filtermodule', 'metricsCollector', 'mymodule0']);
    expect(Object.keys(at(twins, '$edgeHub', ['routes']) as JsonObject).sort()).toStrictEqual(['filterToIoTHub', 'metricsCollector', 'route0', 'sensorToFilter']);
    expect(at(twins, '$edgeHub', ['routes', 'route0'])).toBe('from /messages/* INTO $upstream');
    expect(at(twins, '$edgeHub', ['schemaVersion'])).toBe('1.2');
    expect(at(twins, 'mymodule0', [])).toStrictEqual({ settings: { prop0: 'val0' } });
    expect(at(twins, '$edgeAgent', ['modules', 'mymodule0', 'settings'])).toStrictEqual({ image: 'myimageuri', createOptions: '{"MemorySwap":0}' });
    expect(at(twins, '$edgeAgent', ['modules', 'metricsCollector', 'env', 'CompressForUpload'])).toStrictEqual({ value: true });
    expect(sourceOf(merged!, '$edgeHub', ['routes', 'metricsCollector'])).toStrictEqual({
      configurationId: 'metrics',
      jsonPath: `${MC}.$edgeHub["properties.desired.routes.metricsCollector"]`,
    });
  });
});
