/**
 * The real CLI on secret names (issue 19 items 9 and 13): a pull Secret's template written to disk keeps a hostile
 * user name as data, and registry credentials that differ only in case fail their device (exit 2), which keeps
 * its last good output, with a message naming both credentials and no password anywhere.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { JsonObject } from '../../src/model/json.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';
import { ensureBuilt, runCli } from '../faults/cli-process.js';
import { executeGoTemplate } from '../helpers/go-template.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const temp = tempDirs('secret-names-cli-');

beforeAll(() => ensureBuilt());

function writeSnapshot(dir: string, registryCredentials: JsonObject): string {
  const image = 'registry.azurecr.io/m:1';
  const content = baseModulesContent({ registryCredentials, modules: { m: edgeModule(image) } });
  const file = path.join(dir, 'snapshot.json');
  writeFileSync(file, JSON.stringify({ hub: 'hub1', configurations: [edgeConfiguration({ id: 'base', modulesContent: content })], devices: [edgeTwin({ deviceId: 'dev1' })] }));
  return file;
}

/** Every file under `dir`, path → text. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [k, v] of tree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  }
  return files;
}

it('the user name {{ .password }} reaches the written ExternalSecret as data: the template gives it back as the user name', async () => {
  const dir = temp();
  const snapshot = writeSnapshot(dir, { acr: { username: '{{ .password }}', password: 'PASSWORD-CANARY-1', address: 'registry.azurecr.io' } });
  const run = await runCli(['synth', '--snapshot', snapshot, '--out', path.join(dir, 'out'), '--quiet'], { cwd: dir });
  expect(run.code).toBe(0);
  const files = tree(path.join(dir, 'out'));
  const name = [...files.keys()].find((f) => f.endsWith('externalsecret-password-registry.azurecr.io.yaml'));
  expect(name).toBeDefined();
  const object = YAML.parse(files.get(name!)!) as { spec: { target: { template: { data: Record<string, string> } } } };
  // base64("{{ .password }}:pw") = e3sgLnBhc3N3b3JkIH19OnB3
  expect(JSON.parse(executeGoTemplate(object.spec.target.template.data['.dockerconfigjson']!, { password: 'pw' }))).toStrictEqual({
    auths: { 'registry.azurecr.io': { auth: 'e3sgLnBhc3N3b3JkIH19OnB3', password: 'pw', username: '{{ .password }}' } },
  });
  expect([...files.values()].join('\n')).not.toContain('PASSWORD-CANARY-1');
});

it('credentials for U and u on one registry fail the device (exit 2), naming both; its last good output stays', async () => {
  const dir = temp();
  const out = path.join(dir, 'out');
  const good = writeSnapshot(dir, { first: { username: 'U', password: 'PASSWORD-CANARY-2', address: 'registry.azurecr.io' } });
  expect((await runCli(['synth', '--snapshot', good, '--out', out, '--quiet'], { cwd: dir })).code).toBe(0);
  const before = tree(out);

  const bad = writeSnapshot(dir, {
    first: { username: 'U', password: 'PASSWORD-CANARY-2', address: 'registry.azurecr.io' },
    second: { username: 'u', password: 'PASSWORD-CANARY-3', address: 'REGISTRY.azurecr.io' },
  });
  const run = await runCli(['synth', '--snapshot', bad, '--out', out], { cwd: dir });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("registry credential 'first' and registry credential 'second' both become the pull Secret 'u-registry.azurecr.io'");
  const after = tree(out);
  // Device directories stay; the cluster's inventory.json now records the device's errors.
  for (const [file, text] of before) if (file.startsWith('devices/') && !file.endsWith('/inventory.json')) expect(after.get(file)).toBe(text);
  expect(run.stdout + run.stderr + [...after.values()].join('\n')).not.toMatch(/PASSWORD-CANARY/);
});
