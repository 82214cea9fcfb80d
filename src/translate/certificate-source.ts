/**
 * Where edgeHub's server certificate and the CA modules trust come from (`--cert-issuer`, `--cert-issuer-kind`,
 * `--certs-from-secret-store`): a translate option, apart from the code that acts on it (edge-hub-certificate.ts),
 * so that the options do not depend on translation code.
 */

/** An Issuer or ClusterIssuer of cert-manager (`--cert-issuer`, `--cert-issuer-kind`). */
export interface CertificateIssuerRef {
  readonly name: string;
  readonly kind: 'Issuer' | 'ClusterIssuer';
}

/** Where certificates come from: cert-manager (default) or the secret store (`--certs-from-secret-store`). */
export type CertificateSource = { readonly from: 'cert-manager'; readonly issuer: CertificateIssuerRef } | { readonly from: 'secret-store' };

/** The issuer used when no flag names one: a ClusterIssuer named `iotedge-ca`. */
export const DEFAULT_CERTIFICATE_ISSUER: CertificateIssuerRef = { name: 'iotedge-ca', kind: 'ClusterIssuer' };
/** @default value of TranslateOptions.certificates. */
export const DEFAULT_CERTIFICATE_SOURCE: CertificateSource = { from: 'cert-manager', issuer: DEFAULT_CERTIFICATE_ISSUER };
