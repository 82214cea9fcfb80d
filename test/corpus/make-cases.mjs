// Writes test/corpus/cases/*.json, non-utf8-bytes.bin and good-snapshot.json (run: node test/corpus/make-cases.mjs).
// The committed files are the corpus; expectations.json was written by hand from README and the spec.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
const dir = new URL('./cases', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
const clone = (x) => JSON.parse(JSON.stringify(x));
const mod = (image, extra = {}) => ({ version: '1.0', type: 'docker', status: 'running', restartPolicy: 'always', settings: { image, createOptions: '{}' }, ...extra });
const base = (modules = { sensor: mod('mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5') }, routes = { upstream: 'FROM /messages/* INTO $upstream' }) => ({
  $edgeAgent: { 'properties.desired': {
    schemaVersion: '1.1',
    runtime: { type: 'docker', settings: { minDockerVersion: 'v1.25' } },
    systemModules: {
      edgeAgent: { type: 'docker', settings: { image: 'mcr.microsoft.com/azureiotedge-agent:1.5', createOptions: '{}' } },
      edgeHub: { type: 'docker', status: 'running', restartPolicy: 'always', settings: { image: 'mcr.microsoft.com/azureiotedge-hub:1.5', createOptions: '{}' } },
    },
    modules,
  } },
  $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } },
});
const conf = (id, targetCondition, priority, modulesContent, extra = {}) => ({ id, schemaVersion: '1.0', labels: {}, content: { modulesContent }, targetCondition, priority, createdTimeUtc: '2024-01-01T00:00:00Z', etag: 'MQ==', ...extra });
const twin = (deviceId, tags = {}) => ({ deviceId, etag: 'AAAAAAAAAAE=', status: 'enabled', version: 2, tags, properties: { desired: {}, reported: {} }, capabilities: { iotEdge: true } });
// The common good part: base 'good-base' targets tags.ring='good' (devices good-1, good-2).
const good = () => ({
  hub: 'corpus-hub',
  configurations: [conf('good-base', "tags.ring = 'good'", 10, base())],
  devices: [twin('good-1', { ring: 'good' }), twin('good-2', { ring: 'good' })],
});
// A case with a broken deployment 'bad' targeting tags.ring='bad' (device bad-1).
const withBad = (modulesContent, extra = {}, cond = "tags.ring = 'bad'", priority = 10) => {
  const s = good();
  s.configurations.push(conf('bad', cond, priority, modulesContent, extra));
  s.devices.push(twin('bad-1', { ring: 'bad' }));
  return s;
};
const withModule = (name, module) => withBad(base({ [name]: module }));
const cases = {};
const put = (name, value) => (cases[name] = value);

// --- whole-file errors
put('invalid-json-trailing-comma', '{\n  "hub": "corpus-hub",\n  "configurations": [],\n  "devices": [],\n}\n');
put('invalid-json-truncated', JSON.stringify(good(), null, 2).slice(0, 200));
put('empty-file', '');
put('top-level-array', '[]\n');
put('top-level-string', '"corpus-hub"\n');
put('configurations-not-array', JSON.stringify({ hub: 'corpus-hub', configurations: { 'good-base': {} }, devices: [] }));
put('devices-not-array', JSON.stringify({ hub: 'corpus-hub', configurations: [], devices: 'good-1' }));
put('devices-missing', JSON.stringify({ hub: 'corpus-hub', configurations: [] }));
put('hub-not-string', JSON.stringify({ ...good(), hub: 42 }));
// --- configuration shape
{ const s = good(); const c = conf('x', "tags.ring = 'bad'", 10, base()); delete c.id; s.configurations.push(c); s.devices.push(twin('bad-1', { ring: 'bad' })); put('configuration-without-id', s); }
{ const s = good(); s.configurations.push(conf('', "tags.ring = 'bad'", 10, base())); put('configuration-id-empty', s); }
{ const s = good(); s.configurations.push('good-base'); put('configuration-not-object', s); }
{ const s = good(); s.configurations.push(conf('good-base', "tags.ring = 'good'", 20, base({ other: mod('example.azurecr.io/other:1.0') })), conf('other-base', "tags.ring = 'other'", 10, base())); s.devices.push(twin('other-1', { ring: 'other' })); put('duplicate-configuration-id', s); }
put('priority-string', withBad(base(), {}, "tags.ring = 'bad'", '10'));
put('priority-fraction', withBad(base(), {}, "tags.ring = 'bad'", 1.5));
put('target-condition-not-string', withBad(base(), {}, { tags: { ring: 'bad' } }));
// --- target conditions
const cond = (c) => withBad(base(), {}, c);
put('condition-unterminated-string', cond("tags.ring = 'bad"));
put('condition-missing-operand', cond('tags.ring = '));
put('condition-unbalanced-paren', cond("(tags.ring = 'bad'"));
put('condition-double-operator', cond("tags.ring = = 'bad'"));
put('condition-clauses-without-operator', cond("tags.ring = 'bad' tags.env = 'prod'"));
put('condition-not-in', cond("tags.ring NOT IN ['bad']"));
put('condition-arithmetic', cond('tags.level + 1 = 2'));
put('condition-unknown-function', cond("FROBNICATE(tags.ring) = 'bad'"));
put('condition-routing-only-function', cond("STARTS_WITH(tags.ring, 'ba')"));
put('condition-nested-too-deep', cond('('.repeat(101) + "tags.ring = 'bad'" + ')'.repeat(101)));
// --- createOptions
const co = (settings) => withModule('sensor', { ...mod('example.azurecr.io/sensor:1.0'), settings: { image: 'example.azurecr.io/sensor:1.0', ...settings } });
put('create-options-chunk-gap', co({ createOptions: '{"Env":', createOptions02: '["A=1"]}' }));
put('create-options-chunk-00', co({ createOptions00: '{}' }));
put('create-options-chunk-without-base', co({ createOptions01: '{}' }));
put('create-options-chunk-bad-type', co({ createOptions: '{"Env":', createOptions01: 7 }));
{ const text = JSON.stringify({ Env: Array.from({ length: 2000 }, (_, i) => `VARIABLE_${i}=value-${i}`) });
  const settings = {}; const n = Math.ceil(text.length / 512);
  for (let i = 0; i < n; i++) settings[i === 0 ? 'createOptions' : `createOptions${String(i).padStart(3, '0')}`] = text.slice(i * 512, (i + 1) * 512);
  if (n <= 100) throw new Error('need > 100 chunks'); put('create-options-too-many-chunks', co(settings)); }
put('create-options-chunk-too-long', co({ createOptions: JSON.stringify({ Env: ['A=' + 'x'.repeat(4100)] }) }));
put('create-options-invalid-json-joined', co({ createOptions: '{"HostConfig":{"Binds":["/a:/b"]', createOptions01: '' }));
put('create-options-array', co({ createOptions: '["HostConfig"]' }));
put('create-options-number', co({ createOptions: '42' }));
// --- modules
put('module-name-invalid', withModule('my sensor', mod('example.azurecr.io/sensor:1.0')));
put('module-name-dollar', withModule('$sensor', mod('example.azurecr.io/sensor:1.0')));
put('module-names-collide-after-sanitizing', withBad(base({ my_sensor: mod('example.azurecr.io/a:1.0'), 'my-sensor': mod('example.azurecr.io/b:1.0') })));
put('module-image-missing', withModule('sensor', { ...mod('x'), settings: { createOptions: '{}' } }));
put('module-image-placeholder', withModule('sensor', mod('${MODULES.sensor}')));
put('module-env-value-object', withModule('sensor', mod('example.azurecr.io/sensor:1.0', { env: { LEVEL: { value: { nested: 1 } } } })));
put('module-type-not-docker', withModule('sensor', { ...mod('example.azurecr.io/sensor:1.0'), type: 'podman' }));
put('module-status-unknown', withModule('sensor', { ...mod('example.azurecr.io/sensor:1.0'), status: 'paused' }));
put('route-does-not-parse', withBad(base(undefined, { broken: 'FROM /messages/* INTO' })));
put('route-where-unbalanced', withBad(base(undefined, { broken: 'FROM /messages/* WHERE (temp > 10 INTO $upstream' })));
put('agent-schema-version-unknown', (() => { const m = base(); m.$edgeAgent['properties.desired'].schemaVersion = '9.9'; return withBad(m); })());
// --- layered deployments
put('layer-sets-runtime', (() => { const s = good(); s.configurations.push(conf('bad-layer', "deviceId = 'good-2'", 20, { $edgeAgent: { 'properties.desired.runtime.settings.minDockerVersion': 'v1.40' } })); return s; })());
put('layer-sets-system-module', (() => { const s = good(); s.configurations.push(conf('bad-layer', "deviceId = 'good-2'", 20, { $edgeAgent: { 'properties.desired.systemModules.edgeHub.settings.image': 'evil.example.com/hub:1' } })); return s; })());
put('layer-sets-hub-schema', (() => { const s = good(); s.configurations.push(conf('bad-layer', "deviceId = 'good-2'", 20, { $edgeHub: { 'properties.desired.schemaVersion': '1.3' } })); return s; })());
// --- twins
{ const s = good(); const t = twin('x'); delete t.deviceId; s.devices.push(t); put('twin-without-device-id', s); }
{ const s = good(); s.devices.push({ ...twin('x'), deviceId: 17 }); put('twin-device-id-number', s); }
{ const s = good(); s.devices.push('good-3'); put('twin-not-object', s); }
{ const s = good(); s.devices.push(twin('good-1', { ring: 'good', extra: 'copy' })); put('duplicate-device-id', s); }
// --- ids that could escape the output directory or collide
{ const s = good(); s.devices.push(twin('../../escape', { ring: 'good' }), twin('a/b', { ring: 'good' }), twin('..', { ring: 'good' }), twin('.', { ring: 'good' })); put('device-ids-path-traversal', s); }
{ const s = good(); s.devices.push(twin('line 3 gateway', { ring: 'good' }), twin(' leading-space', { ring: 'good' })); put('device-ids-spaces', s); }
{ const s = good(); s.devices.push(twin('gerät-münchen', { ring: 'good' }), twin('设备-01', { ring: 'good' }), twin('🙂', { ring: 'good' })); put('device-ids-unicode', s); }
{ const s = good(); s.devices.push(twin('Dev1', { ring: 'good' }), twin('dev1', { ring: 'good' }), twin('DEV1', { ring: 'good' })); put('device-ids-differ-in-case', s); }
{ const s = good(); s.devices.push(twin('tagged-1', { ring: 'good', cluster: '../../escape' }), twin('tagged-2', { ring: 'good', cluster: '..' })); put('cluster-tag-path-traversal', s); }
{ const h = createHash('sha256').update('corpus-hub\u0000x_y').digest('hex').slice(0, 8);
  const s = good(); s.devices.push(twin('x_y', { ring: 'good' }), twin(`x-y-${h}`, { ring: 'good' })); put('namespace-collision', s); }

for (const [name, value] of Object.entries(cases)) writeFileSync(`${dir}/${name}.json`, typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
// Non-UTF-8: a Latin-1 'ä' (0xE4) inside a device id string.
const text = JSON.stringify(good(), null, 2);
const at = text.indexOf('good-2');
writeFileSync(`${dir}/non-utf8-bytes.bin`, Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0x67, 0xe4]), Buffer.from(text.slice(at + 2), 'utf8')]));
console.log(Object.keys(cases).length + 1, 'cases; non-utf8 offset', Buffer.from(text.slice(0, at), 'utf8').length + 1);
writeFileSync(new URL('./good-snapshot.json', import.meta.url).pathname, JSON.stringify(good(), null, 2) + '\n');
