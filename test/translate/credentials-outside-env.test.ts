/**
 * Credentials outside `env`: in Cmd/Entrypoint arguments (moved to the secret store and read back through
 * Kubernetes' `$(VAR)` expansion), in container Labels (marker + dropped), in other createOptions fields
 * (marker + dropped), in env URLs (secretKeyRef) and in the cluster tag (never a directory name).
 */
import { REDACTED_MARKER as R } from '../../src/model/credential-patterns.js';
import { clusterOf } from '../../src/translate/device-identity.js';
import { moduleEnvKey } from '../../src/translate/secrets.js';
import { translateModuleM } from './translate-helpers.js';

const CANARIES = ['CANARY-p4ss-1', 'CANARY-pw-2', 'CANARY-tok-3', 'CANARY-lbl-4', 'CANARY-lbl-5', 'CANARY-rtsp-6', 'CANARY-hc-7'];
const CREATE_OPTIONS = {
  Cmd: ['serve', '--password', 'CANARY-p4ss-1', '--port', '80', 'mongodb://admin:CANARY-pw-2@db/x'],
  Entrypoint: '--token=CANARY-tok-3',
  Labels: { 'com.x.apiKey': 'CANARY-lbl-4', 'com.x.db': 'Server=db;User Id=sa;Password=CANARY-lbl-5', 'com.x.team': 'ops' },
  Healthcheck: { Test: ['CMD', 'curl', 'https://probe:CANARY-hc-7@localhost/health'] },
};
const MODULE_ENV = { env: { CAMERA_URL: { value: 'rtsp://viewer:CANARY-rtsp-6@10.0.0.9/stream1' }, LOG_LEVEL: { value: 'info' } } };

describe('credentials outside env', () => {
  const result = translateModuleM(CREATE_OPTIONS, MODULE_ENV);
  const ledger = (key: string) => result.ledger.filter((e) => e.key === key).map((e) => e.fidelity);

  it('no seeded credential appears in the intent or the ledger', () => {
    const text = JSON.stringify(result.intent) + JSON.stringify(result.all);
    expect(CANARIES.filter((c) => text.includes(c))).toStrictEqual([]);
  });

  it('Cmd/Entrypoint: the secret part of an argument becomes $(VAR), VAR a secretKeyRef; recorded approximate', () => {
    expect(result.w.container.args).toStrictEqual(['serve', '--password', '$(IOTEDGE_GITOPS_CMD_2)', '--port', '80', '$(IOTEDGE_GITOPS_CMD_5)']);
    expect(result.w.container.command).toStrictEqual(['--token=$(IOTEDGE_GITOPS_ENTRYPOINT_0)']);
    // In command-line order: Entrypoint (command), then Cmd (args).
    const refs = result.w.container.env.filter((e) => e.name.startsWith('IOTEDGE_GITOPS_'));
    expect(refs).toStrictEqual([
      { name: 'IOTEDGE_GITOPS_ENTRYPOINT_0', secretKeyRef: { name: 'm-env', key: 'IOTEDGE_GITOPS_ENTRYPOINT_0' } },
      { name: 'IOTEDGE_GITOPS_CMD_2', secretKeyRef: { name: 'm-env', key: 'IOTEDGE_GITOPS_CMD_2' } },
      { name: 'IOTEDGE_GITOPS_CMD_5', secretKeyRef: { name: 'm-env', key: 'IOTEDGE_GITOPS_CMD_5' } },
    ]);
    const data = result.intent.externalSecrets.find((s) => s.name === 'm-env')!.data.map((d) => d.secretKey);
    expect(data).toStrictEqual(['CAMERA_URL', 'IOTEDGE_GITOPS_CMD_2', 'IOTEDGE_GITOPS_CMD_5', 'IOTEDGE_GITOPS_ENTRYPOINT_0']);
    expect(result.intent.externalSecrets.find((s) => s.name === 'm-env')!.data.find((d) => d.secretKey === 'IOTEDGE_GITOPS_CMD_2')!.remoteKey).toBe(moduleEnvKey('myhub', 'device-1', 'm', 'IOTEDGE_GITOPS_CMD_2'));
    expect([ledger('Cmd'), ledger('Cmd[2]'), ledger('Cmd[5]'), ledger('Entrypoint'), ledger('Entrypoint[0]')]).toStrictEqual([['approximate'], ['approximate'], ['approximate'], ['approximate'], ['approximate']]);
  });

  it('Labels: a credential value becomes the marker and is dropped; other labels kept', () => {
    expect(result.w.podAnnotations['com.x.apiKey']).toBe(R);
    expect(result.w.podAnnotations['com.x.db']).toBe(R);
    expect(result.w.podAnnotations['com.x.team']).toBe('ops');
    expect([ledger('Labels.com.x.apiKey'), ledger('Labels.com.x.db')]).toStrictEqual([['dropped'], ['dropped']]);
  });

  it('another createOptions field: the marker stands in, dropped', () => {
    expect((result.w.container.livenessProbe as { exec: { command: string[] } }).exec.command).toStrictEqual(['curl', R]);
    expect(ledger('createOptions.Healthcheck.Test.2')).toStrictEqual(['dropped']);
  });

  it('a password in an env URL is a credential: secretKeyRef, like other credential env', () => {
    expect(result.w.container.env.find((e) => e.name === 'CAMERA_URL')).toStrictEqual({ name: 'CAMERA_URL', secretKeyRef: { name: 'm-env', key: 'CAMERA_URL' } });
    expect(result.w.container.env.find((e) => e.name === 'LOG_LEVEL')).toStrictEqual({ name: 'LOG_LEVEL', value: 'info' });
  });

  it('--strict fails the device on a dropped label, naming it', () => {
    expect(() => translateModuleM({ Labels: { 'com.x.apiKey': 'k' } }, {}, { strict: true })).toThrow(/Labels\.com\.x\.apiKey is dropped/);
  });

  it('the same createOptions with the markers of a redacted snapshot translate identically', () => {
    const snapshotLike = {
      Cmd: ['serve', '--password', R, '--port', '80', R],
      Entrypoint: `--token=${R}`,
      Labels: { 'com.x.apiKey': R, 'com.x.db': R, 'com.x.team': 'ops' },
      Healthcheck: { Test: ['CMD', 'curl', R] },
    };
    const replay = translateModuleM(snapshotLike, { env: { CAMERA_URL: { value: R }, LOG_LEVEL: { value: 'info' } } });
    expect(replay.intent).toStrictEqual(result.intent);
    expect(replay.all).toStrictEqual(result.all);
  });
});

describe('clusterOf: a credential is never a directory name', () => {
  it.each([
    { name: 'a plain tag value', tags: { cluster: 'North-1' }, tag: 'cluster', expected: 'north-1' },
    { name: 'a credential-shaped value', tags: { cluster: 'mongodb://a:b@h' }, tag: 'cluster', expected: 'default' },
    { name: 'the marker of a redacted snapshot', tags: { cluster: R }, tag: 'cluster', expected: 'default' },
    { name: 'a tag whose name says credential', tags: { siteKey: 'north' }, tag: 'siteKey', expected: 'default' },
  ])('$name → $expected', ({ tags, tag, expected }) => {
    expect(clusterOf(tags, tag)).toBe(expected);
  });
});
