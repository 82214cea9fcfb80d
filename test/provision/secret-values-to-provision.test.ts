/**
 * The values provision writes besides connection strings come from the places translation names for the remote
 * keys of the device's ExternalSecrets: every such key (and no other) gets the value the device's deployment
 * holds — module env (a layered deployment's value winning, a number as its JSON text), createOptions Env, a Cmd
 * given as one string, an Entrypoint argument after `--password`, edgeHub's Env, and the registry password.
 * Expected values are the ones written into the deployment below.
 */
import { SecretValuesToProvision } from '../../src/provision/secret-values-to-provision.js';
import { baseModulesContent, edgeModule, manifestTargetOf } from '../builders.js';
import { translateTarget } from '../translate/translate-helpers.js';

const OPTIONS = { hub: 'myhub', hostName: 'myhub.azure-devices.net' };
const IMAGE = 'myacr.azurecr.io/m:1.0';

const base = baseModulesContent({
  registryCredentials: { acr: { address: 'myacr.azurecr.io', username: 'myacr', password: 'reg-pw' } },
  edgeHubCreateOptions: JSON.stringify({ Env: ['HUB_SECRET=hub-secret-value'] }),
  modules: {
    m: edgeModule(IMAGE, {
      settings: { image: IMAGE, createOptions: JSON.stringify({ Env: ['CONN=HostName=h;SharedAccessKey=c2Vj=', 'MODE=x'], Cmd: '--token=cmd-tok', Entrypoint: ['run', '--password', 'ep-pw'] }) },
      env: { DB_PASS: { value: 'base-db-pw' }, PIN_PASSWORD: { value: 1234 }, LEVEL: { value: 'info' } },
    }),
  },
});
const layer = { $edgeAgent: { 'properties.desired.modules.m.env.DB_PASS': { value: 'layer-db-pw' } } };

/** Secret → key inside it → what it must hold. */
const EXPECTED: Record<string, Record<string, string>> = {
  'myacr-myacr.azurecr.io': { password: 'reg-pw' },
  'm-env': { CONN: 'HostName=h;SharedAccessKey=c2Vj=', DB_PASS: 'layer-db-pw', PIN_PASSWORD: '1234', IOTEDGE_GITOPS_CMD_0: 'cmd-tok', IOTEDGE_GITOPS_ENTRYPOINT_2: 'ep-pw' },
  'edgehub-env': { HUB_SECRET: 'hub-secret-value' },
};

it('every remote key of the ExternalSecrets but the connection strings gets the value the device holds, and no other key is planned', () => {
  const target = manifestTargetOf(base, { layers: [layer] });
  const { intent, secretSources } = translateTarget(target, OPTIONS);
  const wanted = new Map<string, string>();
  for (const es of intent.externalSecrets) {
    if (es.name === 'iotedge-identity') continue;
    for (const entry of es.data) wanted.set(entry.remoteKey, EXPECTED[es.name]?.[entry.secretKey] ?? `no expected value for ${es.name}/${entry.secretKey}`);
  }
  expect(wanted.size).toBe(7);
  const values = new SecretValuesToProvision();
  values.add(target, secretSources);
  const plan = values.plan(new Set(['device-1']));
  expect(plan.problems).toStrictEqual([]);
  expect(new Map(plan.targets.map((t) => [t.remoteKey, t.value]))).toStrictEqual(wanted);
});

it('keys of devices the run does not write are left out', () => {
  const target = manifestTargetOf(base);
  const values = new SecretValuesToProvision();
  values.add(target, translateTarget(target, OPTIONS).secretSources);
  expect(values.plan(new Set(['another-device']))).toStrictEqual({ targets: [], problems: [] });
});
