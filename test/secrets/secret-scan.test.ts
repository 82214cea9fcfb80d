/**
 * One scanner over everything the product can emit (issue 8 §4): output files and inventory (synth), the
 * snapshot file (snapshot), stdout/stderr of every command at every verbosity (--quiet, default, --debug),
 * commit messages and contents, pull-request titles and bodies and every GitHub request, the report on the
 * PR branch and the step summary. The input is seeded with registry passwords, SAS tokens, AccountKey= and
 * SharedAccessKey= connection strings, tokens in env, createOptions and module twins (also inside a
 * configuration that does not parse, so that error messages are tried too), passwords in Cmd arguments and
 * URLs, credential Labels, `Password=` connection strings, JWTs, bearer tokens and AWS key ids, credential
 * module twin properties, device tags and reported properties; the environment holds GITHUB_TOKEN and
 * IOTHUB_CONNECTION_STRING. Expected: zero hits.
 *
 * Then the errors libraries raise with those credentials in hand (azure-iothub against a wrong host name, a
 * TLS failure, a 401; git cloning an https URL with the token; octokit's 401), through the real CLI process
 * with and without --debug: the token and the connection string's key never appear.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { startFakeIotHub, type FakeIotHub } from '../fakes/iothub/index.js';
import { ensureBuilt, runCli, type CliRun } from '../faults/cli-process.js';
import { readTree } from '../helpers/output-tree.js';
import { bareRepo, git } from '../publish/git-helpers.js';

const SEED = {
  registry: 'Seeded-Registry-Passw0rd-q7Zk',
  layerRegistry: 'Seeded-Layer-Registry-Passw0rd-w2Xb',
  accountKey: 'U2VlZGVkQWNjb3VudEtleVZhbHVl',
  deviceKey: 'U2VlZGVkRGV2aWNlS2V5VmFsdWU',
  sasSig: 'U2VlZGVkU2FzU2lnbmF0dXJl',
  apiToken: 'seeded-api-token-value-7c1e',
  createOptionsPassword: 'seeded-createoptions-password-4d2f',
  brokenPassword: 'seeded-password-in-broken-json-9a0b',
  twinToken: 'seeded-module-twin-token-3e5a',
  tagKey: 'U2VlZGVkVGFnQ29ubmVjdGlvbktleQ',
  serviceKey: 'U2VlZGVkU2VydmljZVBvbGljeUtleQ',
  githubToken: 'ghs_SeededGithubToken0123456789abcdefXYZ',
  cmdPassword: 'seeded-cmd-password-6e1a',
  cmdUrlPassword: 'seeded-cmd-url-password-2b7c',
  labelKey: 'seeded-label-api-key-8f3d',
  labelPassword: 'seeded-label-sql-password-5a9e',
  labelBearer: 'SeededLabelBearerToken0123',
  envUrlPassword: 'seeded-rtsp-password-1c4f',
  twinPwd: 'seeded-twin-pwd-7d2b',
  twinJwtSignature: 'U2VlZGVkSnd0U2lnbmF0dXJl',
  tagApiKey: 'seeded-tag-api-key-3f8a',
  tagAwsKey: 'AKIASEEDEDAWSKEY0001',
  reportedToken: 'seeded-reported-sas-token-9e5c',
};
const IOTHUB_CONNECTION_STRING = `HostName=corpus-hub.azure-devices.net;SharedAccessKeyName=registryRead;SharedAccessKey=${SEED.serviceKey}=`;
const NEEDLES = [...Object.values(SEED), Buffer.from(`x-access-token:${SEED.githubToken}`).toString('base64')];

/** Every needle found in `text`, labelled. */
function hits(label: string, text: string): string[] {
  return NEEDLES.filter((n) => text.includes(n)).map((n) => `${label}: ${n}`);
}

function seededSnapshot(): any {
  const s = JSON.parse(readFileSync(path.join(import.meta.dirname, '../corpus/good-snapshot.json'), 'utf8'));
  const content = s.configurations[0].content.modulesContent;
  const desired = content.$edgeAgent['properties.desired'];
  desired.runtime.settings.registryCredentials = { acr: { username: 'acruser', password: SEED.registry, address: 'example.azurecr.io' } };
  desired.modules.sensor.settings.image = 'example.azurecr.io/sensor:1.0';
  desired.modules.sensor.settings.createOptions = JSON.stringify({
    Env: [`DB_PASSWORD=${SEED.createOptionsPassword}`, `PLAIN=1`],
    Cmd: ['--password', SEED.cmdPassword, '--store', `mongodb://admin:${SEED.cmdUrlPassword}@db:27017/x`],
    Labels: { 'com.example.apiKey': SEED.labelKey, 'com.example.db': `Server=db;User Id=sa;Password=${SEED.labelPassword}`, 'com.example.auth': `Bearer ${SEED.labelBearer}` },
  });
  desired.modules.sensor.env = {
    STORAGE: { value: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${SEED.accountKey}==;EndpointSuffix=core.windows.net` },
    UPSTREAM: { value: `HostName=corpus-hub.azure-devices.net;DeviceId=good-1;SharedAccessKey=${SEED.deviceKey}=` },
    SAS: { value: `SharedAccessSignature sr=corpus-hub.azure-devices.net&sig=${SEED.sasSig}%3D&se=1999999999` },
    API_TOKEN: { value: SEED.apiToken },
    CAMERA: { value: `rtsp://viewer:${SEED.envUrlPassword}@10.0.0.9/stream1` },
  };
  content.sensor = { 'properties.desired': { apiToken: SEED.twinToken, interval: 10, dbPwd: SEED.twinPwd, session: `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWVkIn0.${SEED.twinJwtSignature}` } };
  s.devices[0].tags = { ...s.devices[0].tags, apiKey: SEED.tagApiKey, aws: SEED.tagAwsKey };
  s.devices[0].properties = { desired: {}, reported: { sasToken: SEED.reportedToken } };
  // A layer that adds a registry credential, applied to good-2 only.
  s.configurations.push({
    id: 'registry-layer', content: { modulesContent: { $edgeAgent: { 'properties.desired.runtime.settings.registryCredentials.other': { username: 'u', password: SEED.layerRegistry, address: 'other.azurecr.io' } } } },
    targetCondition: "deviceId = 'good-2'", priority: 20, createdTimeUtc: '2024-01-01T00:00:00Z', etag: 'MQ==',
  });
  // A deployment whose createOptions does not parse, with a password in it, for error messages (device bad-1).
  const broken = JSON.parse(JSON.stringify(s.configurations[0]));
  broken.id = 'broken';
  broken.targetCondition = "deviceId = 'bad-1'";
  broken.content.modulesContent.$edgeAgent['properties.desired'].modules.sensor.settings.createOptions = `{"Env":["PASSWORD=${SEED.brokenPassword}"`;
  s.configurations.push(broken);
  s.devices.push({ ...s.devices[0], deviceId: 'bad-1', tags: { ring: 'bad', backup: `HostName=x.azure-devices.net;DeviceId=bad-1;SharedAccessKey=${SEED.tagKey}=` } });
  return s;
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
  writeFileSync(path.join(work, 'seeded.json'), JSON.stringify(seededSnapshot(), null, 2));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function capture(env: Record<string, string>, agent?: FakeIotHub['agent']) {
  const text: string[] = [];
  const io: CommandIo = { stdout: { write: (t: string) => text.push(t) }, stderr: { write: (t: string) => text.push(t) }, env, cwd: work, ...(agent ? { httpsAgent: agent } : {}) };
  return { io, text };
}

it('the scanner finds every seeded value in the input (it has teeth)', () => {
  const inInput = hits('input', readFileSync(path.join(work, 'seeded.json'), 'utf8')).map((h) => h.slice('input: '.length));
  expect(inInput.sort()).toStrictEqual(Object.entries(SEED).filter(([k]) => k !== 'serviceKey' && k !== 'githubToken').map(([, v]) => v).sort());
});

it('zero hits in everything every command emits, at every verbosity', async () => {
  const found: string[] = [];
  const env = { GITHUB_TOKEN: SEED.githubToken, IOTHUB_CONNECTION_STRING, GITHUB_ACTIONS: 'true' };
  const seeded = ['--snapshot', 'seeded.json'];
  const fake = await FakeGitHubServer.start('acme', 'fleet', SEED.githubToken);
  const snapshot = seededSnapshot();
  const hub = await startFakeIotHub({ hubName: 'corpus-hub', configurations: snapshot.configurations, twins: snapshot.devices, policies: { registryRead: `${SEED.serviceKey}=` } });
  try {
    const remote = bareRepo({ 'README.md': 'hello\n' });
    const prRemote = bareRepo({ 'README.md': 'hello\n' });
    const runs: [string, string[], number[]][] = [
      ['synth', ['synth', ...seeded, '--out', 'out'], [2]],
      ['synth --quiet', ['synth', ...seeded, '--out', 'out', '--quiet'], [2]],
      ['synth --debug --strict', ['--debug', 'synth', ...seeded, '--out', 'out-strict', '--strict'], [2]],
      ['explain', ['explain', 'good-2', ...seeded], [0]],
      ['explain --json', ['explain', 'good-2', ...seeded, '--json'], [0]],
      ['explain broken --debug', ['--debug', 'explain', 'bad-1', ...seeded], [2]],
      ['explain broken --json', ['explain', 'bad-1', ...seeded, '--json'], [2]],
      ['validate (GitHub annotations)', ['validate', ...seeded], [1]],
      ['validate --debug', ['--debug', 'validate', ...seeded], [1]],
      ['snapshot (live)', ['snapshot', '--out', 'snapshot.json'], [0]],
      ['snapshot --debug (live)', ['--debug', 'snapshot', '--out', 'snapshot-debug.json'], [0]],
      ['synth (live)', ['synth', '--out', 'out-live'], [2]],
      ['sync', ['sync', ...seeded, '--repo', remote, '--summary-file', 'summary.md'], [2]],
      ['sync --dry-run --debug', ['--debug', 'sync', ...seeded, '--repo', remote, '--dry-run'], [2]],
      ['sync --pull-request', ['sync', ...seeded, '--repo', prRemote, '--branch', 'main', '--pull-request', '--github-repo', 'acme/fleet', '--summary-file', 'summary.md'], [2]],
      ['init', ['init', 'gitops-repo', '--cluster', 'c0'], [0]],
    ];
    for (const [label, argv, codes] of runs) {
      const { io, text } = capture({ ...env, GITHUB_API_URL: fake.url }, hub.agent);
      const code = await main(argv, io);
      expect({ label, code, ok: codes.includes(code) }).toStrictEqual({ label, code, ok: true });
      found.push(...hits(label, text.join('')));
    }
    for (const dir of ['out', 'out-strict', 'out-live', 'gitops-repo']) for (const [file, content] of readTree(path.join(work, dir))) found.push(...hits(`${dir}/${file}`, content));
    for (const file of ['snapshot.json', 'snapshot-debug.json', 'summary.md']) found.push(...hits(file, readFileSync(path.join(work, file), 'utf8')));
    for (const repo of [remote, prRemote]) found.push(...hits('git history (messages and contents, every branch)', git(repo, 'log', '--all', '-p', '--format=%B')));
    found.push(...hits('GitHub requests', JSON.stringify(fake.requests)), ...hits('pull requests', JSON.stringify(fake.pulls)));
    // The scan saw real output: the seeded values became references, the snapshot markers.
    expect(readFileSync(path.join(work, 'snapshot.json'), 'utf8')).toContain('<redacted:iotedge-gitops>');
    expect(fake.pulls).toHaveLength(1);
    expect(git(remote, 'log', '--all', '--format=%s').trim().split('\n')).toHaveLength(2);
    expect(git(prRemote, 'log', '--all', '--format=%s').trim().split('\n')).toHaveLength(2);
  } finally {
    await fake.close();
    await hub.close();
  }
  expect(found).toStrictEqual([]);
}, 60_000);

describe('library errors with credentials in hand, through the CLI process', () => {
  let hub: FakeIotHub;
  let github: FakeGitHubServer;
  beforeAll(async () => {
    ensureBuilt();
    hub = await startFakeIotHub({ hubName: 'corpus-hub', configurations: [], twins: [], policies: { registryRead: `${SEED.serviceKey}=` } });
    github = await FakeGitHubServer.start('acme', 'fleet', 'ghs_TheOnlyTokenTheFakeAccepts000000');
    writeFileSync(path.join(work, 'ca.pem'), hub.ca);
  }, 120_000);
  afterAll(async () => {
    await hub.close();
    await github.close();
  });

  const live = (args: string[], connectionString: string, trustCa = true): Promise<CliRun> =>
    runCli(args, {
      cwd: work,
      nodeArgs: ['--import', path.join(import.meta.dirname, '../faults/fake-hub-preload.mjs')],
      env: { IOTHUB_CONNECTION_STRING: connectionString, GITHUB_TOKEN: SEED.githubToken, FAKE_HUB_HOST: hub.hostName, FAKE_HUB_PORT: String(hub.port), FAKE_HUB_CA: path.join(work, trustCa ? 'ca.pem' : 'seeded.json') },
    });

  it.each([
    { name: 'a host name that does not resolve', connection: () => IOTHUB_CONNECTION_STRING.replace('corpus-hub.azure-devices.net', 'no-such-hub.invalid'), trust: true, code: 1 },
    { name: 'a certificate the client does not trust (TLS error)', connection: () => IOTHUB_CONNECTION_STRING, trust: false, code: 1 },
    { name: 'a wrong key (401)', connection: () => IOTHUB_CONNECTION_STRING.replace(SEED.serviceKey, 'V3JvbmdLZXlGb3JUaGVIdWI'), trust: true, code: 1 },
  ])('IoT Hub: $name — the key never appears, with or without --debug', async ({ connection, trust, code }) => {
    const connectionString = connection();
    const key = /SharedAccessKey=([^;]+)/.exec(connectionString)![1]!;
    // Both commands at once (they write different paths); the cases one after the other, as each takes the lock of --out never.
    const argvs = [['synth', '--out', 'never'], ['--debug', 'snapshot', '--out', 'never.json']];
    const runs = await Promise.all(argvs.map((argv) => live(argv, connectionString, trust)));
    for (const [i, argv] of argvs.entries()) {
      const run = runs[i]!;
      // Not transient (exit 1, not retried): a wrong host name, an untrusted certificate and a wrong key need a person.
      expect({ argv, code: run.code }).toStrictEqual({ argv, code });
      expect(run.stderr).toMatch(/^error: IoT Hub [a-z.-]+: reading configurations/m);
      expect(run.stdout + run.stderr).not.toContain(key);
      expect(run.stdout + run.stderr).not.toContain(key.replace(/=+$/, ''));
      expect(run.stdout + run.stderr).not.toContain(connectionString);
    }
  });

  // Each case has its own remote (or none that answers): the cases run concurrently, each mostly waiting for its processes.
  it.concurrent.each([
    { name: 'git clone of an https URL, token in the environment', repo: 'https://127.0.0.1:9/acme/fleet.git', extra: [] as string[] },
    { name: 'git clone of an https URL carrying the token itself', repo: `https://x-access-token:${SEED.githubToken}@127.0.0.1:9/acme/fleet.git`, extra: [] },
    { name: 'GitHub answers 401 to the token', repo: '', extra: ['--pull-request', '--github-repo', 'acme/fleet'] },
  ])('$name: GITHUB_TOKEN never appears, with or without --debug', async ({ repo, extra }) => {
    const target = repo === '' ? bareRepo({ 'README.md': 'x\n' }) : repo;
    for (const debug of [[], ['--debug']]) {
      const run = await runCli([...debug, 'sync', '--snapshot', 'seeded.json', '--repo', target, ...extra], {
        cwd: work,
        env: { HOME: os.tmpdir(), GITHUB_TOKEN: SEED.githubToken, GITHUB_API_URL: github.url, IOTHUB_CONNECTION_STRING },
      });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/^error: /m);
      expect(hits(`${debug.join('')} stdout/stderr`, run.stdout + run.stderr)).toStrictEqual([]);
      expect(run.stdout + run.stderr).not.toContain(SEED.serviceKey);
    }
  }, 30_000);
});
