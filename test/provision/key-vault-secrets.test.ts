/**
 * checkKeyVaultUrl and the SecretStoreWriter on a SecretClient: reads (404 is "no value"), writes (409, a
 * soft-deleted secret, is recovered first), and failures as typed errors that name the vault and the secret,
 * never the value nor the SDK's message. The SDK is replaced by an object with the three methods used.
 */
import type { SecretClient } from '@azure/keyvault-secrets';
import { checkKeyVaultUrl, keyVaultSecretsOn } from '../../src/provision/key-vault-secrets.js';
import { ConfigError, TransientError } from '../../src/errors.js';

const VAULT = 'https://fleetvault.vault.azure.net';
const VALUE = 'HostName=h;DeviceId=d;ModuleId=m;SharedAccessKey=c2VjcmV0';

describe('checkKeyVaultUrl', () => {
  it.each([
    { name: 'the public cloud', url: 'https://fleetvault.vault.azure.net', expected: 'https://fleetvault.vault.azure.net' },
    { name: 'a trailing slash is dropped', url: 'https://fleet-vault-01.vault.azure.net/', expected: 'https://fleet-vault-01.vault.azure.net' },
    { name: 'Azure China', url: 'https://abc.vault.azure.cn', expected: 'https://abc.vault.azure.cn' },
    { name: 'Azure US Government', url: 'https://abc.vault.usgovcloudapi.net', expected: 'https://abc.vault.usgovcloudapi.net' },
    { name: 'Azure Germany', url: 'https://abc.vault.microsoftazure.de', expected: 'https://abc.vault.microsoftazure.de' },
    { name: 'a name of 24 characters (the longest a vault has)', url: `https://${'v'.repeat(24)}.vault.azure.net`, expected: `https://${'v'.repeat(24)}.vault.azure.net` },
  ])('accepts $name', ({ url, expected }) => {
    expect(checkKeyVaultUrl(url)).toBe(expected);
  });

  it.each([
    { name: 'http', url: 'http://fleetvault.vault.azure.net' },
    { name: 'a name of 2 characters (vault names have 3 to 24)', url: 'https://ab.vault.azure.net' },
    { name: 'a name of 25 characters', url: `https://${'v'.repeat(25)}.vault.azure.net` },
    { name: 'another domain', url: 'https://fleetvault.vault.example.com' },
    { name: 'a path', url: 'https://fleetvault.vault.azure.net/secrets' },
    { name: 'credentials in the URL', url: 'https://user:pw@fleetvault.vault.azure.net' },
    { name: 'an underscore in the name', url: 'https://fleet_vault.vault.azure.net' },
  ])('refuses $name, naming the flag', ({ url }) => {
    expect(() => checkKeyVaultUrl(url)).toThrow(new ConfigError(`--key-vault-url must be https://NAME.vault.azure.net (or another Azure cloud's vault domain), got '${url}'`));
  });

  it('shows at most 120 characters of a refused value', () => {
    const url = `https://${'x'.repeat(300)}`;
    expect(() => checkKeyVaultUrl(url)).toThrow(`got '${url.slice(0, 120)}'`);
  });
});

/** An SDK error as @azure/core-rest-pipeline throws it: a RestError with statusCode and code. */
function restError(statusCode: number, code: string): Error {
  return Object.assign(new Error(`${code}: request to ${VAULT}/secrets/x failed; body ${VALUE}`), { name: 'RestError', statusCode, code });
}

interface FakeClient {
  readonly calls: string[];
  readonly client: SecretClient;
}

/** A client whose getSecret/setSecret/recover answer from the given functions, recording the calls. */
function fakeClient(behaviour: { get?: (name: string) => unknown; set?: (name: string, value: string, call: number) => void; recover?: (name: string) => void }): FakeClient {
  const calls: string[] = [];
  let sets = 0;
  const client = {
    getSecret: async (name: string) => {
      calls.push(`get ${name}`);
      return behaviour.get ? behaviour.get(name) : { value: undefined };
    },
    setSecret: async (name: string, value: string) => {
      calls.push(`set ${name}`);
      behaviour.set?.(name, value, ++sets);
      return { name, value };
    },
    beginRecoverDeletedSecret: async (name: string) => {
      calls.push(`recover ${name}`);
      return {
        pollUntilDone: async () => {
          calls.push(`poll ${name}`);
          behaviour.recover?.(name);
        },
      };
    },
  };
  return { calls, client: client as unknown as SecretClient };
}

describe('keyVaultSecretsOn: read', () => {
  it('the current value', async () => {
    const { client } = fakeClient({ get: () => ({ value: 'v1' }) });
    expect(await keyVaultSecretsOn(client, VAULT).read('s1')).toBe('v1');
  });

  it('a secret that does not exist (404) has no value', async () => {
    const { client } = fakeClient({
      get: () => {
        throw restError(404, 'SecretNotFound');
      },
    });
    expect(await keyVaultSecretsOn(client, VAULT).read('s1')).toBeUndefined();
  });

  it.each<{ name: string; error: unknown; type: typeof ConfigError | typeof TransientError; detail: string }>([
    { name: '403: not allowed, a ConfigError', error: restError(403, 'Forbidden'), type: ConfigError, detail: 'HTTP 403 Forbidden' },
    { name: '429: throttled after the SDK retries, a TransientError', error: restError(429, 'Throttled'), type: TransientError, detail: 'HTTP 429 Throttled' },
    { name: '500: a TransientError', error: restError(500, 'InternalServerError'), type: TransientError, detail: 'HTTP 500 InternalServerError' },
    { name: 'a status without a code', error: Object.assign(new Error('x'), { statusCode: 401 }), type: ConfigError, detail: 'HTTP 401' },
    { name: 'a network error: its code', error: Object.assign(new Error(`getaddrinfo ENOTFOUND ${VAULT}`), { code: 'ENOTFOUND' }), type: ConfigError, detail: 'ENOTFOUND' },
    { name: 'an error without status or code: its name', error: new TypeError(VALUE), type: ConfigError, detail: 'TypeError' },
    { name: 'a thrown non-Error', error: VALUE, type: ConfigError, detail: 'error' },
  ])('$name', async ({ error, type, detail }) => {
    const { client } = fakeClient({
      get: () => {
        throw error;
      },
    });
    const failure = await keyVaultSecretsOn(client, VAULT).read('fleet--d--m--connection-string').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(type);
    expect((failure as Error).message).toBe(`Key Vault ${VAULT}: reading secret 'fleet--d--m--connection-string' failed (${detail})`);
  });
});

describe('keyVaultSecretsOn: write', () => {
  it('writes a new version', async () => {
    const fake = fakeClient({});
    await keyVaultSecretsOn(fake.client, VAULT).write('s1', VALUE);
    expect(fake.calls).toStrictEqual(['set s1']);
  });

  it('a soft-deleted secret (409): recovered, then written', async () => {
    const fake = fakeClient({
      set: (_name, _value, call) => {
        if (call === 1) throw restError(409, 'Conflict');
      },
    });
    await keyVaultSecretsOn(fake.client, VAULT).write('s1', VALUE);
    expect(fake.calls).toStrictEqual(['set s1', 'recover s1', 'poll s1', 'set s1']);
  });

  it.each<{ name: string; behaviour: Parameters<typeof fakeClient>[0]; type: typeof ConfigError | typeof TransientError; message: string; calls: string[] }>([
    {
      name: 'a write refused (403): not recovered',
      behaviour: {
        set: () => {
          throw restError(403, 'Forbidden');
        },
      },
      type: ConfigError,
      message: `Key Vault ${VAULT}: writing secret 's1' failed (HTTP 403 Forbidden)`,
      calls: ['set s1'],
    },
    {
      name: 'a recovery refused (the identity may not recover): says so',
      behaviour: {
        set: (_n, _v, call) => {
          if (call === 1) throw restError(409, 'Conflict');
        },
        recover: () => {
          throw restError(403, 'Forbidden');
        },
      },
      type: ConfigError,
      message: `Key Vault ${VAULT}: recovering and writing secret 's1' failed (HTTP 403 Forbidden)`,
      calls: ['set s1', 'recover s1', 'poll s1'],
    },
    {
      name: 'the write after the recovery throttled',
      behaviour: {
        set: (_n, _v, call) => {
          throw call === 1 ? restError(409, 'Conflict') : restError(429, 'Throttled');
        },
      },
      type: TransientError,
      message: `Key Vault ${VAULT}: recovering and writing secret 's1' failed (HTTP 429 Throttled)`,
      calls: ['set s1', 'recover s1', 'poll s1', 'set s1'],
    },
  ])('$name', async ({ behaviour, type, message, calls }) => {
    const fake = fakeClient(behaviour);
    const failure = await keyVaultSecretsOn(fake.client, VAULT).write('s1', VALUE).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(type);
    expect((failure as Error).message).toBe(message);
    expect(fake.calls).toStrictEqual(calls);
  });

  it('no failure shows the value or the SDK message, even with --debug (the cause keeps only status and code)', async () => {
    const fake = fakeClient({
      set: () => {
        throw restError(403, 'Forbidden');
      },
    });
    const failure = (await keyVaultSecretsOn(fake.client, VAULT).write('s1', VALUE).catch((e: unknown) => e)) as ConfigError;
    expect(`${failure.describe()} ${failure.stack} ${JSON.stringify(failure.cause)}`).not.toContain('c2VjcmV0');
    expect(failure.cause).toStrictEqual({ statusCode: 403, code: 'Forbidden' });
  });
});
