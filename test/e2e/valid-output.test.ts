/**
 * Issue 4 §5: every object the product writes — for the bundled example and for each real manifest in
 * ../shared/examples (copies in examples/manifests and test/fixtures/examples) — validates against the Kubernetes 1.27
 * schemas and the ExternalSecret CRD schema, with valid names and labels, and no secret in any file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { checkRemoteKey } from '../../src/translate/remote-key.js';
import { isSecretKey } from '../../src/translate/secrets.js';
import { baseModulesContent, edgeModule, exampleManifestFiles, exampleModulesContent as modulesContentOf } from '../builders.js';
import { nameAndLabelProblems, validationErrors } from '../helpers/k8s-validation.js';

const root = path.resolve(import.meta.dirname, '../..');

const configuration = (id: string, modulesContent: JsonObject, priority: number) => ({
  id, content: { modulesContent }, targetCondition: '*', priority, createdTimeUtc: '2026-01-01T00:00:00Z', etag: 'e',
});
const twin = { deviceId: 'device-1', tags: {}, properties: { desired: {}, reported: {} }, capabilities: { iotEdge: true } };

/** A hub per real manifest: a base alone, or a layered one on top of the az CLI base. */
function hubs(): { name: string; snapshot: HubSnapshot }[] {
  const files = exampleManifestFiles().filter((f) => !/template\.json$/.test(f) && !/nestededge-topLayerBaseDeployment-mqtt\.json$/.test(f));
  const base = modulesContentOf('Azure--azure-iot-cli-extension--test-edge-deployment-ea-v11-eh-v12.json');
  return files.map((file) => {
    const content = modulesContentOf(file);
    const layered = !((content['$edgeAgent'] as JsonObject | undefined)?.['properties.desired']);
    const configurations = layered ? [configuration('base', base, 0), configuration('layer', content, 10)] : [configuration('base', content, 0)];
    return { name: file, snapshot: { hub: 'hub1', configurations, devices: [twin] } };
  });
}

/** Names chosen to break secret-store keys, Secret keys and the pull Secret template (issue 19 items 6, 7, 9, 13). */
function hostileSecretNames(): HubSnapshot {
  const image = 'myacr.azurecr.io/m:1';
  const env = ['CO_SECRET/../../../../registries/default/password=a', 'ConnectionStrings:SqlPrimary=Server=p;Password=b', 'ConnectionStrings:SqlReplica=Server=r;Password=c', 'app.secret=d', '..TOKEN=e', 'TOKEN ü?#%=f'];
  const content = baseModulesContent({
    registryCredentials: {
      'acr/x?y': { username: '{{ .password }}', password: 'p1', address: 'MyAcr.azurecr.io' },
      other: { username: '"q\\}}%s', password: 'p2', address: 'other.io' },
    },
    modules: { m: edgeModule(image, { settings: { image, createOptions: JSON.stringify({ Env: env }) } }) },
  });
  return { hub: 'hub1', configurations: [configuration('base', content, 0)], devices: [{ ...twin, deviceId: '..' }] };
}

const bundled = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;
const cases = [{ name: 'bundled example', snapshot: bundled }, { name: 'hostile secret names', snapshot: hostileSecretNames() }, ...hubs()];

describe.each(cases)('$name', ({ snapshot }) => {
  const result = synthesize(snapshot);
  const objects = [...result.plan.files]
    .filter(([file]) => file.endsWith('.yaml') && !file.endsWith('/kustomization.yaml'))
    .flatMap(([file, text]) => YAML.parseAllDocuments(text).map((doc) => ({ file, object: doc.toJS() as JsonObject })));

  it('synthesizes every device', () => {
    expect(result.messages).toStrictEqual([]);
    expect(result.failed).toBe(0);
    expect(objects.length).toBeGreaterThan(3);
  });

  it('writes only schema-valid objects with valid names and labels', () => {
    const problems = objects.flatMap(({ file, object }) => [...validationErrors(object), ...nameAndLabelProblems(object)].map((p) => `${file}: ${p}`));
    expect(problems).toStrictEqual([]);
  });

  it('reads every secret-store key once, through a checked key and a valid Secret key', () => {
    const entries = objects
      .filter((o) => o.object['kind'] === 'ExternalSecret')
      .flatMap(({ file, object }) => (((object['spec'] as JsonObject)['data'] ?? []) as { secretKey: string; remoteRef: { key: string } }[]).map((d) => ({ dir: file.split('/').slice(0, 3).join('/'), ...d })));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(checkRemoteKey(e.remoteRef.key)).toBe(e.remoteRef.key);
      expect(isSecretKey(e.secretKey)).toBe(true);
    }
    const perDevice = entries.map((e) => `${e.dir} ${e.remoteRef.key}`);
    expect(new Set(perDevice).size).toBe(perDevice.length);
  });

  it('gives every module a ServiceAccount that its Deployment uses', () => {
    const accounts = new Set(objects.filter((o) => o.object['kind'] === 'ServiceAccount').map((o) => `${o.file.split('/').slice(0, 3).join('/')}:${(o.object['metadata'] as JsonObject)['name']}`));
    for (const { file, object } of objects.filter((o) => o.object['kind'] === 'Deployment')) {
      const spec = ((object['spec'] as JsonObject)['template'] as JsonObject)['spec'] as JsonObject;
      expect(accounts.has(`${file.split('/').slice(0, 3).join('/')}:${spec['serviceAccountName']}`)).toBe(true);
    }
  });
});
