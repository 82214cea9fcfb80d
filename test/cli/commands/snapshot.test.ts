/**
 * `snapshot` end to end, in-process: env → the real azure-iothub client → fake hub → redaction → atomic
 * file. Data is the project's example snapshot (examples/hub-snapshot.json) served by the fake hub, with
 * a device connection string and an API key added so that every redaction rule has something to catch.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, type SnapshotOptions } from '../../../src/cli/commands/snapshot.js';
import { ConfigError, TransientError } from '../../../src/errors.js';
import type { HubSnapshot } from '../../../src/model/hub-snapshot.js';
import { readSnapshotFile } from '../../../src/source/read-snapshot.js';
import { redactSnapshot } from '../../../src/model/redact-snapshot.js';
import { formatSnapshot } from '../../../src/source/write-snapshot.js';
import { startFakeIotHub, type FakeFault, type FakeIotHub } from '../../fakes/iothub/index.js';
import { edgeDeployment, edgeTwins } from '../../builders.js';

const DEVICE_CS = 'HostName=contoso-hub.azure-devices.net;DeviceId=leaf;SharedAccessKey=bGVhZi1kZXZpY2Uta2V5LTAwMDE=';
const API_KEY = 'api-key-9f8e7d6c5b4a';
const ACR_PASSWORD = 'acr-password-XYZ-123';

let example: HubSnapshot;
let dir: string;
let hub: FakeIotHub | undefined;

beforeAll(async () => {
  example = JSON.parse(await readFile(path.resolve('examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'snapshot-command-'));
});
afterEach(async () => {
  await hub?.close();
  hub = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function exampleHub(faults: FakeFault[] = [], reverse = false): Promise<FakeIotHub> {
  const configurations = [...example.configurations, edgeDeployment('zz-secrets', 1, "deviceId='none'", { password: ACR_PASSWORD, apiKey: API_KEY })];
  const twins = [...example.devices, { deviceId: 'zz-leaf', capabilities: { iotEdge: true }, tags: { cs: DEVICE_CS } }];
  hub = await startFakeIotHub({
    hubName: 'contoso-hub',
    configurations: (reverse ? [...configurations].reverse() : configurations) as never,
    twins: (reverse ? [...twins].reverse() : twins) as never,
    faults,
  });
  return hub;
}

function stderr(isTTY = false) {
  const chunks: string[] = [];
  return { chunks, isTTY, write: (text: string) => chunks.push(text) };
}

async function snapshot(fake: FakeIotHub, options: Partial<SnapshotOptions> = {}, env: Record<string, string> = { IOTHUB_CONNECTION_STRING: fake.connectionString() }) {
  const err = stderr();
  const out = options.out ?? 'snap.json';
  const code = await run({ out, pageSize: 5, ...options }, { env, stdout: { write: () => true }, stderr: err, cwd: dir, httpsAgent: fake.agent });
  return { code, err, file: path.join(dir, out) };
}

describe('snapshot command', () => {
  it('writes the hub as synth reads it: sorted, redacted, readable by readSnapshotFile', async () => {
    const fake = await exampleHub();
    const { code, err, file } = await snapshot(fake);

    expect(code).toBe(0);
    const edgeTwins = fake.twins.filter((twin) => (twin as { capabilities?: { iotEdge?: boolean } }).capabilities?.iotEdge === true);
    const expected = redactSnapshot({ hub: 'contoso-hub', hostName: 'contoso-hub.azure-devices.net', configurations: fake.configurations as never, devices: edgeTwins as never });
    expect(await readFile(file, 'utf8')).toBe(formatSnapshot(expected));
    const back = await readSnapshotFile(file);
    expect(back.hub).toBe('contoso-hub');
    expect(back.devices).toHaveLength(example.devices.filter((d) => (d as { capabilities?: { iotEdge?: boolean } }).capabilities?.iotEdge === true).length + 1);
    expect(back.configurations).toHaveLength(example.configurations.length + 1);
    expect(err.chunks.join('')).toMatch(/^wrote snap\.json: 12 configuration\(s\), \d+ edge device twin\(s\) from contoso-hub\.azure-devices\.net; \d+ credential value\(s\) redacted\n$/);
  });

  it('no password, key or connection string survives in the file or on stderr', async () => {
    const fake = await exampleHub();
    const { err, file } = await snapshot(fake);
    const text = (await readFile(file, 'utf8')) + err.chunks.join('');
    const examplePasswords = JSON.stringify(example).match(/EXAMPLE-SECRET-[A-Za-z0-9-]+/g) ?? [];
    expect(examplePasswords.length).toBeGreaterThan(0);
    for (const secret of [...examplePasswords, ACR_PASSWORD, API_KEY, DEVICE_CS, 'SharedAccessKey=', fake.policies['registryRead']!, fake.connectionString()]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('<redacted:iotedge-gitops>');
  });

  it('is deterministic: two runs, even with the hub listing items in another order, give the same bytes', async () => {
    const first = await snapshot(await exampleHub());
    const bytes = await readFile(first.file);
    await hub!.close();
    const second = await snapshot(await exampleHub([], true), { out: 'again.json' });
    expect((await readFile(second.file)).equals(bytes)).toBe(true);
  });

  it('a read that fails after some pages writes nothing: no file, no temporary file, an existing snapshot untouched', async () => {
    // A Retry-After beyond the longest wait the reader accepts (DEFAULT_RETRY_POLICY.maxRetryAfterMs) fails the read at once.
    const fake = await exampleHub([{ on: 'query', page: 2, status: 503, retryAfter: 3600, times: Infinity }]);
    await writeFile(path.join(dir, 'keep.json'), 'previous snapshot');
    for (const out of ['snap.json', 'keep.json']) {
      await expect(snapshot(fake, { out })).rejects.toThrow(TransientError);
    }
    expect((await readdir(dir)).sort()).toStrictEqual(['keep.json']);
    expect(await readFile(path.join(dir, 'keep.json'), 'utf8')).toBe('previous snapshot');
    expect(fake.requests.filter((r) => r.operation === 'query' && r.page === 3)).toHaveLength(0);
  });

  it.each<{ name: string; options: Partial<SnapshotOptions>; env: Record<string, string> | undefined; message: string }>([
    { name: 'the default variable is unset', options: {}, env: {}, message: 'IOTHUB_CONNECTION_STRING is not set: put an IoT Hub service connection string with registryRead in it' },
    { name: 'the named variable is unset', options: { connectionStringEnv: 'HUB_CS' }, env: { IOTHUB_CONNECTION_STRING: 'HostName=x' }, message: 'HUB_CS is not set: put an IoT Hub service connection string with registryRead in it' },
    { name: 'the variable name is not a name', options: { connectionStringEnv: 'HostName=x;SharedAccessKey=y' }, env: {}, message: "--connection-string-env must name an environment variable, got 'HostName=x;SharedAccessKey=y'" },
    { name: 'the page size is not an integer', options: { pageSize: 'ten' }, env: undefined, message: "--page-size must be an integer from 1 to 10000, got 'ten'" },
    { name: '--out is blank', options: { out: '  ' }, env: undefined, message: '--out must name a file' },
  ])('refuses before any request when $name', async ({ options, env, message }) => {
    const fake = await exampleHub();
    const error = await snapshot(fake, options, env ?? { IOTHUB_CONNECTION_STRING: fake.connectionString() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(message);
    expect(fake.requests).toHaveLength(0);
  });

  it('reads the connection string from the variable --connection-string-env names', async () => {
    const fake = await exampleHub();
    const { code } = await snapshot(fake, { connectionStringEnv: 'HUB_CS' }, { HUB_CS: fake.connectionString() });
    expect(code).toBe(0);
    expect(fake.requests.every((r) => r.policy === 'registryRead')).toBe(true);
  });

  it('a wrong key fails with a ConfigError that shows neither the key nor the connection string', async () => {
    const fake = await exampleHub();
    const cs = fake.connectionString('registryRead', { key: 'd3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXk=' });
    const error = (await snapshot(fake, {}, { IOTHUB_CONNECTION_STRING: cs }).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.describe()).toContain('HTTP 401');
    expect(`${error.describe()} ${error.stack}`).not.toContain('d3Jvbmcta2V5');
    expect(await readdir(dir)).toStrictEqual([]);
  });

  it('quiet: nothing on stderr', async () => {
    const fake = await exampleHub([{ on: 'query', page: 1, status: 503 }]);
    const { err } = await snapshot(fake, { quiet: true });
    expect(err.chunks).toStrictEqual([]);
  });

  it('10,000 twins end to end in pages of 1,000', async () => {
    hub = await startFakeIotHub({ configurations: [edgeDeployment('base', 1, '*')], twins: edgeTwins(10000) });
    const { file } = await snapshot(hub, { pageSize: 1000 });
    const back = await readSnapshotFile(file);
    expect(back.devices).toHaveLength(10000);
    expect(hub.requests).toHaveLength(12);
  });
});
