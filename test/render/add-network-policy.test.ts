/**
 * addNetworkPolicy: a networking.k8s.io/v1 NetworkPolicy in the device namespace with the intent's spec written
 * as given. The empty values carry meaning and must survive: `podSelector: {}` selects every pod, `ingress: [{}]`
 * allows all traffic in and `egress: []` allows none out; a named port stays a string, a number stays a number.
 */
import { addNetworkPolicy } from '../../src/render/add-network-policy.js';
import type { JsonObject } from '../../src/model/json.js';
import { chartObject } from '../helpers/chart-objects.js';

const NS = 'msiot-hub-dev';

describe('addNetworkPolicy', () => {
  it.each<{ name: string; spec: JsonObject }>([
    { name: 'allow-all ingress, deny-all egress: empty selector, [{}] and [] kept', spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{}], egress: [] } },
    {
      name: 'named port stays a string, numeric port and endPort stay numbers',
      spec: {
        podSelector: { matchLabels: { 'net.azure-devices.edge.module': 'edgehub' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ port: 'amqps', protocol: 'TCP' }, { port: 30000, endPort: 30010, protocol: 'UDP' }] }],
      },
    },
    {
      name: 'peers in Kubernetes spelling: ipBlock with except, namespaceSelector',
      spec: {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }, { namespaceSelector: { matchLabels: { team: 'edge' } } }] }],
      },
    },
  ])('$name', ({ spec }) => {
    expect(chartObject((chart) => addNetworkPolicy(chart, NS, { name: 'policy', labels: {}, annotations: {}, spec }))).toStrictEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'policy', namespace: NS },
      spec,
    });
  });

  it('labels and annotations go into metadata', () => {
    const object = chartObject((chart) => addNetworkPolicy(chart, NS, { name: 'p', labels: { a: '1' }, annotations: { b: '2' }, spec: { podSelector: {} } }));
    expect(object['metadata']).toStrictEqual({ name: 'p', namespace: NS, labels: { a: '1' }, annotations: { b: '2' } });
  });
});
