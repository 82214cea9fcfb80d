/**
 * The real azure-iothub client, driven by readLiveHub, against the fake hub over HTTPS: paging, throttling,
 * faults, timeouts, authorization and consistency. Expected counts follow from spec §8: a query of N twins
 * in pages of P takes ceil(N/P) requests, plus one configuration read before and one after.
 */
import { ConfigError, TransientError } from '../../../src/errors.js';
import { readLiveHub, type LiveHubOptions } from '../../../src/source/live/live-hub.js';
import { startFakeIotHub, type FakeFault, type FakeIotHub, type FakeIotHubOptions } from '../../fakes/iothub/index.js';
import { edgeDeployment, edgeDeviceId, edgeTwins, numberedEdgeTwin } from '../../builders.js';

const FAST_RETRY = { minDelayMs: 10, maxDelayMs: 40 };
const hubs: FakeIotHub[] = [];

async function hubWith(options: FakeIotHubOptions = {}): Promise<FakeIotHub> {
  const hub = await startFakeIotHub({ configurations: [edgeDeployment('base', 10, "tags.environment='prod'")], twins: edgeTwins(250), ...options });
  hubs.push(hub);
  return hub;
}

function read(hub: FakeIotHub, options: Partial<LiveHubOptions> = {}): ReturnType<typeof readLiveHub> {
  return readLiveHub({ connectionString: hub.connectionString(), agent: hub.agent, retry: FAST_RETRY, ...options });
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the read to fail');
}

const queries = (hub: FakeIotHub) => hub.requests.filter((r) => r.operation === 'query');
const pageRequests = (hub: FakeIotHub, page: number) => queries(hub).filter((r) => r.page === page);

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((hub) => hub.close()));
});

describe('readLiveHub: paging with the real client', () => {
  it.each([
    { name: 'pages of 100 → 100 query requests', pageSize: 100, pages: 100 },
    { name: 'pages of 1,000 → 10 query requests', pageSize: 1000, pages: 10 },
  ])('10,000 edge twins, $name', async ({ pageSize, pages }) => {
    const leaves = Array.from({ length: 30 }, (_, i) => numberedEdgeTwin(i, false));
    const hub = await hubWith({ twins: [...edgeTwins(10000), ...leaves] });

    const snapshot = await read(hub, { pageSize });

    const ids = snapshot.devices.map((twin) => (twin as { deviceId: string }).deviceId);
    expect(ids).toHaveLength(10000);
    expect(new Set(ids).size).toBe(10000);
    expect(ids).toStrictEqual(Array.from({ length: 10000 }, (_, i) => edgeDeviceId(i)));
    expect(queries(hub)).toHaveLength(pages);
    expect(queries(hub).map((r) => r.page)).toStrictEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(queries(hub).every((r) => r.headers.maxItemCount === String(pageSize))).toBe(true);
    expect(queries(hub)[0]?.headers.continuation).toBeUndefined();
    expect(queries(hub).slice(1).every((r) => r.headers.continuation !== undefined)).toBe(true);
    // configurations, the query pages, configurations again; no per-device call
    expect(hub.requests.map((r) => r.operation)).toStrictEqual(['configurations', ...Array(pages).fill('query'), 'configurations']);
    expect(hub.requests.every((r) => r.status === 200 && r.apiVersion !== null && r.policy === 'registryRead')).toBe(true);
  });

  it('returns the hub name, host name, and the configurations and twins exactly as served', async () => {
    const hub = await hubWith({ hubName: 'contoso-hub', twins: [numberedEdgeTwin(1), numberedEdgeTwin(2, false), numberedEdgeTwin(3)] });
    const snapshot = await read(hub);
    expect(snapshot).toStrictEqual({ hub: 'contoso-hub', hostName: 'contoso-hub.azure-devices.net', configurations: hub.configurations, devices: [numberedEdgeTwin(1), numberedEdgeTwin(3)] });
  });

  it('copes with a hub that returns smaller pages than asked', async () => {
    const hub = await hubWith({ twins: edgeTwins(250), maxPageSize: 100 });
    const snapshot = await read(hub, { pageSize: 1000 });
    expect(snapshot.devices).toHaveLength(250);
    expect(queries(hub).map((r) => r.items)).toStrictEqual([100, 100, 50]);
  });

  it('keeps one copy of a twin that a page repeats (the later one)', async () => {
    const moved = { ...(numberedEdgeTwin(100) as object), version: 99 };
    const hub = await hubWith({ twins: [...edgeTwins(150), moved] });
    const snapshot = await read(hub, { pageSize: 100 });
    expect(snapshot.devices).toHaveLength(150);
    expect(snapshot.devices.find((t) => (t as { deviceId: string }).deviceId === edgeDeviceId(100))).toStrictEqual(moved);
  });
});

describe('readLiveHub: throttling and faults are retried on the same page', () => {
  it('429 with Retry-After: 1 mid-paging waits at least 1 s, then re-sends the same continuation token', async () => {
    const hub = await hubWith({ twins: edgeTwins(500), faults: [{ on: 'query', page: 3, status: 429, retryAfter: 1 }] });
    const snapshot = await read(hub, { pageSize: 100 });

    expect(snapshot.devices).toHaveLength(500);
    const [throttled, retried] = pageRequests(hub, 3);
    expect(throttled?.status).toBe(429);
    expect(retried?.status).toBe(200);
    expect(retried?.headers.continuation).toBe(throttled?.headers.continuation);
    expect(retried!.receivedAt - throttled!.respondedAt!).toBeGreaterThanOrEqual(1000);
    expect(queries(hub)).toHaveLength(6);
  });

  it.each<{ name: string; fault: FakeFault }>([
    { name: '500 on a page', fault: { on: 'query', page: 2, status: 500 } },
    { name: '503 on a page', fault: { on: 'query', page: 2, status: 503 } },
    { name: 'a 200 whose JSON body is cut in half', fault: { on: 'query', page: 2, truncate: 'body' } },
    { name: 'a connection dropped in the middle of the body', fault: { on: 'query', page: 2, truncate: 'connection' } },
    { name: 'a 200 that is not JSON (wrong Content-Type)', fault: { on: 'query', page: 2, contentType: 'text/html' } },
    { name: '503 twice in a row', fault: { on: 'query', page: 2, status: 503, times: 2 } },
  ])('$name: retried, nothing lost', async ({ fault }) => {
    const hub = await hubWith({ twins: edgeTwins(300), faults: [fault] });
    const snapshot = await read(hub, { pageSize: 100 });
    expect(snapshot.devices).toHaveLength(300);
    const page2 = pageRequests(hub, 2);
    expect(page2).toHaveLength((fault.times ?? 1) + 1);
    expect(new Set(page2.map((r) => r.headers.continuation)).size).toBe(1);
  });

  it.each<{ name: string; fault: FakeFault }>([
    { name: '429 on the first configuration read', fault: { on: 'configurations', status: 429, retryAfter: 0 } },
    { name: '503 on the last configuration read', fault: { on: 'configurations', after: 1, status: 503 } },
  ])('$name: retried', async ({ fault }) => {
    const hub = await hubWith({ faults: [fault] });
    const snapshot = await read(hub);
    expect(snapshot.configurations).toHaveLength(1);
    expect(hub.requests.filter((r) => r.operation === 'configurations')).toHaveLength(3);
  });

  it('a slow answer is cut at the request timeout and retried', async () => {
    const hub = await hubWith({ twins: edgeTwins(300), faults: [{ on: 'query', page: 2, delayMs: 20000 }] });
    const started = performance.now();
    const snapshot = await read(hub, { pageSize: 100, requestTimeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(snapshot.devices).toHaveLength(300);
    const [slow, retried] = pageRequests(hub, 2);
    expect(slow?.status).toBeUndefined();
    expect(retried?.status).toBe(200);
    expect(retried!.receivedAt - slow!.receivedAt).toBeGreaterThanOrEqual(300);
  });
});

describe('readLiveHub: failures that persist fail the whole read', () => {
  it('a page that keeps failing: TransientError after retries+1 attempts, no later page read', async () => {
    const hub = await hubWith({ twins: edgeTwins(1000), faults: [{ on: 'query', page: 4, status: 500, times: Infinity }] });
    const error = await failureOf(read(hub, { pageSize: 100, retry: { ...FAST_RETRY, retries: 2 } }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toBe(`IoT Hub ${hub.hostName}: reading twins (page 4) temporarily failed (HTTP 500 ServerError: injected fault 500); gave up after 3 attempts`);
    expect(pageRequests(hub, 4)).toHaveLength(3);
    expect(queries(hub).map((r) => r.page)).toStrictEqual([1, 2, 3, 4, 4, 4]);
  });

  it('a Retry-After longer than allowed fails at once with a clear message', async () => {
    const hub = await hubWith({ faults: [{ on: 'query', status: 429, retryAfter: 120 }] });
    const error = await failureOf(read(hub));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('the hub asked to wait 120 s (Retry-After), longer than the 60 s allowed');
    expect(queries(hub)).toHaveLength(1);
  });

  it.each([
    { name: 'an empty continuation header', continuation: '' },
    { name: 'a continuation token that repeats', continuation: Buffer.from(JSON.stringify({ page: 2, offset: 100 })).toString('base64url') },
  ])('$name would loop for ever: it fails', async ({ continuation }) => {
    const hub = await hubWith({ faults: [{ on: 'query', page: 2, continuation, times: Infinity }] });
    const error = await failureOf(read(hub, { pageSize: 100 }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/continuation token; the read would not end/);
    expect(queries(hub).length).toBeLessThanOrEqual(3);
  });
});

describe('readLiveHub: authorization, and no secret in any error', () => {
  it.each([
    { name: 'a wrong key', connectionString: (hub: FakeIotHub) => hub.connectionString('registryRead', { key: Buffer.alloc(32, 7).toString('base64') }) },
    { name: 'a policy the hub does not have', connectionString: (hub: FakeIotHub) => hub.connectionString('nosuchpolicy', { key: hub.policies['registryRead'] }) },
  ])('$name → 401 → ConfigError naming registryRead, no retry, no key', async ({ connectionString }) => {
    const hub = await hubWith();
    const cs = connectionString(hub);
    const key = cs.split('SharedAccessKey=')[1]!;
    const error = await failureOf(readLiveHub({ connectionString: cs, agent: hub.agent, retry: FAST_RETRY }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      `IoT Hub ${hub.hostName}: reading configurations failed (HTTP 401 IotHubUnauthorizedAccess: Unauthorized): unauthorized; check the SharedAccessKey of the connection string and that its policy has the registryRead permission`,
    );
    expect(hub.requests).toHaveLength(1);
    const everything = `${error.message} ${error.stack} ${JSON.stringify((error as ConfigError).cause)}`;
    for (const secret of [cs, key, encodeURIComponent(key), 'SharedAccessSignature', 'sig=']) expect(everything).not.toContain(secret);
  });

  it.each([
    { name: 'no SharedAccessKey', connectionString: 'HostName=h.azure-devices.net;SharedAccessKeyName=registryRead', missing: 'SharedAccessKey' },
    { name: 'no HostName', connectionString: 'SharedAccessKeyName=registryRead;SharedAccessKey=c2VjcmV0LXZhbHVlLTEyMzQ=', missing: 'HostName' },
    { name: 'not a connection string at all', connectionString: 'c2VjcmV0LXZhbHVlLTEyMzQ=', missing: 'HostName, SharedAccessKeyName, SharedAccessKey' },
  ])('a malformed connection string ($name) is a ConfigError naming the field, not the value', async ({ connectionString, missing }) => {
    const error = await failureOf(readLiveHub({ connectionString, connectionStringSource: 'MY_HUB' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`MY_HUB is not an IoT Hub service connection string: missing ${missing} (expected HostName=<hub>.azure-devices.net;SharedAccessKeyName=<policy>;SharedAccessKey=<key>)`);
    expect(error.message).not.toContain('c2VjcmV0LXZhbHVlLTEyMzQ=');
  });

  it('a page size outside 1..10000 is refused before any request', async () => {
    const hub = await hubWith();
    await expect(read(hub, { pageSize: 0 })).rejects.toThrow('page size must be an integer from 1 to 10000, got 0');
    expect(hub.requests).toHaveLength(0);
  });
});

describe('readLiveHub: configurations and twins are consistent', () => {
  it('a deployment edited during the twin read makes the whole read start over, once', async () => {
    let edited = false;
    const hub = await hubWith({
      twins: edgeTwins(300),
      onRequest: (request, fake) => {
        if (request.operation === 'query' && request.page === 2 && !edited) {
          edited = true;
          fake.configurations = [edgeDeployment('base', 20, "tags.environment='test'")];
        }
      },
    });
    const snapshot = await read(hub, { pageSize: 100 });
    expect(snapshot.configurations).toStrictEqual([edgeDeployment('base', 20, "tags.environment='test'")]);
    expect(hub.requests.map((r) => r.operation)).toStrictEqual([
      'configurations', 'query', 'query', 'query', 'configurations',
      'configurations', 'query', 'query', 'query', 'configurations',
    ]);
  });

  it('deployments that keep changing fail the read after the allowed attempts', async () => {
    let priority = 0;
    const hub = await hubWith({
      onRequest: (request, fake) => {
        if (request.operation === 'query') fake.configurations = [edgeDeployment('base', ++priority, '*')];
      },
    });
    const error = await failureOf(read(hub, { consistencyAttempts: 2 }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toBe(`IoT Hub ${hub.hostName}: the deployments changed while the twins were being read, 2 times in a row; try again when nobody is editing deployments`);
  });

  it('metrics that move while devices report do not force a re-read', async () => {
    const hub = await hubWith({
      onRequest: (request, fake) => {
        if (request.operation === 'query') {
          const [base] = fake.configurations as Record<string, unknown>[];
          fake.configurations = [{ ...base, etag: 'Mg==', systemMetrics: { queries: {}, results: { appliedCount: 7 } } }];
        }
      },
    });
    await read(hub);
    expect(hub.requests.map((r) => r.operation)).toStrictEqual(['configurations', 'query', 'query', 'query', 'configurations']);
  });
});

describe('readLiveHub: progress', () => {
  const stream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, isTTY, write: (text: string) => chunks.push(text) };
  };

  it('on a TTY: a status line per page that overwrites itself, ended by a newline', async () => {
    const hub = await hubWith({ twins: edgeTwins(250) });
    const tty = stream(true);
    await read(hub, { pageSize: 100, progress: tty });
    expect(tty.chunks).toStrictEqual([
      `\r\x1b[KIoT Hub ${hub.hostName}: 1 page(s), 100 edge device twin(s)`,
      `\r\x1b[KIoT Hub ${hub.hostName}: 2 page(s), 200 edge device twin(s)`,
      `\r\x1b[KIoT Hub ${hub.hostName}: 3 page(s), 250 edge device twin(s)`,
      '\n',
    ]);
  });

  it('not a TTY: no status lines, but a retry is noted', async () => {
    const hub = await hubWith({ faults: [{ on: 'query', page: 1, status: 503 }] });
    const log = stream(false);
    await read(hub, { progress: log, random: () => 0 });
    expect(log.chunks).toStrictEqual([
      `IoT Hub ${hub.hostName}: reading twins (page 1) temporarily failed (HTTP 503 ServiceUnavailable: injected fault 503); retry 1/6 in 0.0 s\n`,
    ]);
  });

  it('quiet: nothing at all, even on a TTY with retries', async () => {
    const hub = await hubWith({ faults: [{ on: 'query', page: 1, status: 503 }] });
    const tty = stream(true);
    await read(hub, { progress: tty, quiet: true });
    expect(tty.chunks).toStrictEqual([]);
  });
});
