/**
 * The CLI against a loopback HTTPS IoT Hub with the real azure-iothub client: `snapshot` writes a redacted
 * snapshot, and synth from the live hub and synth from that snapshot produce byte-identical trees — also with
 * credentials in chunked createOptions (Env, Cmd, Entrypoint, Labels, another field), in module twin properties,
 * in device tags and reported properties.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { startFakeIotHub, type FakeIotHub } from '../fakes/iothub/index.js';
import { readTree } from '../helpers/output-tree.js';
import { recordingIo } from '../helpers/recording-io.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8'));

let hub: FakeIotHub;
let dir: string;
let connectionString: string;
beforeAll(async () => {
  hub = await startFakeIotHub({ hubName: 'contoso-hub', configurations: example.configurations, twins: example.devices });
  connectionString = hub.connectionString();
  dir = mkdtempSync(path.join(os.tmpdir(), 'live-hub-'));
});
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

const SEEDS = {
  envPassword: 'seed-env-pw-5b1c',
  cmdPassword: 'seed-cmd-pw-8d2e',
  cmdConnection: 'U2VlZENtZENvbm5LZXk',
  entrypointToken: 'seed-entry-tok-1f7a',
  labelKey: 'seed-label-key-3c9d',
  labelConnection: 'seed-label-pw-6a4b',
  healthcheckPassword: 'seed-probe-pw-2e8f',
  twinPassword: 'seed-twin-pw-9b3c',
  twinUrlPassword: 'seed-twin-url-pw-4d6e',
  tagKey: 'seed-tag-key-7a1b',
  tagConnection: 'U2VlZFRhZ0Nvbm5LZXk',
  reportedToken: 'seed-reported-tok-5c2d',
  singleCmdPassword: 'seed-single-pw-0e9f',
};

/** The example with credentials in telegraf's createOptions (chunked at 512, as tooling writes it) and twin, and in device tags. */
function seededExample(): { configurations: any[]; devices: any[] } {
  const seeded = JSON.parse(JSON.stringify(example));
  const tick = seeded.configurations.find((c: any) => c.id === 'tick-base').content.modulesContent;
  const modules = tick.$edgeAgent['properties.desired'].modules;
  // Enough binds to need three chunks.
  const binds = Array.from({ length: 12 }, (_, i) => `/var/lib/telegraf/volume-${String(i).padStart(2, '0')}:/mnt/v${String(i).padStart(2, '0')}`);
  const text = JSON.stringify({
    Hostname: 'telegraf',
    HostConfig: { Binds: binds },
    Env: ['HOSTNAME=telegraf-getting-started', `DB_PASSWORD=${SEEDS.envPassword}`],
    Cmd: ['--config', '/etc/telegraf.conf', '--password', SEEDS.cmdPassword, `HostName=h.azure-devices.net;DeviceId=d;SharedAccessKey=${SEEDS.cmdConnection}=`],
    Entrypoint: ['telegraf', `--token=${SEEDS.entrypointToken}`],
    Labels: { 'com.example.apiKey': SEEDS.labelKey, 'com.example.db': `Server=db;User Id=sa;Password=${SEEDS.labelConnection}`, 'com.example.team': 'ops' },
    Healthcheck: { Test: ['CMD', 'curl', `https://probe:${SEEDS.healthcheckPassword}@localhost/ping`] },
  });
  const settings = modules.telegraf.settings;
  delete settings.createOptions;
  for (let i = 0; i * 512 < text.length; i++) settings[i === 0 ? 'createOptions' : `createOptions${String(i).padStart(2, '0')}`] = text.slice(i * 512, (i + 1) * 512);
  modules.kapacitor.settings.createOptions = JSON.stringify({ Cmd: `--password=${SEEDS.singleCmdPassword}` });
  tick.telegraf = { 'properties.desired': { interval: 10, dbPass: SEEDS.twinPassword, upstream: `mongodb://admin:${SEEDS.twinUrlPassword}@db:27017/x` } };
  const device = seeded.devices.find((d: any) => d.deviceId === 'telemetry-01');
  device.tags = { ...device.tags, apiKey: SEEDS.tagKey, backup: `HostName=h.azure-devices.net;DeviceId=telemetry-01;SharedAccessKey=${SEEDS.tagConnection}=` };
  device.properties = { ...device.properties, reported: { ...(device.properties?.reported ?? {}), sasToken: SEEDS.reportedToken } };
  return seeded;
}

function io(env: Record<string, string> = { IOTHUB_CONNECTION_STRING: connectionString }) {
  const { io: value, out, err } = recordingIo(dir, env, { httpsAgent: hub.agent });
  return { value, out, err };
}

describe('live IoT Hub through the CLI', () => {
  it('snapshot then synth equals synth from the live hub, byte for byte', async () => {
    const a = io();
    expect(await main(['snapshot', '--out', 'snap.json', '--page-size', '3', '--quiet'], a.value)).toBe(0);
    const live = io();
    expect(await main(['synth', '--out', 'from-live', '--page-size', '3', '--quiet'], live.value)).toBe(0);
    const replay = io({});
    expect(await main(['synth', '--snapshot', 'snap.json', '--out', 'from-snapshot'], replay.value)).toBe(0);
    const fromLive = readTree(path.join(dir, 'from-live'));
    const fromSnapshot = readTree(path.join(dir, 'from-snapshot'));
    expect(fromLive.size).toBeGreaterThan(100);
    expect(fromSnapshot).toStrictEqual(fromLive);
    // The example's 12 twins (11 edge) in pages of 3: 4 query requests, and configurations read twice.
    const queries = hub.requests.filter((r) => r.path.startsWith('/devices/query'));
    expect(queries.length).toBeGreaterThanOrEqual(8);
    const text = readFileSync(path.join(dir, 'snap.json'), 'utf8');
    expect(text).not.toContain('EXAMPLE-SECRET-');
    expect(text).toContain('<redacted:iotedge-gitops>');
  });

  it('a wrong key fails with exit 1 and no secret in the message', async () => {
    const bad = connectionString.replace(/SharedAccessKey=[^;]+/, 'SharedAccessKey=' + Buffer.from('wrong-key-value').toString('base64'));
    const run = io({ IOTHUB_CONNECTION_STRING: bad });
    expect(await main(['synth', '--out', 'never', '--quiet'], run.value)).toBe(1);
    const err = run.err();
    expect(err).toMatch(/unauthori[sz]ed|401/i);
    expect(err).not.toContain(Buffer.from('wrong-key-value').toString('base64'));
    expect(err).not.toContain('SharedAccessSignature sr=');
  });

  it('with credentials in chunked createOptions, Cmd, Labels, twin properties and tags: snapshot then synth equals live synth, and no credential is written', async () => {
    const seeded = seededExample();
    expect(Object.keys(seeded.configurations.find((c: any) => c.id === 'tick-base').content.modulesContent.$edgeAgent['properties.desired'].modules.telegraf.settings)).toStrictEqual(['image', 'createOptions', 'createOptions01', 'createOptions02']);
    const seededHub = await startFakeIotHub({ hubName: 'contoso-hub', configurations: seeded.configurations, twins: seeded.devices });
    try {
      const run = (env: Record<string, string>) => {
        const err: string[] = [];
        const value: CommandIo = { stdout: { write: (t: string) => err.push(t) }, stderr: { write: (t: string) => err.push(t) }, env, cwd: dir, httpsAgent: seededHub.agent };
        return { value, err };
      };
      const live = { IOTHUB_CONNECTION_STRING: seededHub.connectionString() };
      const snap = run(live);
      expect(await main(['snapshot', '--out', 'seeded-snap.json', '--quiet'], snap.value)).toBe(0);
      const fromLiveRun = run(live);
      expect(await main(['synth', '--out', 'seeded-from-live'], fromLiveRun.value)).toBe(0);
      const replayRun = run({});
      expect(await main(['synth', '--snapshot', 'seeded-snap.json', '--out', 'seeded-from-snapshot'], replayRun.value)).toBe(0);
      const fromLive = readTree(path.join(dir, 'seeded-from-live'));
      const fromSnapshot = readTree(path.join(dir, 'seeded-from-snapshot'));
      expect(fromSnapshot).toStrictEqual(fromLive);
      // The same summary and warnings, once the output folder and the timing are set aside.
      const normal = (text: string[]) => text.join('').replace(/seeded-from-(live|snapshot)/g, '<out>').replace(/ in [0-9.]+m?s/g, ' in <t>');
      expect(normal(replayRun.err)).toBe(normal(fromLiveRun.err));

      const snapshotText = readFileSync(path.join(dir, 'seeded-snap.json'), 'utf8');
      const texts: [string, string][] = [...fromLive.entries(), ['seeded-snap.json', snapshotText], ['console', [...snap.err, ...fromLiveRun.err, ...replayRun.err].join('')]];
      const found = texts.flatMap(([name, text]) => Object.values(SEEDS).filter((seed) => text.includes(seed)).map((seed) => `${name}: ${seed}`));
      expect(found).toStrictEqual([]);
      // The credentials became references, markers and ledger rows, not gaps.
      const telegraf = fromLive.get('devices/plant-b/msiot-contoso-hub-telemetry-01/deployment-telegraf.yaml')!;
      expect(telegraf).toContain('- --password\n            - $(IOTEDGE_GITOPS_CMD_3)\n            - $(IOTEDGE_GITOPS_CMD_4)\n');
      expect(telegraf).toMatch(/name: IOTEDGE_GITOPS_CMD_3\n\s+valueFrom:\n\s+secretKeyRef:/);
      expect(telegraf).toContain('com.example.apiKey: <redacted:iotedge-gitops>');
      const snapshot = JSON.parse(snapshotText);
      const settings = snapshot.configurations.find((c: any) => c.id === 'tick-base').content.modulesContent.$edgeAgent['properties.desired'].modules.telegraf.settings;
      const chunks = Object.keys(settings).filter((k) => k.startsWith('createOptions'));
      expect(chunks.map((k) => settings[k].length <= 512)).toStrictEqual(chunks.map(() => true));
      expect(JSON.parse(chunks.map((k) => settings[k]).join('')).Cmd).toStrictEqual(['--config', '/etc/telegraf.conf', '--password', '<redacted:iotedge-gitops>', '<redacted:iotedge-gitops>']);
    } finally {
      await seededHub.close();
    }
  });
});
