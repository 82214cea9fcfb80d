/**
 * Remote keys: valid names in every common store (Azure Key Vault `^[0-9a-zA-Z-]{1,127}$`, compared without case),
 * readable, and never shared by two secrets, not even without case.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { ConfigError, InternalError } from '../../src/errors.js';
import { checkRemoteKey, remoteKey } from '../../src/translate/remote-key.js';
import { deviceCertKey, moduleConnectionStringKey, moduleEnvKey, registryPasswordKey } from '../../src/translate/secrets.js';

/** The hash suffix by the rule: `---` + the first 32 hex digits of SHA-256 over the JSON array of the exact parts. */
const suffix = (...parts: string[]) => `---${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)}`;
const KEY_VAULT_NAME = /^[0-9a-zA-Z-]{1,127}$/;

describe('remote key layout', () => {
  it.each([
    { name: 'a module connection string, all parts exact: no hash', key: () => moduleConnectionStringKey('myhub', 'device-1', 'sensor'), expected: 'myhub--device-1--sensor--connection-string' },
    { name: 'a registry password', key: () => registryPasswordKey('myhub', 'acr'), expected: 'myhub--registry--acr--password' },
    { name: 'an env value', key: () => moduleEnvKey('myhub', 'device-1', 'm', 'token'), expected: 'myhub--device-1--m--env--token' },
    {
      name: '$edgeHub is not exact ($, capitals): readable edgehub + hash',
      key: () => moduleConnectionStringKey('myhub', 'device-1', '$edgeHub'),
      expected: `myhub--device-1--edgehub--connection-string${suffix('myhub', 'device-1', '$edgeHub', 'connection-string')}`,
    },
    {
      name: 'an env name with ../ and _ becomes dashes, with a hash',
      key: () => moduleEnvKey('h', 'd', 'm', 'CO_SECRET/../../registries/default/password'),
      expected: `h--d--m--env--co-secret-registries-default-password${suffix('h', 'd', 'm', 'env', 'CO_SECRET/../../registries/default/password')}`,
    },
    {
      name: 'a device certificate file (dots) gets a hash',
      key: () => deviceCertKey('h', 'd', 'edge-device-ca.cert.pem'),
      expected: `h--d--cert--edge-device-ca-cert-pem${suffix('h', 'd', 'cert', 'edge-device-ca.cert.pem')}`,
    },
    { name: 'a part of only punctuation is readable as x', key: () => moduleEnvKey('h', '..', 'm', 'X'), expected: `h--x--m--env--x${suffix('h', '..', 'm', 'env', 'X')}` },
  ])('$name', ({ key, expected }) => {
    expect(key()).toBe(expected);
    expect(key()).toMatch(KEY_VAULT_NAME);
  });

  it('Dev1 and dev1 get keys that differ also without case (Key Vault compares names without case)', () => {
    const upper = moduleConnectionStringKey('h', 'Dev1', 'm');
    const lower = moduleConnectionStringKey('h', 'dev1', 'm');
    expect(lower).toBe('h--dev1--m--connection-string');
    expect(upper).toBe(`h--dev1--m--connection-string${suffix('h', 'Dev1', 'm', 'connection-string')}`);
    expect(upper.toLowerCase()).not.toBe(lower.toLowerCase());
  });

  it('a part with -- (which would split into two parts) is not exact: a-b--c and a-b / c differ', () => {
    expect(remoteKey('a--b', 'c')).toBe(`a-b--c${suffix('a--b', 'c')}`);
    expect(remoteKey('a', 'b', 'c')).toBe('a--b--c');
  });

  it('a key over 127 characters keeps 92 readable characters (no trailing dash), then the hash: 127 in all at most', () => {
    const device = 'd'.repeat(128);
    const key = moduleConnectionStringKey('myhub', device, 'sensor');
    // 'myhub--' is 7 characters; 85 more of the device id make the 92.
    expect(key).toBe(`myhub--${'d'.repeat(85)}${suffix('myhub', device, 'sensor', 'connection-string')}`);
    expect(key).toHaveLength(127);
  });

  it('an empty part is an error', () => {
    expect(() => remoteKey('h', '')).toThrow(ConfigError);
  });

  it('any parts (lone surrogates included) give a valid key, and different parts different keys, also without case', () => {
    const part = fc.string({ unit: fc.oneof(fc.constantFrom('.', '/', '-', '$', 'A', 'a', '_'), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), minLength: 1, maxLength: 140 });
    const parts = fc.array(part, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const ka = remoteKey(...a);
        expect(ka).toMatch(KEY_VAULT_NAME);
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(ka.toLowerCase()).not.toBe(remoteKey(...b).toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('exact parts that differ only by where the separators fall still differ', () => {
    const exact = fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,4}){0,2}$/);
    fc.assert(
      fc.property(fc.array(exact, { minLength: 1, maxLength: 4 }), fc.array(exact, { minLength: 1, maxLength: 4 }), (a, b) => {
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(remoteKey(...a)).not.toBe(remoteKey(...b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkRemoteKey refuses what Azure Key Vault refuses', () => {
  it.each([
    ['a slash', 'iotedge/h'],
    ['a dollar sign (AWS Secrets Manager refuses it too)', 'h--$edgehub'],
    ['an underscore', 'a_b'],
    ['a dot', 'a.b'],
    ['the empty string', ''],
    ['128 characters', 'a'.repeat(128)],
  ])('%s', (_name, key) => {
    expect(() => checkRemoteKey(key)).toThrow(InternalError);
  });

  it('accepts 127 letters, digits and dashes', () => {
    expect(checkRemoteKey(`A-${'1'.repeat(125)}`)).toHaveLength(127);
  });
});
