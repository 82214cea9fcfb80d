/**
 * Self-signed TLS certificates for the loopback fakes, made with the openssl CLI (present wherever Node's own
 * build tools are; no npm dependency), once per test process and subject. The certificate doubles as the CA a
 * client must trust, so the real SDKs verify the host names they asked for.
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

const _made = new Map<string, Promise<TestCertificate>>();

/** A P-256 certificate for `commonName` naming `subjectAltNames` (`DNS:…`, `IP:…`), valid two days; about 50 ms the first time. */
export function selfSignedCertificate(commonName: string, subjectAltNames: readonly string[]): Promise<TestCertificate> {
  const key = `${commonName}\n${subjectAltNames.join(',')}`;
  let made = _made.get(key);
  if (made === undefined) {
    made = _generate(commonName, subjectAltNames);
    _made.set(key, made);
  }
  return made;
}

async function _generate(commonName: string, subjectAltNames: readonly string[]): Promise<TestCertificate> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fake-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', `/CN=${commonName}`,
      '-addext', `subjectAltName=${subjectAltNames.join(',')}`,
    ]);
    return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
