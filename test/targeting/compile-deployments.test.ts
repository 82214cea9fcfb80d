/**
 * compileDeployments (src/targeting/compile-deployments.ts): every deployment's condition parsed and
 * compiled once, in the model's order, each deployment's own errors attached; a condition that does not
 * parse is recorded (never thrown) with the configuration id. select-deployments.test.ts covers that the
 * compiled matcher is reused across devices and the error's id and position; this file covers the rest.
 */
import { ConfigError } from '../../src/errors.js';
import { compileDeployments } from '../../src/targeting/compile-deployments.js';
import { TargetConditionError } from '../../src/targeting/target-condition-error.js';
import { deployment } from '../builders/model-objects.js';

const twin = (tags: Record<string, string>) => ({ deviceId: 'd', tags });

describe('compileDeployments', () => {
  it.each([
    { name: "'*' targets every device", condition: '*', kind: 'all', prod: true, test: true },
    { name: 'an empty condition targets no device', condition: '', kind: 'none', prod: false, test: false },
    { name: 'a blank condition targets no device', condition: '  ', kind: 'none', prod: false, test: false },
    { name: 'a comparison matches only twins where it is true', condition: "tags.env = 'prod'", kind: 'compare', prod: true, test: false },
  ])('$name', ({ condition, kind, prod, test }) => {
    const [c] = compileDeployments({ deployments: [deployment({ id: 'x', targetCondition: condition })], deploymentErrors: new Map() });
    expect(c!.condition?.kind).toBe(kind);
    expect(c!.conditionError).toBeNull();
    expect([c!.matches!(twin({ env: 'prod' })), c!.matches!(twin({ env: 'test' }))]).toStrictEqual([prod, test]);
  });

  it("keeps the model's order and the deployment objects themselves", () => {
    const deployments = [deployment({ id: 'zeta' }), deployment({ id: 'alpha' }), deployment({ id: 'mid' })];
    const compiled = compileDeployments({ deployments, deploymentErrors: new Map() });
    expect(compiled.map((c) => c.deployment)).toStrictEqual(deployments);
    compiled.forEach((c, i) => expect(c.deployment).toBe(deployments[i]));
  });

  it("attaches each deployment's own errors, and [] to a deployment without any", () => {
    const error = new ConfigError('schema says no', { configurationId: 'broken' });
    const compiled = compileDeployments({ deployments: [deployment({ id: 'broken' }), deployment({ id: 'fine' })], deploymentErrors: new Map([['broken', [error]]]) });
    expect(compiled.map((c) => [c.deployment.id, c.errors])).toStrictEqual([
      ['broken', [error]],
      ['fine', []],
    ]);
  });

  it('a condition that does not parse: condition and matcher null, a targeting error at targetCondition, the others unaffected', () => {
    const error = new ConfigError('also broken', { configurationId: 'bad' });
    const compiled = compileDeployments({
      deployments: [deployment({ id: 'bad', targetCondition: 'tags.a == 1' }), deployment({ id: 'good', targetCondition: '*' })],
      deploymentErrors: new Map([['bad', [error]]]),
    });
    const [bad, good] = compiled;
    expect(bad!.condition).toBeNull();
    expect(bad!.matches).toBeNull();
    expect(bad!.errors).toStrictEqual([error]);
    expect(bad!.conditionError).toBeInstanceOf(TargetConditionError);
    expect([bad!.conditionError!.stage, bad!.conditionError!.configurationId, bad!.conditionError!.jsonPath, bad!.conditionError!.position]).toStrictEqual([
      'targeting',
      'bad',
      'targetCondition',
      8,
    ]);
    expect(good!.conditionError).toBeNull();
    expect(good!.matches!(twin({}))).toBe(true);
  });

  it('no deployments → nothing', () => {
    expect(compileDeployments({ deployments: [], deploymentErrors: new Map() })).toStrictEqual([]);
  });
});
