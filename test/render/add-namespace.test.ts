/**
 * addNamespace: the device's v1 Namespace, named `intent.namespace`, cluster-scoped (no metadata.namespace), with
 * the device labels and annotations and, when the intent names a Pod Security level, the Pod Security Admission
 * labels (enforce, warn, audit + their -version) of that level; nothing else (no `spec: {}` from cdk8s-plus).
 */
import { addNamespace } from '../../src/render/add-namespace.js';
import type { DeviceIntent } from '../../src/translate/device-intent.js';
import { deviceIntent } from '../builders/device-intents.js';
import { chartObject } from '../helpers/chart-objects.js';

/** Pod Security Admission labels of `level`, pinned to the policy version the levels are computed for (v1.27). */
const psa = (level: string): Record<string, string> => ({
  'pod-security.kubernetes.io/enforce': level,
  'pod-security.kubernetes.io/enforce-version': 'v1.27',
  'pod-security.kubernetes.io/warn': level,
  'pod-security.kubernetes.io/warn-version': 'v1.27',
  'pod-security.kubernetes.io/audit': level,
  'pod-security.kubernetes.io/audit-version': 'v1.27',
});

describe('addNamespace', () => {
  it.each<{ name: string; intent: DeviceIntent; expected: Record<string, unknown> }>([
    {
      name: 'restricted: device labels plus the six Pod Security labels',
      intent: deviceIntent({ namespace: 'msiot-a-b', labels: { team: 'edge' }, annotations: { note: 'x' }, podSecurityLevel: 'restricted' }),
      expected: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'msiot-a-b', labels: { team: 'edge', ...psa('restricted') }, annotations: { note: 'x' } } },
    },
    {
      name: 'privileged is labelled too (not left to the cluster default)',
      intent: deviceIntent({ namespace: 'msiot-a-b', labels: {}, annotations: {}, podSecurityLevel: 'privileged' }),
      expected: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'msiot-a-b', labels: psa('privileged') } },
    },
    {
      name: 'the level wins over a Pod Security label the device labels already carry',
      intent: deviceIntent({ namespace: 'msiot-a-b', labels: { 'pod-security.kubernetes.io/enforce': 'privileged' }, annotations: {}, podSecurityLevel: 'baseline' }),
      expected: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'msiot-a-b', labels: psa('baseline') } },
    },
    {
      name: 'no level, no labels, no annotations: metadata holds the name only',
      intent: deviceIntent({ namespace: 'msiot-a-b', labels: {}, annotations: {} }),
      expected: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'msiot-a-b' } },
    },
  ])('$name', ({ intent, expected }) => {
    expect(chartObject((chart, patches) => addNamespace(chart, patches, intent))).toStrictEqual(expected);
  });

  it("does not add the Pod Security labels to the intent's own label map", () => {
    const intent = deviceIntent({ labels: { team: 'edge' }, podSecurityLevel: 'baseline' });
    chartObject((chart, patches) => addNamespace(chart, patches, intent));
    expect(intent.labels).toStrictEqual({ team: 'edge' });
  });
});
