/**
 * addResourceQuota / addLimitRange: the v1 ResourceQuota (`spec.hard`, quantities as written, strings even when
 * they look like numbers) and the v1 LimitRange of one `Container` item whose `default` (limits) and
 * `defaultRequest` appear only when the intent sets them.
 */
import { addLimitRange, addResourceQuota } from '../../src/render/add-resource-bounds.js';
import type { LimitRangeIntent } from '../../src/translate/isolation-intent.js';
import { chartObject } from '../helpers/chart-objects.js';

const NS = 'msiot-hub-dev';

describe('addResourceQuota', () => {
  it('v1 ResourceQuota in the namespace: hard quantities as strings, labels and annotations in metadata', () => {
    const object = chartObject((chart) =>
      addResourceQuota(chart, NS, { name: 'quota', labels: { a: '1' }, annotations: { b: '2' }, hard: { pods: '10', 'requests.memory': '1.5Gi', 'limits.cpu': '500m' } }),
    );
    expect(object).toStrictEqual({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'quota', namespace: NS, labels: { a: '1' }, annotations: { b: '2' } },
      spec: { hard: { pods: '10', 'requests.memory': '1.5Gi', 'limits.cpu': '500m' } },
    });
  });
});

describe('addLimitRange', () => {
  const range = (overrides: Partial<LimitRangeIntent>): LimitRangeIntent => ({ name: 'limits', labels: {}, annotations: {}, ...overrides });

  it.each<{ name: string; intent: LimitRangeIntent; item: Record<string, unknown> }>([
    { name: 'limits only → default, no defaultRequest', intent: range({ defaultLimits: { memory: '256Mi' } }), item: { type: 'Container', default: { memory: '256Mi' } } },
    { name: 'requests only → defaultRequest, no default', intent: range({ defaultRequests: { cpu: '50m' } }), item: { type: 'Container', defaultRequest: { cpu: '50m' } } },
    {
      name: 'both → default and defaultRequest',
      intent: range({ defaultLimits: { cpu: '1', memory: '1Gi' }, defaultRequests: { cpu: '100m' } }),
      item: { type: 'Container', default: { cpu: '1', memory: '1Gi' }, defaultRequest: { cpu: '100m' } },
    },
    { name: 'neither → a bare Container item', intent: range({}), item: { type: 'Container' } },
  ])('$name', ({ intent, item }) => {
    expect(chartObject((chart) => addLimitRange(chart, NS, intent))).toStrictEqual({
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'limits', namespace: NS },
      spec: { limits: [item] },
    });
  });
});
