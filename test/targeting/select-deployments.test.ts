/**
 * Deployment choice (spec §3 steps 1–3, §10.10–13): base by priority, then newest createdTimeUtc, then
 * larger id; layers strictly above the base, ascending; no layer without a base. Expected answers are
 * read off the spec rules, not from running the code.
 */
import { compileDeployments } from '../../src/targeting/compile-deployments.js';
import { compareDeploymentPrecedence, createdTimeValue } from '../../src/targeting/deployment-precedence.js';
import { selectDeployments } from '../../src/targeting/select-deployments.js';
import type { DecisionReason } from '../../src/targeting/device-target.js';
import { baseContent, deployment, edgeDevice, hubModel, type DeploymentProps } from '../builders.js';

const LAYER = { $edgeAgent: { 'properties.desired.modules.extra': { type: 'docker' } } };
const base = (props: Omit<DeploymentProps, 'modulesContent'>) => deployment({ ...props, modulesContent: baseContent() });
const layer = (props: Omit<DeploymentProps, 'modulesContent'>) => deployment({ ...props, modulesContent: LAYER });

interface Row {
  readonly name: string;
  readonly deployments: ReturnType<typeof deployment>[];
  readonly tags?: Record<string, string>;
  readonly base: string | null;
  readonly layers: string[];
  /** Expected reason per configuration id. */
  readonly reasons: Record<string, DecisionReason>;
  /** Fragments expected in the detail of a decision. */
  readonly details?: Record<string, string>;
}

const T1 = '2024-01-01T00:00:00Z';
const T2 = '2024-02-01T00:00:00Z';

const ROWS: Row[] = [
  {
    name: 'base: highest priority wins',
    deployments: [base({ id: 'b-low', priority: 10 }), base({ id: 'b-high', priority: 20 })],
    base: 'b-high',
    layers: [],
    reasons: { 'b-high': 'applied-base', 'b-low': 'lower-priority' },
    details: { 'b-low': "base 'b-high' has a higher priority (20 > 10)" },
  },
  {
    name: 'base: equal priority → newest createdTimeUtc wins',
    deployments: [base({ id: 'b-new', priority: 5, createdTimeUtc: T2 }), base({ id: 'b-old', priority: 5, createdTimeUtc: T1 })],
    base: 'b-new',
    layers: [],
    reasons: { 'b-new': 'applied-base', 'b-old': 'older-at-equal-priority' },
    details: { 'b-new': "won the tie with 'b-old' by the newer createdTimeUtc", 'b-old': 'the newer createdTimeUtc' },
  },
  {
    name: 'base: equal priority and createdTimeUtc → larger id wins, tie recorded',
    deployments: [base({ id: 'b-a', priority: 5, createdTimeUtc: T1 }), base({ id: 'b-b', priority: 5, createdTimeUtc: T1 })],
    base: 'b-b',
    layers: [],
    reasons: { 'b-a': 'older-at-equal-priority', 'b-b': 'applied-base' },
    details: { 'b-b': 'larger id', 'b-a': 'IoT Hub does not document this tie' },
  },
  {
    name: 'base: createdTimeUtc compared as time, not as text (.5Z is newer than Z)',
    deployments: [base({ id: 'b-frac', createdTimeUtc: '2024-01-01T00:00:00.5Z' }), base({ id: 'b-whole', createdTimeUtc: '2024-01-01T00:00:00Z' })],
    base: 'b-frac',
    layers: [],
    reasons: { 'b-frac': 'applied-base', 'b-whole': 'older-at-equal-priority' },
  },
  {
    name: 'base: missing createdTimeUtc counts as oldest',
    deployments: [base({ id: 'z-empty', createdTimeUtc: '' }), base({ id: 'a-dated', createdTimeUtc: T1 })],
    base: 'a-dated',
    layers: [],
    reasons: { 'a-dated': 'applied-base', 'z-empty': 'older-at-equal-priority' },
  },
  {
    name: 'base: priority beats a newer createdTimeUtc',
    deployments: [base({ id: 'b-old-high', priority: 2, createdTimeUtc: T1 }), base({ id: 'b-new-low', priority: 1, createdTimeUtc: T2 })],
    base: 'b-old-high',
    layers: [],
    reasons: { 'b-old-high': 'applied-base', 'b-new-low': 'lower-priority' },
  },
  {
    name: 'base: a non-matching base does not compete',
    deployments: [base({ id: 'b-prod', priority: 1, targetCondition: "tags.env='prod'" }), base({ id: 'b-test', priority: 99, targetCondition: "tags.env='test'" })],
    tags: { env: 'prod' },
    base: 'b-prod',
    layers: [],
    reasons: { 'b-prod': 'applied-base', 'b-test': 'condition-false' },
  },
  {
    name: 'layer: priority equal to the base is not applied',
    deployments: [base({ id: 'base', priority: 10 }), layer({ id: 'l-equal', priority: 10 })],
    base: 'base',
    layers: [],
    reasons: { base: 'applied-base', 'l-equal': 'not-above-base' },
    details: { 'l-equal': 'priority 10 is not above the priority 10' },
  },
  {
    name: 'layer: priority below the base is not applied',
    deployments: [base({ id: 'base', priority: 10 }), layer({ id: 'l-low', priority: 3 })],
    base: 'base',
    layers: [],
    reasons: { base: 'applied-base', 'l-low': 'not-above-base' },
  },
  {
    name: 'layers: applied in ascending priority whatever their id order',
    deployments: [base({ id: 'base', priority: 0 }), layer({ id: 'a-l30', priority: 30 }), layer({ id: 'b-l20', priority: 20 }), layer({ id: 'c-l25', priority: 25 })],
    base: 'base',
    layers: ['b-l20', 'c-l25', 'a-l30'],
    reasons: { base: 'applied-base', 'a-l30': 'applied-layer', 'b-l20': 'applied-layer', 'c-l25': 'applied-layer' },
    details: { 'b-l20': 'layer applied 1 of 3', 'a-l30': 'layer applied 3 of 3' },
  },
  {
    name: 'layers: equal priority ordered by createdTimeUtc (newer applied later)',
    deployments: [base({ id: 'base' }), layer({ id: 'l-new', priority: 5, createdTimeUtc: T2 }), layer({ id: 'l-old', priority: 5, createdTimeUtc: T1 })],
    base: 'base',
    layers: ['l-old', 'l-new'],
    reasons: { base: 'applied-base', 'l-new': 'applied-layer', 'l-old': 'applied-layer' },
    details: { 'l-new': "same priority as layer 'l-old': applied after it, by the newer createdTimeUtc", 'l-old': "applied before it" },
  },
  {
    name: 'layers: equal priority and time ordered by id (larger applied later)',
    deployments: [base({ id: 'base' }), layer({ id: 'l-b', priority: 5 }), layer({ id: 'l-a', priority: 5 })],
    base: 'base',
    layers: ['l-a', 'l-b'],
    reasons: { base: 'applied-base', 'l-a': 'applied-layer', 'l-b': 'applied-layer' },
    details: { 'l-b': 'larger id' },
  },
  {
    name: 'layers: only those above the base, even when a higher base lost',
    deployments: [base({ id: 'b-win', priority: 10 }), base({ id: 'b-lose', priority: 5 }), layer({ id: 'l-7', priority: 7 }), layer({ id: 'l-11', priority: 11 })],
    base: 'b-win',
    layers: ['l-11'],
    reasons: { 'b-win': 'applied-base', 'b-lose': 'lower-priority', 'l-7': 'not-above-base', 'l-11': 'applied-layer' },
  },
  {
    name: 'layer-only device: no base → nothing applied',
    deployments: [layer({ id: 'l-1', priority: 50 }), base({ id: 'b-other', targetCondition: "tags.env='other'" })],
    base: null,
    layers: [],
    reasons: { 'l-1': 'no-base', 'b-other': 'condition-false' },
    details: { 'l-1': 'no base deployment targets this device' },
  },
  {
    name: 'nothing matches',
    deployments: [base({ id: 'b', targetCondition: "deviceId='other'" }), layer({ id: 'l', targetCondition: "deviceId='other'" })],
    base: null,
    layers: [],
    reasons: { b: 'condition-false', l: 'condition-false' },
  },
  {
    name: 'empty target condition targets nothing',
    deployments: [base({ id: 'b-empty', priority: 100, targetCondition: '' }), base({ id: 'b-all' })],
    base: 'b-all',
    layers: [],
    reasons: { 'b-empty': 'condition-false', 'b-all': 'applied-base' },
    details: { 'b-empty': 'empty target condition' },
  },
  {
    name: 'unparseable condition is a condition-error decision, never a match',
    deployments: [base({ id: 'b-bad', priority: 100, targetCondition: "tags.env = 'prod' NOT deviceId = 'x'" }), base({ id: 'b-ok' })],
    base: 'b-ok',
    layers: [],
    reasons: { 'b-bad': 'condition-error', 'b-ok': 'applied-base' },
    details: { 'b-bad': "unexpected 'NOT' at position 18" },
  },
];

describe('selectDeployments (spec §3)', () => {
  it.each(ROWS)('$name', ({ deployments, tags, base: expectedBase, layers, reasons, details }) => {
    const model = hubModel(deployments, []);
    const compiled = compileDeployments(model);
    const device = edgeDevice('dev-1', { tags: tags ?? {} });
    const selection = selectDeployments(device.twin, compiled);
    expect(selection.base?.deployment.id ?? null).toBe(expectedBase);
    expect(selection.layers.map((c) => c.deployment.id)).toStrictEqual(layers);
    expect(Object.fromEntries(selection.decisions.map((d) => [d.configurationId, d.reason]))).toStrictEqual(reasons);
    const ids = selection.decisions.map((d) => d.configurationId);
    expect(ids).toStrictEqual([...Object.keys(reasons)].sort());
    for (const [id, fragment] of Object.entries(details ?? {})) {
      expect(selection.decisions.find((d) => d.configurationId === id)!.detail).toContain(fragment);
    }
  });

  it('decisions carry kind and priority', () => {
    const compiled = compileDeployments(hubModel([base({ id: 'b', priority: 3 }), layer({ id: 'l', priority: 4 })], []));
    const { decisions } = selectDeployments(edgeDevice('d').twin, compiled);
    expect(decisions.map(({ configurationId, kind, priority, reason }) => ({ configurationId, kind, priority, reason }))).toStrictEqual([
      { configurationId: 'b', kind: 'base', priority: 3, reason: 'applied-base' },
      { configurationId: 'l', kind: 'layered', priority: 4, reason: 'applied-layer' },
    ]);
  });
});

describe('deployment precedence', () => {
  it.each([
    { name: 'zone-less time read as UTC', text: '2024-01-01T00:00:00', expected: Date.UTC(2024, 0, 1) },
    { name: 'offset honoured', text: '2024-01-01T01:00:00+01:00', expected: Date.UTC(2024, 0, 1) },
    { name: '7 fractional digits (.NET) read', text: '2019-08-08T05:52:40.1340000Z', expected: Date.UTC(2019, 7, 8, 5, 52, 40, 134) },
    { name: 'empty is oldest', text: '', expected: -Infinity },
    { name: 'garbage is oldest', text: 'yesterday', expected: -Infinity },
  ])('createdTimeValue: $name', ({ text, expected }) => {
    expect(createdTimeValue(text)).toBe(expected);
  });

  it('is antisymmetric and 0 only for the same id', () => {
    const x = base({ id: 'x', priority: 1 });
    const y = base({ id: 'y', priority: 1 });
    expect(Math.sign(compareDeploymentPrecedence(x, y))).toBe(-1);
    expect(Math.sign(compareDeploymentPrecedence(y, x))).toBe(1);
    expect(compareDeploymentPrecedence(x, x)).toBe(0);
  });

  it('conditions are parsed once per run, not per device', () => {
    const compiled = compileDeployments(hubModel([base({ id: 'b', targetCondition: "tags.env='prod'" })], []));
    const first = compiled[0]!.matches;
    for (const env of ['prod', 'test', 'prod']) selectDeployments(edgeDevice('d', { tags: { env } }).twin, compiled);
    expect(compiled[0]!.matches).toBe(first);
    expect(compiled[0]!.conditionError).toBeNull();
  });

  it('a condition that does not parse names the configuration and position', () => {
    const [c] = compileDeployments(hubModel([base({ id: 'Prod-Base', targetCondition: "tags.a = 'x" })], []));
    expect(c!.matches).toBeNull();
    expect(c!.conditionError!.configurationId).toBe('Prod-Base');
    expect(c!.conditionError!.position).toBe(9);
    expect(c!.conditionError!.describe()).toContain("configuration 'Prod-Base'");
  });
});
