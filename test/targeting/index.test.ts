/**
 * targetDevices end to end over hand-built models, with the model stage's real parseDeviceManifest:
 * which deployments each device gets, the merged manifest, and isolation (issue 3 §4): a broken
 * configuration only affects the devices it could have changed.
 */
import { ConfigError } from '../../src/errors.js';
import type { EdgeDeployment } from '../../src/model/edge-deployment.js';
import type { JsonObject } from '../../src/model/json.js';
import { targetDevices } from '../../src/targeting/index.js';
import { TargetConditionError } from '../../src/targeting/target-condition-error.js';
import { baseContent, deployment, edgeDevice, hubModel, moduleSpec } from '../builders.js';

const T_OLD = '2024-01-01T00:00:00Z';
const T_NEW = '2024-06-01T00:00:00Z';
const BAD_CONDITION = "tags.env = 'prod' tags.x = 1";

const base = (id: string, priority: number, targetCondition = '*', createdTimeUtc = T_OLD): EdgeDeployment =>
  deployment({ id, priority, targetCondition, createdTimeUtc, modulesContent: baseContent({ [`${id}-mod`]: moduleSpec(`${id}:1`) }) });
const layer = (id: string, priority: number, targetCondition = '*'): EdgeDeployment =>
  deployment({ id, priority, targetCondition, modulesContent: { $edgeAgent: { [`properties.desired.modules.${id}-mod`]: moduleSpec(`${id}:1`) } } });
const broken = (id: string): Record<string, ConfigError[]> => ({ [id]: [new ConfigError('schema says no', { stage: 'model', configurationId: id, jsonPath: 'content.modulesContent' })] });

interface IsolationRow {
  readonly name: string;
  readonly deployments: EdgeDeployment[];
  readonly deploymentErrors?: Record<string, ConfigError[]>;
  readonly tags?: JsonObject;
  /** Expected base of the device. */
  readonly base: string | null;
  /** Configuration ids of the device's errors; [] = the device is synthesized. */
  readonly errorsFrom: string[];
}

const ISOLATION_ROWS: IsolationRow[] = [
  { name: 'broken base that is applied → device keeps last output', deployments: [base('b', 1)], deploymentErrors: broken('b'), base: 'b', errorsFrom: ['b'] },
  { name: 'broken base that loses on priority → unaffected', deployments: [base('b-broken', 1), base('b-good', 2)], deploymentErrors: broken('b-broken'), base: 'b-good', errorsFrom: [] },
  { name: 'broken base that does not match → unaffected', deployments: [base('b-broken', 9, "tags.env='x'"), base('b-good', 1)], deploymentErrors: broken('b-broken'), base: 'b-good', errorsFrom: [] },
  { name: 'broken layer that is applied → device keeps last output', deployments: [base('b', 1), layer('l', 5)], deploymentErrors: broken('l'), base: 'b', errorsFrom: ['l'] },
  { name: 'broken layer not above the base → unaffected', deployments: [base('b', 5), layer('l', 5)], deploymentErrors: broken('l'), base: 'b', errorsFrom: [] },
  { name: 'broken layer on a device without base → unaffected (nothing applies)', deployments: [layer('l', 5)], deploymentErrors: broken('l'), base: null, errorsFrom: [] },
  { name: 'unparseable base above the chosen base → affected', deployments: [base('b', 1), base('bad', 2, BAD_CONDITION)], base: 'b', errorsFrom: ['bad'] },
  { name: 'unparseable base below the chosen base → unaffected', deployments: [base('b', 2), base('bad', 1, BAD_CONDITION)], base: 'b', errorsFrom: [] },
  { name: 'unparseable base, equal priority and newer → affected', deployments: [base('b', 2, '*', T_OLD), base('bad', 2, BAD_CONDITION, T_NEW)], base: 'b', errorsFrom: ['bad'] },
  { name: 'unparseable base, equal priority and older → unaffected', deployments: [base('b', 2, '*', T_NEW), base('bad', 2, BAD_CONDITION, T_OLD)], base: 'b', errorsFrom: [] },
  { name: 'unparseable base, device without base → affected', deployments: [base('bad', 0, BAD_CONDITION)], base: null, errorsFrom: ['bad'] },
  { name: 'unparseable layer above the base → affected', deployments: [base('b', 1), layer('bad', 2, BAD_CONDITION)], base: 'b', errorsFrom: ['bad'] },
  { name: 'unparseable layer equal to the base → unaffected', deployments: [base('b', 2), layer('bad', 2, BAD_CONDITION)], base: 'b', errorsFrom: [] },
  { name: 'unparseable layer, device without base → unaffected', deployments: [layer('bad', 2, BAD_CONDITION)], base: null, errorsFrom: [] },
];

describe('isolation (issue 3 §4)', () => {
  it.each(ISOLATION_ROWS)('$name', ({ deployments, deploymentErrors, tags, base: expectedBase, errorsFrom }) => {
    const [target] = targetDevices(hubModel(deployments, [edgeDevice('dev-1', { tags: tags ?? {} })], deploymentErrors ?? {}));
    expect(target!.base?.id ?? null).toBe(expectedBase);
    expect(target!.errors.map((e) => e.configurationId)).toStrictEqual(errorsFrom);
    if (errorsFrom.length > 0 || expectedBase === null) expect(target!.manifest).toBeNull();
    else expect(target!.manifest).not.toBeNull();
  });

  it('a condition error names configuration, device and position, and says why the device is affected', () => {
    const [target] = targetDevices(hubModel([base('b', 1), base('bad', 2, BAD_CONDITION)], [edgeDevice('dev-1')]));
    const error = target!.errors[0] as TargetConditionError;
    expect(error).toBeInstanceOf(TargetConditionError);
    expect(error.configurationId).toBe('bad');
    expect(error.deviceId).toBe('dev-1');
    expect(error.position).toBe(18);
    expect(error.message).toContain("unexpected 'tags' at position 18");
    expect(error.message).toContain("would replace its base 'b'");
    expect(target!.merged).not.toBeNull();
  });

  it('a broken configuration affects only its devices', () => {
    const model = hubModel(
      [base('base-prod', 10, "tags.env='prod'"), base('base-test', 10, "tags.env='test'"), layer('layer-site', 20, "tags.site='s1'")],
      [edgeDevice('p1', { tags: { env: 'prod', site: 's1' } }), edgeDevice('p2', { tags: { env: 'prod', site: 's2' } }), edgeDevice('t1', { tags: { env: 'test', site: 's1' } })],
      broken('base-prod'),
    );
    const summary = targetDevices(model).map((t) => ({
      device: t.device.deviceId,
      base: t.base?.id ?? null,
      layers: t.layers.map((l) => l.id),
      errors: t.errors.map((e) => e.configurationId),
      modules: t.manifest?.modules.map((m) => m.name) ?? null,
    }));
    expect(summary).toStrictEqual([
      { device: 'p1', base: 'base-prod', layers: ['layer-site'], errors: ['base-prod'], modules: null },
      { device: 'p2', base: 'base-prod', layers: [], errors: ['base-prod'], modules: null },
      { device: 't1', base: 'base-test', layers: ['layer-site'], errors: [], modules: ['base-test-mod', 'layer-site-mod'] },
    ]);
  });
});

describe('targetDevices', () => {
  it('gives every device one decision per deployment and the merged manifest', () => {
    const model = hubModel(
      [base('b-low', 1), base('b-high', 5), layer('l-6', 6), layer('l-4', 4), layer('l-9', 9, "tags.ring='canary'")],
      [edgeDevice('canary-1', { tags: { ring: 'canary' } }), edgeDevice('stable-1', { tags: { ring: 'stable' } })],
    );
    const [canary, stable] = targetDevices(model);
    expect(canary!.device.deviceId).toBe('canary-1');
    expect(canary!.decisions.map((d) => `${d.configurationId}:${d.reason}`)).toStrictEqual([
      'b-high:applied-base',
      'b-low:lower-priority',
      'l-4:not-above-base',
      'l-6:applied-layer',
      'l-9:applied-layer',
    ]);
    expect(canary!.layers.map((l) => l.id)).toStrictEqual(['l-6', 'l-9']);
    expect(canary!.errors).toStrictEqual([]);
    expect(canary!.manifest!.modules.map((m) => [m.name, m.image, m.source.configurationId])).toStrictEqual([
      ['b-high-mod', 'b-high:1', 'b-high'],
      ['l-6-mod', 'l-6:1', 'l-6'],
      ['l-9-mod', 'l-9:1', 'l-9'],
    ]);
    expect(stable!.layers.map((l) => l.id)).toStrictEqual(['l-6']);
    expect(stable!.decisions.find((d) => d.configurationId === 'l-9')!.reason).toBe('condition-false');
  });

  it('a device without base is unmanaged: no merge, no manifest, no error', () => {
    const [target] = targetDevices(hubModel([layer('l', 3)], [edgeDevice('lonely')]));
    expect(target).toMatchObject({ base: null, layers: [], merged: null, manifest: null, errors: [] });
  });

  it('a layer that adds a partial module is a device error from the manifest check (§10.9)', () => {
    const partial = deployment({ id: 'partial', priority: 5, modulesContent: { $edgeAgent: { 'properties.desired.modules.half': { type: 'docker' } } } });
    const [target] = targetDevices(hubModel([base('b', 1), partial], [edgeDevice('d')]));
    expect(target!.manifest).toBeNull();
    expect(target!.errors.length).toBeGreaterThan(0);
    expect(target!.errors.some((e) => e.configurationId === 'partial' && e.module === 'half')).toBe(true);
  });

  it('same-priority layers writing the same path: a warning in the winner decision', () => {
    const a = deployment({ id: 'l-a', priority: 5, modulesContent: { $edgeAgent: { 'properties.desired.modules.b-mod.settings.image': 'a:1' } } });
    const b = deployment({ id: 'l-b', priority: 5, modulesContent: { $edgeAgent: { 'properties.desired.modules.b-mod.settings.image': 'b:1' } } });
    const [target] = targetDevices(hubModel([base('b', 1), a, b], [edgeDevice('d')]));
    expect(target!.manifest!.modules[0]!.image).toBe('b:1');
    const detail = target!.decisions.find((d) => d.configurationId === 'l-b')!.detail;
    expect(detail).toContain("warning: overwrote $edgeAgent properties.desired.modules.b-mod.settings.image of same-priority layer 'l-a'");
  });
});

describe('an unusable edge deployment (target or priority unreadable)', () => {
  it('makes every device keep its last good output, naming it', async () => {
    const { loadModel } = await import('../../src/model/load-model.js');
    const { targetDevices } = await import('../../src/targeting/index.js');
    const good = {
      id: 'base', priority: 1, targetCondition: '*', createdTimeUtc: '2026-01-01T00:00:00Z',
      content: { modulesContent: {
        $edgeAgent: { 'properties.desired': { schemaVersion: '1.1', runtime: { type: 'docker', settings: {} }, systemModules: { edgeAgent: { type: 'docker', settings: { image: 'a:1' } }, edgeHub: { type: 'docker', status: 'running', restartPolicy: 'always', settings: { image: 'h:1' } } }, modules: {} } },
        $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes: {}, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } },
      } },
    };
    const broken = { id: 'later', priority: 'high', targetCondition: "tags.x = 'y'", content: { modulesContent: {} } };
    const twin = (deviceId: string) => ({ deviceId, tags: {}, capabilities: { iotEdge: true } });
    const model = loadModel({ hub: 'h', configurations: [good, broken], devices: [twin('d1'), twin('d2')] });
    const targets = targetDevices(model);
    expect(targets.map((t) => [t.device.deviceId, t.manifest === null, t.errors.map((e) => e.describe())])).toStrictEqual([
      ['d1', true, [`configuration 'later', device 'd1', at priority: priority must be an integer (got "high"); it could target this device, which keeps its last good output`]],
      ['d2', true, [`configuration 'later', device 'd2', at priority: priority must be an integer (got "high"); it could target this device, which keeps its last good output`]],
    ]);
  });
});
