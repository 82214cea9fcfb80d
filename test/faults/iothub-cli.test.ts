/**
 * The live IoT Hub read through the real CLI process (issue 8 §3): a hub that keeps answering a query page
 * with truncated JSON is retried as README "Reading the live hub" says (6 retries), then the run ends with
 * exit 3 and one clear line, and nothing is written — neither a fresh --out nor over a previous output.
 * The child reaches the fake hub through fake-hub-preload.mjs (connection redirect, compressed backoff).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeIotHub, type FakeIotHub } from '../fakes/iothub/index.js';
import { readTree } from '../helpers/output-tree.js';
import { ensureBuilt, runCli, type CliRun } from './cli-process.js';
import { syntheticFleet } from '../builders.js';

let work: string;
let hub: FakeIotHub;
const fleet = JSON.parse(syntheticFleet(7, '1.0', 1));

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(path.join(os.tmpdir(), 'faults-hub-'));
  hub = await startFakeIotHub({ hubName: 'corpus-hub', configurations: fleet.configurations, twins: fleet.devices });
  writeFileSync(path.join(work, 'ca.pem'), hub.ca);
}, 120_000);
afterAll(async () => {
  await hub.close();
  rmSync(work, { recursive: true, force: true });
});

function live(args: string[]): Promise<CliRun> {
  return runCli([...args, '--page-size', '3'], {
    cwd: work,
    nodeArgs: ['--import', path.join(import.meta.dirname, 'fake-hub-preload.mjs')],
    env: { IOTHUB_CONNECTION_STRING: hub.connectionString(), FAKE_HUB_HOST: hub.hostName, FAKE_HUB_PORT: String(hub.port), FAKE_HUB_CA: path.join(work, 'ca.pem') },
  });
}

it('reads the live hub through the child process when nothing fails (the harness works)', async () => {
  const run = await live(['synth', '--out', 'healthy', '--quiet']);
  expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: '' });
  expect(readTree(path.join(work, 'healthy')).size).toBeGreaterThan(7 * 5);
});

it.each([
  { name: 'a fresh --out', out: 'fresh', previous: false },
  { name: 'a previous output', out: 'previous', previous: true },
])('truncated JSON on query page 2, every time: 6 retries, exit 3, one error line, nothing written to $name', async ({ out, previous }) => {
  if (previous) expect((await live(['synth', '--out', out, '--quiet'])).code).toBe(0);
  const before = previous ? readTree(path.join(work, out)) : null;
  hub.addFault({ on: 'query', page: 2, truncate: 'body', times: 7 });
  const seen = hub.requests.length;
  const run = await live(['synth', '--out', out]);
  expect(run.code).toBe(3);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/gave up after 7 attempts/);
  expect(run.stderr).not.toMatch(/^\s+at |internal error/m);
  for (const key of Object.values(hub.policies)) expect(run.stderr).not.toContain(key);
  // Page 2 was asked for 7 times: the first attempt and 6 retries.
  expect(hub.requests.slice(seen).filter((r) => r.operation === 'query' && r.page === 2)).toHaveLength(7);
  if (before === null) expect(existsSync(path.join(work, out))).toBe(false);
  else expect(readTree(path.join(work, out))).toStrictEqual(before);
});
