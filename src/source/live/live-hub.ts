/**
 * Reads a HubSnapshot from a live IoT hub with the azure-iothub client: every configuration, and the twin
 * of every IoT Edge device through one paged query. The read is complete or it fails: a partial read that
 * dropped devices would make the next stages delete their namespaces.
 */
import type https from 'node:https';
import { ConfigError, TransientError } from '../../errors.js';
import type { HubSnapshot } from '../../model/hub-snapshot.js';
import { isJsonObject, type JsonValue } from '../../model/json.js';
import { configurationFingerprint } from './configuration-fingerprint.js';
import { classifyHubError, HubProtocolError } from './hub-error.js';
import { openRegistry, type RegistryConnection } from './open-registry.js';
import { createReadProgress, type ProgressStream, type ReadProgress } from './read-progress.js';
import { withDeadline } from './request-deadline.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js';

/** The twins the tool needs: IoT Edge devices only (spec §10 case 14), all fields. */
export const EDGE_TWIN_QUERY = 'SELECT * FROM devices WHERE capabilities.iotEdge = true';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';
/** A request still unanswered after this long is aborted and retried. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30000;
/** Whole reads attempted while the deployments keep changing under the read. */
export const DEFAULT_CONSISTENCY_ATTEMPTS = 3;

/** How to read the hub. */
export interface LiveHubOptions {
  /** Service connection string with registryRead (`HostName=…;SharedAccessKeyName=…;SharedAccessKey=…`). Never printed. */
  readonly connectionString: string;
  /** Where the connection string came from, for messages. @default 'the connection string' */
  readonly connectionStringSource?: string;
  /** Twins per query page (`x-ms-max-item-count`), 1 to 10000. @default 100 */
  readonly pageSize?: number;
  /** Deadline of each request, in milliseconds. @default 30000 */
  readonly requestTimeoutMs?: number;
  /** Retry budget and backoff of each request. @default DEFAULT_RETRY_POLICY */
  readonly retry?: Partial<RetryPolicy>;
  /** Reads of configurations → twins → configurations tried before giving up when deployments keep changing. @default 3 */
  readonly consistencyAttempts?: number;
  /** Where progress goes (stderr). Status lines only when it is a TTY. @default none */
  readonly progress?: ProgressStream;
  /** No progress and no notes. @default false */
  readonly quiet?: boolean;
  /** HTTPS agent dedicated to this read (proxies, tests). @default a keep-alive agent owned by the read */
  readonly agent?: https.Agent;
  /** Wall clock in ms, for HTTP-date Retry-After values. @default Date.now */
  readonly now?: () => number;
  /** Jitter source, uniform in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/**
 * Reads configurations, then all edge twins (following `x-ms-continuation` to the end, one page at a
 * time, no per-device calls), then configurations again. If the deployment-relevant fields of the two
 * configuration reads differ, the whole read starts over (up to `consistencyAttempts` times), so the twins
 * were read while the deployments were as returned. Each request is retried per `retry` on 429, 5xx,
 * timeouts, broken connections and truncated bodies; a retry re-sends the same page.
 *
 * Resolves `{hub, hostName, configurations, devices}` with the JSON exactly as the hub returned it (twins
 * deduplicated by deviceId, the later copy kept). Rejects with ConfigError (bad connection string, 401,
 * 403, 404, TLS) or TransientError (still failing after retries, deployments kept changing), whose
 * messages never contain the connection string, its key or a SAS token.
 */
export async function readLiveHub(options: LiveHubOptions): Promise<HubSnapshot> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ConfigError(`page size must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`, { stage: 'source' });
  }
  const consistencyAttempts = options.consistencyAttempts ?? DEFAULT_CONSISTENCY_ATTEMPTS;
  const connection = openRegistry(options.connectionString, { agent: options.agent, source: options.connectionStringSource });
  const progress = createReadProgress(options.progress, options.quiet ?? false);
  const reader = new _Reader(connection, progress, options);
  try {
    for (let round = 1; ; round++) {
      const before = await reader.readConfigurations();
      const devices = await reader.readEdgeTwins(pageSize);
      const after = await reader.readConfigurations();
      if (configurationFingerprint(before) === configurationFingerprint(after)) {
        return { hub: connection.hub, hostName: connection.hostName, configurations: after, devices };
      }
      if (round >= consistencyAttempts) {
        throw new TransientError(
          `IoT Hub ${connection.hostName}: the deployments changed while the twins were being read, ${round} times in a row; try again when nobody is editing deployments`,
          { stage: 'source' },
        );
      }
      progress.note(`IoT Hub ${connection.hostName}: deployments changed during the read; reading again (${round + 1}/${consistencyAttempts})`);
    }
  } finally {
    progress.done();
    connection.close();
  }
}

class _Reader {
  private readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(
    private readonly connection: RegistryConnection,
    private readonly progress: ReadProgress,
    private readonly options: LiveHubOptions,
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.now = options.now ?? Date.now;
  }

  async readConfigurations(): Promise<JsonValue[]> {
    return this.call('reading configurations', async () => {
      const { responseBody } = await this.connection.registry.getConfigurations();
      const body: unknown = responseBody;
      // A body that is not JSON (wrong Content-Type, empty) reaches us as '' from the client.
      if (!Array.isArray(body)) throw new HubProtocolError('GET /configurations did not return a JSON array', true);
      return body as JsonValue[];
    });
  }

  async readEdgeTwins(pageSize: number): Promise<JsonValue[]> {
    const query = this.connection.registry.createQuery(EDGE_TWIN_QUERY, pageSize);
    const byId = new Map<string, JsonValue>();
    const withoutId: JsonValue[] = [];
    const tokensSeen = new Set<string>();
    let duplicates = 0;
    let token: string | undefined;
    for (let page = 1; ; page++) {
      const sent = token;
      const { twins, next } = await this.call(`reading twins (page ${page})`, async () => {
        // The token is passed explicitly so that a retry re-sends this page whatever the Query object holds.
        const { result, message } = await query.next(sent as string);
        const body: unknown = result;
        if (!Array.isArray(body)) throw new HubProtocolError(`query page ${page} was not a JSON array`, true);
        const header = message?.headers?.['x-ms-continuation'];
        return { twins: body as JsonValue[], next: Array.isArray(header) ? header[0] : header };
      });
      for (const twin of twins) {
        const deviceId = isJsonObject(twin) && typeof twin['deviceId'] === 'string' ? twin['deviceId'] : undefined;
        if (deviceId === undefined) withoutId.push(twin);
        else {
          if (byId.has(deviceId)) duplicates++;
          byId.set(deviceId, twin);
        }
      }
      this.progress.status(`IoT Hub ${this.connection.hostName}: ${page} page(s), ${byId.size + withoutId.length} edge device twin(s)`);
      if (next === undefined) break;
      // The client would send an empty token as "no token" and get page 1 again: loop for ever.
      if (next === '' || tokensSeen.has(next)) {
        throw new TransientError(`IoT Hub ${this.connection.hostName}: reading twins (page ${page}): the hub returned ${next === '' ? 'an empty' : 'a repeated'} continuation token; the read would not end`, { stage: 'source' });
      }
      tokensSeen.add(next);
      token = next;
    }
    if (duplicates > 0) this.progress.note(`IoT Hub ${this.connection.hostName}: ${duplicates} twin(s) returned twice while paging; kept the later copy`);
    return [...byId.values(), ...withoutId];
  }

  private call<T>(operation: string, request: () => Promise<T>): Promise<T> {
    const { hostName, secrets } = this.connection;
    return withRetry(() => withDeadline(request(), this.timeoutMs, () => this.connection.abortInFlight()), {
      policy: this.policy,
      classify: (error) => classifyHubError(error, { operation, hostName, secrets, nowMs: this.now() }),
      random: this.options.random,
      onRetry: ({ error, attempt, attempts, delayMs }) =>
        this.progress.note(`${error.message}; retry ${attempt}/${attempts - 1} in ${(delayMs / 1000).toFixed(1)} s`),
    });
  }
}
