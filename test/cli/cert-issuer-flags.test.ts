/**
 * resolveCertificateFlags: the Kubernetes name rule of an Issuer (DNS-1123 subdomain, at most 253 characters), the
 * two issuer kinds, and how a refused value is shown. The defaults, an Issuer and the secret-store source are in
 * test/translate/edge-hub-certificate.test.ts ("certificate flags").
 */
import { CERTIFICATE_ISSUER_KINDS, resolveCertificateFlags, type CertificateFlags } from '../../src/cli/cert-issuer-flags.js';
import { ConfigError } from '../../src/errors.js';

const label63 = 'a'.repeat(63);
// Three labels of 63 and one of 61, joined by three dots: 3 × 63 + 61 + 3 = 253.
const name253 = [label63, label63, label63, 'b'.repeat(61)].join('.');

describe('resolveCertificateFlags: accepted issuer names', () => {
  it.each<{ name: string; issuer: string }>([
    { name: 'a dotted subdomain', issuer: 'ca.pki.example.com' },
    { name: 'digits first', issuer: '1ca' },
    { name: 'one character', issuer: 'c' },
    { name: 'exactly 253 characters', issuer: name253 },
  ])('$name', ({ issuer }) => {
    expect(name253).toHaveLength(253);
    expect(resolveCertificateFlags({ certIssuer: issuer })).toStrictEqual({ from: 'cert-manager', issuer: { name: issuer, kind: 'ClusterIssuer' } });
  });

  it('certsFromSecretStore false keeps cert-manager', () => {
    expect(resolveCertificateFlags({ certsFromSecretStore: false, certIssuer: 'ca' })).toStrictEqual({ from: 'cert-manager', issuer: { name: 'ca', kind: 'ClusterIssuer' } });
  });

  it('the kinds are those of cert-manager', () => {
    expect([...CERTIFICATE_ISSUER_KINDS].sort()).toStrictEqual(['ClusterIssuer', 'Issuer']);
  });
});

describe('resolveCertificateFlags: refused values name the flag and show the value on one line', () => {
  const nameRule = "--cert-issuer must be a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253 characters), got";
  it.each<{ name: string; flags: CertificateFlags; message: string }>([
    { name: 'empty', flags: { certIssuer: '' }, message: `${nameRule} ''` },
    { name: 'a leading hyphen', flags: { certIssuer: '-ca' }, message: `${nameRule} '-ca'` },
    { name: 'a trailing dot', flags: { certIssuer: 'ca.' }, message: `${nameRule} 'ca.'` },
    { name: 'an empty label', flags: { certIssuer: 'ca..pki' }, message: `${nameRule} 'ca..pki'` },
    { name: 'upper case', flags: { certIssuer: 'CA' }, message: `${nameRule} 'CA'` },
    { name: '254 characters, cut to 80 in the message', flags: { certIssuer: `${name253}b` }, message: `${nameRule} '${'a'.repeat(63)}.${'a'.repeat(16)}'` },
    { name: 'a line break, shown as ?', flags: { certIssuer: 'ca\n::error::x' }, message: `${nameRule} 'ca?::error::x'` },
    { name: 'a kind in other case', flags: { certIssuerKind: 'clusterissuer' }, message: "--cert-issuer-kind must be ClusterIssuer or Issuer, got 'clusterissuer'" },
    { name: 'a kind with a control character', flags: { certIssuerKind: 'Issuer\r' }, message: "--cert-issuer-kind must be ClusterIssuer or Issuer, got 'Issuer?'" },
    // Commander always passes the default issuer, so a bad one given by hand is an error whichever source is chosen.
    { name: 'a bad issuer name also with certsFromSecretStore', flags: { certsFromSecretStore: true, certIssuer: 'Bad' }, message: `${nameRule} 'Bad'` },
  ])('$name', ({ flags, message }) => {
    expect(() => resolveCertificateFlags(flags)).toThrow(new ConfigError(message));
  });
});

describe('resolveCertificateFlags: defaults, kinds and the secret store', () => {
  it.each([
    { name: 'defaults', flags: {}, expected: { from: 'cert-manager', issuer: { name: 'iotedge-ca', kind: 'ClusterIssuer' } } },
    { name: 'an Issuer in the namespace', flags: { certIssuer: 'ca', certIssuerKind: 'Issuer' }, expected: { from: 'cert-manager', issuer: { name: 'ca', kind: 'Issuer' } } },
    { name: 'from the secret store', flags: { certsFromSecretStore: true }, expected: { from: 'secret-store' } },
  ])('$name', ({ flags, expected }) => {
    expect(resolveCertificateFlags(flags)).toStrictEqual(expected);
  });

  it.each([
    { name: 'an issuer name Kubernetes refuses', flags: { certIssuer: 'My_CA' }, message: "--cert-issuer must be a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253 characters), got 'My_CA'" },
    { name: 'an unknown kind', flags: { certIssuerKind: 'ClusterSecretStore' }, message: "--cert-issuer-kind must be ClusterIssuer or Issuer, got 'ClusterSecretStore'" },
  ])('refuses $name', ({ flags, message }) => {
    expect(() => resolveCertificateFlags(flags)).toThrow(new ConfigError(message));
  });
});
