/** Remote keys: every part encoded, every key checked, so no id or name can leave its place in the store. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { ConfigError, InternalError } from '../../src/errors.js';
import { checkRemoteKey, remoteKeySegment } from '../../src/translate/remote-key.js';
import { deviceCertKey, moduleConnectionStringKey, moduleEnvKey, registryPasswordKey } from '../../src/translate/secrets.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('remote keys from hostile parts', () => {
  it.each([
    {
      name: 'an env name with ../ stays one segment under its module (was .../env/CO_SECRET/../../../../registries/default/password)',
      key: () => moduleEnvKey('h', 'd', 'm', 'CO_SECRET/../../../../registries/default/password'),
      expected: 'iotedge/h/devices/d/modules/m/env/CO_SECRET%2F..%2F..%2F..%2F..%2Fregistries%2Fdefault%2Fpassword',
    },
    { name: 'a hub name ../../etc stays one segment', key: () => registryPasswordKey('../../etc', 'acr'), expected: 'iotedge/..%2F..%2Fetc/registries/acr/password' },
    { name: 'a device id of two dots', key: () => moduleConnectionStringKey('h', '..', 'm'), expected: 'iotedge/h/devices/%2E%2E/modules/m/connection-string' },
    { name: 'a device id of one dot', key: () => deviceCertKey('h', '.', 'ca.pem'), expected: 'iotedge/h/devices/%2E/certs/ca.pem' },
    { name: 'a device id %2E%2E differs from the id .. (% is encoded too)', key: () => moduleConnectionStringKey('h', '%2E%2E', 'm'), expected: 'iotedge/h/devices/%252E%252E/modules/m/connection-string' },
    { name: 'dots inside an id stay', key: () => moduleEnvKey('h', 'a.b', 'm', 'X'), expected: 'iotedge/h/devices/a.b/modules/m/env/X' },
    { name: 'IoT Hub id characters that no store reads specially stay', key: () => moduleConnectionStringKey('h', "d-1:+_*!(),=@$'~", '$edgeHub'), expected: "iotedge/h/devices/d-1:+_*!(),=@$'~/modules/$edgeHub/connection-string" },
    { name: '? and # (which would cut a URL) and a space are encoded', key: () => moduleEnvKey('h', 'd?x#y', 'm', 'A B'), expected: 'iotedge/h/devices/d%3Fx%23y/modules/m/env/A%20B' },
    { name: 'non-ASCII is encoded as UTF-8 bytes', key: () => moduleEnvKey('h', 'd', 'm', 'ü€'), expected: 'iotedge/h/devices/d/modules/m/env/%C3%BC%E2%82%AC' },
    { name: 'a backslash and a NUL are encoded', key: () => moduleEnvKey('h', 'd', 'm', 'a\\b\u0000'), expected: 'iotedge/h/devices/d/modules/m/env/a%5Cb%00' },
  ])('$name', ({ key, expected }) => {
    expect(key()).toBe(expected);
  });

  it('a segment over 128 characters keeps 61 readable characters, then %7E and the SHA-256 of the encoded segment', () => {
    const name = 'A'.repeat(200);
    expect(moduleEnvKey('h', 'd', 'm', name)).toBe(`iotedge/h/devices/d/modules/m/env/${'A'.repeat(61)}%7E${sha(name)}`);
  });

  it('the readable prefix of a long segment is never cut inside a %XX escape', () => {
    // 'é' is %C3%A9 (6 characters): 10 fit in 60, the 11th would be cut after its '%'.
    const encoded = '%C3%A9'.repeat(100);
    expect(remoteKeySegment('é'.repeat(100))).toBe(`${'%C3%A9'.repeat(10)}%7E${sha(encoded)}`);
  });

  it('an empty part is an error, not an empty segment', () => {
    expect(() => remoteKeySegment('')).toThrow(ConfigError);
  });

  it('any string (lone surrogates included) gives a segment that passes the check, and distinct strings distinct segments', () => {
    const part = fc.string({ unit: fc.oneof(fc.constantFrom('.', '/', '%', '~', 'A', '$'), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(part, part, (a, b) => {
        expect(checkRemoteKey(remoteKeySegment(a))).toBe(remoteKeySegment(a));
        if (a !== b) expect(remoteKeySegment(a)).not.toBe(remoteKeySegment(b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkRemoteKey refuses', () => {
  it.each([
    ['a .. segment', 'iotedge/h/../x'],
    ['a . segment', 'iotedge/./x'],
    ['an empty segment', 'iotedge//x'],
    ['a leading slash', '/iotedge/x'],
    ['a space', 'iotedge/a b'],
    ['a ? (query)', 'iotedge/a?b'],
    ['a bare %', 'iotedge/a%'],
    ['lower-case escapes (not what the encoder writes)', 'iotedge/%2e%2e'],
    ['a segment of 129 characters', `iotedge/${'a'.repeat(129)}`],
    ['a key over 1024 characters', Array.from({ length: 9 }, () => 'a'.repeat(120)).join('/')],
  ])('%s', (_name, key) => {
    expect(() => checkRemoteKey(key)).toThrow(InternalError);
  });

  it('accepts a key made of encoded segments', () => {
    expect(checkRemoteKey('iotedge/h/devices/%2E%2E/modules/$edgeHub/connection-string')).toBe('iotedge/h/devices/%2E%2E/modules/$edgeHub/connection-string');
  });
});
