/**
 * addCertificate: one cert-manager.io/v1 Certificate per intent, in the device namespace, named like the intent,
 * that keeps the Secret `secretName` issued by the intent's Issuer or ClusterIssuer (group cert-manager.io): its
 * commonName and DNS names in the intent's order, a fresh RSA 2048 key at every renewal, TLS-server usages, and
 * no key material (cert-manager writes the key into the Secret in the cluster).
 */
import { addCertificate } from '../../src/render/add-certificate.js';
import type { CertificateIntent } from '../../src/translate/device-intent.js';
import { chartObject, chartObjects } from '../helpers/chart-objects.js';

const NS = 'msiot-hub-dev';

const certificate = (overrides: Partial<CertificateIntent> = {}): CertificateIntent => ({
  name: 'edgehub',
  labels: {},
  annotations: {},
  secretName: 'edgehub-tls',
  commonName: 'edgehub',
  dnsNames: ['edgehub'],
  issuer: { name: 'fleet-ca', kind: 'ClusterIssuer' },
  ...overrides,
});

/** The spec every Certificate shares: the key and usages of a TLS server (cert-manager's own spelling). */
const KEY_AND_USAGES = {
  privateKey: { algorithm: 'RSA', size: 2048, rotationPolicy: 'Always' },
  usages: ['digital signature', 'key encipherment', 'server auth'],
};

describe('addCertificate', () => {
  it.each<{ name: string; intent: CertificateIntent; expected: Record<string, unknown> }>([
    {
      name: 'an Issuer in the namespace; labels and annotations in metadata',
      intent: certificate({
        name: 'opc-server',
        labels: { 'app.kubernetes.io/managed-by': 'iotedge-gitops' },
        annotations: { 'net.azure-devices.edge.module': 'opcServer' },
        secretName: 'opc-server-tls',
        commonName: 'opc-server',
        dnsNames: ['opc-server', `opc-server.${NS}.svc`],
        issuer: { name: 'device-ca', kind: 'Issuer' },
      }),
      expected: {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
        metadata: {
          name: 'opc-server',
          namespace: NS,
          labels: { 'app.kubernetes.io/managed-by': 'iotedge-gitops' },
          annotations: { 'net.azure-devices.edge.module': 'opcServer' },
        },
        spec: {
          secretName: 'opc-server-tls',
          commonName: 'opc-server',
          dnsNames: ['opc-server', `opc-server.${NS}.svc`],
          issuerRef: { name: 'device-ca', kind: 'Issuer', group: 'cert-manager.io' },
          ...KEY_AND_USAGES,
        },
      },
    },
    {
      name: 'a ClusterIssuer; no labels or annotations → metadata holds name and namespace only',
      intent: certificate(),
      expected: {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
        metadata: { name: 'edgehub', namespace: NS },
        spec: {
          secretName: 'edgehub-tls',
          commonName: 'edgehub',
          dnsNames: ['edgehub'],
          issuerRef: { name: 'fleet-ca', kind: 'ClusterIssuer', group: 'cert-manager.io' },
          ...KEY_AND_USAGES,
        },
      },
    },
  ])('$name', ({ intent, expected }) => {
    expect(chartObject((chart) => addCertificate(chart, NS, intent))).toStrictEqual(expected);
  });

  it('DNS names keep the intent order (not sorted) and the Certificate name may differ from its Secret name', () => {
    const object = chartObject((chart) => addCertificate(chart, NS, certificate({ name: 'edgehub', secretName: 'iotedge-edgehub-tls', dnsNames: ['z.local', 'a.local'] })));
    const spec = object['spec'] as Record<string, unknown>;
    expect([(object['metadata'] as Record<string, unknown>)['name'], spec['secretName'], spec['dnsNames']]).toStrictEqual(['edgehub', 'iotedge-edgehub-tls', ['z.local', 'a.local']]);
  });

  it('two intents in one chart give two Certificates (the construct id is per name, so they do not collide)', () => {
    const objects = chartObjects((chart) => {
      addCertificate(chart, NS, certificate({ name: 'a' }));
      addCertificate(chart, NS, certificate({ name: 'b' }));
    });
    expect(objects.map((o) => (o['metadata'] as Record<string, unknown>)['name'])).toStrictEqual(['a', 'b']);
  });
});
