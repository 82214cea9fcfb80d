/**
 * The CLI against a loopback HTTPS IoT Hub with the real azure-iothub client: `snapshot` writes a redacted
 * snapshot, and synth from the live hub and synth from that snapshot produce byte-identical trees.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { startFakeIotHub, type FakeIotHub } from '../fakes/iothub/index.js';
import { readTree } from '../helpers/output-tree.js';

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

function io(env: Record<string, string> = { IOTHUB_CONNECTION_STRING: connectionString }) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env, cwd: dir, httpsAgent: hub.agent };
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
    const err = run.err.join('');
    expect(err).toMatch(/unauthori[sz]ed|401/i);
    expect(err).not.toContain(Buffer.from('wrong-key-value').toString('base64'));
    expect(err).not.toContain('SharedAccessSignature sr=');
  });
});
