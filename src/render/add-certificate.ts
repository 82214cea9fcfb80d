import type { Chart } from 'cdk8s';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecPrivateKeyRotationPolicy, CertificateSpecUsages } from '../../imports/cert-manager-cert-manager.io.js';
import type { CertificateIntent } from '../translate/device-intent.js';
import { objectMetadata } from './object-metadata.js';

/**
 * A cert-manager Certificate (cert-manager.io/v1, typed construct from imports/) that keeps the Secret
 * `secretName` issued and renewed by the intent's Issuer or ClusterIssuer: its DNS names, an RSA 2048 key made
 * anew at every renewal (`rotationPolicy: Always`) and the usages of a TLS server. It holds no key: cert-manager
 * writes the key into the Secret in the cluster.
 */
export function addCertificate(chart: Chart, namespace: string, certificate: CertificateIntent): void {
  new Certificate(chart, `certificate-${certificate.name}`, {
    metadata: objectMetadata(certificate.name, namespace, certificate.labels, certificate.annotations),
    spec: {
      secretName: certificate.secretName,
      commonName: certificate.commonName,
      dnsNames: [...certificate.dnsNames],
      issuerRef: { name: certificate.issuer.name, kind: certificate.issuer.kind, group: 'cert-manager.io' },
      privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.RSA, size: 2048, rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS },
      usages: [CertificateSpecUsages.DIGITAL_SIGNATURE, CertificateSpecUsages.KEY_ENCIPHERMENT, CertificateSpecUsages.SERVER_AUTH],
    },
  });
}
