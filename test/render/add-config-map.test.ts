/**
 * addConfigMap: a v1 ConfigMap in the device namespace holding exactly the intent's data (values byte for byte,
 * empty strings included), labels and annotations, and none of cdk8s-plus's additions (`immutable: false`).
 */
import { addConfigMap } from '../../src/render/add-config-map.js';
import type { ConfigMapIntent } from '../../src/translate/device-intent.js';
import { chartObject, chartObjects } from '../helpers/chart-objects.js';

const NS = 'msiot-hub-dev';

const configMap = (overrides: Partial<ConfigMapIntent> = {}): ConfigMapIntent => ({ name: 'settings', labels: {}, annotations: {}, data: {}, ...overrides });

describe('addConfigMap', () => {
  it.each<{ name: string; intent: ConfigMapIntent; expected: Record<string, unknown> }>([
    {
      name: 'annotations and labels in metadata, no immutable field',
      intent: configMap({ labels: { team: 'edge' }, annotations: { 'net.azure-devices.edge.module': '$edgeHub' }, data: { 'a.json': '{}' } }),
      expected: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: NS, labels: { team: 'edge' }, annotations: { 'net.azure-devices.edge.module': '$edgeHub' } },
        data: { 'a.json': '{}' },
      },
    },
    {
      name: 'an empty value and surrounding white space are kept (a file may be empty)',
      intent: configMap({ data: { empty: '', padded: '  x\t\n\n' } }),
      expected: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: NS }, data: { empty: '', padded: '  x\t\n\n' } },
    },
    {
      name: 'values that look like numbers or booleans stay strings',
      intent: configMap({ data: { port: '8883', enabled: 'true', none: 'null' } }),
      expected: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: NS }, data: { port: '8883', enabled: 'true', none: 'null' } },
    },
    {
      name: 'no data → no data field (an empty ConfigMap)',
      intent: configMap(),
      expected: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: NS } },
    },
  ])('$name', ({ intent, expected }) => {
    expect(chartObject((chart, patches) => addConfigMap(chart, patches, NS, intent))).toStrictEqual(expected);
  });

  it('two ConfigMaps in one chart: each keeps its own data and neither has immutable (the removal is per object)', () => {
    const objects = chartObjects((chart, patches) => {
      addConfigMap(chart, patches, NS, configMap({ name: 'one', data: { a: '1' } }));
      addConfigMap(chart, patches, NS, configMap({ name: 'two', data: { b: '2' } }));
    });
    expect(objects.map((o) => [(o['metadata'] as Record<string, unknown>)['name'], o['data'], 'immutable' in o])).toStrictEqual([
      ['one', { a: '1' }, false],
      ['two', { b: '2' }, false],
    ]);
  });
});
