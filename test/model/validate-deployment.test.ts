import type { ConfigError } from '../../src/errors.js';
import type { JsonObject } from '../../src/model/json.js';
import { loadModel } from '../../src/model/load-model.js';
import { validateDeployment } from '../../src/model/validate-deployment.js';
import { baseModulesContent, edgeConfiguration, edgeModule } from '../builders.js';

const A = 'content.modulesContent.$edgeAgent["properties.desired"]';
const H = 'content.modulesContent.$edgeHub["properties.desired"]';
const L = (key: string): string => `content.modulesContent.$edgeAgent["${key}"]`;
const LH = (key: string): string => `content.modulesContent.$edgeHub["${key}"]`;

type Mutate = (agent: JsonObject, hub: JsonObject, content: JsonObject) => void;

/** A valid base (agent 1.1, hub 1.1, module `sensor`) changed by `mutate`. */
function base(mutate: Mutate, props: Parameters<typeof baseModulesContent>[0] = {}): JsonObject {
  const content = baseModulesContent({ modules: { sensor: edgeModule('contoso/sensor:1.0') }, ...props });
  mutate(
    (content['$edgeAgent'] as JsonObject)['properties.desired'] as JsonObject,
    (content['$edgeHub'] as JsonObject)['properties.desired'] as JsonObject,
    content,
  );
  return content;
}
const sensor = (agent: JsonObject): JsonObject => (agent['modules'] as JsonObject)['sensor'] as JsonObject;
const sensorSettings = (agent: JsonObject): JsonObject => sensor(agent)['settings'] as JsonObject;
const routes = (hub: JsonObject): JsonObject => hub['routes'] as JsonObject;

interface Row {
  name: string;
  modulesContent: JsonObject;
  module: string | undefined;
  jsonPath: string;
  fragment: string;
  /** How many errors the configuration has in total. @default 1 */
  count?: number;
}

const rows: Row[] = [
  { name: '$edgeAgent schemaVersion 1.2 does not exist', modulesContent: base((a) => (a['schemaVersion'] = '1.2')), module: undefined, jsonPath: `${A}.schemaVersion`, fragment: 'unsupported $edgeAgent schemaVersion "1.2"' },
  { name: '$edgeAgent schemaVersion not a version', modulesContent: base((a) => (a['schemaVersion'] = 'latest')), module: undefined, jsonPath: `${A}.schemaVersion`, fragment: 'accepts only 1.0 and 1.1' },
  { name: '$edgeAgent schemaVersion missing', modulesContent: base((a) => delete a['schemaVersion']), module: undefined, jsonPath: `${A}.schemaVersion`, fragment: 'schemaVersion is missing' },
  { name: '$edgeHub schemaVersion 1.4', modulesContent: base((_a, h) => (h['schemaVersion'] = '1.4')), module: '$edgeHub', jsonPath: `${H}.schemaVersion`, fragment: 'accepts only 1.0, 1.1, 1.2 and 1.3' },
  { name: 'module name with a dot', modulesContent: base((a) => ((a['modules'] as JsonObject)['my.module'] = edgeModule('x:1'))), module: 'my.module', jsonPath: `${A}.modules["my.module"]`, fragment: "module name 'my.module' is invalid" },
  { name: 'module name beginning with $ is reserved', modulesContent: base((a) => ((a['modules'] as JsonObject)['$custom'] = edgeModule('x:1'))), module: '$custom', jsonPath: `${A}.modules.$custom`, fragment: 'reserved' },
  {
    name: 'more than 50 modules',
    modulesContent: base((a) => {
      for (let i = 0; i < 50; i++) (a['modules'] as JsonObject)[`m${i}`] = edgeModule('x:1');
    }),
    module: undefined,
    jsonPath: `${A}.modules`,
    fragment: '51 modules: a deployment may declare at most 50',
  },
  { name: 'status enum', modulesContent: base((a) => (sensor(a)['status'] = 'paused')), module: 'sensor', jsonPath: `${A}.modules.sensor.status`, fragment: "must be one of 'running', 'stopped' (got 'paused')" },
  { name: 'restartPolicy enum', modulesContent: base((a) => (sensor(a)['restartPolicy'] = 'sometimes')), module: 'sensor', jsonPath: `${A}.modules.sensor.restartPolicy`, fragment: "'never', 'on-failure', 'on-unhealthy', 'always'" },
  { name: 'imagePullPolicy enum', modulesContent: base((a) => (sensor(a)['imagePullPolicy'] = 'always')), module: 'sensor', jsonPath: `${A}.modules.sensor.imagePullPolicy`, fragment: "must be one of 'never', 'on-create'" },
  { name: 'startupOrder below 0', modulesContent: base((a) => (sensor(a)['startupOrder'] = -1)), module: 'sensor', jsonPath: `${A}.modules.sensor.startupOrder`, fragment: 'must be >= 0 (got -1)' },
  { name: 'startupOrder not an integer', modulesContent: base((a) => (sensor(a)['startupOrder'] = 1.5)), module: 'sensor', jsonPath: `${A}.modules.sensor.startupOrder`, fragment: 'must be an integer' },
  { name: 'image missing', modulesContent: base((a) => delete sensorSettings(a)['image']), module: 'sensor', jsonPath: `${A}.modules.sensor.settings.image`, fragment: "required property 'image' is missing" },
  { name: 'module type not docker', modulesContent: base((a) => (sensor(a)['type'] = 'rkt')), module: 'sensor', jsonPath: `${A}.modules.sensor.type`, fragment: "must be one of 'docker'" },
  { name: 'env name with a space', modulesContent: base((a) => (sensor(a)['env'] = { 'MY VAR': { value: '1' } })), module: 'sensor', jsonPath: `${A}.modules.sensor.env["MY VAR"]`, fragment: "'MY VAR' is not a valid name here" },
  { name: 'env value an object', modulesContent: base((a) => (sensor(a)['env'] = { LEVEL: { value: { a: 1 } } })), module: 'sensor', jsonPath: `${A}.modules.sensor.env.LEVEL.value`, fragment: 'must be one of number,string,boolean (got an object)' },
  { name: 'createOptions not JSON', modulesContent: base((a) => (sensorSettings(a)['createOptions'] = '{"HostConfig":')), module: 'sensor', jsonPath: `${A}.modules.sensor.settings.createOptions`, fragment: 'not valid JSON' },
  {
    name: 'createOptions chunk gap',
    modulesContent: base((a) => Object.assign(sensorSettings(a), { createOptions: '{', createOptions02: '}' })),
    module: 'sensor',
    jsonPath: `${A}.modules.sensor.settings.createOptions02`,
    fragment: 'expected createOptions01',
  },
  { name: 'createOptions chunk over IoT Hub\'s 4 KB twin string limit', modulesContent: base((a) => (sensorSettings(a)['createOptions'] = `{"Hostname":"${'h'.repeat(4100)}"}`)), module: 'sensor', jsonPath: `${A}.modules.sensor.settings.createOptions`, fragment: 'at most 4 KB (4096 bytes)' },
  { name: 'createOptions JSON array', modulesContent: base((a) => (sensorSettings(a)['createOptions'] = '["a"]')), module: 'sensor', jsonPath: `${A}.modules.sensor.settings.createOptions`, fragment: 'must be a JSON object' },
  {
    name: 'edgeHub createOptions not JSON',
    modulesContent: base((a) => ((((a['systemModules'] as JsonObject)['edgeHub'] as JsonObject)['settings'] as JsonObject)['createOptions'] = '{oops}')),
    module: '$edgeHub',
    jsonPath: `${A}.systemModules.edgeHub.settings.createOptions`,
    fragment: 'not valid JSON',
  },
  {
    name: 'registry credential without password',
    modulesContent: base(() => undefined, { registryCredentials: { acr: { address: 'acr.azurecr.io', username: 'acr' } } }),
    module: undefined,
    jsonPath: `${A}.runtime.settings.registryCredentials.acr.password`,
    fragment: "required property 'password' is missing",
  },
  {
    name: 'registry address with whitespace',
    modulesContent: base(() => undefined, { registryCredentials: { acr: { address: 'acr .azurecr.io', username: 'acr', password: 'secret-value' } } }),
    module: undefined,
    jsonPath: `${A}.runtime.settings.registryCredentials.acr.address`,
    fragment: 'must not contain whitespace',
  },
  { name: 'route that does not parse', modulesContent: base((_a, h) => (routes(h)['bad'] = 'FROM /messages/* TO $upstream')), module: '$edgeHub', jsonPath: `${H}.routes.bad`, fragment: "route 'bad' does not parse: expected INTO" },
  {
    name: 'object route under $edgeHub 1.0',
    modulesContent: base((_a, h) => (routes(h)['r'] = { route: 'FROM /* INTO $upstream' }), { hubSchemaVersion: '1.0' }),
    module: '$edgeHub',
    jsonPath: `${H}.routes.r`,
    fragment: 'accepts only string routes',
  },
  { name: 'route priority 10', modulesContent: base((_a, h) => (routes(h)['r'] = { route: 'FROM /* INTO $upstream', priority: 10 })), module: '$edgeHub', jsonPath: `${H}.routes.r.priority`, fragment: 'from 0 (highest) to 9' },
  { name: 'route name with $ under 1.1', modulesContent: base((_a, h) => (routes(h)['my$route'] = 'FROM /* INTO $upstream')), module: '$edgeHub', jsonPath: `${H}.routes.my$route`, fragment: "must not contain '.', '$', '#' or spaces" },
  { name: 'route neither string nor object', modulesContent: base((_a, h) => (routes(h)['r'] = 5)), module: '$edgeHub', jsonPath: `${H}.routes.r`, fragment: 'must be a string or an object' },
  { name: 'storeAndForward without timeToLiveSecs', modulesContent: base((_a, h) => (h['storeAndForwardConfiguration'] = {})), module: '$edgeHub', jsonPath: `${H}.storeAndForwardConfiguration.timeToLiveSecs`, fragment: "required property 'timeToLiveSecs' is missing" },
  { name: 'routes missing', modulesContent: base((_a, h) => delete h['routes']), module: '$edgeHub', jsonPath: `${H}.routes`, fragment: "required property 'routes' is missing" },
  { name: 'base without $edgeHub', modulesContent: base((_a, _h, c) => delete c['$edgeHub']), module: '$edgeHub', jsonPath: 'content.modulesContent.$edgeHub', fragment: 'must also set $edgeHub' },
  {
    name: 'base that also sets a dotted $edgeAgent key',
    modulesContent: base((_a, _h, c) => ((c['$edgeAgent'] as JsonObject)['properties.desired.modules.x'] = edgeModule('x:1'))),
    module: undefined,
    jsonPath: L('properties.desired.modules.x'),
    fragment: 'may not also set',
  },
  { name: 'reserved modulesContent key', modulesContent: base((_a, _h, c) => (c['$edgeProxy'] = { 'properties.desired': {} })), module: '$edgeProxy', jsonPath: 'content.modulesContent.$edgeProxy', fragment: 'reserved' },
  { name: 'module twin key outside properties.desired', modulesContent: base((_a, _h, c) => (c['sensor'] = { 'desired.x': 1 })), module: 'sensor', jsonPath: 'content.modulesContent.sensor["desired.x"]', fragment: "must be 'properties.desired' or 'properties.desired.<path>'" },
  { name: 'module twin desired not an object', modulesContent: base((_a, _h, c) => (c['sensor'] = { 'properties.desired': 'x' })), module: 'sensor', jsonPath: 'content.modulesContent.sensor["properties.desired"]', fragment: 'must be an object' },
  // Layered deployments
  { name: 'layer sets the runtime', modulesContent: { $edgeAgent: { 'properties.desired.runtime.type': 'docker' } }, module: undefined, jsonPath: L('properties.desired.runtime.type'), fragment: 'a layered deployment may not set $edgeAgent' },
  { name: 'layer sets a system module', modulesContent: { $edgeAgent: { 'properties.desired.systemModules.edgeHub': edgeModule('hub:1') } }, module: '$edgeHub', jsonPath: L('properties.desired.systemModules.edgeHub'), fragment: 'a layered deployment may not set' },
  { name: 'layer sets schemaVersion', modulesContent: { $edgeAgent: { 'properties.desired.schemaVersion': '1.1' } }, module: undefined, jsonPath: L('properties.desired.schemaVersion'), fragment: 'a layered deployment may not set' },
  { name: 'layer sets $edgeHub store and forward', modulesContent: { $edgeHub: { 'properties.desired.storeAndForwardConfiguration.timeToLiveSecs': 5 } }, module: '$edgeHub', jsonPath: LH('properties.desired.storeAndForwardConfiguration.timeToLiveSecs'), fragment: 'a layered deployment may not set $edgeHub' },
  { name: 'layer with a key outside properties.desired', modulesContent: { $edgeAgent: { modules: {} } }, module: undefined, jsonPath: 'content.modulesContent.$edgeAgent.modules', fragment: 'is not a desired-properties key' },
  {
    name: 'layered whole module that is partial (spec §10.9)',
    modulesContent: { $edgeAgent: { 'properties.desired.modules.m0': {} } },
    module: 'm0',
    jsonPath: `${L('properties.desired.modules.m0')}.settings`,
    fragment: "required property 'settings' is missing",
    count: 4,
  },
  {
    name: 'layered whole module with a createOptions gap',
    modulesContent: { $edgeAgent: { 'properties.desired.modules.m0': edgeModule('x:1', { settings: { image: 'x:1', createOptions: '{', createOptions02: '}' } }) } },
    module: 'm0',
    jsonPath: `${L('properties.desired.modules.m0')}.settings.createOptions02`,
    fragment: 'expected createOptions01',
  },
  { name: 'layered nested status', modulesContent: { $edgeAgent: { 'properties.desired.modules.m0.status': 'paused' } }, module: 'm0', jsonPath: L('properties.desired.modules.m0.status'), fragment: "must be one of 'running', 'stopped'" },
  { name: 'layered nested unknown module property', modulesContent: { $edgeAgent: { 'properties.desired.modules.m0.settings.image.tag': 'x' } }, module: 'm0', jsonPath: L('properties.desired.modules.m0.settings.image.tag'), fragment: 'must be a string', count: 1 },
  { name: 'layered createOptions chunk too long', modulesContent: { $edgeAgent: { 'properties.desired.modules.m0.settings.createOptions01': 'y'.repeat(4097) } }, module: 'm0', jsonPath: L('properties.desired.modules.m0.settings.createOptions01'), fragment: '4097 bytes long; IoT Hub holds a twin string value of at most 4 KB' },
  { name: 'layered module name invalid', modulesContent: { $edgeAgent: { 'properties.desired.modules.bad name': edgeModule('x:1') } }, module: 'bad name', jsonPath: L('properties.desired.modules.bad name'), fragment: "module name 'bad name' is invalid" },
  {
    name: 'layered registry credential without address',
    modulesContent: { $edgeAgent: { 'properties.desired.runtime.settings.registryCredentials.acr': { username: 'u', password: 'p' } } },
    module: undefined,
    jsonPath: `${L('properties.desired.runtime.settings.registryCredentials.acr')}.address`,
    fragment: "required property 'address' is missing",
  },
  { name: 'layered route priority -1', modulesContent: { $edgeHub: { 'properties.desired.routes.r': { route: 'FROM /* INTO $upstream', priority: -1 } } }, module: '$edgeHub', jsonPath: `${LH('properties.desired.routes.r')}.priority`, fragment: 'from 0 (highest) to 9' },
  { name: 'layered route text invalid', modulesContent: { $edgeHub: { 'properties.desired.routes.r': 'FROM /* INTO nowhere' } }, module: '$edgeHub', jsonPath: LH('properties.desired.routes.r'), fragment: "unknown sink 'nowhere'" },
  { name: 'layered nested route field', modulesContent: { $edgeHub: { 'properties.desired.routes.r.priority': 1 } }, module: '$edgeHub', jsonPath: LH('properties.desired.routes.r.priority'), fragment: 'only whole routes' },
  {
    name: 'more than 50 modules in one layer',
    modulesContent: { $edgeAgent: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`properties.desired.modules.m${i}`, edgeModule('x:1')])) },
    module: undefined,
    jsonPath: 'content.modulesContent.$edgeAgent',
    fragment: 'at most 50',
  },
];

describe('validateDeployment: invalid inputs (loaded through loadModel)', () => {
  it.each(rows)('$name', ({ modulesContent, module, jsonPath, fragment, count }) => {
    const model = loadModel({ hub: 'hub', configurations: [edgeConfiguration({ id: 'Cfg-1', modulesContent })], devices: [] });
    const errors = model.deploymentErrors.get('Cfg-1') ?? [];
    const summary = errors.map((e) => `${e.module} | ${e.jsonPath} | ${e.message}`);
    expect(summary).toHaveLength(count ?? 1);
    const match = errors.find((e) => e.jsonPath === jsonPath && e.message.includes(fragment));
    expect(match === undefined ? summary : 'found').toBe('found');
    expect(match!.configurationId).toBe('Cfg-1');
    expect(match!.module).toBe(module);
    expect(match!.stage).toBe('model');
    expect(match!.deviceId).toBeUndefined();
    // The deployment itself stays listed, so targeting can isolate the devices it targets.
    expect(model.deployments.map((d) => d.id)).toStrictEqual(['Cfg-1']);
  });

  it('collects every error of one deployment in one pass', () => {
    const content = base((a, h) => {
      sensor(a)['status'] = 'paused';
      sensorSettings(a)['createOptions'] = '{';
      routes(h)['bad'] = 'nonsense';
    });
    const errors = loadModel({ hub: 'hub', configurations: [edgeConfiguration({ id: 'c', modulesContent: content })], devices: [] }).deploymentErrors.get('c')!;
    expect(errors.map((e) => e.jsonPath)).toStrictEqual([`${A}.modules.sensor.status`, `${A}.modules.sensor.settings.createOptions`, `${H}.routes.bad`]);
  });

  it('never quotes a registry password in an error', () => {
    const content = base(() => undefined, { registryCredentials: { acr: { address: 'a b', username: 'u', password: 'S3cret!!' } } });
    const errors = loadModel({ hub: 'hub', configurations: [edgeConfiguration({ id: 'c', modulesContent: content })], devices: [] }).deploymentErrors.get('c')!;
    expect(errors).toHaveLength(1);
    expect(errors.map((e) => e.describe()).join('\n')).not.toContain('S3cret');
  });
});

describe('validateDeployment: what is accepted', () => {
  const accepted: { name: string; modulesContent: JsonObject }[] = [
    { name: 'valid base agent 1.1 / hub 1.1', modulesContent: base(() => undefined) },
    { name: 'agent 1.0 / hub 1.0 with string routes', modulesContent: base(() => undefined, { agentSchemaVersion: '1.0', hubSchemaVersion: '1.0' }) },
    { name: 'hub 1.2 with mqttBroker', modulesContent: base((_a, h) => (h['mqttBroker'] = { bridges: [], authorizations: [] }), { hubSchemaVersion: '1.2' }) },
    { name: 'hub 1.3 with integrity (1.2 schema plus integrity)', modulesContent: base((_a, h) => (h['integrity'] = { header: {}, signature: {} }), { hubSchemaVersion: '1.3' }) },
    { name: 'object route with priority and ttl under 1.1', modulesContent: base((_a, h) => (routes(h)['r'] = { route: 'FROM /* INTO $upstream', priority: 9, timeToLiveSecs: 0 })) },
    // edgeHub reads a route object with Newtonsoft: unknown members ignored, member names in any case.
    { name: 'route object with a _comment member (OPCFoundation/UA-EdgeTranslator)', modulesContent: base((_a, h) => (routes(h)['r'] = { route: 'FROM /* INTO $upstream', _comment: 'why' })) },
    { name: 'route object with Route / Priority in another case', modulesContent: base((_a, h) => (routes(h)['r'] = { Route: 'FROM /* INTO $upstream', Priority: 1 })) },
    { name: 'layer: route with BrokeredEndpoint("modules/x/inputs/y") (no leading /)', modulesContent: { $edgeHub: { 'properties.desired.routes.r': 'FROM /messages/* INTO BrokeredEndpoint("modules/x/inputs/y")' } } },
    { name: 'createOptions chunks with odd key case (agent rule beats the 1.1 schema pattern)', modulesContent: base((a) => Object.assign(sensorSettings(a), { createOptions: '{"a":', CREATEOPTIONS01: '1}' })) },
    // The agent joins chunks with no length check (edge-agent DockerConfig.ReadJson); IoT Hub holds 4 KB per twin string.
    { name: 'one createOptions string of 4,096 characters (over the 512 the tooling splits at)', modulesContent: base((a) => (sensorSettings(a)['createOptions'] = `{"Hostname":"${'h'.repeat(4081)}"}`)) },
    { name: 'layer: one createOptions chunk of 600 characters', modulesContent: { $edgeAgent: { 'properties.desired.modules.m0.settings.createOptions01': 'y'.repeat(600) } } },
    { name: 'createOptions as an object', modulesContent: base((a) => (sensorSettings(a)['createOptions'] = { HostConfig: { Privileged: true } })) },
    { name: 'empty modules: the documented "remove everything" deployment', modulesContent: base((a) => (a['modules'] = {})) },
    { name: 'exactly 50 modules', modulesContent: base((a) => (a['modules'] = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`m${i}`, edgeModule('x:1')])))) },
    { name: 'module twins whole and nested in a base', modulesContent: base((_a, _h, c) => (c['sensor'] = { 'properties.desired': { a: 1 }, 'properties.desired.b.c': 2 })) },
    {
      name: 'layer: whole module, nested value, chunk, credential, route, module twin',
      modulesContent: {
        $edgeAgent: {
          'properties.desired.modules.m0': edgeModule('x:1'),
          'properties.desired.modules.m1.settings.image': 'y:2',
          'properties.desired.modules.m1.settings.createOptions01': '}',
          'properties.desired.modules.m1.env.LEVEL': { value: 3 },
          'properties.desired.runtime.settings.registryCredentials.acr': { address: 'acr.azurecr.io', username: 'u', password: 'p' },
        },
        $edgeHub: { 'properties.desired.routes.r0': { route: 'FROM /messages/modules/m0/* INTO $upstream', priority: 1 } },
        m0: { 'properties.desired.layered': { x: 1 } },
      },
    },
    { name: 'layer touching only a module twin (no $edgeAgent)', modulesContent: { sensor: { 'properties.desired.interval': 5 } } },
  ];
  it.each(accepted)('$name', ({ modulesContent }) => {
    const model = loadModel({ hub: 'hub', configurations: [edgeConfiguration({ id: 'ok', modulesContent })], devices: [] });
    expect((model.deploymentErrors.get('ok') ?? []).map((e: ConfigError) => e.describe())).toStrictEqual([]);
    expect(model.errors).toStrictEqual([]);
  });

  it('reports an unknown property as a warning, not an error (the runtime ignores it)', () => {
    const d = loadModel({ hub: 'h', configurations: [edgeConfiguration({ id: 'w', modulesContent: base((a) => (sensor(a)['https_proxy'] = 'x')) })], devices: [] }).deployments[0]!;
    const warnings: ConfigError[] = [];
    expect(validateDeployment(d, warnings)).toStrictEqual([]);
    expect(warnings.map((w) => [w.module, w.jsonPath])).toStrictEqual([['sensor', `${A}.modules.sensor.https_proxy`]]);
    expect(warnings[0]!.message).toContain("unknown property 'https_proxy'");
  });

  it('reports text after a complete route as a warning: edgeHub ignores it', () => {
    const d = loadModel({ hub: 'h', configurations: [edgeConfiguration({ id: 'w', modulesContent: base((_a, h) => (routes(h)['r'] = 'FROM /messages/* INTO $upstream)')) })], devices: [] }).deployments[0]!;
    const warnings: ConfigError[] = [];
    expect(validateDeployment(d, warnings)).toStrictEqual([]);
    expect(warnings.map((w) => [w.module, w.jsonPath, w.message])).toStrictEqual([
      ['$edgeHub', `${H}.routes.r`, "route 'r': the text after the sink (from character 31) is ignored, as edgeHub's route grammar stops after a complete route"],
    ]);
  });
});
