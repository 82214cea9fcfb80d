/**
 * openRegistry (src/source/live/open-registry.ts): a service connection string
 * (`HostName=…;SharedAccessKeyName=…;SharedAccessKey=…`, spec §9) turned into an azure-iothub Registry
 * that sends every request through the given HTTPS agent. Bad strings are ConfigErrors naming the missing
 * fields and where the string came from, never its values. The request tests use the fake hub on
 * 127.0.0.1 (test/fakes/iothub), which verifies the SAS token as IoT Hub does.
 */
import https from 'node:https';
import { ConfigError } from '../../../src/errors.js';
import { openRegistry } from '../../../src/source/live/open-registry.js';
import { startFakeIotHub, type FakeIotHub } from '../../fakes/iothub/index.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('openRegistry: connection strings that are not service connection strings', () => {
  it.each<{ name: string; connectionString: string; source?: string; expected: string }>([
    {
      name: 'empty: every field is missing',
      connectionString: '',
      expected: 'the connection string is not an IoT Hub service connection string: missing HostName, SharedAccessKeyName, SharedAccessKey',
    },
    {
      name: 'no key',
      connectionString: 'HostName=secret-host.azure-devices.net;SharedAccessKeyName=secret-policy',
      expected: 'the connection string is not an IoT Hub service connection string: missing SharedAccessKey',
    },
    {
      name: 'a device connection string (DeviceId, no policy), named by its source',
      connectionString: `HostName=secret-host.azure-devices.net;DeviceId=secret-device;SharedAccessKey=${KEY}`,
      source: 'IOTHUB_CONNECTION_STRING',
      expected: 'IOTHUB_CONNECTION_STRING is not an IoT Hub service connection string: missing SharedAccessKeyName',
    },
    {
      name: 'not key=value at all',
      connectionString: 'secret-host.azure-devices.net',
      expected: 'the connection string is not an IoT Hub service connection string: missing HostName, SharedAccessKeyName, SharedAccessKey',
    },
  ])('$name', ({ connectionString, source, expected }) => {
    let caught: unknown;
    try {
      openRegistry(connectionString, source === undefined ? {} : { source });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.stage).toBe('source');
    expect(error.message).toBe(`${expected} (expected HostName=<hub>.azure-devices.net;SharedAccessKeyName=<policy>;SharedAccessKey=<key>)`);
    for (const secret of ['secret-host', 'secret-policy', 'secret-device', KEY]) expect(error.message).not.toContain(secret);
  });
});

describe('openRegistry: a service connection string', () => {
  const connectionString = `HostName=Contoso-Hub.azure-devices.net;SharedAccessKeyName=registryRead;SharedAccessKey=${KEY}`;

  it('names the host verbatim, the hub by its first label, and the connection string and key as secrets', () => {
    const agent = new https.Agent();
    try {
      const connection = openRegistry(connectionString, { agent });
      expect(connection.hostName).toBe('Contoso-Hub.azure-devices.net');
      expect(connection.hub).toBe('Contoso-Hub');
      expect(connection.secrets).toStrictEqual([connectionString, KEY]);
    } finally {
      agent.destroy();
    }
  });

  it('close() leaves an agent it was given alone (its owner destroys it)', () => {
    const agent = new https.Agent();
    const destroy = callCounter();
    agent.destroy = destroy.fn;
    openRegistry(connectionString, { agent }).close();
    expect(destroy.calls).toBe(0);
    https.Agent.prototype.destroy.call(agent);
  });
});

describe('openRegistry: requests go through the given agent', () => {
  let hub: FakeIotHub;
  beforeAll(async () => {
    hub = await startFakeIotHub({ policies: { registryRead: KEY }, configurations: [{ id: 'a' }] });
  });
  afterAll(async () => {
    await hub.close();
  });

  it('a request reaches the hub signed with the policy of the connection string, with our user agent', async () => {
    const connection = openRegistry(hub.connectionString('registryRead'), { agent: hub.agent });
    const before = hub.requests.length;
    const result = await connection.registry.getConfigurations();
    expect(result.responseBody.map((c) => c.id)).toStrictEqual(['a']);
    const [request] = hub.requests.slice(before);
    expect([request!.operation, request!.policy, request!.status, request!.headers.host]).toStrictEqual(['configurations', 'registryRead', 200, hub.hostName]);
    expect(request!.headers.userAgent).toContain('iotedge-gitops');
  });

  it('abortInFlight() ends a stalled request at once instead of waiting for the hub', async () => {
    hub.addFault({ on: 'configurations', delayMs: 30_000 });
    const connection = openRegistry(hub.connectionString('registryRead'), { agent: hub.agent });
    const before = hub.requests.length;
    const started = Date.now();
    const pending = connection.registry.getConfigurations();
    const outcome = pending.then(
      () => 'answered',
      () => 'failed',
    );
    while (hub.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 5));
    connection.abortInFlight();
    expect(await outcome).toBe('failed');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

/** A minimal call counter (no jest global needed in ESM mode). */
function callCounter(): { fn: () => void; calls: number } {
  const spy = {
    calls: 0,
    fn: () => {
      spy.calls++;
    },
  };
  return spy;
}
