import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonValue } from '../../src/model/json.js';
import { REDACTED_MARKER } from '../../src/model/credential-patterns.js';
import { redactSnapshot, type Redaction } from '../../src/model/redact-snapshot.js';

const R = REDACTED_MARKER;

function withAgent(agentContent: JsonValue): HubSnapshot {
  return { hub: 'h', configurations: [{ id: 'c1', content: { modulesContent: { $edgeAgent: agentContent } } }], devices: [] };
}
const agentOf = (snapshot: HubSnapshot): JsonValue => (snapshot.configurations[0] as { content: { modulesContent: { $edgeAgent: JsonValue } } }).content.modulesContent.$edgeAgent;

describe('redactSnapshot: $edgeAgent credentials, whole and layered', () => {
  it.each<{ name: string; input: JsonValue; expected: JsonValue }>([
    {
      name: 'registry password in whole desired properties',
      input: { 'properties.desired': { runtime: { settings: { registryCredentials: { acr: { address: 'a.azurecr.io', username: 'u', password: 'p@ss' } } } } } },
      expected: { 'properties.desired': { runtime: { settings: { registryCredentials: { acr: { address: 'a.azurecr.io', username: 'u', password: R } } } } } },
    },
    {
      name: 'registry password in a layered key naming the credential',
      input: { 'properties.desired.runtime.settings.registryCredentials.acr': { address: 'a', username: 'u', password: 'p@ss' } },
      expected: { 'properties.desired.runtime.settings.registryCredentials.acr': { address: 'a', username: 'u', password: R } },
    },
    {
      name: 'registry password in a layered key down to the password',
      input: { 'properties.desired.runtime.settings.registryCredentials.acr.password': 'p@ss' },
      expected: { 'properties.desired.runtime.settings.registryCredentials.acr.password': R },
    },
    {
      name: 'registry password under a credential name with dots, layered',
      input: { 'properties.desired.runtime.settings.registryCredentials.contoso.azurecr.io': { password: 'p@ss', username: 'u' } },
      expected: { 'properties.desired.runtime.settings.registryCredentials.contoso.azurecr.io': { password: R, username: 'u' } },
    },
    {
      name: 'env values whose names say secret; others kept',
      input: { 'properties.desired': { modules: { m: { env: { DB_PASSWORD: { value: 'x1' }, apiKey: { value: 'x2' }, GITHUB_TOKEN: { value: 'x3' }, ClientSecret: { value: 'x4' }, LOG_LEVEL: { value: 'info' }, PORT: { value: 8080 } } } } } },
      expected: { 'properties.desired': { modules: { m: { env: { DB_PASSWORD: { value: R }, apiKey: { value: R }, GITHUB_TOKEN: { value: R }, ClientSecret: { value: R }, LOG_LEVEL: { value: 'info' }, PORT: { value: 8080 } } } } } },
    },
    {
      name: 'env value in a layered key, and a numeric secret',
      input: { 'properties.desired.modules.m.env.API_KEY': { value: 'x' }, 'properties.desired.modules.m.env.PIN_SECRET': { value: 1234 } },
      expected: { 'properties.desired.modules.m.env.API_KEY': { value: R }, 'properties.desired.modules.m.env.PIN_SECRET': { value: R } },
    },
    {
      name: 'system module env counts too; booleans and null stay',
      input: { 'properties.desired': { systemModules: { edgeHub: { env: { TOKEN_TTL: { value: true }, SAS_KEY: { value: null }, HUB_KEY: { value: 'k' } } } } } },
      expected: { 'properties.desired': { systemModules: { edgeHub: { env: { TOKEN_TTL: { value: true }, SAS_KEY: { value: null }, HUB_KEY: { value: R } } } } } },
    },
  ])('$name', ({ input, expected }) => {
    expect(agentOf(redactSnapshot(withAgent(input)))).toStrictEqual(expected);
  });
});

describe('redactSnapshot: credential-shaped values anywhere, and nothing else', () => {
  it.each([
    { name: 'a device connection string in a module twin', value: 'HostName=h.azure-devices.net;DeviceId=d;SharedAccessKey=abc=', redacted: true },
    { name: 'a storage connection string', value: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9v;EndpointSuffix=core.windows.net', redacted: true },
    { name: 'a SAS token', value: 'SharedAccessSignature sr=h&sig=x&se=1', redacted: true },
    { name: 'a blob SAS URL', value: 'https://a.blob.core.windows.net/c?sv=2020-08-04&sig=abc%3D', redacted: true },
    { name: 'a private key', value: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', redacted: true },
    { name: 'a GitHub token', value: 'ghp_0123456789abcdefghijABCDEFGHIJ', redacted: true },
    { name: 'a route is not a secret', value: 'FROM /messages/* INTO $upstream', redacted: false },
    { name: 'an image is not a secret', value: 'contoso.azurecr.io/sensor:1.2.0', redacted: false },
    { name: 'a target condition is not a secret', value: "tags.environment='prod'", redacted: false },
  ])('$name', ({ value, redacted }) => {
    const snapshot: HubSnapshot = {
      hub: 'h',
      configurations: [{ id: 'c', targetCondition: '*', content: { modulesContent: { sensor: { 'properties.desired': { setting: value } } } } }],
      devices: [{ deviceId: 'd', tags: { note: value } }],
    };
    const out = redactSnapshot(snapshot);
    const expected = redacted ? R : value;
    expect((out.configurations[0] as any).content.modulesContent.sensor['properties.desired'].setting).toBe(expected);
    expect((out.devices[0] as any).tags.note).toBe(expected);
  });

  it('twin authentication keys are redacted, the type and thumbprints kept', () => {
    const twin = { deviceId: 'd', authentication: { type: 'sas', symmetricKey: { primaryKey: 'cHJp', secondaryKey: 'c2Vj' }, x509Thumbprint: { primaryThumbprint: null } } };
    const out = redactSnapshot({ hub: 'h', configurations: [], devices: [twin] });
    expect(out.devices[0]).toStrictEqual({ deviceId: 'd', authentication: { type: 'sas', symmetricKey: { primaryKey: R, secondaryKey: R }, x509Thumbprint: { primaryThumbprint: null } } });
  });

  it('reports each redaction by configuration/device and path, and leaves the input untouched', () => {
    const input = withAgent({ 'properties.desired.runtime.settings.registryCredentials.acr': { password: 'p' }, 'properties.desired': { modules: { m: { env: { API_KEY: { value: 'k' } } } } } });
    const before = JSON.stringify(input);
    const seen: Redaction[] = [];
    redactSnapshot({ ...input, devices: [{ deviceId: 'd1', tags: { cs: 'AccountKey=abc' } }] }, (r) => seen.push(r));
    expect(JSON.stringify(input)).toBe(before);
    expect(seen).toStrictEqual([
      { configurationId: 'c1', jsonPath: 'content.modulesContent.$edgeAgent["properties.desired.runtime.settings.registryCredentials.acr"].password', reason: 'registry password' },
      { configurationId: 'c1', jsonPath: 'content.modulesContent.$edgeAgent["properties.desired"].modules.m.env.API_KEY.value', reason: 'credential env value' },
      { deviceId: 'd1', jsonPath: 'tags.cs', reason: 'credential-shaped value' },
    ]);
  });

  it('keeps a `__proto__` key as a key', () => {
    const twin = JSON.parse('{"deviceId":"d","tags":{"__proto__":{"a":1}}}') as JsonValue;
    const out = redactSnapshot({ hub: 'h', configurations: [], devices: [twin] });
    expect(JSON.stringify(out.devices[0])).toBe('{"deviceId":"d","tags":{"__proto__":{"a":1}}}');
  });
});

describe('redactSnapshot: secrets inside createOptions text and custom module settings', () => {
  it.each([
    {
      name: 'a credential Env entry in createOptions: only its value is replaced',
      key: 'createOptions',
      input: '{"Env":["Video=0","azureSpeechServicesKey=s3cr3t","DB_PASSWORD=p\\"q"],"HostConfig":{"Privileged":false}}',
      expected: `{"Env":["Video=0","azureSpeechServicesKey=${R}","DB_PASSWORD=${R}"],"HostConfig":{"Privileged":false}}`,
    },
    { name: 'a createOptions chunk is scanned too', key: 'createOptions01', input: '"API_TOKEN=t0k"]}', expected: `"API_TOKEN=${R}"]}` },
    { name: 'createOptions without credential entries is untouched', key: 'createOptions', input: '{"Env":["Video=0"]}', expected: '{"Env":["Video=0"]}' },
  ])('$name', ({ key, input, expected }) => {
    const out = redactSnapshot(withAgent({ 'properties.desired': { modules: { cam: { settings: { image: 'i', [key]: input } } } } }));
    expect((agentOf(out) as any)['properties.desired'].modules.cam.settings[key]).toBe(expected);
  });

  it.each<{ name: string; module: string; content: JsonValue; expected: JsonValue }>([
    { name: 'a custom module setting named like a credential', module: 'LoRaWanNetworkSrvModule', content: { 'properties.desired': { FacadeServerUrl: 'https://f/api/', FacadeAuthCode: 'c0de' } }, expected: { 'properties.desired': { FacadeServerUrl: 'https://f/api/', FacadeAuthCode: R } } },
    { name: 'a layered custom module setting', module: 'opc', content: { 'properties.desired.auth.clientSecret': 'x' }, expected: { 'properties.desired.auth.clientSecret': R } },
    { name: '$edgeHub route names are not settings: routes kept', module: '$edgeHub', content: { 'properties.desired': { routes: { sendKeyEvents: 'FROM /messages/* INTO $upstream' } } }, expected: { 'properties.desired': { routes: { sendKeyEvents: 'FROM /messages/* INTO $upstream' } } } },
    { name: 'numbers under credential-like names in custom modules are kept', module: 'm', content: { 'properties.desired': { keyFrameInterval: 5 } }, expected: { 'properties.desired': { keyFrameInterval: 5 } } },
  ])('$name', ({ module, content, expected }) => {
    const snapshot: HubSnapshot = { hub: 'h', configurations: [{ id: 'c', content: { modulesContent: { [module]: content } } }], devices: [] };
    expect((redactSnapshot(snapshot).configurations[0] as any).content.modulesContent[module]).toStrictEqual(expected);
  });
});

describe('a value equal to a registry password', () => {
  it('is redacted wherever it stands, even under an innocent name, so a replay never exposes it', () => {
    const password = 'Reg1stryP4ss-value';
    const snapshot: HubSnapshot = {
      hub: 'h',
      configurations: [
        { id: 'base', content: { modulesContent: { $edgeAgent: { 'properties.desired': { runtime: { settings: { registryCredentials: { acr: { address: 'a.azurecr.io', username: 'u', password } } } }, modules: { m: { env: { PULL_VALUE: { value: password }, OTHER: { value: 'keep' } } } } } } } } },
        { id: 'layer', content: { modulesContent: { $edgeAgent: { 'properties.desired.modules.n': { env: { X: { value: password } } } } } } },
      ],
      devices: [],
    };
    const redactions: Redaction[] = [];
    const text = JSON.stringify(redactSnapshot(snapshot, (r) => redactions.push(r)));
    expect(text).not.toContain(password);
    expect(text).toContain('"keep"');
    expect(redactions.map((r) => [r.configurationId, r.reason]).sort()).toStrictEqual([
      ['base', 'registry password'],
      ['base', 'registry password value'],
      ['layer', 'registry password value'],
    ]);
  });
});

/** Docker create options as text cut into 512-character chunks, as IoT Edge tooling writes them. */
function chunked(options: object): Record<string, string> {
  const text = JSON.stringify(options);
  const out: Record<string, string> = {};
  for (let i = 0; i * 512 < text.length; i++) out[i === 0 ? 'createOptions' : `createOptions${String(i).padStart(2, '0')}`] = text.slice(i * 512, (i + 1) * 512);
  return out;
}

describe('redactSnapshot: createOptions redacted inside the JSON, re-chunked at 512', () => {
  // 13 binds of 34 characters put `DB_PASSWORD=abc` at characters 476–491 of 613: in the first chunk, where a
  // 25-character marker in place of `abc` would make it 534 characters long; the connection string is in the second.
  const binds = Array.from({ length: 13 }, (_, i) => `/data/volume-number-${String(i).padStart(2, '0')}:/mnt/v${String(i).padStart(2, '0')}`);
  const options = { HostConfig: { Binds: binds }, Env: ['DB_PASSWORD=abc', 'PLAIN=1'], Cmd: ['--conn', 'HostName=h;DeviceId=d;SharedAccessKey=c2VjcmV0'], Labels: { 'com.x.apiKey': 'k', team: 'ops' } };
  const redacted = { HostConfig: { Binds: binds }, Env: [`DB_PASSWORD=${R}`, 'PLAIN=1'], Cmd: ['--conn', R], Labels: { 'com.x.apiKey': R, team: 'ops' } };

  it.each([
    { name: 'whole settings, chunked', agent: { 'properties.desired': { modules: { m: { settings: { image: 'i', ...chunked(options) } } } } }, settingsOf: (a: any) => a['properties.desired'].modules.m.settings, prefix: '' },
    {
      name: 'layered chunk keys',
      agent: Object.fromEntries(Object.entries(chunked(options)).map(([k, v]) => [`properties.desired.modules.m.settings.${k}`, v])),
      settingsOf: (a: any) => a,
      prefix: 'properties.desired.modules.m.settings.',
    },
  ])('$name: every chunk ≤ 512, the joined text parses to the redacted options', ({ agent, settingsOf, prefix }) => {
    expect(Object.keys(chunked(options))).toHaveLength(2);
    const settings = settingsOf(agentOf(redactSnapshot(withAgent(agent))));
    const keys = Object.keys(settings).filter((k) => k.startsWith(`${prefix}createOptions`));
    // 638 characters once redacted: still two chunks.
    expect(keys).toStrictEqual([`${prefix}createOptions`, `${prefix}createOptions01`]);
    for (const key of keys) expect(settings[key].length).toBeLessThanOrEqual(512);
    expect(JSON.parse(keys.map((k) => settings[k]).join(''))).toStrictEqual(redacted);
  });

  it('a single createOptions string with a connection string in Cmd stays valid JSON', () => {
    const agent = { 'properties.desired': { modules: { m: { settings: { image: 'i', createOptions: '{"Cmd":["--password","p4ss"],"Entrypoint":"mongodb://a:b@h"}' } } } } };
    const settings = (agentOf(redactSnapshot(withAgent(agent))) as any)['properties.desired'].modules.m.settings;
    expect(settings.createOptions).toBe(`{"Cmd":["--password","${R}"],"Entrypoint":"${R}"}`);
  });

  it('redacting a redacted snapshot changes nothing', () => {
    const snapshot = withAgent({ 'properties.desired': { modules: { m: { settings: { image: 'i', ...chunked(options) } } } } });
    const once = redactSnapshot(snapshot);
    expect(redactSnapshot(once)).toStrictEqual(once);
  });
});

describe('redactSnapshot: twin tags and properties, configuration labels, by key name', () => {
  it('redacts credential-named tags and desired/reported properties, keeps what a target condition reads', () => {
    const snapshot: HubSnapshot = {
      hub: 'h',
      configurations: [{ id: 'c', labels: { owner: 'ops', deployToken: 't0k' }, targetCondition: "tags.siteKey = 'north' AND properties.reported.mode = 'a'", content: { modulesContent: {} } }],
      devices: [
        {
          deviceId: 'd',
          tags: { cluster: 'c1', apiKey: 'k1', siteKey: 'north', nested: { dbPass: 'p1' } },
          properties: { desired: { password: 'p2', interval: 5 }, reported: { sasToken: 's1', mode: 'a', list: [{ secret: 'x' }] } },
        },
      ],
    };
    const out = redactSnapshot(snapshot);
    expect(out.devices[0]).toStrictEqual({
      deviceId: 'd',
      tags: { cluster: 'c1', apiKey: R, siteKey: 'north', nested: { dbPass: R } },
      properties: { desired: { password: R, interval: 5 }, reported: { sasToken: R, mode: 'a', list: [{ secret: R }] } },
    });
    expect((out.configurations[0] as any).labels).toStrictEqual({ owner: 'ops', deployToken: R });
  });
});
