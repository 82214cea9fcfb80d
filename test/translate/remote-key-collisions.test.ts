/**
 * The last guard on secret-store keys (src/translate/remote-key-collisions.ts): two entries of a device's
 * ExternalSecrets that read the same key would get the same value. Keys are compared without case, as Azure Key
 * Vault names secrets case-insensitively; each later reader is one error naming the first reader and itself.
 * (Two Secrets reading one key with identical case: test/translate/secrets.test.ts.)
 */
import type { ExternalSecretIntent } from '../../src/translate/device-intent.js';
import { remoteKeyCollisions } from '../../src/translate/remote-key-collisions.js';

const secret = (name: string, data: [secretKey: string, remoteKey: string][]): ExternalSecretIntent => ({
  name,
  labels: {},
  annotations: {},
  storeRef: { name: 'vault', kind: 'ClusterSecretStore' },
  data: data.map(([secretKey, remoteKey]) => ({ secretKey, remoteKey })),
});

describe('remoteKeyCollisions', () => {
  it.each<{ name: string; secrets: ExternalSecretIntent[]; expected: string[] }>([
    { name: 'no secrets', secrets: [], expected: [] },
    { name: 'distinct keys', secrets: [secret('a', [['k1', 'h--a'], ['k2', 'h--b']]), secret('b', [['k', 'h--c']])], expected: [] },
    { name: 'keys that share a prefix are distinct', secrets: [secret('a', [['k1', 'h--a'], ['k2', 'h--a-b']])], expected: [] },
    {
      name: 'two entries of one Secret',
      secrets: [secret('reg', [['user', 'h--x'], ['pass', 'h--x']])],
      expected: ["key 'user' of Secret 'reg' and key 'pass' of Secret 'reg' both read the secret-store key 'h--x'"],
    },
    {
      name: 'keys differing only in case collide; the message shows the later key as written',
      secrets: [secret('a', [['k', 'H--Password']]), secret('b', [['k', 'h--password']])],
      expected: ["key 'k' of Secret 'a' and key 'k' of Secret 'b' both read the secret-store key 'h--password'"],
    },
    {
      name: 'three readers of one key: each later one is paired with the first',
      secrets: [secret('a', [['k', 'h--x']]), secret('b', [['k', 'h--x']]), secret('c', [['k', 'h--X']])],
      expected: [
        "key 'k' of Secret 'a' and key 'k' of Secret 'b' both read the secret-store key 'h--x'",
        "key 'k' of Secret 'a' and key 'k' of Secret 'c' both read the secret-store key 'h--X'",
      ],
    },
  ])('$name', ({ secrets, expected }) => {
    expect(remoteKeyCollisions(secrets, 'dev').map((e) => e.message)).toStrictEqual(expected);
  });

  it('each error is of the translate stage and names the device', () => {
    const [error] = remoteKeyCollisions([secret('a', [['k', 'x']]), secret('b', [['k', 'x']])], 'edge-7');
    expect([error?.stage, error?.deviceId]).toStrictEqual(['translate', 'edge-7']);
  });

  it('accepts any iterable of secrets (a generator included)', () => {
    function* secrets() {
      yield secret('a', [['k', 'x']]);
      yield secret('b', [['k', 'x']]);
    }
    expect(remoteKeyCollisions(secrets(), 'd')).toHaveLength(1);
  });
});
