/**
 * The TLS certificate of the loopback Key Vault and Microsoft Entra token fakes. It names `*.vault.azure.net` and
 * `login.microsoftonline.com`, so the real SDK, trusting it through NODE_EXTRA_CA_CERTS, verifies the hosts it
 * asked for.
 */
import { selfSignedCertificate, type TestCertificate } from '../self-signed-certificate.js';

/** PEM texts; `cert` doubles as the CA to trust. */
export function azureTestCertificate(): Promise<TestCertificate> {
  return selfSignedCertificate('fake-azure.test', ['DNS:*.vault.azure.net', 'DNS:login.microsoftonline.com', 'IP:127.0.0.1']);
}
