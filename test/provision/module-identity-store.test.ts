/**
 * registryModuleIdentities: module identities through an azure-iothub Registry. The registry is replaced by an
 * object with the four methods used, answering as azure-iothub does (`{ responseBody }`, or an error carrying the
 * HTTP `response` and `responseBody`); retries run with no wait.
 */
import type iothub from 'azure-iothub';
import { ConfigError, TransientError } from '../../src/errors.js';
import { registryModuleIdentities, type RegistryModuleIdentitiesOptions } from '../../src/provision/module-identity-store.js';

const HOST = 'fleet-hub.azure-devices.net';
const KEY = 'c2VydmljZS1rZXktdmFsdWU=';
const OPTIONS: RegistryModuleIdentitiesOptions = {
  hostName: HOST,
  secrets: [`HostName=${HOST};SharedAccessKeyName=iothubowner;SharedAccessKey=${KEY}`, KEY],
  retryPolicy: { retries: 2, minDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1000 },
  random: () => 0,
  sleep: async () => undefined,
};

/** An error as azure-iothub's REST client rejects with: the response and the raw body. */
function hubError(statusCode: number, errorCode: string, text = 'refused'): Error {
  return Object.assign(new Error(`Error: ${errorCode}`), {
    response: { statusCode, headers: { 'iothub-errorcode': errorCode } },
    responseBody: JSON.stringify({ Message: `ErrorCode:${errorCode};${text}` }),
  });
}

const symmetric = (moduleId: string, key = `key-of-${moduleId}`, etag: string | null = 'ImV0YWci') => ({
  moduleId,
  deviceId: 'd1',
  ...(etag !== null ? { etag } : {}),
  authentication: { type: 'sas', symmetricKey: { primaryKey: key, secondaryKey: 'second' } },
});

type Answer = () => unknown;
/** A registry answering each method from a queue of answers (a function returning the body, or throwing). */
function fakeRegistry(answers: Partial<Record<'getModule' | 'addModule' | 'getModulesOnDevice' | 'removeModule', Answer[]>>) {
  const calls: string[] = [];
  const next = (method: keyof typeof answers, label: string) => {
    calls.push(label);
    const queue = answers[method] ?? [];
    const answer = queue.length > 1 ? queue.shift()! : queue[0];
    if (answer === undefined) throw new Error(`unexpected ${label}`);
    return answer();
  };
  const registry = {
    getModule: async (deviceId: string, moduleId: string) => ({ responseBody: next('getModule', `get ${deviceId}/${moduleId}`) }),
    addModule: async (module: { deviceId: string; moduleId: string }) => ({ responseBody: next('addModule', `add ${module.deviceId}/${module.moduleId} ${JSON.stringify(module)}`) }),
    getModulesOnDevice: async (deviceId: string) => ({ responseBody: next('getModulesOnDevice', `list ${deviceId}`) }),
    removeModule: (module: { deviceId: string; moduleId: string; etag: string }, done: (error?: Error) => void) => {
      try {
        next('removeModule', `remove ${module.deviceId}/${module.moduleId} etag ${module.etag}`);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  };
  return { calls, store: registryModuleIdentities(registry as unknown as iothub.Registry, OPTIONS) };
}
const throws = (error: Error): Answer => () => {
  throw error;
};

describe('get', () => {
  it('the identity: module id, SAS primary key, ETag', async () => {
    const { store } = fakeRegistry({ getModule: [() => symmetric('sensor', 'pk1', 'ImV0YWci')] });
    expect(await store.get('d1', 'sensor')).toStrictEqual({ moduleId: 'sensor', primaryKey: 'pk1', etag: 'ImV0YWci' });
  });

  it('without an ETag: `*` (remove then matches any version)', async () => {
    const { store } = fakeRegistry({ getModule: [() => symmetric('sensor', 'pk1', null)] });
    expect((await store.get('d1', 'sensor'))!.etag).toBe('*');
  });

  it('404: none', async () => {
    const { store } = fakeRegistry({ getModule: [throws(hubError(404, 'ModuleNotFound'))] });
    expect(await store.get('d1', 'sensor')).toBeUndefined();
  });

  it.each([
    { name: 'X.509 authentication', body: { moduleId: 'cam', authentication: { type: 'selfSigned', x509Thumbprint: { primaryThumbprint: 'AB' } } } },
    { name: 'an empty primary key', body: { moduleId: 'cam', authentication: { type: 'sas', symmetricKey: { primaryKey: '' } } } },
  ])('a module with $name has no key for a connection string: a ConfigError naming it', async ({ body }) => {
    const { store } = fakeRegistry({ getModule: [() => body] });
    const error = await store.get('d1', 'cam').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).describe()).toBe(
      "module 'cam': module identity 'cam' has no SAS primary key (not symmetric-key authentication): give it symmetric keys or remove it so provision creates it",
    );
  });

  it('403: a ConfigError naming the hub and what was being done', async () => {
    const { store } = fakeRegistry({ getModule: [throws(hubError(403, 'IotHubUnauthorizedAccess'))] });
    const error = await store.get('d1', 'sensor').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^IoT Hub ${HOST.replace(/\./g, '\\.')}: reading module identity 'sensor' of device 'd1' failed \\(HTTP 403 IotHubUnauthorizedAccess`));
    // Creating and removing module identities needs registryWrite as well (IoT Hub access control).
    expect((error as Error).message).toMatch(/: forbidden; the policy needs the registryRead and registryWrite permission, or the hub refuses this client/);
  });

  it('throttled (429) then answered: retried', async () => {
    const { store, calls } = fakeRegistry({ getModule: [throws(hubError(429, 'ThrottlingException')), () => symmetric('sensor')] });
    expect((await store.get('d1', 'sensor'))!.moduleId).toBe('sensor');
    expect(calls).toStrictEqual(['get d1/sensor', 'get d1/sensor']);
  });

  it('5xx on every attempt: a TransientError once the retries are spent (1 + 2 attempts)', async () => {
    const { store, calls } = fakeRegistry({ getModule: [throws(hubError(503, 'ServerBusy'))] });
    const error = await store.get('d1', 'sensor').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(/reading module identity 'sensor' of device 'd1' temporarily failed .*; gave up after 3 attempts$/);
    expect(calls).toHaveLength(3);
  });

  it('no message holds the key of the connection string, even when the hub quotes it', async () => {
    const { store } = fakeRegistry({ getModule: [throws(hubError(400, 'BadRequest', `bad SharedAccessKey=${KEY}`))] });
    const error = (await store.get('d1', 'sensor').catch((e: unknown) => e)) as ConfigError;
    expect(error.message).toContain('HTTP 400 BadRequest');
    expect(`${error.message} ${JSON.stringify(error.cause)}`).not.toContain(KEY);
  });
});

describe('create', () => {
  it('asks for the device and module id only (the hub generates the keys), and returns the identity', async () => {
    const { store, calls } = fakeRegistry({ addModule: [() => symmetric('sensor', 'generated')] });
    expect(await store.create('d1', 'sensor')).toStrictEqual({ moduleId: 'sensor', primaryKey: 'generated', etag: 'ImV0YWci' });
    expect(calls).toStrictEqual(['add d1/sensor {"deviceId":"d1","moduleId":"sensor"}']);
  });

  it('409 (created meanwhile): the existing identity', async () => {
    const { store, calls } = fakeRegistry({ addModule: [throws(hubError(409, 'ModuleAlreadyExistsOnDevice'))], getModule: [() => symmetric('sensor', 'existing')] });
    expect((await store.create('d1', 'sensor')).primaryKey).toBe('existing');
    expect(calls).toStrictEqual(['add d1/sensor {"deviceId":"d1","moduleId":"sensor"}', 'get d1/sensor']);
  });

  it('409, then gone again (404): the 409 is the error', async () => {
    const { store } = fakeRegistry({ addModule: [throws(hubError(409, 'ModuleAlreadyExistsOnDevice'))], getModule: [throws(hubError(404, 'ModuleNotFound'))] });
    const error = await store.create('d1', 'sensor').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/creating module identity 'sensor' of device 'd1' failed \(HTTP 409 ModuleAlreadyExistsOnDevice/);
  });

  it('another refusal is not looked up', async () => {
    const { store, calls } = fakeRegistry({ addModule: [throws(hubError(400, 'ArgumentInvalid'))] });
    await expect(store.create('d1', 'bad/name')).rejects.toThrow(ConfigError);
    expect(calls).toHaveLength(1);
  });
});

describe('list and remove', () => {
  it('list: the module ids of the device, system modules included', async () => {
    const { store } = fakeRegistry({ getModulesOnDevice: [() => [symmetric('$edgeAgent'), symmetric('$edgeHub'), symmetric('sensor')]] });
    expect(await store.list('d1')).toStrictEqual(['$edgeAgent', '$edgeHub', 'sensor']);
  });

  it('remove: with the ETag read, so a module changed meanwhile is not removed', async () => {
    const { store, calls } = fakeRegistry({ removeModule: [() => undefined] });
    await store.remove('d1', 'old', 'ImV0YWci');
    expect(calls).toStrictEqual(['remove d1/old etag ImV0YWci']);
  });

  it('remove refused (412, the ETag no longer matches): a ConfigError, not retried', async () => {
    const { store, calls } = fakeRegistry({ removeModule: [throws(hubError(412, 'PreconditionFailed'))] });
    const error = await store.remove('d1', 'old', 'ImV0YWci').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/removing module identity 'old' of device 'd1' failed \(HTTP 412 PreconditionFailed/);
    expect(calls).toHaveLength(1);
  });
});
