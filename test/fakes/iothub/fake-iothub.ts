/**
 * A loopback HTTPS server that speaks the IoT Hub service REST protocol as spec §8–§9 documents it, for
 * tests that run the real azure-iothub client: `GET /configurations`, `GET /configurations/{id}`,
 * `POST /devices/query` with `x-ms-max-item-count` / `x-ms-continuation` paging, `GET /twins/{id}`; a
 * required `api-version`; SAS authorization checked; IoT Hub's error body shape; and scriptable faults
 * (status codes with Retry-After, delays, truncated bodies, dropped connections). It logs every request
 * (without its Authorization header) so tests can count requests and time retries.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createFakeHubAgent } from './fake-hub-agent.js';
import { verifySasToken } from './sas.js';
import { testCertificate } from './test-certificate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The calls the fake serves. */
export type FakeOperation = 'configurations' | 'configuration' | 'query' | 'twin';

/** One scripted fault. It hits matching requests after `after` of them have passed, `times` times. */
export interface FakeFault {
  /** Which calls it applies to. */
  readonly on: FakeOperation | 'any';
  /** Query only: the 1-based page (page 1 is the request without a continuation token). */
  readonly page?: number;
  /** Matching requests let through before the fault starts. @default 0 */
  readonly after?: number;
  /** Matching requests it hits. @default 1 (Infinity: a fault that persists) */
  readonly times?: number;
  /** Answer with this status and an IoT Hub error body instead of the data. */
  readonly status?: number;
  /** `Retry-After` header to send with `status` (seconds, or an HTTP-date). */
  readonly retryAfter?: number | string;
  /** IoT Hub error code in the body. @default by status (ThrottlingException for 429 ...) */
  readonly errorCode?: string;
  /** Wait this long before answering (a slow hub). The answer is skipped if the client gave up. */
  readonly delayMs?: number;
  /**
   * `body`: a complete HTTP 200 whose JSON body is cut in half (Content-Length matches the cut body).
   * `connection`: the status line, headers with the full Content-Length, half the body, then the socket is destroyed.
   */
  readonly truncate?: 'body' | 'connection';
  /** Query only: send this `x-ms-continuation` instead of the real one ('' for an empty header). */
  readonly continuation?: string;
  /** Content-Type of the 200 answer. @default 'application/json; charset=utf-8' */
  readonly contentType?: string;
}

/** One request as the fake saw it. Authorization is reduced to the policy name. */
export interface FakeRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly operation?: FakeOperation;
  readonly apiVersion: string | null;
  /** Query only: 1-based page. */
  readonly page?: number;
  /** Query only: twins returned. */
  items?: number;
  readonly headers: {
    readonly host?: string;
    readonly contentType?: string;
    readonly maxItemCount?: string;
    readonly continuation?: string;
    readonly userAgent?: string;
  };
  /** `skn` of a well-formed SAS token. */
  readonly policy?: string;
  /** Final status (200 also for truncated answers). */
  status?: number;
  /** The fault that hit it, described. */
  fault?: string;
  /** performance.now() when the request arrived / when the answer was finished or cut. */
  readonly receivedAt: number;
  respondedAt?: number;
}

/** How to start the fake. */
export interface FakeIotHubOptions {
  /** @default 'fakehub' (host name `fakehub.azure-devices.net`) */
  readonly hubName?: string;
  readonly configurations?: readonly Json[];
  /** All device twins; the edge query filters on `capabilities.iotEdge === true`. */
  readonly twins?: readonly Json[];
  /** Shared access policies: name → base64 key. @default registryRead and iothubowner with random keys */
  readonly policies?: Readonly<Record<string, string>>;
  readonly faults?: readonly FakeFault[];
  /** Page size when `x-ms-max-item-count` is absent. @default 100 */
  readonly defaultPageSize?: number;
  /** Larger `x-ms-max-item-count` values are capped to this. @default 1000 */
  readonly maxPageSize?: number;
  /** Wall clock for SAS expiry, in ms. @default Date.now */
  readonly now?: () => number;
  /** Called as each request is logged (before it is answered): lets a test change the hub mid-read. */
  readonly onRequest?: (request: FakeRequest, hub: FakeIotHub) => void;
}

/** A running fake hub. */
export interface FakeIotHub {
  /** `https://127.0.0.1:<port>` — for raw requests; the IoT Hub client uses `agent` instead. */
  readonly url: string;
  readonly port: number;
  readonly hubName: string;
  /** `<hubName>.azure-devices.net`. */
  readonly hostName: string;
  /** PEM of the self-signed certificate, to trust as a CA. */
  readonly ca: string;
  /** An agent that sends the client's connections for `hostName` here (see fake-hub-agent.ts). */
  readonly agent: https.Agent;
  readonly policies: Readonly<Record<string, string>>;
  /** Served data; replace or mutate between or during reads. */
  configurations: Json[];
  twins: Json[];
  /** Every request so far, in arrival order. */
  readonly requests: FakeRequest[];
  /** `HostName=…;SharedAccessKeyName=<policy>;SharedAccessKey=<its key or override.key>`. */
  connectionString(policy?: string, override?: { readonly key?: string; readonly hostName?: string }): string;
  addFault(fault: FakeFault): void;
  /** Stops the server, drops open connections, cancels pending delays. */
  close(): Promise<void>;
}

const EDGE_QUERY = /^select \* from devices where capabilities\.iotedge = true$/i;
const ALL_QUERY = /^select \* from devices$/i;
const DEFAULT_CODES: Readonly<Record<number, string>> = {
  400: 'ArgumentInvalid', 401: 'IotHubUnauthorizedAccess', 403: 'IotHubQuotaExceeded', 404: 'IotHubNotFound',
  429: 'ThrottlingException', 500: 'ServerError', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
};

/** Starts a fake hub on 127.0.0.1 (a free port). Close it in afterAll/afterEach. */
export async function startFakeIotHub(options: FakeIotHubOptions = {}): Promise<FakeIotHub> {
  const { cert, key } = await testCertificate();
  const hubName = options.hubName ?? 'fakehub';
  const hostName = `${hubName}.azure-devices.net`;
  const policies = options.policies ?? { registryRead: _randomKey(), iothubowner: _randomKey() };
  const faults = (options.faults ?? []).map((fault) => ({ fault, seen: 0, hits: 0 }));
  const now = options.now ?? Date.now;
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let trackingId = 0;

  const server = https.createServer({ cert, key });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const hub: FakeIotHub = {
    url: '',
    port: 0,
    hubName,
    hostName,
    ca: cert,
    agent: undefined as unknown as https.Agent,
    policies,
    configurations: [...(options.configurations ?? [])],
    twins: [...(options.twins ?? [])],
    requests: [],
    connectionString: (policy = 'registryRead', override = {}) =>
      `HostName=${override.hostName ?? hostName};SharedAccessKeyName=${policy};SharedAccessKey=${override.key ?? policies[policy] ?? _randomKey()}`,
    addFault: (fault) => {
      faults.push({ fault, seen: 0, hits: 0 });
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      hub.agent.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => _handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });

  function _handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', `https://${hostName}`);
    const operation = _operationOf(req.method ?? '', url.pathname);
    const auth = verifySasToken(_one(req.headers.authorization), hostName, policies, Math.floor(now() / 1000));
    let page: number | undefined;
    let offset = 0;
    const continuation = _one(req.headers['x-ms-continuation']);
    if (operation === 'query' && continuation !== undefined) {
      const decoded = _decodeToken(continuation);
      page = decoded?.page;
      offset = decoded?.offset ?? 0;
    } else if (operation === 'query') page = 1;
    const entry: FakeRequest = {
      method: req.method ?? '',
      path: url.pathname,
      operation,
      apiVersion: url.searchParams.get('api-version'),
      page,
      headers: {
        host: _one(req.headers.host),
        contentType: _one(req.headers['content-type']),
        maxItemCount: _one(req.headers['x-ms-max-item-count']),
        continuation,
        userAgent: _one(req.headers['user-agent']),
      },
      policy: auth.policy,
      receivedAt: performance.now(),
    };
    hub.requests.push(entry);
    res.on('finish', () => (entry.respondedAt ??= performance.now()));
    res.on('close', () => (entry.respondedAt ??= performance.now()));
    options.onRequest?.(entry, hub);

    const fail = (status: number, text: string, code = DEFAULT_CODES[status] ?? 'GenericError', headers: Record<string, string> = {}): void => {
      entry.status = status;
      const errorBody = JSON.stringify({
        Message: `ErrorCode:${code};${text}`,
        ExceptionMessage: `Tracking ID:${(++trackingId).toString(16).padStart(32, '0')}-G:0-TimeStamp:${new Date(now()).toISOString()}`,
      });
      _send(res, status, errorBody, { 'iothub-errorcode': code, ...headers });
    };

    if (entry.apiVersion === null || entry.apiVersion === '') return fail(400, 'api-version is required', 'ArgumentNull');
    if ((entry.headers.host ?? '').toLowerCase() !== hostName.toLowerCase()) return fail(404, `IoT hub ${entry.headers.host ?? ''} not found`, 'IotHubNotFound');
    if (operation === undefined) return fail(404, `no route for ${req.method} ${url.pathname}`, 'GenericNotFound');
    if (!auth.ok) return fail(401, 'Unauthorized');

    let data: Json;
    let nextToken: string | undefined;
    if (operation === 'configurations') {
      const top = url.searchParams.get('top');
      data = top === null ? hub.configurations : hub.configurations.slice(0, Math.max(0, Number(top) || 0));
    } else if (operation === 'configuration') {
      const id = decodeURIComponent(url.pathname.slice('/configurations/'.length));
      const found = hub.configurations.find((item) => _field(item, 'id') === id);
      if (found === undefined) return fail(404, `Configuration ${id} not found`, 'ConfigurationNotFound');
      data = found;
    } else if (operation === 'twin') {
      const id = decodeURIComponent(url.pathname.slice('/twins/'.length));
      const found = hub.twins.find((item) => _field(item, 'deviceId') === id);
      if (found === undefined) return fail(404, `Device ${id} not found`, 'DeviceNotFound');
      data = found;
    } else {
      if (!(entry.headers.contentType ?? '').includes('application/json')) return fail(400, 'Content-Type must be application/json');
      let sql: unknown;
      try {
        sql = (JSON.parse(body) as { query?: unknown }).query;
      } catch {
        return fail(400, 'request body is not JSON');
      }
      const text = typeof sql === 'string' ? sql.trim().replace(/\s+/g, ' ') : '';
      const matching = EDGE_QUERY.test(text) ? hub.twins.filter(_isEdge) : ALL_QUERY.test(text) ? hub.twins : undefined;
      if (matching === undefined) return fail(400, `query not supported by the fake hub: ${text}`, 'BadRequest');
      if (continuation !== undefined && page === undefined) return fail(400, 'invalid continuation token');
      const asked = entry.headers.maxItemCount;
      if (asked !== undefined && !/^[1-9]\d*$/.test(asked)) return fail(400, 'x-ms-max-item-count must be a positive integer');
      const size = Math.min(asked === undefined ? (options.defaultPageSize ?? 100) : Number(asked), options.maxPageSize ?? 1000);
      data = matching.slice(offset, offset + size);
      entry.items = data.length;
      if (offset + size < matching.length) nextToken = _encodeToken({ page: (page ?? 1) + 1, offset: offset + size });
    }

    const fault = _takeFault(operation, page);
    const respond = (): void => {
      if (res.destroyed || req.socket.destroyed) return;
      if (fault?.status !== undefined) {
        const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
        return fail(fault.status, `injected fault ${fault.status}`, fault.errorCode, headers);
      }
      const headers: Record<string, string> = {};
      const token = fault?.continuation ?? nextToken;
      if (operation === 'query' && token !== undefined) headers['x-ms-continuation'] = token;
      const text = JSON.stringify(data);
      entry.status = 200;
      if (fault?.truncate === 'body') return _send(res, 200, text.slice(0, Math.floor(text.length / 2)), headers, fault.contentType);
      if (fault?.truncate === 'connection') {
        res.writeHead(200, { 'content-type': fault.contentType ?? 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
        res.write(text.slice(0, Math.floor(text.length / 2)), () => req.socket.destroy());
        return;
      }
      _send(res, 200, text, headers, fault?.contentType);
    };
    if (fault?.delayMs !== undefined) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond();
      }, fault.delayMs);
      timer.unref();
      timers.add(timer);
    } else respond();

    function _takeFault(op: FakeOperation, onPage: number | undefined): FakeFault | undefined {
      for (const state of faults) {
        const { fault: candidate } = state;
        if (candidate.on !== 'any' && candidate.on !== op) continue;
        if (candidate.page !== undefined && candidate.page !== onPage) continue;
        state.seen++;
        if (state.seen <= (candidate.after ?? 0) || state.hits >= (candidate.times ?? 1)) continue;
        state.hits++;
        entry.fault = JSON.stringify(candidate);
        return candidate;
      }
      return undefined;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  Object.assign(hub, { url: `https://127.0.0.1:${port}`, port, agent: createFakeHubAgent(hostName, port, cert) });
  return hub;
}

function _operationOf(method: string, path: string): FakeOperation | undefined {
  if (method === 'GET' && path === '/configurations') return 'configurations';
  if (method === 'GET' && /^\/configurations\/[^/]+$/.test(path)) return 'configuration';
  if (method === 'POST' && path === '/devices/query') return 'query';
  if (method === 'GET' && /^\/twins\/[^/]+$/.test(path)) return 'twin';
  return undefined;
}

function _send(res: ServerResponse, status: number, text: string, headers: Record<string, string>, contentType?: string): void {
  res.writeHead(status, { 'content-type': contentType ?? 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function _isEdge(twin: Json): boolean {
  const capabilities = _field(twin, 'capabilities');
  return _field(capabilities ?? null, 'iotEdge') === true;
}

function _field(value: Json, key: string): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value[key] : undefined;
}

function _one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function _encodeToken(position: { page: number; offset: number }): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function _decodeToken(token: string): { page: number; offset: number } | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { page?: unknown; offset?: unknown };
    return typeof value.page === 'number' && typeof value.offset === 'number' ? { page: value.page, offset: value.offset } : undefined;
  } catch {
    return undefined;
  }
}

function _randomKey(): string {
  return randomBytes(32).toString('base64');
}
