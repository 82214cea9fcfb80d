/**
 * Issue 19 item 16 (c): `--secret-store` becomes `secretStoreRef.name` of every ExternalSecret, so it must be a
 * name Kubernetes accepts (DNS-1123 subdomain, at most 253 characters); `--secret-store-kind` is SecretStore or
 * ClusterSecretStore. Table of flags → options, then the same refusals through the real command line (exit 1,
 * one line, nothing written).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { main } from '../../src/cli/main.js';
import { resolveTranslationFlags, type TranslationFlags } from '../../src/cli/translation-flags.js';
import { recordingIo } from '../helpers/recording-io.js';

const example = path.resolve(import.meta.dirname, '../../examples/hub-snapshot.json');
const SUBDOMAIN_RULE = "lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters";

describe('resolveTranslationFlags: flags → options', () => {
  it.each<{ name: string; flags: TranslationFlags; expected: unknown }>([
    { name: 'defaults', flags: {}, expected: { clusterTag: 'cluster', secretStore: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' }, strict: false } },
    { name: 'a namespaced store', flags: { secretStore: 'vault', secretStoreKind: 'SecretStore' }, expected: { clusterTag: 'cluster', secretStore: { name: 'vault', kind: 'SecretStore' }, strict: false } },
    { name: 'a dotted name (a subdomain, not only a label)', flags: { secretStore: 'vault.prod-1' }, expected: { clusterTag: 'cluster', secretStore: { name: 'vault.prod-1', kind: 'ClusterSecretStore' }, strict: false } },
    { name: '253 characters', flags: { secretStore: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}` }, expected: { secretStore: { name: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, kind: 'ClusterSecretStore' } } },
    { name: 'another cluster tag, strict', flags: { clusterTag: 'site', strict: true }, expected: { clusterTag: 'site', secretStore: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' }, strict: true } },
  ])('$name', ({ flags, expected }) => {
    expect(resolveTranslationFlags(flags)).toMatchObject(expected as object);
  });

  it.each<{ name: string; flags: TranslationFlags; message: string }>([
    { name: 'upper case', flags: { secretStore: 'Vault' }, message: `--secret-store must be a Kubernetes object name (${SUBDOMAIN_RULE}), got 'Vault'` },
    { name: 'an underscore', flags: { secretStore: 'my_store' }, message: `got 'my_store'` },
    { name: 'a slash', flags: { secretStore: 'ns/store' }, message: `got 'ns/store'` },
    { name: 'a leading dash', flags: { secretStore: '-store' }, message: `got '-store'` },
    { name: 'a trailing dot', flags: { secretStore: 'store.' }, message: `got 'store.'` },
    { name: 'two dots', flags: { secretStore: 'a..b' }, message: `got 'a..b'` },
    { name: 'empty', flags: { secretStore: '' }, message: `got ''` },
    { name: 'a newline (shown as ?)', flags: { secretStore: 'a\nb' }, message: `got 'a?b'` },
    { name: '254 characters', flags: { secretStore: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}` }, message: '… (254 characters)' },
    { name: 'an unknown kind', flags: { secretStoreKind: 'Vault' }, message: "--secret-store-kind must be SecretStore or ClusterSecretStore, got 'Vault'" },
    { name: 'a kind in lower case', flags: { secretStoreKind: 'secretstore' }, message: "--secret-store-kind must be SecretStore or ClusterSecretStore, got 'secretstore'" },
    { name: 'an empty cluster tag', flags: { clusterTag: '' }, message: '--cluster-tag must name a twin tag, got an empty name' },
  ])('rejects $name', ({ flags, message }) => {
    expect(() => resolveTranslationFlags(flags)).toThrow(ConfigError);
    expect(() => resolveTranslationFlags(flags)).toThrow(message);
  });
});

describe('translation flags on the command line', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'translation-flags-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    { command: 'synth', argv: ['synth', '--snapshot', example, '--out', 'out', '--secret-store', 'My_Store'], message: `error: --secret-store must be a Kubernetes object name (${SUBDOMAIN_RULE}), got 'My_Store'\n` },
    { command: 'synth', argv: ['synth', '--snapshot', example, '--out', 'out', '--secret-store-kind', 'Vault'], message: "error: --secret-store-kind must be SecretStore or ClusterSecretStore, got 'Vault'\n" },
    { command: 'explain', argv: ['explain', 'factory-line-1', '--snapshot', example, '--secret-store', 'a/b'], message: `error: --secret-store must be a Kubernetes object name (${SUBDOMAIN_RULE}), got 'a/b'\n` },
    { command: 'sync', argv: ['sync', '--snapshot', example, '--repo', 'nowhere.git', '--secret-store-kind', 'Cluster'], message: "error: --secret-store-kind must be SecretStore or ClusterSecretStore, got 'Cluster'\n" },
  ])('$command $argv.5 $argv.6: exit 1, one line, nothing written', async ({ argv, message }) => {
    const { io, out, err } = recordingIo(dir);
    expect(await main(argv, io)).toBe(1);
    expect(err()).toBe(message);
    expect(out()).toBe('');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
