/**
 * A self-signed TLS certificate for the loopback Key Vault and Microsoft Entra token fakes, made once per test
 * process with the openssl CLI. It names `*.vault.azure.net` and `login.microsoftonline.com`, so the real SDK,
 * trusting it through NODE_EXTRA_CA_CERTS, verifies the hosts it asked for.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

let _pending: Promise<{ cert: string; key: string }> | undefined;

/** PEM texts; `cert` doubles as the CA to trust. */
export function azureTestCertificate(): Promise<{ cert: string; key: string }> {
  _pending ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fake-azure-cert-'));
    try {
      const keyFile = path.join(dir, 'key.pem');
      const certFile = path.join(dir, 'cert.pem');
      await promisify(execFile)('openssl', [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=fake-azure.test',
        '-addext', 'subjectAltName=DNS:*.vault.azure.net,DNS:login.microsoftonline.com,IP:127.0.0.1',
      ]);
      return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return _pending;
}
