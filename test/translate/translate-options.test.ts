/**
 * Translate options resolve once (STYLE habit 9: flag ?? env ?? config ?? DEFAULT_*): every optional field either
 * keeps what the caller gave or takes its documented default; fields without a default stay absent.
 */
import {
  DEFAULT_CLUSTER_TAG,
  DEFAULT_SECRET_STORE,
  DEFAULT_TRANSLATE_OPTIONS,
  DEFAULT_VOLUME_SIZE,
  resolveTranslateOptions,
  type TranslateOptions,
} from '../../src/translate/translate-options.js';

const REQUIRED = { hub: 'myhub', hostName: 'myhub.azure-devices.net' } as const;

describe('translate option defaults', () => {
  it('are the documented values: twin tag "cluster", ClusterSecretStore iotedge-secrets, 1Gi claims, not strict', () => {
    expect([DEFAULT_CLUSTER_TAG, DEFAULT_SECRET_STORE, DEFAULT_VOLUME_SIZE]).toStrictEqual(['cluster', { name: 'iotedge-secrets', kind: 'ClusterSecretStore' }, '1Gi']);
    expect(DEFAULT_TRANSLATE_OPTIONS).toStrictEqual({ clusterTag: 'cluster', secretStore: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' }, strict: false, volumeSize: '1Gi' });
  });

  it('only hub and host name given: every default applied, no storage class and no upstream host', () => {
    expect(resolveTranslateOptions(REQUIRED)).toStrictEqual({
      hub: 'myhub',
      hostName: 'myhub.azure-devices.net',
      clusterTag: 'cluster',
      secretStore: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' },
      strict: false,
      volumeSize: '1Gi',
      isolation: {},
      certificates: { from: 'cert-manager', issuer: { name: 'iotedge-ca', kind: 'ClusterIssuer' } },
    });
  });

  it.each<{ name: string; given: Partial<TranslateOptions>; field: string; expected: unknown }>([
    { name: 'cluster tag', given: { clusterTag: 'site' }, field: 'clusterTag', expected: 'site' },
    { name: 'secret store of the namespace', given: { secretStore: { name: 'vault', kind: 'SecretStore' } }, field: 'secretStore', expected: { name: 'vault', kind: 'SecretStore' } },
    { name: 'strict', given: { strict: true }, field: 'strict', expected: true },
    { name: 'volume size', given: { volumeSize: '10Gi' }, field: 'volumeSize', expected: '10Gi' },
    { name: 'storage class', given: { storageClassName: 'local-path' }, field: 'storageClassName', expected: 'local-path' },
    { name: 'upstream host', given: { upstreamHost: 'registry.plant-a.example' }, field: 'upstreamHost', expected: 'registry.plant-a.example' },
    { name: 'isolation', given: { isolation: { exposeFrom: 'none' } }, field: 'isolation', expected: { exposeFrom: 'none' } },
    { name: 'certificates from the secret store', given: { certificates: { from: 'secret-store' } }, field: 'certificates', expected: { from: 'secret-store' } },
  ])('a given $name is kept', ({ given, field, expected }) => {
    expect((resolveTranslateOptions({ ...REQUIRED, ...given }) as unknown as Record<string, unknown>)[field]).toStrictEqual(expected);
  });

  it('an explicit empty value is kept, not replaced by the default (?? semantics: only undefined is defaulted)', () => {
    const resolved = resolveTranslateOptions({ ...REQUIRED, clusterTag: '', volumeSize: '' });
    expect([resolved.clusterTag, resolved.volumeSize]).toStrictEqual(['', '']);
  });
});
