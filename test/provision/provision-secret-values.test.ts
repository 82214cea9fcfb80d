/**
 * provision puts the registry passwords and credential env values the output references into Key Vault, read from
 * the live hub (the loopback IoT Hub serving configurations and twins as `GET /configurations` and the twin query
 * return them), under exactly the keys the synthesized ExternalSecrets read — the keys are read from the YAML
 * synth writes, and the expected values are the ones this file puts in the deployment. A redacted snapshot holds
 * no value: those keys are reported by name and never written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { edgeDeployment, edgeTwins } from '../builders.js';
import { startProvisionFixture, type ProvisionFixture } from './provision-fixture.js';

type Json = ReturnType<typeof edgeDeployment>;
const MARKER = '<redacted:iotedge-gitops>';
// edgeTwins(3): edge-00000 and edge-00002 are tagged environment=prod, edge-00001 environment=test.
const PROD = ['edge-00000', 'edge-00002'];

interface Values {
  readonly password: string;
  readonly apiKey: string;
  readonly dbPassword: string;
  readonly cmdPassword: string;
  readonly entrypointToken: string;
}
const FIRST: Values = { password: 'acr-pw-first-1', apiKey: 'api-key-first-1', dbPassword: 'db-pw-first-1', cmdPassword: 'cmd-pw-first-1', entrypointToken: 'entry-tok-first-1' };

/**
 * A base deployment whose `sensor` (and each of `extra`) has a credential in module env (API_KEY), in
 * createOptions Env (DB_PASSWORD), as the value after `--password` in Cmd (argument 1) and after `--token=` in
 * Entrypoint (argument 1), and whose edgeAgent has the registry credential `acr`.
 */
function deployment(id: string, condition: string, values: Values, extra: readonly string[] = []): Json {
  const d = edgeDeployment(id, 10, condition, { password: values.password, apiKey: values.apiKey }) as { content: { modulesContent: { $edgeAgent: { 'properties.desired': { modules: Record<string, { settings: { createOptions: string } }> } } } } };
  const modules = d.content.modulesContent.$edgeAgent['properties.desired'].modules;
  modules['sensor']!.settings.createOptions = JSON.stringify({
    HostConfig: { Privileged: false },
    Env: [`DB_PASSWORD=${values.dbPassword}`, 'MODE=fast'],
    Cmd: ['--password', values.cmdPassword, '--verbose'],
    Entrypoint: ['run', `--token=${values.entrypointToken}`],
  });
  for (const name of extra) modules[name] = modules['sensor']!;
  return d as unknown as Json;
}

/** What each Secret key of the output must hold, worked out from the deployment above. */
function expectedValue(secret: string, secretKey: string, values: Values): string {
  if (secret === 'contoso-contoso.azurecr.io' && secretKey === 'password') return values.password;
  const env: Record<string, string> = { API_KEY: values.apiKey, DB_PASSWORD: values.dbPassword, IOTEDGE_GITOPS_CMD_1: values.cmdPassword, IOTEDGE_GITOPS_ENTRYPOINT_1: values.entrypointToken };
  if (/^(sensor|filter)-env$/.test(secret) && env[secretKey] !== undefined) return env[secretKey];
  throw new Error(`unexpected key ${secretKey} of ExternalSecret ${secret}`);
}

interface Reference {
  readonly deviceId: string;
  readonly secret: string;
  readonly secretKey: string;
  readonly remoteKey: string;
}

/** Every remote key the ExternalSecrets of the prod devices read, from the YAML `synth --out <out>` wrote. */
function references(out: string): Reference[] {
  return PROD.flatMap((deviceId) => {
    const dir = path.join(fx.work, out, 'devices', 'default', `msiot-fleet-hub-${deviceId}`);
    return readdirSync(dir)
      .filter((f) => f.startsWith('externalsecret-'))
      .flatMap((f) => {
        const es = parse(readFileSync(path.join(dir, f), 'utf8')) as { metadata: { name: string }; spec: { data: { secretKey: string; remoteRef: { key: string } }[] } };
        return es.spec.data.map((e) => ({ deviceId, secret: es.metadata.name, secretKey: e.secretKey, remoteKey: e.remoteRef.key }));
      });
  });
}
/** The references whose values the deployment holds (everything but the module connection strings). */
const valueReferences = (refs: readonly Reference[]) => refs.filter((r) => r.secret !== 'iotedge-identity');

let fx: ProvisionFixture;
beforeAll(async () => {
  fx = await startProvisionFixture({ hubName: 'fleet-hub', configurations: [deployment('base', "tags.environment='prod'", FIRST)], twins: edgeTwins(3) });
}, 120_000);
afterAll(async () => fx?.close());

const puts = (from: number) => fx.vault.requests.slice(from).filter((r) => r.method === 'PUT' && r.status === 200);
const lines = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('[preload] '));
let registryKey: string;

it('first run: each registry password and credential env value the ExternalSecrets read is in Key Vault with the hub\'s value', async () => {
  const run = await fx.provision('--quiet');
  expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: '' });
  expect((await fx.cli(['synth', '--out', 'out', '--quiet'])).code).toBe(0);
  const refs = valueReferences(references('out'));
  // Per device: the pull Secret's password, and API_KEY, DB_PASSWORD, the Cmd and the Entrypoint argument of sensor.
  expect(refs.map((r) => `${r.deviceId} ${r.secret} ${r.secretKey}`).sort()).toStrictEqual(
    PROD.flatMap((d) => [`${d} contoso-contoso.azurecr.io password`, ...['API_KEY', 'DB_PASSWORD', 'IOTEDGE_GITOPS_CMD_1', 'IOTEDGE_GITOPS_ENTRYPOINT_1'].map((k) => `${d} sensor-env ${k}`)]).sort(),
  );
  const values = fx.vault.values();
  for (const ref of refs) expect({ ref, value: values.get(ref.remoteKey) }).toStrictEqual({ ref, value: expectedValue(ref.secret, ref.secretKey, FIRST) });

  // Both devices read one registry key: written once. Env keys are per device.
  const registry = refs.filter((r) => r.secret === 'contoso-contoso.azurecr.io');
  registryKey = registry[0]!.remoteKey;
  expect(registry.map((r) => r.remoteKey)).toStrictEqual([registryKey, registryKey]);
  expect(fx.vault.versions(registryKey)).toBe(1);
  expect(new Set(refs.map((r) => r.remoteKey)).size).toBe(9);
  // Nothing else: the vault holds exactly the keys the output reads (module connection strings included).
  expect([...values.keys()].sort()).toStrictEqual([...new Set(references('out').map((r) => r.remoteKey))].sort());
  expect(run.stdout.split('\n').filter((l) => l.startsWith('write secret ')).length).toBe(values.size);
});

it('second run: no write', async () => {
  const from = fx.vault.requests.length;
  const run = await fx.provision('--quiet');
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toStrictEqual({ code: 0, stdout: '', stderr: '' });
  expect(puts(from)).toHaveLength(0);
});

it('a changed registry password writes that one secret; --dry-run lists a changed env value by name and writes nothing', async () => {
  const second = { ...FIRST, password: 'acr-pw-second-2' };
  fx.hub.configurations = [deployment('base', "tags.environment='prod'", second)];
  let from = fx.vault.requests.length;
  const run = await fx.provision('--quiet');
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toStrictEqual({ code: 0, stdout: `write secret ${registryKey}\n`, stderr: '' });
  expect(puts(from).map((r) => r.path)).toStrictEqual([`/secrets/${registryKey}`]);
  expect(fx.vault.values().get(registryKey)).toBe('acr-pw-second-2');

  fx.hub.configurations = [deployment('base', "tags.environment='prod'", { ...second, apiKey: 'api-key-second-2' })];
  from = fx.vault.requests.length;
  const dry = await fx.provision('--dry-run', '--quiet');
  const apiKeys = valueReferences(references('out')).filter((r) => r.secretKey === 'API_KEY').map((r) => `would write secret ${r.remoteKey}`);
  expect({ code: dry.code, stdout: lines(dry.stdout), stderr: dry.stderr }).toStrictEqual({ code: 0, stdout: apiKeys.sort(), stderr: '' });
  expect(puts(from)).toHaveLength(0);
  expect(fx.vault.values().get(valueReferences(references('out')).find((r) => r.secretKey === 'API_KEY')!.remoteKey)).toBe(FIRST.apiKey);
  fx.hub.configurations = [deployment('base', "tags.environment='prod'", second)];
});

it('devices that give one registry key different values: reported by name, that key not written, the rest written (exit 2)', async () => {
  fx.hub.configurations = [deployment('base', "tags.environment='prod'", { ...FIRST, password: 'acr-pw-second-2' }), deployment('test-fleet', "tags.environment='test'", { ...FIRST, password: 'acr-pw-other-3' })];
  const from = fx.vault.requests.length;
  const run = await fx.provision('--quiet');
  expect(run.code).toBe(2);
  expect(lines(run.stderr)).toStrictEqual([
    `cannot provision secret ${registryKey}: devices 'edge-00000' (configuration 'base') and 'edge-00001' (configuration 'test-fleet') give registry credential 'acr' different values; give it one value or another name in one of them`,
  ]);
  expect(fx.vault.values().get(registryKey)).toBe('acr-pw-second-2');
  expect(puts(from).map((r) => r.path)).not.toContain(`/secrets/${registryKey}`);
  // edge-00001's secrets are written: the connection strings of edgeHub and sensor, and sensor's four env values.
  expect(lines(run.stdout).filter((l) => l.startsWith('write secret fleet-hub--edge-00001--'))).toHaveLength(6);
  expect(run.stdout + run.stderr).not.toContain('acr-pw-');
  fx.hub.configurations = [deployment('base', "tags.environment='prod'", { ...FIRST, password: 'acr-pw-second-2' })];
});

it('from a redacted snapshot: every such key is reported by name, none is written, the marker never reaches the vault', async () => {
  // New values and a new module on the hub: the vault lacks the new keys and holds other values for the old ones.
  const third: Values = { password: 'acr-pw-third-4', apiKey: 'api-key-third-4', dbPassword: 'db-pw-third-4', cmdPassword: 'cmd-pw-third-4', entrypointToken: 'entry-tok-third-4' };
  fx.hub.configurations = [deployment('base', "tags.environment='prod'", third, ['filter'])];
  expect((await fx.cli(['snapshot', '--out', 'snap.json', '--quiet'])).code).toBe(0);
  expect(readFileSync(path.join(fx.work, 'snap.json'), 'utf8')).not.toContain('-third-4');
  expect((await fx.cli(['synth', '--snapshot', 'snap.json', '--out', 'out-snap', '--quiet'])).code).toBe(0);
  const refs = valueReferences(references('out-snap'));
  const keys = [...new Set(refs.map((r) => r.remoteKey))].sort();
  // The registry key, and four env values of sensor and of filter on each of the two devices.
  expect(keys).toHaveLength(17);

  const from = fx.vault.requests.length;
  const run = await fx.provision('--snapshot', 'snap.json', '--quiet');
  expect(run.code).toBe(2);
  expect(lines(run.stderr)).toStrictEqual(keys.map((k) => `cannot provision secret ${k}: the snapshot holds no value (provision from the live hub)`));
  // Only filter's module identities and connection strings, which come from the hub itself.
  expect(lines(run.stdout)).toStrictEqual([
    'create module identity edge-00000/filter',
    'create module identity edge-00002/filter',
    'write secret fleet-hub--edge-00000--filter--connection-string',
    'write secret fleet-hub--edge-00002--filter--connection-string',
  ]);
  const written = puts(from).map((r) => r.path.slice('/secrets/'.length));
  for (const key of keys) expect(written).not.toContain(key);
  expect(fx.vault.values().get(registryKey)).toBe('acr-pw-second-2');
  for (const [name, value] of fx.vault.values()) expect({ name, marker: value.includes(MARKER) }).toStrictEqual({ name, marker: false });
});
