/** Secrets never reach the intent, the ledger or an error; they are referenced through ExternalSecrets. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonObject } from '../../src/model/json.js';
import { isJsonObject } from '../../src/model/json.js';
import { translateDevice } from '../../src/translate/index.js';
import { deviceCertKey, moduleConnectionStringKey, moduleEnvKey } from '../../src/translate/secrets.js';
import { baseModulesContent, edgeModule } from '../builders.js';
import { deviceTargetOf, manifestTargetOf } from './device-target-of.js';
import { OPTIONS } from './translate-helpers.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'translate', 'examples');

/** Example text with every `<redacted>` secret replaced by a unique canary, so a leak is unambiguous. */
function canaried(file: string): { content: JsonObject; canaries: string[] } {
  let n = 0;
  const canaries: string[] = [];
  const text = readFileSync(join(EXAMPLES, file), 'utf8').replace(/<redacted>/g, () => {
    const c = `CANARY${String(++n).padStart(4, '0')}x`;
    canaries.push(c);
    return c;
  });
  const json = JSON.parse(text) as JsonObject;
  const content = isJsonObject(json['content']) && isJsonObject(json['content']['modulesContent']) ? json['content']['modulesContent'] : json;
  return { content, canaries };
}

function translateText(content: JsonObject, layered: boolean): string {
  const target = layered ? deviceTargetOf(baseModulesContent(), { layers: [content] }) : deviceTargetOf(content);
  try {
    const { intent, ledger } = translateDevice(target, OPTIONS);
    return JSON.stringify(intent) + JSON.stringify(ledger);
  } catch (e) {
    return String((e as Error).message) + JSON.stringify(e);
  }
}

const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && readFileSync(join(EXAMPLES, f), 'utf8').includes('<redacted>'));

describe('secret scan', () => {
  it.each(files.map((file) => ({ name: file, file })))('no canary from $name appears in intent, ledger or error', ({ file }) => {
    const { content, canaries } = canaried(file);
    expect(canaries.length).toBeGreaterThan(0);
    const out = translateText(content, !isJsonObject(content['$edgeAgent']) || !('properties.desired' in content['$edgeAgent']));
    for (const c of canaries) expect(out).not.toContain(c);
  });

  it('literal passwords of the manifests (SQL Edge, registry) never appear', () => {
    const sql = translateText(JSON.parse(readFileSync(join(EXAMPLES, 'howardginsburg--IndustrialIoTDemo--deployment-amd64.json'), 'utf8')).modulesContent, false);
    expect(sql).not.toContain('Password_54321');
    const dash = translateText(JSON.parse(readFileSync(join(EXAMPLES, 'Azure-Samples--iot-edge-for-iiot--dashboard-layered-template.resolved.json'), 'utf8')).modulesContent, true);
    expect(dash).not.toContain('Str0ngPassw0rd!');
  });

  it.each<{ name: string; env: JsonObject; co: JsonObject; secret: string; key: string }>([
    { name: 'SharedAccessKey= in a module env value', env: { CONN: { value: 'HostName=h;DeviceId=d;SharedAccessKey=CANARYSAK1=' } }, co: {}, secret: 'CANARYSAK1', key: 'CONN' },
    { name: 'AccountKey= in createOptions.Env', env: {}, co: { Env: ['STORAGE=DefaultEndpointsProtocol=https;AccountName=a;AccountKey=CANARYACC1=='] }, secret: 'CANARYACC1', key: 'STORAGE' },
    { name: 'SharedAccessSignature value', env: { SAS: { value: 'SharedAccessSignature sr=x&sig=CANARYSIG1' } }, co: {}, secret: 'CANARYSIG1', key: 'SAS' },
    { name: 'name with TOKEN', env: { api_token: { value: 'CANARYTOK1' } }, co: {}, secret: 'CANARYTOK1', key: 'api_token' },
    { name: 'name with SECRET', env: { CLIENT_SECRET: { value: 'CANARYSEC1' } }, co: {}, secret: 'CANARYSEC1', key: 'CLIENT_SECRET' },
    { name: 'value equal to a registry password', env: { UPSTREAM: { value: 'CANARYREG1' } }, co: {}, secret: 'CANARYREG1', key: 'UPSTREAM' },
  ])('credential env → secretKeyRef to <module>-env, value nowhere: $name', ({ env, co, secret, key }) => {
    const content = baseModulesContent({
      registryCredentials: { acr: { username: 'MyAcr', password: 'CANARYREG1', address: 'myacr.azurecr.io' } },
      modules: { m: edgeModule('myacr.azurecr.io/m:1', { env, settings: { image: 'myacr.azurecr.io/m:1', createOptions: JSON.stringify(co) } }) },
    });
    const { intent, ledger } = translateDevice(manifestTargetOf(content), OPTIONS);
    const text = JSON.stringify(intent) + JSON.stringify(ledger);
    expect(text).not.toContain(secret);
    const w = intent.workloads.find((x) => x.module === 'm');
    expect(w?.container.env.find((e) => e.name === key)).toStrictEqual({ name: key, secretKeyRef: { name: 'm-env', key } });
    expect(intent.externalSecrets.find((e) => e.name === 'm-env')?.data).toStrictEqual([{ secretKey: key, remoteKey: `iotedge/myhub/devices/device-1/modules/m/env/${key}` }]);
  });

  it('registry credential → dockerconfigjson ExternalSecret named lower(user)-host, password fetched, pull secret on matching images only', () => {
    const content = baseModulesContent({
      registryCredentials: { acr: { username: 'MyAcr', password: 'CANARYREG2', address: 'https://MyAcr.azurecr.io' } },
      modules: { a: edgeModule('myacr.azurecr.io/a:1'), b: edgeModule('mcr.microsoft.com/b:1') },
    });
    const { intent } = translateDevice(manifestTargetOf(content), { ...OPTIONS, secretStore: { name: 'vault', kind: 'SecretStore' } });
    const es = intent.externalSecrets.find((e) => e.name === 'myacr-myacr.azurecr.io');
    expect(es).toMatchObject({
      secretType: 'kubernetes.io/dockerconfigjson',
      storeRef: { name: 'vault', kind: 'SecretStore' },
      data: [{ secretKey: 'password', remoteKey: 'iotedge/myhub/registries/acr/password' }],
    });
    expect(es?.template?.['.dockerconfigjson']).toContain('"https://MyAcr.azurecr.io":{"username":"MyAcr"');
    expect(es?.template?.['.dockerconfigjson']).toContain('.password');
    expect(JSON.stringify(intent)).not.toContain('CANARYREG2');
    expect(intent.workloads.find((w) => w.module === 'a')?.pod.imagePullSecrets).toStrictEqual(['myacr-myacr.azurecr.io']);
    expect(intent.workloads.find((w) => w.module === 'b')?.pod.imagePullSecrets).toStrictEqual([]);
  });

  it('identity: edgeHub gets IotHubConnectionString, modules EdgeHubConnectionString + CA file, from iotedge-identity (as iotedgehubdev)', () => {
    const { intent } = translateDevice(manifestTargetOf(baseModulesContent()), OPTIONS);
    const hub = intent.workloads.find((w) => w.name === 'edgehub');
    const sensor = intent.workloads.find((w) => w.module === 'SimulatedTemperatureSensor');
    expect(hub?.container.env.find((e) => e.name === 'IotHubConnectionString')).toStrictEqual({ name: 'IotHubConnectionString', secretKeyRef: { name: 'iotedge-identity', key: 'edgehub-connection-string' } });
    expect(sensor?.container.env.find((e) => e.name === 'EdgeHubConnectionString')).toStrictEqual({ name: 'EdgeHubConnectionString', secretKeyRef: { name: 'iotedge-identity', key: 'simulatedtemperaturesensor-connection-string' } });
    expect(sensor?.container.env.find((e) => e.name === 'EdgeModuleCACertificateFile')).toStrictEqual({ name: 'EdgeModuleCACertificateFile', value: '/mnt/edgemodule/edge-device-ca.cert.pem' });
    expect(sensor?.container.env.some((e) => e.name === 'IOTEDGE_WORKLOADURI' || e.name === 'IOTEDGE_AUTHSCHEME')).toBe(false);
    expect(intent.externalSecrets.find((e) => e.name === 'iotedge-identity')?.data).toStrictEqual([
      { secretKey: 'edgehub-connection-string', remoteKey: 'iotedge/myhub/devices/device-1/modules/$edgeHub/connection-string' },
      { secretKey: 'simulatedtemperaturesensor-connection-string', remoteKey: 'iotedge/myhub/devices/device-1/modules/SimulatedTemperatureSensor/connection-string' },
    ]);
    expect(intent.externalSecrets.find((e) => e.name === 'iotedge-edgehub-certs')?.data.map((d) => d.secretKey)).toStrictEqual(['edge-chain-ca.cert.pem', 'edge-hub-server.cert.pfx']);
    expect(hub?.pod.volumes.find((v) => v.name === 'iotedge-edgehub-certs')).toStrictEqual({ name: 'iotedge-edgehub-certs', secret: { secretName: 'iotedge-edgehub-certs' } });
  });
});

describe('remote keys never contain a `.` or `..` segment', () => {
  it.each([
    ['a device id of two dots', () => moduleConnectionStringKey('h', '..', 'm'), 'iotedge/h/devices/%2E%2E/modules/m/connection-string'],
    ['a device id of one dot', () => deviceCertKey('h', '.', 'ca.pem'), 'iotedge/h/devices/%2E/certs/ca.pem'],
    ['dots inside an id stay', () => moduleEnvKey('h', 'a.b', 'm', 'X'), 'iotedge/h/devices/a.b/modules/m/env/X'],
  ])('%s', (_name, key, expected) => {
    expect(key()).toBe(expected);
  });
});
