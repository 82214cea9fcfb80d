/**
 * One loopback HTTPS server that is both an Azure Key Vault (secrets REST API 7.x) and the Microsoft Entra token
 * endpoint, chosen by the Host header, for tests that drive the real `@azure/keyvault-secrets` client with
 * `@azure/identity`. Key Vault as the service documents it: a request without a valid bearer token gets 401 with
 * the `WWW-Authenticate: Bearer authorization=…, resource=…` challenge; secret names must match
 * `^[0-9a-zA-Z-]{1,127}$` and are compared without case; every PUT adds a version; a deleted secret stays soft-deleted
 * (PUT answers 409 until it is recovered); scriptable 429/5xx faults with Retry-After. The token endpoint issues
 * one opaque token for client-credential grants with the expected client secret. Requests are logged without
 * headers or bodies.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { azureTestCertificate } from './azure-test-certificate.js';

/** A scripted fault on secret calls. */
export interface KeyVaultFault {
  readonly on: 'get' | 'put';
  readonly status: number;
  /** Retry-After seconds. */
  readonly retryAfter?: number;
  /** @default 1 */
  readonly times?: number;
}

/** One request as the fake saw it. */
export interface KeyVaultRequest {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  status?: number;
}

/** A running fake. */
export interface FakeKeyVault {
  readonly port: number;
  /** PEM of its certificate, to trust as a CA. */
  readonly ca: string;
  /** `https://<vaultName>.vault.azure.net`. */
  readonly vaultUrl: string;
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly requests: KeyVaultRequest[];
  /** Latest value per secret name (as first written), soft-deleted ones left out. */
  values(): Map<string, string>;
  /** Number of versions of a secret. */
  versions(name: string): number;
  /** Soft-deletes a secret, as `az keyvault secret delete` would. */
  softDelete(name: string): void;
  addFault(fault: KeyVaultFault): void;
  close(): Promise<void>;
}

const NAME = /^[0-9a-zA-Z-]{1,127}$/;
const TOKEN_HOST = 'login.microsoftonline.com';

interface _Secret {
  name: string;
  versions: { version: string; value: string; created: number }[];
}

/** Starts the fake on 127.0.0.1. */
export async function startFakeKeyVault(vaultName = 'fleetvault'): Promise<FakeKeyVault> {
  const { cert, key } = await azureTestCertificate();
  const vaultHost = `${vaultName}.vault.azure.net`;
  const tenantId = '11111111-2222-3333-4444-555555555555';
  const clientId = '66666666-7777-8888-9999-000000000000';
  const clientSecret = randomBytes(24).toString('base64url');
  const token = randomBytes(32).toString('base64url');
  const secrets = new Map<string, _Secret>();
  const deleted = new Map<string, _Secret>();
  const faults: (KeyVaultFault & { hits: number })[] = [];
  const requests: KeyVaultRequest[] = [];
  const sockets = new Set<Socket>();
  const server = https.createServer({ cert, key });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const bundle = (secret: _Secret) => {
    const latest = secret.versions[secret.versions.length - 1]!;
    return {
      value: latest.value,
      id: `https://${vaultHost}/secrets/${secret.name}/${latest.version}`,
      attributes: { enabled: true, created: latest.created, updated: latest.created, recoveryLevel: 'Recoverable+Purgeable', recoverableDays: 90 },
      tags: {},
    };
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const host = String(req.headers.host ?? '').replace(/:443$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `https://${host}`);
      const entry: KeyVaultRequest = { host, method: req.method ?? '', path: url.pathname };
      requests.push(entry);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        entry.status = status;
        const text = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
        res.end(text);
      };
      const body = Buffer.concat(chunks).toString('utf8');
      if (host === TOKEN_HOST) return _token(url, body, send);
      if (host !== vaultHost) return send(404, { error: { code: 'NotFound', message: `no vault ${host}` } });
      return _vault(req, url, body, send);
    });
  });

  function _token(url: URL, body: string, send: (status: number, body: unknown) => void): void {
    const base = `https://${TOKEN_HOST}`;
    if (url.pathname === '/common/discovery/instance') {
      return send(200, {
        tenant_discovery_endpoint: `${base}/{tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: TOKEN_HOST, preferred_cache: 'login.windows.net', aliases: [TOKEN_HOST, 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }],
      });
    }
    const openId = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (openId !== null) {
      const tenant = openId[1];
      return send(200, {
        token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
        device_authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/devicecode`,
        jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
        issuer: `${base}/${tenant}/v2.0`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
      });
    }
    if (url.pathname === `/${tenantId}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
        return send(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
      }
      return send(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
    }
    return send(404, { error: 'not_found' });
  }

  function _vault(req: IncomingMessage, url: URL, body: string, send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    if (req.headers.authorization !== `Bearer ${token}`) {
      return send(401, { error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } }, {
        'www-authenticate': `Bearer authorization="https://${TOKEN_HOST}/${tenantId}", resource="https://vault.azure.net"`,
      });
    }
    if (url.searchParams.get('api-version') === null) return send(400, { error: { code: 'BadParameter', message: 'api-version is required' } });
    const recover = /^\/deletedsecrets\/([^/]+)\/recover$/.exec(url.pathname);
    if (recover !== null && req.method === 'POST') {
      const id = decodeURIComponent(recover[1]!).toLowerCase();
      const secret = deleted.get(id);
      if (secret === undefined) return send(404, { error: { code: 'SecretNotFound', message: 'Deleted Secret not found' } });
      deleted.delete(id);
      secrets.set(id, secret);
      return send(200, bundle(secret));
    }
    const match = /^\/secrets\/([^/]+)(?:\/([^/]*))?$/.exec(url.pathname);
    if (match === null) return send(404, { error: { code: 'NotFound', message: 'no such operation' } });
    const name = decodeURIComponent(match[1]!);
    if (!NAME.test(name)) return send(400, { error: { code: 'BadParameter', message: "The request URI contains an invalid name: secret names may only contain alphanumeric characters and dashes" } });
    const id = name.toLowerCase();
    const op = req.method === 'PUT' ? 'put' : req.method === 'GET' ? 'get' : undefined;
    const fault = faults.find((f) => f.on === op && f.hits < (f.times ?? 1));
    if (fault !== undefined) {
      fault.hits++;
      const code = fault.status === 429 ? 'Throttled' : fault.status === 403 ? 'Forbidden' : 'InternalServerError';
      return send(fault.status, { error: { code, message: 'injected fault' } }, fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) });
    }
    if (op === 'get') {
      const secret = secrets.get(id);
      const version = match[2];
      if (secret === undefined) return send(404, { error: { code: 'SecretNotFound', message: `A secret with (name/id) ${name} was not found in this key vault.` } });
      if (version !== undefined && version !== '') {
        const found = secret.versions.find((v) => v.version === version);
        if (found === undefined) return send(404, { error: { code: 'SecretNotFound', message: 'version not found' } });
        return send(200, bundle({ name: secret.name, versions: [found] }));
      }
      return send(200, bundle(secret));
    }
    if (op === 'put') {
      if (deleted.has(id)) {
        return send(409, { error: { code: 'Conflict', message: `Secret ${name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the secret can only be recovered or purged.` } });
      }
      let value: unknown;
      try {
        value = (JSON.parse(body) as { value?: unknown }).value;
      } catch {
        return send(400, { error: { code: 'BadParameter', message: 'body is not JSON' } });
      }
      if (typeof value !== 'string') return send(400, { error: { code: 'BadParameter', message: 'value is required' } });
      const secret = secrets.get(id) ?? { name, versions: [] };
      secret.versions.push({ version: randomBytes(16).toString('hex'), value, created: 1_700_000_000 + secret.versions.length });
      secrets.set(id, secret);
      return send(200, bundle(secret));
    }
    return send(405, { error: { code: 'MethodNotAllowed', message: 'not supported by the fake' } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    ca: cert,
    vaultUrl: `https://${vaultHost}`,
    tenantId,
    clientId,
    clientSecret,
    requests,
    values: () => new Map([...secrets.values()].map((s) => [s.name, s.versions[s.versions.length - 1]!.value])),
    versions: (name) => secrets.get(name.toLowerCase())?.versions.length ?? 0,
    softDelete: (name) => {
      const secret = secrets.get(name.toLowerCase());
      if (secret === undefined) throw new Error(`no secret ${name}`);
      secrets.delete(name.toLowerCase());
      deleted.set(name.toLowerCase(), secret);
    },
    addFault: (fault) => {
      faults.push({ ...fault, hits: 0 });
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
