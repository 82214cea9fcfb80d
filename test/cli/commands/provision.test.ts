/**
 * `iotedge-gitops provision` as a child process against a loopback IoT Hub (module identity REST, driven by the
 * real azure-iothub Registry) and a loopback Azure Key Vault with its Microsoft Entra token endpoint (driven by the
 * real @azure/keyvault-secrets client and @azure/identity DefaultAzureCredential, narrowed to EnvironmentCredential
 * with AZURE_TOKEN_CREDENTIALS). The vault URL is the real form `https://NAME.vault.azure.net`: the SDK reaches it
 * through HTTPS_PROXY (a loopback CONNECT proxy that records every target) and trusts the test CA through
 * NODE_EXTRA_CA_CERTS, both read by the SDK and by Node as documented; a preload refuses any non-loopback
 * connection, so nothing can probe the managed-identity endpoint.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { startFakeIotHub, type FakeIotHub } from '../../fakes/iothub/index.js';
import { edgeDeployment, edgeTwins } from '../../builders.js';
import type { ConnectProxy } from '../../fakes/keyvault/connect-proxy.js';
import type { FakeKeyVault } from '../../fakes/keyvault/fake-key-vault.js';
import type { CliRun } from '../../faults/cli-process.js';
import { startProvisionFixture, type ProvisionFixture } from '../../provision/provision-fixture.js';
import { moduleConnectionStringKey } from '../../../src/translate/secrets.js';
import { run as runProvision, type ProvisionCommandOptions } from '../../../src/cli/commands/provision.js';
import { ConfigError } from '../../../src/errors.js';

type Json = Parameters<typeof startFakeIotHub>[0] extends infer O ? (O extends { configurations?: readonly (infer J)[] } ? J : never) : never;

let fixture: ProvisionFixture;
let work: string;
let hub: FakeIotHub;
let vault: FakeKeyVault;
let proxy: ConnectProxy;
let runs: CliRun[];
const HOST = 'fleet-hub.azure-devices.net';
// edgeTwins: even indexes are tagged environment=prod, so edge-00000 and edge-00002 get the deployment.
const DEVICES = ['edge-00000', 'edge-00002'];

/** The fake hub's base deployment with extra user modules (same image and settings as `sensor`). */
function deploymentWith(extraModules: readonly string[], withoutSensor = false): Json {
  const deployment = edgeDeployment('base', 10, "tags.environment='prod'") as { content: { modulesContent: { $edgeAgent: { 'properties.desired': { modules: Record<string, unknown> } } } } };
  const modules = deployment.content.modulesContent.$edgeAgent['properties.desired'].modules;
  for (const name of extraModules) modules[name] = modules['sensor'];
  if (withoutSensor) delete modules['sensor'];
  return deployment as unknown as Json;
}

beforeAll(async () => {
  fixture = await startProvisionFixture({ hubName: 'fleet-hub', configurations: [deploymentWith([])], twins: edgeTwins(3) });
  ({ work, hub, vault, proxy, runs } = fixture);
}, 120_000);
afterAll(() => fixture?.close());

function cli(args: string[]): Promise<CliRun> {
  return fixture.cli(args);
}

const provision = (...extra: string[]) => fixture.provision(...extra);
const primaryKey = (deviceId: string, moduleId: string): string =>
  String(((hub.modules.get(deviceId)?.get(moduleId)?.['authentication'] as { symmetricKey: { primaryKey: string } }).symmetricKey).primaryKey);
// README "Remote keys": API_KEY is not an exact part, so the key is lower-cased, `_` made `-`, and ends in `---` and
// the first 32 hex digits of the SHA-256 of the JSON array of the exact parts.
const envKey = (deviceId: string, module: string, name: string): string =>
  `fleet-hub--${deviceId}--${module}--env--${name.toLowerCase().replace(/_/g, '-')}---${createHash('sha256').update(JSON.stringify(['fleet-hub', deviceId, module, 'env', name])).digest('hex').slice(0, 32)}`;
const vaultWrites = (from: number) => vault.requests.slice(from).filter((r) => r.method === 'PUT' && r.status === 200).length;
const hubWrites = (from: number) => hub.requests.slice(from).filter((r) => r.method === 'PUT' || r.method === 'DELETE').length;

it('first run: creates the missing module identities and writes each connection string under the key its ExternalSecret reads', async () => {
  // synth (below) reads only deployments and twins, which provision does not change: both run at once.
  const [run, synth] = await Promise.all([provision('--quiet'), cli(['synth', '--out', 'out', '--quiet'])]);
  expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: '' });
  // $edgeAgent and $edgeHub exist with the device; only `sensor` is created.
  expect(run.stdout.split('\n').filter((l) => l.startsWith('create '))).toStrictEqual(['create module identity edge-00000/sensor', 'create module identity edge-00002/sensor']);
  expect([...hub.modules.get('edge-00000')!.keys()].sort()).toStrictEqual(['$edgeAgent', '$edgeHub', 'sensor']);
  expect(hub.modules.has('edge-00001')).toBe(false);

  // Keys by the rule (remote-key.ts): exact parts joined by --; $edgeHub is not exact, so it has the hash suffix.
  const sensorKey = 'fleet-hub--edge-00000--sensor--connection-string';
  expect(moduleConnectionStringKey('fleet-hub', 'edge-00000', 'sensor')).toBe(sensorKey);
  const values = vault.values();
  expect(values.get(sensorKey)).toBe(`HostName=${HOST};DeviceId=edge-00000;ModuleId=sensor;SharedAccessKey=${primaryKey('edge-00000', 'sensor')};GatewayHostName=edgehub`);
  const edgeHubKey = moduleConnectionStringKey('fleet-hub', 'edge-00002', '$edgeHub');
  expect(edgeHubKey).toMatch(/^fleet-hub--edge-00002--edgehub--connection-string---[0-9a-f]{32}$/);
  expect(values.get(edgeHubKey)).toBe(`HostName=${HOST};DeviceId=edge-00002;ModuleId=$edgeHub;SharedAccessKey=${primaryKey('edge-00002', '$edgeHub')}`);

  // The same keys as the ExternalSecrets synth writes: the identities', the registry password's (one key for both
  // devices) and the credential env value's (API_KEY of sensor).
  expect(synth.code).toBe(0);
  const referenced = DEVICES.flatMap((d) => {
    const dir = path.join(work, 'out', 'devices', 'default', `msiot-fleet-hub-${d}`);
    return readdirSync(dir)
      .filter((f) => f.startsWith('externalsecret-'))
      .flatMap((f) => (parse(readFileSync(path.join(dir, f), 'utf8')) as { spec: { data: { remoteRef: { key: string } }[] } }).spec.data.map((e) => e.remoteRef.key));
  });
  expect(referenced).toHaveLength(8);
  expect([...values.keys()].sort()).toStrictEqual([...new Set(referenced)].sort());
  for (const name of values.keys()) expect(name).toMatch(/^[0-9a-zA-Z-]{1,127}$/);
});

it('second run: writes nothing to IoT Hub or Key Vault', async () => {
  const hubFrom = hub.requests.length;
  const vaultFrom = vault.requests.length;
  const run = await provision('--quiet');
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toStrictEqual({ code: 0, stdout: '', stderr: '' });
  expect(hubWrites(hubFrom)).toBe(0);
  expect(vaultWrites(vaultFrom)).toBe(0);
});

it('a changed module set adds only its identities and secrets; a 429 from IoT Hub and from Key Vault is retried', async () => {
  hub.configurations = [deploymentWith(['filter'])];
  hub.addFault({ on: 'module-put', status: 429, retryAfter: 1 });
  vault.addFault({ on: 'put', status: 429, retryAfter: 1 });
  const hubFrom = hub.requests.length;
  const vaultFrom = vault.requests.length;
  const run = await provision('--quiet');
  // The preload compresses IoT Hub backoff and says so; nothing else is printed.
  expect({ code: run.code, stderr: run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('[preload] ')) }).toStrictEqual({ code: 0, stderr: [] });
  expect(run.stdout.split('\n').filter((l) => l !== '')).toStrictEqual([
    'create module identity edge-00000/filter',
    'create module identity edge-00002/filter',
    'write secret fleet-hub--edge-00000--filter--connection-string',
    `write secret ${envKey('edge-00000', 'filter', 'API_KEY')}`,
    'write secret fleet-hub--edge-00002--filter--connection-string',
    `write secret ${envKey('edge-00002', 'filter', 'API_KEY')}`,
  ]);
  const puts = hub.requests.slice(hubFrom).filter((r) => r.method === 'PUT');
  expect(puts.map((r) => r.status)).toStrictEqual([429, 200, 200]);
  expect(vault.requests.slice(vaultFrom).filter((r) => r.method === 'PUT').map((r) => r.status)).toStrictEqual([429, 200, 200, 200, 200]);
  expect(vault.values().get('fleet-hub--edge-00002--filter--connection-string')).toBe(
    `HostName=${HOST};DeviceId=edge-00002;ModuleId=filter;SharedAccessKey=${primaryKey('edge-00002', 'filter')};GatewayHostName=edgehub`,
  );
  expect(vault.versions('fleet-hub--edge-00000--sensor--connection-string')).toBe(1);
});

it('--dry-run lists names only and changes nothing; module identities no longer deployed are reported, and removed only with --prune', async () => {
  hub.configurations = [deploymentWith(['filter'], true)];
  const hubFrom = hub.requests.length;
  const dry = await provision('--dry-run', '--prune', '--quiet');
  expect(dry.code).toBe(0);
  expect(dry.stdout.split('\n').filter((l) => l !== '')).toStrictEqual(['not deployed any more: module identity edge-00000/sensor', 'not deployed any more: module identity edge-00002/sensor']);
  expect(hubWrites(hubFrom)).toBe(0);
  const report = await provision('--quiet');
  expect(report.stdout).toContain('not deployed any more: module identity edge-00000/sensor (remove with --prune)');
  expect(hub.modules.get('edge-00000')!.has('sensor')).toBe(true);
  const pruned = await provision('--prune', '--quiet');
  expect({ code: pruned.code, stderr: pruned.stderr }).toStrictEqual({ code: 0, stderr: '' });
  expect(pruned.stdout.split('\n').filter((l) => l !== '')).toStrictEqual(['removed module identity edge-00000/sensor', 'removed module identity edge-00002/sensor']);
  expect([...hub.modules.get('edge-00000')!.keys()].sort()).toStrictEqual(['$edgeAgent', '$edgeHub', 'filter']);
});

it('a soft-deleted secret is recovered, then written', async () => {
  const name = 'fleet-hub--edge-00000--filter--connection-string';
  vault.softDelete(name);
  const run = await provision('--quiet');
  expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: '' });
  expect(run.stdout).toBe(`write secret ${name}\n`);
  expect(vault.values().get(name)).toBe(`HostName=${HOST};DeviceId=edge-00000;ModuleId=filter;SharedAccessKey=${primaryKey('edge-00000', 'filter')};GatewayHostName=edgehub`);
  expect(vault.requests.some((r) => r.method === 'POST' && r.path === `/deletedsecrets/${name}/recover` && r.status === 200)).toBe(true);
}, 60_000);

it('no value in any output, and no connection but to loopback: only the vault and the token endpoint through the proxy', () => {
  const canaries = [vault.clientSecret, ...Object.values(hub.policies), ...[...hub.modules.values()].flatMap((m) => [...m.keys()].map((id) => primaryKey(m.get(id)!['deviceId'] as string, id)))];
  for (const run of runs) for (const canary of canaries) expect(run.stdout + run.stderr).not.toContain(canary);
  expect(runs.some((r) => r.stderr.includes('[loopback-only] refused'))).toBe(false);
  expect(new Set(proxy.targets)).toStrictEqual(new Set(['fleetvault.vault.azure.net:443', 'login.microsoftonline.com:443']));
  for (const file of readdirSync(path.join(work, 'out', 'devices', 'default'), { recursive: true })) {
    const full = path.join(work, 'out', 'devices', 'default', String(file));
    if (!full.endsWith('.yaml')) continue;
    for (const canary of canaries) expect(readFileSync(full, 'utf8')).not.toContain(canary);
  }
});

describe('refuses before reading the input or calling a service (in-process)', () => {
  const VAULT = 'https://fleetvault.vault.azure.net';
  const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/hub-snapshot.json');
  // A well-formed connection string of another hub than the example's (contoso-hub); no request is ever sent.
  const OTHER_HUB = 'HostName=other-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=b3RoZXItaHViLWtleQ==';
  const io = (env: Record<string, string>) => ({ stdout: { write: () => true }, stderr: { write: () => true }, env, cwd: import.meta.dirname });

  it.each<{ name: string; options: Partial<ProvisionCommandOptions>; env: Record<string, string>; message: string }>([
    { name: 'no --key-vault-url', options: { keyVaultUrl: undefined }, env: { IOTHUB_CONNECTION_STRING: OTHER_HUB }, message: 'provision needs --key-vault-url https://NAME.vault.azure.net' },
    { name: '--concurrency 0', options: { concurrency: '0' }, env: { IOTHUB_CONNECTION_STRING: OTHER_HUB }, message: "--concurrency must be an integer from 1 to 64, got '0'" },
    { name: '--concurrency above 64', options: { concurrency: '65' }, env: { IOTHUB_CONNECTION_STRING: OTHER_HUB }, message: "--concurrency must be an integer from 1 to 64, got '65'" },
    { name: '--concurrency not an integer', options: { concurrency: '2.5' }, env: { IOTHUB_CONNECTION_STRING: OTHER_HUB }, message: "--concurrency must be an integer from 1 to 64, got '2.5'" },
    { name: 'the connection string unset', options: {}, env: {}, message: 'provision needs the IoT Hub service connection string (registryRead and registryWrite) in IOTHUB_CONNECTION_STRING' },
    { name: 'the named variable blank', options: { connectionStringEnv: 'HUB_CS' }, env: { HUB_CS: '  ', IOTHUB_CONNECTION_STRING: OTHER_HUB }, message: 'provision needs the IoT Hub service connection string (registryRead and registryWrite) in HUB_CS' },
    { name: 'a connection string of another hub than the input', options: {}, env: { IOTHUB_CONNECTION_STRING: OTHER_HUB }, message: "IOTHUB_CONNECTION_STRING is for hub 'other-hub', but the input is hub 'contoso-hub'" },
  ])('$name', async ({ options, env, message }) => {
    const error = await runProvision({ snapshot: EXAMPLE, keyVaultUrl: VAULT, quiet: true, ...options }, io(env)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(message);
  });
});
