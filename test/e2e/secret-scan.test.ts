/**
 * Secrets never reach output files, the inventory or the console: registry passwords (the example's
 * EXAMPLE-SECRET-* values) plus connection strings with SharedAccessKey= / AccountKey= and a credential in a
 * module twin, seeded into the bundled example.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { readTree } from '../helpers/output-tree.js';

const root = path.resolve(import.meta.dirname, '../..');
const SEEDS = {
  storage: 'DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=U2VlZGVkQWNjb3VudEtleQ==;EndpointSuffix=core.windows.net',
  device: 'HostName=contoso-hub.azure-devices.net;DeviceId=x;SharedAccessKey=U2VlZGVkRGV2aWNlS2V5MDE=',
  twinToken: 'seeded-twin-token-7f3a',
};
const NEEDLES = ['EXAMPLE-SECRET-', 'U2VlZGVkQWNjb3VudEtleQ', 'U2VlZGVkRGV2aWNlS2V5MDE', SEEDS.twinToken];

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'secret-scan-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('no seeded secret appears in any output file, the inventory, stdout or stderr, in synth and explain', async () => {
  const snapshot = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8'));
  const tick = snapshot.configurations.find((c: any) => c.id === 'tick-base').content.modulesContent;
  const telegraf = tick.$edgeAgent['properties.desired'].modules.telegraf;
  telegraf.env = { STORAGE: { value: SEEDS.storage }, UPSTREAM: { value: SEEDS.device } };
  tick.telegraf = { 'properties.desired': { apiToken: SEEDS.twinToken, interval: 10 } };
  const file = path.join(dir, 'seeded.json');
  writeFileSync(file, JSON.stringify(snapshot));

  const out: string[] = [];
  const io: CommandIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, env: {}, cwd: dir };
  expect(await main(['synth', '--snapshot', file, '--out', 'out'], io)).toBe(0);
  expect(await main(['explain', 'telemetry-01', '--snapshot', file], io)).toBe(0);
  expect(await main(['explain', 'telemetry-01', '--snapshot', file, '--json'], io)).toBe(0);
  const tree = readTree(path.join(dir, 'out'));
  const texts = [...tree.entries(), ['console', out.join('')]] as [string, string][];
  const hits = texts.flatMap(([name, text]) => NEEDLES.filter((n) => text.includes(n)).map((n) => `${name}: ${n}`));
  expect(hits).toStrictEqual([]);
  // The values became references, not gaps:
  const telegrafDeployment = tree.get('devices/plant-b/msiot-contoso-hub-telemetry-01/deployment-telegraf.yaml')!;
  expect(telegrafDeployment).toMatch(/name: STORAGE\n\s+valueFrom:\n\s+secretKeyRef:/);
  expect(tree.get('devices/plant-b/msiot-contoso-hub-telemetry-01/configmap-telegraf-twin.yaml')).toContain('<redacted:iotedge-gitops>');
});
