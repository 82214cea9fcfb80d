/** Secrets never reach the intent, the ledger or an error; they are referenced through ExternalSecrets. */
import type { JsonObject } from '../../src/model/json.js';
import { isJsonObject } from '../../src/model/json.js';
import { createHash } from 'node:crypto';
import { ConfigError, ConfigErrors, type IotEdgeGitopsError } from '../../src/errors.js';
import { remoteKeyCollisions } from '../../src/translate/remote-key-collisions.js';
import { dockerConfigJsonTemplate, isSecretKey, secretKeyOf } from '../../src/translate/secrets.js';
import { executeGoTemplate } from '../helpers/go-template.js';
import { baseModulesContent, deviceTargetOf, edgeModule, exampleManifestFiles, exampleManifestText, manifestTargetOf } from '../builders.js';
import { OPTIONS, translateTarget } from './translate-helpers.js';

/** Example text with every `<redacted>` secret replaced by a unique canary, so a leak is unambiguous. */
function canaried(file: string): { content: JsonObject; canaries: string[] } {
  let n = 0;
  const canaries: string[] = [];
  const text = exampleManifestText(file).replace(/<redacted>/g, () => {
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
    const { intent, ledger } = translateTarget(target, OPTIONS);
    return JSON.stringify(intent) + JSON.stringify(ledger);
  } catch (e) {
    return String((e as Error).message) + JSON.stringify(e);
  }
}

const files = exampleManifestFiles().filter((f) => exampleManifestText(f).includes('<redacted>'));

describe('secret scan', () => {
  it.each(files.map((file) => ({ name: file, file })))('no canary from $name appears in intent, ledger or error', ({ file }) => {
    const { content, canaries } = canaried(file);
    expect(canaries.length).toBeGreaterThan(0);
    const out = translateText(content, !isJsonObject(content['$edgeAgent']) || !('properties.desired' in content['$edgeAgent']));
    for (const c of canaries) expect(out).not.toContain(c);
  });

  it('literal passwords of the manifests (SQL Edge, registry) never appear', () => {
    const sql = translateText(JSON.parse(exampleManifestText('howardginsburg--IndustrialIoTDemo--deployment-amd64.json')).modulesContent, false);
    expect(sql).not.toContain('Password_54321');
    const dash = translateText(JSON.parse(exampleManifestText('Azure-Samples--iot-edge-for-iiot--dashboard-layered-template.resolved.json')).modulesContent, true);
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
    const { intent, ledger } = translateTarget(manifestTargetOf(content), OPTIONS);
    const text = JSON.stringify(intent) + JSON.stringify(ledger);
    expect(text).not.toContain(secret);
    const w = intent.workloads.find((x) => x.module === 'm');
    expect(w?.container.env.find((e) => e.name === key)).toStrictEqual({ name: key, secretKeyRef: { name: 'm-env', key } });
    expect(intent.externalSecrets.find((e) => e.name === 'm-env')?.data).toStrictEqual([{ secretKey: key, remoteKey: `myhub--device-1--m--env--${key.toLowerCase().replace(/_/g, '-')}${rkSuffix('myhub', 'device-1', 'm', 'env', key)}` }]);
  });

  it('registry credential → dockerconfigjson ExternalSecret named lower(user)-host, password fetched, pull secret on matching images only', () => {
    const content = baseModulesContent({
      registryCredentials: { acr: { username: 'MyAcr', password: 'CANARYREG2', address: 'https://MyAcr.azurecr.io' } },
      modules: { a: edgeModule('myacr.azurecr.io/a:1'), b: edgeModule('mcr.microsoft.com/b:1') },
    });
    const { intent } = translateTarget(manifestTargetOf(content), { ...OPTIONS, secretStore: { name: 'vault', kind: 'SecretStore' } });
    const es = intent.externalSecrets.find((e) => e.name === 'myacr-myacr.azurecr.io');
    expect(es).toMatchObject({
      secretType: 'kubernetes.io/dockerconfigjson',
      storeRef: { name: 'vault', kind: 'SecretStore' },
      data: [{ secretKey: 'password', remoteKey: 'myhub--registry--acr--password' }],
    });
    // base64("MyAcr:pw") = TXlBY3I6cHc=
    expect(JSON.parse(executeGoTemplate(es?.template?.['.dockerconfigjson'] ?? '', { password: 'pw' }))).toStrictEqual({
      auths: { 'https://MyAcr.azurecr.io': { auth: 'TXlBY3I6cHc=', password: 'pw', username: 'MyAcr' } },
    });
    expect(JSON.stringify(intent)).not.toContain('CANARYREG2');
    expect(intent.workloads.find((w) => w.module === 'a')?.pod.imagePullSecrets).toStrictEqual(['myacr-myacr.azurecr.io']);
    expect(intent.workloads.find((w) => w.module === 'b')?.pod.imagePullSecrets).toStrictEqual([]);
  });

  it('identity: edgeHub gets IotHubConnectionString, modules EdgeHubConnectionString + CA file, from iotedge-identity (as iotedgehubdev)', () => {
    const { intent } = translateTarget(manifestTargetOf(baseModulesContent()), OPTIONS);
    const hub = intent.workloads.find((w) => w.name === 'edgehub');
    const sensor = intent.workloads.find((w) => w.module === 'SimulatedTemperatureSensor');
    expect(hub?.container.env.find((e) => e.name === 'IotHubConnectionString')).toStrictEqual({ name: 'IotHubConnectionString', secretKeyRef: { name: 'iotedge-identity', key: 'edgehub-connection-string' } });
    expect(sensor?.container.env.find((e) => e.name === 'EdgeHubConnectionString')).toStrictEqual({ name: 'EdgeHubConnectionString', secretKeyRef: { name: 'iotedge-identity', key: 'simulatedtemperaturesensor-connection-string' } });
    // By default the CA comes from the Secret cert-manager writes for edgeHub's Certificate (edge-hub-certificate.test.ts).
    expect(sensor?.container.env.find((e) => e.name === 'EdgeModuleCACertificateFile')).toStrictEqual({ name: 'EdgeModuleCACertificateFile', value: '/mnt/edgemodule/ca.crt' });
    expect(sensor?.container.env.some((e) => e.name === 'IOTEDGE_WORKLOADURI' || e.name === 'IOTEDGE_AUTHSCHEME')).toBe(false);
    expect(intent.externalSecrets.find((e) => e.name === 'iotedge-identity')?.data).toStrictEqual([
      { secretKey: 'edgehub-connection-string', remoteKey: `myhub--device-1--edgehub--connection-string${rkSuffix('myhub', 'device-1', '$edgeHub', 'connection-string')}` },
      { secretKey: 'simulatedtemperaturesensor-connection-string', remoteKey: `myhub--device-1--simulatedtemperaturesensor--connection-string${rkSuffix('myhub', 'device-1', 'SimulatedTemperatureSensor', 'connection-string')}` },
    ]);
    expect(intent.externalSecrets.map((e) => e.name)).toStrictEqual(['iotedge-identity']);
  });
});


const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** Remote-key hash suffix by the rule (remote-key.ts): `---` + 32 hex digits of SHA-256 over the JSON array of the parts. */
const rkSuffix = (...parts: string[]) => `---${sha(JSON.stringify(parts)).slice(0, 32)}`;

/** The one-line descriptions of what translateDevice threw (each error of a ConfigErrors). */
function errorLines(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigErrors) return e.errors.map((x) => x.describe());
    if (e instanceof ConfigError) return [(e as IotEdgeGitopsError).describe()];
    throw e;
  }
  throw new Error('expected a ConfigError');
}

/** A base deployment whose module `m` has the given createOptions Env and module env, plus registry credentials. */
function moduleContent(props: { Env?: string[]; env?: JsonObject; registryCredentials?: JsonObject; image?: string }): JsonObject {
  const image = props.image ?? 'mcr.microsoft.com/m:1';
  return baseModulesContent({
    ...(props.registryCredentials !== undefined ? { registryCredentials: props.registryCredentials } : {}),
    modules: { m: edgeModule(image, { env: props.env ?? {}, settings: { image, createOptions: JSON.stringify({ Env: props.Env ?? [] }) } }) },
  });
}

describe('env names in secret-store keys', () => {
  // Kubernetes 1.27 refuses '/' in an env name (validation.IsEnvVarName), so the variable cannot exist in the pod:
  // it is dropped with a ledger row, and its value reaches no key at all (the encoding of hostile key parts is
  // tested in remote-key.test.ts).
  it('an Env name with ../ is dropped (Kubernetes has no spelling for it): no secret, no key, never the registry password key', () => {
    const name = 'CO_SECRET/../../../../registries/default/password';
    const { intent, ledger } = translateTarget(manifestTargetOf(moduleContent({ Env: [`${name}=x`] })), OPTIONS);
    expect(intent.externalSecrets.find((e) => e.name === 'm-env')).toBeUndefined();
    expect(intent.workloads.find((w) => w.module === 'm')?.container.env.some((e) => e.name === name)).toBe(false);
    expect(ledger.find((e) => e.key === `Env.${name}`)?.fidelity).toBe('dropped');
    const remoteKeys = intent.externalSecrets.flatMap((e) => e.data.map((d) => d.remoteKey));
    expect(remoteKeys.filter((k) => k.includes('registry'))).toStrictEqual([]);
  });

  it('an Env name with dots (Docker accepts it) is kept: env entry and key segment as written', () => {
    const { intent } = translateTarget(manifestTargetOf(moduleContent({ Env: ['app.secret=x'] })), OPTIONS);
    expect(intent.externalSecrets.find((e) => e.name === 'm-env')?.data).toStrictEqual([{ secretKey: 'app.secret', remoteKey: `myhub--device-1--m--env--app-secret${rkSuffix('myhub', 'device-1', 'm', 'env', 'app.secret')}` }]);
  });

  // The agent hands Env to Docker unchanged (edge-agent Agent.Docker/commands/CreateCommand.cs InjectEnvVars);
  // dockerd refuses an entry whose name is empty (moby daemon/container.go validateContainerConfig →
  // opts.ValidateEnv "invalid environment variable"), and accepts any other name, '/' and '.' included.
  it('an Env entry with an empty name (=value) fails the device, naming configuration, device, module and JSON path', () => {
    const lines = errorLines(() => translateTarget(manifestTargetOf(moduleContent({ Env: ['A=1', '=hunter2'] })), OPTIONS));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^configuration 'base', device 'device-1', module 'm', at .*modules\.m\.settings\.createOptions.*Env\[1\]: Env: the variable name is empty \('=' comes first\); Docker refuses to create such a container$/);
    expect(lines[0]).not.toContain('hunter2');
  });
});

describe('keys inside a Secret', () => {
  it.each([
    { name: 'a valid key is kept', input: 'CLIENT_SECRET', expected: 'CLIENT_SECRET' },
    { name: 'dots and dashes are valid', input: 'app.client-secret', expected: 'app.client-secret' },
    { name: 'colon: readable prefix + full SHA-256', input: 'ConnectionStrings:SqlPrimary', expected: `ConnectionStrings-SqlPrimary-${sha('ConnectionStrings:SqlPrimary')}` },
    { name: 'the other connection string gets another key', input: 'ConnectionStrings:SqlReplica', expected: `ConnectionStrings-SqlReplica-${sha('ConnectionStrings:SqlReplica')}` },
    { name: "'.' is not a Secret key", input: '.', expected: `key-${sha('.')}` },
    { name: "a '..' prefix is not a Secret key", input: '..x', expected: `x-${sha('..x')}` },
    { name: 'over 253 characters', input: 'A'.repeat(254), expected: `${'A'.repeat(64)}-${sha('A'.repeat(254))}` },
    { name: 'nothing readable left', input: '€€', expected: `key-${sha('€€')}` },
  ])('$name', ({ input, expected }) => {
    expect(secretKeyOf(input)).toBe(expected);
    expect(isSecretKey(expected)).toBe(true);
  });

  it('ConnectionStrings:SqlPrimary and ConnectionStrings:SqlReplica get their own key and their own secret (were both key-<hex of 20 bytes>)', () => {
    const env = { 'ConnectionStrings:SqlPrimary': { value: 'Server=p;Password=a' }, 'ConnectionStrings:SqlReplica': { value: 'Server=r;Password=b' } };
    // Module env names cannot hold ':' in a twin; createOptions.Env can.
    const { intent } = translateTarget(manifestTargetOf(moduleContent({ Env: Object.entries(env).map(([k, v]) => `${k}=${v.value}`) })), OPTIONS);
    const data = intent.externalSecrets.find((e) => e.name === 'm-env')?.data;
    // Kubernetes 1.27 refuses ':' in env names; the variable is written ConnectionStrings__SqlPrimary (.NET reads
    // '__' as ':'), a valid Secret key, so each gets its own key and its own store entry.
    expect(data).toStrictEqual([
      { secretKey: 'ConnectionStrings__SqlPrimary', remoteKey: `myhub--device-1--m--env--connectionstrings-sqlprimary${rkSuffix('myhub', 'device-1', 'm', 'env', 'ConnectionStrings__SqlPrimary')}` },
      { secretKey: 'ConnectionStrings__SqlReplica', remoteKey: `myhub--device-1--m--env--connectionstrings-sqlreplica${rkSuffix('myhub', 'device-1', 'm', 'env', 'ConnectionStrings__SqlReplica')}` },
    ]);
  });

  it('TOKEN:A beside TOKEN__A: one variable, the one written with __, keeps its own key; the other is dropped, not merged', () => {
    const { intent, ledger } = translateTarget(manifestTargetOf(moduleContent({ Env: ['TOKEN:A=x', 'TOKEN__A=y'] })), OPTIONS);
    expect(intent.externalSecrets.find((e) => e.name === 'm-env')?.data).toStrictEqual([
      { secretKey: 'TOKEN__A', remoteKey: `myhub--device-1--m--env--token-a${rkSuffix('myhub', 'device-1', 'm', 'env', 'TOKEN__A')}` },
    ]);
    expect(ledger.find((e) => e.key === 'Env.TOKEN:A')?.fidelity).toBe('dropped');
  });

  it('a registry pull Secret named like a module env Secret fails the device, naming both (was: one silently replaced the other)', () => {
    const lines = errorLines(() =>
      translateTarget(manifestTargetOf(moduleContent({ Env: ['API_TOKEN=x'], registryCredentials: { odd: { username: 'm', password: 'p', address: 'env' } } })), OPTIONS),
    );
    expect(lines).toStrictEqual([expect.stringContaining("registry credential 'odd' and the credential env values of module 'm' both become the Secret 'm-env'")]);
  });

  it('a registry pull Secret named like the identity Secret fails the device, naming both', () => {
    const lines = errorLines(() => translateTarget(manifestTargetOf(moduleContent({ registryCredentials: { odd: { username: 'iotedge', password: 'p', address: 'identity' } } })), OPTIONS));
    expect(lines).toStrictEqual([expect.stringContaining("registry credential 'odd' and the device identity both become the Secret 'iotedge-identity'")]);
  });

  it('two Secret entries reading one secret-store key are an error naming both', () => {
    const secret = (name: string, secretKey: string) => ({ name, labels: {}, annotations: {}, storeRef: { name: 's', kind: 'ClusterSecretStore' as const }, data: [{ secretKey, remoteKey: 'h--x' }] });
    const errors = remoteKeyCollisions([secret('a', 'k1'), secret('b', 'k2')], 'dev');
    expect(errors.map((e) => e.describe())).toStrictEqual(["device 'dev': key 'k1' of Secret 'a' and key 'k2' of Secret 'b' both read the secret-store key 'h--x'"]);
  });
});

// The agent picks a registry credential by comparing the image's registry host with the credential address
// without case and takes the first match (edge-agent Agent.Docker/DockerUtil.cs FirstAuthConfig:
// string.Compare(..., OrdinalIgnoreCase)); the user name goes to the registry as written, where case can matter.
describe('registry credentials that differ only in case', () => {
  it.each([
    { name: 'one user on REGISTRY.azurecr.io and registry.azurecr.io', a: { username: 'u', address: 'REGISTRY.azurecr.io' }, b: { username: 'u', address: 'registry.azurecr.io' }, secret: 'u-registry.azurecr.io' },
    { name: 'users U and u on one registry', a: { username: 'U', address: 'registry.azurecr.io' }, b: { username: 'u', address: 'registry.azurecr.io' }, secret: 'u-registry.azurecr.io' },
  ])('$name: an error naming both credentials, not one Secret with one of the passwords', ({ a, b, secret }) => {
    const lines = errorLines(() =>
      translateTarget(manifestTargetOf(moduleContent({ registryCredentials: { first: { ...a, password: 'p1' }, second: { ...b, password: 'p2' } } })), OPTIONS),
    );
    expect(lines).toStrictEqual([
      `configuration 'base', device 'device-1', module '$edgeAgent', at content.modulesContent.$edgeAgent["properties.desired"].runtime.settings.registryCredentials.second: registry credential 'first' and registry credential 'second' both become the pull Secret '${secret}' (registry host without case, user name lower-cased); remove one (IoT Edge pulls with the first whose address matches)`,
    ]);
  });

  it('one user on two registries: two Secrets, each image pulls with its own', () => {
    const { intent } = translateTarget(
      manifestTargetOf(moduleContent({ image: 'B.azurecr.io/m:1', registryCredentials: { a: { username: 'u', password: 'p1', address: 'a.azurecr.io' }, b: { username: 'u', password: 'p2', address: 'b.azurecr.io' } } })),
      OPTIONS,
    );
    expect(intent.externalSecrets.filter((e) => e.secretType === 'kubernetes.io/dockerconfigjson').map((e) => [e.name, e.data[0]?.remoteKey])).toStrictEqual([
      ['u-a.azurecr.io', 'myhub--registry--a--password'],
      ['u-b.azurecr.io', 'myhub--registry--b--password'],
    ]);
    expect(intent.workloads.find((w) => w.module === 'm')?.pod.imagePullSecrets).toStrictEqual(['u-b.azurecr.io']);
  });
});

describe('registry user names and addresses in the .dockerconfigjson template are data, never template code', () => {
  it.each([
    { name: 'plain (auth worked out by hand: base64("u:p4ss"))', username: 'u', address: 'r.io', auth: 'dTpwNHNz' },
    { name: 'an action as user name', username: '{{ .password }}', address: 'r.io' },
    { name: 'closing and reopening actions', username: '}}{{ .password }}{{', address: 'r.io' },
    { name: 'a printf call with the password', username: '{{ printf "%s" .password }}', address: 'r.io' },
    { name: 'double and single quotes', username: 'a"b\'c', address: 'r.io' },
    { name: 'backslashes', username: 'dom\\user\\', address: 'r.io' },
    { name: 'printf verbs', username: '%s%d%v%%', address: 'r.io' },
    { name: 'a JSON breaker', username: '","password":"x', address: 'r.io' },
    { name: 'a newline, a tab, non-ASCII and an emoji', username: 'ü\n\t😀', address: 'r.io' },
    { name: 'HTML characters (Go toJson escapes them, JSON reads them back)', username: '<a>&', address: 'r.io' },
    { name: 'an action in the address', username: 'u', address: 'r.io/{{ .password }}' },
  ])('$name', ({ username, address, auth }) => {
    const out = executeGoTemplate(dockerConfigJsonTemplate(address, username), { password: 'p4ss' });
    expect(JSON.parse(out)).toStrictEqual({ auths: { [address]: { auth: auth ?? Buffer.from(`${username}:p4ss`, 'utf8').toString('base64'), password: 'p4ss', username } } });
  });

  it('through translation: the user name {{ .password }} stays the user name in the pull Secret', () => {
    const { intent } = translateTarget(manifestTargetOf(moduleContent({ registryCredentials: { acr: { username: '{{ .password }}', password: 'p', address: 'r.io' } } })), OPTIONS);
    const template = intent.externalSecrets.find((e) => e.secretType === 'kubernetes.io/dockerconfigjson')?.template?.['.dockerconfigjson'] ?? '';
    // base64("{{ .password }}:s3cret") worked out: e3sgLnBhc3N3b3JkIH19OnMzY3JldA==
    expect(JSON.parse(executeGoTemplate(template, { password: 's3cret' }))).toStrictEqual({
      auths: { 'r.io': { auth: 'e3sgLnBhc3N3b3JkIH19OnMzY3JldA==', password: 's3cret', username: '{{ .password }}' } },
    });
  });

  it('a lone surrogate in a user name becomes U+FFFD (what UTF-8 makes of it), not an invalid Go escape', () => {
    const out = executeGoTemplate(dockerConfigJsonTemplate('r.io', 'a\ud800'), { password: 'p' });
    expect(JSON.parse(out).auths['r.io'].username).toBe('a\ufffd');
  });
});
