/**
 * The fake IoT hub's TLS certificate. It names `*.azure-devices.net`, `localhost` and 127.0.0.1, so any fake hub
 * name verifies against it.
 */
import { selfSignedCertificate, type TestCertificate } from '../self-signed-certificate.js';

export type { TestCertificate };

/** The process-wide test certificate of the fake hub. */
export function testCertificate(): Promise<TestCertificate> {
  return selfSignedCertificate('fake-iothub.azure-devices.net', ['DNS:*.azure-devices.net', 'DNS:localhost', 'IP:127.0.0.1']);
}
