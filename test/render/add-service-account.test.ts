/**
 * addServiceAccount: the workload's v1 ServiceAccount, named like the workload, in the device namespace, with the
 * workload's labels and annotations and no `automountServiceAccountToken` (the Kubernetes default stays). It
 * returns the construct, whose name is what the Deployment's pod uses as serviceAccountName.
 */
import { addServiceAccount } from '../../src/render/add-service-account.js';
import { workloadIntent } from '../builders/device-intents.js';
import { chartObjects } from '../helpers/chart-objects.js';

const NS = 'msiot-hub-dev';

describe('addServiceAccount', () => {
  it('returns the construct named like the workload', () => {
    let name: string | undefined;
    chartObjects((chart, patches) => {
      name = addServiceAccount(chart, patches, NS, workloadIntent('temp-sensor', {}, 'SimulatedTemperatureSensor')).name;
    });
    expect(name).toBe('temp-sensor');
  });

  it('a workload with no labels or annotations: metadata holds name and namespace only', () => {
    const objects = chartObjects((chart, patches) => {
      addServiceAccount(chart, patches, NS, workloadIntent('bare', { labels: {}, annotations: {} }));
    });
    expect(objects).toStrictEqual([{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bare', namespace: NS } }]);
  });

  it('selector labels and pod annotations of the workload are not put on the ServiceAccount', () => {
    const [object] = chartObjects((chart, patches) => {
      addServiceAccount(chart, patches, NS, workloadIntent('w', { labels: { a: '1' }, annotations: {}, selectorLabels: { s: 'x' }, podAnnotations: { p: 'y' } }));
    });
    expect(object!['metadata']).toStrictEqual({ name: 'w', namespace: NS, labels: { a: '1' } });
  });

  it('two workloads: one ServiceAccount each, neither with automountServiceAccountToken', () => {
    const objects = chartObjects((chart, patches) => {
      addServiceAccount(chart, patches, NS, workloadIntent('one'));
      addServiceAccount(chart, patches, NS, workloadIntent('two'));
    });
    expect(objects.map((o) => [(o['metadata'] as Record<string, unknown>)['name'], 'automountServiceAccountToken' in o])).toStrictEqual([
      ['one', false],
      ['two', false],
    ]);
  });
});
