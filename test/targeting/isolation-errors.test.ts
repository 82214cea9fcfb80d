/**
 * isolationErrors (src/targeting/isolation-errors.ts), called directly with a chosen selection (issue 3
 * §4): the errors that make one device keep its last good output. index.test.ts covers which devices a
 * broken configuration affects through targetDevices; this file covers the function's own contract:
 * whose errors count, in which order, the id tie-break, and the wording and context of each error.
 */
import { ConfigError } from '../../src/errors.js';
import type { EdgeDeployment } from '../../src/model/edge-deployment.js';
import { compileDeployments, type CompiledDeployment } from '../../src/targeting/compile-deployments.js';
import { isolationErrors } from '../../src/targeting/isolation-errors.js';
import { TargetConditionError } from '../../src/targeting/target-condition-error.js';
import { baseContent, deployment, edgeDevice } from '../builders/model-objects.js';

const T = '2024-01-01T00:00:00Z';
const BAD = "tags.env = 'prod' tags.x = 1"; // parse error at position 18
const LAYER_CONTENT = { $edgeAgent: { 'properties.desired.modules.extra': { type: 'docker' } } };
const base = (id: string, priority: number, targetCondition = '*'): EdgeDeployment => deployment({ id, priority, targetCondition, createdTimeUtc: T, modulesContent: baseContent() });
const layer = (id: string, priority: number, targetCondition = '*'): EdgeDeployment => deployment({ id, priority, targetCondition, createdTimeUtc: T, modulesContent: LAYER_CONTENT });
const schemaError = (id: string) => new ConfigError(`${id} is broken`, { stage: 'model', configurationId: id });

const device = edgeDevice('dev-1');

/** Compiles the deployments (each with one error of its own when listed in `broken`) and picks base and layers by id. */
function setup(deployments: EdgeDeployment[], chosen: { base: string | null; layers?: string[] }, broken: string[] = []) {
  const compiled = compileDeployments({ deployments, deploymentErrors: new Map(broken.map((id) => [id, [schemaError(id)]])) });
  const byId = (id: string): CompiledDeployment => compiled.find((c) => c.deployment.id === id)!;
  const selection = { base: chosen.base === null ? null : byId(chosen.base), layers: (chosen.layers ?? []).map(byId), decisions: [] };
  return { compiled, selection };
}

describe('isolationErrors: errors of applied deployments', () => {
  it('the base’s and then each applied layer’s own errors, unchanged; not those of deployments that were not applied', () => {
    const { compiled, selection } = setup([base('b', 1), layer('l1', 2), layer('l2', 3), base('other', 0)], { base: 'b', layers: ['l1', 'l2'] }, ['other', 'l2', 'b', 'l1']);
    const errors = isolationErrors(device, selection, compiled);
    expect(errors.map((e) => e.message)).toStrictEqual(['b is broken', 'l1 is broken', 'l2 is broken']);
    expect(errors[0]).toBe(compiled.find((c) => c.deployment.id === 'b')!.errors[0]);
  });

  it('without a base nothing is applied, so layers listed anyway contribute nothing', () => {
    const { compiled, selection } = setup([layer('l', 2)], { base: null, layers: ['l'] }, ['l']);
    expect(isolationErrors(device, selection, compiled)).toStrictEqual([]);
  });

  it('a fine device gets no errors', () => {
    const { compiled, selection } = setup([base('b', 1), layer('l', 2)], { base: 'b', layers: ['l'] });
    expect(isolationErrors(device, selection, compiled)).toStrictEqual([]);
  });
});

describe('isolationErrors: conditions that do not parse', () => {
  it.each<{ name: string; deployments: EdgeDeployment[]; base: string | null; role: string | null }>([
    { name: 'a base, device without base: it would become its base', deployments: [base('bad', 0, BAD)], base: null, role: 'become its base' },
    { name: 'a base above the chosen base: it would replace it', deployments: [base('b', 1), base('bad', 2, BAD)], base: 'b', role: "replace its base 'b'" },
    { name: 'a base at equal priority and time with a larger id: it would win the tie', deployments: [base('b', 1), base('c-bad', 1, BAD)], base: 'b', role: "replace its base 'b'" },
    { name: 'a base at equal priority and time with a smaller id: it would lose the tie', deployments: [base('b', 1), base('a-bad', 1, BAD)], base: 'b', role: null },
    { name: 'a layer above the base: it would be layered on it', deployments: [base('b', 1), layer('bad', 2, BAD)], base: 'b', role: 'be layered on its base' },
    { name: 'a layer below the base: it could not apply', deployments: [base('b', 3), layer('bad', 2, BAD)], base: 'b', role: null },
  ])('$name', ({ deployments, base: chosen, role }) => {
    const { compiled, selection } = setup(deployments, { base: chosen });
    const errors = isolationErrors(device, selection, compiled);
    if (role === null) {
      expect(errors).toStrictEqual([]);
      return;
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      `unexpected 'tags' at position 18: expected AND, OR or the end of the condition (had it matched, this deployment would ${role}, so the device keeps its last good output)`,
    );
  });

  it('the error is a TargetConditionError of the targeting stage naming configuration, device, path and position', () => {
    const { compiled, selection } = setup([base('bad', 0, BAD)], { base: null });
    const [error] = isolationErrors(edgeDevice('edge-42'), selection, compiled);
    expect(error).toBeInstanceOf(TargetConditionError);
    const e = error as TargetConditionError;
    expect([e.stage, e.configurationId, e.deviceId, e.module, e.jsonPath, e.position]).toStrictEqual(['targeting', 'bad', 'edge-42', undefined, 'targetCondition', 18]);
    expect(e.describe()).toMatch(/^configuration 'bad', device 'edge-42', at targetCondition: unexpected 'tags'/);
  });

  it('applied errors come first, then condition errors in the order of the compiled list', () => {
    const { compiled, selection } = setup([base('b', 1), base('bad-2', 5, BAD), layer('bad-1', 4, BAD)], { base: 'b' }, ['b']);
    expect(isolationErrors(device, selection, compiled).map((e) => e.configurationId)).toStrictEqual(['b', 'bad-2', 'bad-1']);
  });
});
