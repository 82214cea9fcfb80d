/**
 * `--cert-issuer`, `--cert-issuer-kind` and `--certs-from-secret-store`, resolved in one pure function (flag ??
 * default). A bad issuer name fails here, before any I/O: it would otherwise be written into every Certificate
 * of the fleet and cert-manager would issue none.
 */
import { ConfigError } from '../errors.js';
import { DEFAULT_CERTIFICATE_ISSUER, type CertificateIssuerRef, type CertificateSource } from '../translate/certificate-source.js';

/** Raw certificate flags as commander parsed them. */
export interface CertificateFlags {
  readonly certIssuer?: string;
  readonly certIssuerKind?: string;
  readonly certsFromSecretStore?: boolean;
}

/** The kinds of cert-manager issuer an `issuerRef` may name. */
export const CERTIFICATE_ISSUER_KINDS: readonly CertificateIssuerRef['kind'][] = ['ClusterIssuer', 'Issuer'];

export { DEFAULT_CERTIFICATE_ISSUER };

/** DNS-1123 subdomain: the name rule of Issuer and ClusterIssuer objects. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Resolves the certificate flags; throws ConfigError naming the flag for a bad value. */
export function resolveCertificateFlags(flags: CertificateFlags): CertificateSource {
  const name = flags.certIssuer ?? DEFAULT_CERTIFICATE_ISSUER.name;
  if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
    throw new ConfigError(`--cert-issuer must be a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253 characters), got '${name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80)}'`, { stage: 'cli' });
  }
  const kind = flags.certIssuerKind ?? DEFAULT_CERTIFICATE_ISSUER.kind;
  if (!(CERTIFICATE_ISSUER_KINDS as readonly string[]).includes(kind)) {
    throw new ConfigError(`--cert-issuer-kind must be ${CERTIFICATE_ISSUER_KINDS.join(' or ')}, got '${kind.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80)}'`, { stage: 'cli' });
  }
  if (flags.certsFromSecretStore === true) return { from: 'secret-store' };
  return { from: 'cert-manager', issuer: { name, kind: kind as CertificateIssuerRef['kind'] } };
}
