/**
 * A self-signed TLS certificate for the fake IoT hub, made once per test process with the openssl CLI
 * (present wherever Node's own build tools are; no npm dependency). It names `*.azure-devices.net`,
 * `localhost` and 127.0.0.1, so any fake hub name verifies against it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** PEM texts. `cert` doubles as the CA a client must trust. */
export interface TestCertificate {
  readonly cert: string;
  readonly key: string;
}

let _pending: Promise<TestCertificate> | undefined;

/** The process-wide test certificate (generated on first use, about 50 ms). */
export function testCertificate(): Promise<TestCertificate> {
  _pending ??= _generate();
  return _pending;
}

async function _generate(): Promise<TestCertificate> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fake-iothub-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=fake-iothub.azure-devices.net',
      '-addext', 'subjectAltName=DNS:*.azure-devices.net,DNS:localhost,IP:127.0.0.1',
    ]);
    return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
