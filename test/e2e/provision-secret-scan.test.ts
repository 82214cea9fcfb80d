/**
 * provision never prints a secret: its stdout and stderr — a normal run with its summary, `--dry-run`, a run from a
 * redacted snapshot, and a run that Key Vault refuses (403) — are scanned for every secret value of the fixture:
 * the registry passwords, the credential env values and arguments (old and new), the module keys the hub
 * generated, the hub's policy keys, the Entra client secret, and every value the vault holds.
 */
import { edgeDeployment, edgeTwins } from '../builders.js';
import { startProvisionFixture, type ProvisionFixture } from '../provision/provision-fixture.js';

type Json = ReturnType<typeof edgeDeployment>;

/** A deployment whose sensor has credentials in module env, createOptions Env, Cmd and Entrypoint; all values end in `tag`. */
function seeded(tag: string): Json {
  const d = edgeDeployment('base', 10, "tags.environment='prod'", { password: `scan-acr-pw-${tag}`, apiKey: `scan-api-key-${tag}` }) as { content: { modulesContent: { $edgeAgent: { 'properties.desired': { modules: Record<string, { settings: { createOptions: string } }> } } } } };
  d.content.modulesContent.$edgeAgent['properties.desired'].modules['sensor']!.settings.createOptions = JSON.stringify({
    Env: [`DB_PASSWORD=scan-db-pw-${tag}`, `STORAGE=DefaultEndpointsProtocol=https;AccountName=a;AccountKey=c2Nhbi1hY2NvdW50-${tag}==`],
    Cmd: ['--password', `scan-cmd-pw-${tag}`],
    Entrypoint: ['run', `--token=scan-entry-tok-${tag}`],
  });
  return d as unknown as Json;
}
const seeds = (tag: string) => [`scan-acr-pw-${tag}`, `scan-api-key-${tag}`, `scan-db-pw-${tag}`, `c2Nhbi1hY2NvdW50-${tag}`, `scan-cmd-pw-${tag}`, `scan-entry-tok-${tag}`];

let fx: ProvisionFixture;
beforeAll(async () => {
  fx = await startProvisionFixture({ hubName: 'fleet-hub', configurations: [seeded('one')], twins: edgeTwins(3) });
}, 120_000);
afterAll(async () => fx?.close());

it('no secret value in the stdout or stderr of provision: normal, --dry-run, from a snapshot, and when Key Vault answers 403', async () => {
  const normal = await fx.provision();
  expect(normal.code).toBe(0);
  // Per device: edgeHub and sensor; secrets: their 4 connection strings, the shared registry password, 5 env values × 2.
  expect(normal.stderr).toMatch(/^provision: 4 module identities of 2 device\(s\): 2 created, 15 secret\(s\) written/m);

  fx.hub.configurations = [seeded('two')];
  const dry = await fx.provision('--dry-run');
  expect(dry.code).toBe(0);
  // Six values changed: the shared registry password and five env values on each of two devices.
  expect(dry.stdout.split('\n').filter((l) => l.startsWith('would write secret '))).toHaveLength(11);

  expect((await fx.cli(['snapshot', '--out', 'snap.json', '--quiet'])).code).toBe(0);
  const fromSnapshot = await fx.provision('--snapshot', 'snap.json');
  expect(fromSnapshot.code).toBe(2);
  expect(fromSnapshot.stderr).toContain('cannot provision secret fleet-hub--registry--acr--password: the snapshot holds no value (provision from the live hub)');

  fx.vault.addFault({ on: 'put', status: 403 });
  const refused = await fx.provision();
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/Key Vault https:\/\/fleetvault\.vault\.azure\.net: writing secret '[0-9a-z-]+' failed \(HTTP 403 Forbidden\)/);

  const canaries = [
    ...seeds('one'),
    ...seeds('two'),
    ...fx.moduleKeys(),
    ...Object.values(fx.hub.policies),
    fx.vault.clientSecret,
    ...fx.vault.values().values(),
  ];
  expect(fx.moduleKeys().length).toBeGreaterThanOrEqual(12);
  const hits = fx.runs.flatMap((run, i) => canaries.filter((c) => (run.stdout + run.stderr).includes(c)).map((c) => `run ${i}: ${c.slice(0, 6)}…`));
  expect(hits).toStrictEqual([]);
});
