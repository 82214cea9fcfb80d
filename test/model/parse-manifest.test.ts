import type { JsonObject } from '../../src/model/json.js';
import type { MergedDesired } from '../../src/model/merged-desired.js';
import { parseDeviceManifest } from '../../src/model/parse-manifest.js';
import { baseModulesContent, baseOnly, edgeModule, exampleManifestText, layerWrite } from '../builders.js';

const A = 'content.modulesContent.$edgeAgent["properties.desired"]';
const H = 'content.modulesContent.$edgeHub["properties.desired"]';

/** Base `base` plus hand-applied layer writes (the merge itself is targeting's job). */
function merged(content: JsonObject, apply: (twins: Record<string, JsonObject>) => void, writes: MergedDesired['writes']): MergedDesired {
  const m = baseOnly('base', content);
  const twins = structuredClone(m.twins) as Record<string, JsonObject>;
  apply(twins);
  return { twins, writes: [...m.writes, ...writes] };
}
const agentOf = (twins: Record<string, JsonObject>): JsonObject => twins['$edgeAgent']!;
const modulesOf = (twins: Record<string, JsonObject>): JsonObject => agentOf(twins)['modules'] as JsonObject;

describe('parseDeviceManifest: sources after layering', () => {
  const read = (name: string): JsonObject => JSON.parse(exampleManifestText(name)) as JsonObject;
  const baseContent = (read('Azure--azure-iot-cli-extension--test-edge-deployment.json')['content'] as JsonObject)['modulesContent'] as JsonObject;
  const layerContent = (read('Azure--azure-iot-cli-extension--test-edge-deployment-layered.json')['content'] as JsonObject)['modulesContent'] as JsonObject;
  const layerModule = (layerContent['$edgeAgent'] as JsonObject)['properties.desired.modules.mymodule0'] as JsonObject;

  // az CLI base + az CLI layered fixture, merged as spec §3 step 4 says.
  const device = merged(
    baseContent,
    (twins) => {
      modulesOf(twins)['mymodule0'] = structuredClone(layerModule);
      (twins['$edgeHub']!['routes'] as JsonObject)['route0'] = 'from /messages/* INTO $upstream';
      twins['mymodule0']!['settings'] = { prop0: 'val0' };
    },
    [layerWrite('layer', '$edgeAgent', ['modules', 'mymodule0']), layerWrite('layer', '$edgeHub', ['routes', 'route0']), layerWrite('layer', 'mymodule0', ['settings'])],
  );
  const { manifest, errors } = parseDeviceManifest(device, 'dev-1');

  it('has no errors', () => expect(errors).toStrictEqual([]));
  it('the module names the layer key that supplied it', () => {
    const m = manifest!.modules[0]!;
    expect([m.name, m.createOptions, m.createOptionsForm, m.image]).toStrictEqual(['mymodule0', { MemorySwap: 0 }, 'string', 'myimageuri']);
    expect(m.source).toStrictEqual({ configurationId: 'layer', jsonPath: 'content.modulesContent.$edgeAgent["properties.desired.modules.mymodule0"]' });
    expect(m.env).toStrictEqual([
      { name: 'envvar0', value: 'envvarval0', source: { configurationId: 'layer', jsonPath: 'content.modulesContent.$edgeAgent["properties.desired.modules.mymodule0"].env.envvar0' } },
    ]);
  });
  it('the route names the layer, the edgeHub document the base', () => {
    expect(manifest!.hub.routes).toStrictEqual([
      { name: 'route0', route: 'from /messages/* INTO $upstream', modules: [], source: { configurationId: 'layer', jsonPath: 'content.modulesContent.$edgeHub["properties.desired.routes.route0"]' } },
    ]);
    expect(manifest!.hub.source).toStrictEqual({ configurationId: 'base', jsonPath: H });
  });
  it('the module twin names the last write to it', () => {
    expect(manifest!.moduleTwins).toStrictEqual([
      { module: 'mymodule0', desired: { settings: { prop0: 'val0' } }, source: { configurationId: 'layer', jsonPath: 'content.modulesContent.mymodule0["properties.desired.settings"]' } },
    ]);
  });
});

describe('parseDeviceManifest: device-level errors name configuration, device, module and path', () => {
  const content = baseModulesContent({ modules: { sensor: edgeModule('contoso/sensor:1', { settings: { image: 'contoso/sensor:1', createOptions: '{"Hostname":' } }) } });
  // The base's sensor has a half createOptions that a layer completes or breaks.
  (((content['$edgeAgent'] as JsonObject)['properties.desired'] as JsonObject)['modules'] as JsonObject)['sensor'] = edgeModule('contoso/sensor:1', { settings: { image: 'contoso/sensor:1', createOptions: '{}' } });
  const L = (key: string): string => `content.modulesContent.$edgeAgent["${key}"]`;

  const rows: { name: string; device: MergedDesired; expected: [string, string | undefined, string, string][] }[] = [
    {
      name: 'a layer adds a partial module (spec §10.9)',
      device: merged(content, (t) => (modulesOf(t)['m1'] = {}), [layerWrite('layer', '$edgeAgent', ['modules', 'm1'])]),
      expected: [
        ['layer', 'm1', `${L('properties.desired.modules.m1')}.type`, "required property 'type' is missing"],
        ['layer', 'm1', `${L('properties.desired.modules.m1')}.status`, "required property 'status' is missing"],
        ['layer', 'm1', `${L('properties.desired.modules.m1')}.restartPolicy`, "required property 'restartPolicy' is missing"],
        ['layer', 'm1', `${L('properties.desired.modules.m1')}.settings`, "required property 'settings' is missing"],
      ],
    },
    {
      name: 'a nested layer write leaves a createOptions gap',
      device: merged(content, (t) => (((modulesOf(t)['sensor'] as JsonObject)['settings'] as JsonObject)['createOptions02'] = '}'), [
        layerWrite('layer', '$edgeAgent', ['modules', 'sensor', 'settings', 'createOptions02']),
      ]),
      expected: [['layer', 'sensor', L('properties.desired.modules.sensor.settings.createOptions02'), 'expected createOptions01']],
    },
    {
      name: 'a nested layer write makes the joined createOptions invalid JSON: the base key is named',
      device: merged(content, (t) => (((modulesOf(t)['sensor'] as JsonObject)['settings'] as JsonObject)['createOptions01'] = '}'), [
        layerWrite('layer', '$edgeAgent', ['modules', 'sensor', 'settings', 'createOptions01']),
      ]),
      expected: [['base', 'sensor', `${A}.modules.sensor.settings.createOptions`, 'not valid JSON']],
    },
    {
      name: 'an object-form layered route on a 1.0 $edgeHub',
      device: merged(
        baseModulesContent({ hubSchemaVersion: '1.0' }),
        (t) => ((t['$edgeHub']!['routes'] as JsonObject)['r'] = { route: 'FROM /* INTO $upstream', priority: 1 }),
        [layerWrite('layer', '$edgeHub', ['routes', 'r'])],
      ),
      expected: [['layer', '$edgeHub', 'content.modulesContent.$edgeHub["properties.desired.routes.r"]', 'accepts only string routes']],
    },
    {
      name: 'a layered status value that is not allowed',
      device: merged(content, (t) => ((modulesOf(t)['sensor'] as JsonObject)['status'] = 'paused'), [layerWrite('layer', '$edgeAgent', ['modules', 'sensor', 'status'])]),
      expected: [['layer', 'sensor', L('properties.desired.modules.sensor.status'), "must be one of 'running', 'stopped'"]],
    },
    {
      name: 'no $edgeHub document at all',
      device: (() => {
        const m = baseOnly('base', content);
        const twins = { ...m.twins };
        delete twins['$edgeHub'];
        return { twins, writes: m.writes.filter((w) => w.twin !== '$edgeHub') };
      })(),
      expected: [['base', '$edgeHub', 'content.modulesContent.$edgeHub', 'no $edgeHub["properties.desired"]']],
    },
  ];
  it.each(rows)('$name', ({ device, expected }) => {
    const { manifest, errors } = parseDeviceManifest(device, 'dev-7');
    expect(manifest).toBeNull();
    expect(errors.map((e) => [e.configurationId, e.module, e.jsonPath])).toStrictEqual(expected.map(([c, m, p]) => [c, m, p]));
    errors.forEach((e, i) => {
      expect(e.deviceId).toBe('dev-7');
      expect(e.stage).toBe('model');
      expect(e.message).toContain(expected[i]![3]);
    });
  });
});

describe('parseDeviceManifest: defaults, sorting, stripping', () => {
  it('applies defaults and sorts modules ordinally; images are trimmed but not tagged', () => {
    const content = baseModulesContent({
      modules: {
        b: { type: 'docker', status: 'stopped', restartPolicy: 'on-failure', imagePullPolicy: 'never', settings: { image: ' contoso/b ' } },
        A: edgeModule('contoso/a:1'),
        a: edgeModule('contoso/a:2', { env: { N: { value: 3 }, T: { value: true } } }),
      },
    });
    const { manifest, errors } = parseDeviceManifest(baseOnly('base', content), 'd');
    expect(errors).toStrictEqual([]);
    expect(manifest!.modules.map((m) => m.name)).toStrictEqual(['A', 'a', 'b']);
    const b = manifest!.modules[2]!;
    expect([b.image, b.status, b.restartPolicy, b.imagePullPolicy, b.version, b.startupOrder, b.createOptions, b.createOptionsForm, b.system]).toStrictEqual([
      'contoso/b',
      'stopped',
      'on-failure',
      'never',
      undefined,
      undefined,
      null,
      'absent',
      false,
    ]);
    expect('version' in b).toBe(false);
    expect(manifest!.modules[1]!.env.map((e) => [e.name, e.value])).toStrictEqual([['N', 3], ['T', true]]);
    expect([manifest!.edgeAgent.status, manifest!.edgeAgent.restartPolicy, manifest!.edgeAgent.type]).toStrictEqual(['running', 'always', 'docker']);
    expect(manifest!.edgeHub.source).toStrictEqual({ configurationId: 'base', jsonPath: `${A}.systemModules.edgeHub` });
  });

  it('strips $metadata and $version from module twins, keeps twins of modules the device does not run', () => {
    const content = baseModulesContent({ twins: { zeta: { a: 1 }, ghost: { $metadata: { $lastUpdated: 'x' }, $version: 4, nested: { b: 2, $metadata: {} } } } });
    const { manifest } = parseDeviceManifest(baseOnly('base', content), 'd');
    expect(manifest!.moduleTwins.map((t) => [t.module, t.desired])).toStrictEqual([
      ['ghost', { nested: { b: 2 } }],
      ['zeta', { a: 1 }],
    ]);
  });

  it('storeAndForward missing → 7200; mqttBroker kept verbatim', () => {
    const content = baseModulesContent({ hubSchemaVersion: '1.2' });
    const hub = (content['$edgeHub'] as JsonObject)['properties.desired'] as JsonObject;
    delete hub['storeAndForwardConfiguration'];
    hub['mqttBroker'] = { authorizations: [{ identities: ['{{iot:identity}}'], allow: [{ operations: ['mqtt:connect'] }] }] };
    const { manifest } = parseDeviceManifest(baseOnly('base', content), 'd');
    expect(manifest!.hub.timeToLiveSecs).toBe(7200);
    expect(manifest!.hub.mqttBroker).toStrictEqual(hub['mqttBroker']);
  });

  it('an unknown property is a warning and the manifest is still produced', () => {
    const content = baseModulesContent({ modules: { s: edgeModule('x:1', { https_proxy: 'http://p' }) } });
    const { manifest, errors, warnings } = parseDeviceManifest(baseOnly('base', content), 'd');
    expect(errors).toStrictEqual([]);
    expect(manifest).not.toBeNull();
    expect(warnings.map((w) => [w.configurationId, w.deviceId, w.module, w.jsonPath])).toStrictEqual([['base', 'd', 's', `${A}.modules.s.https_proxy`]]);
  });

  it('a nested layer write of an image: the module names that layer (sourceOf rule), the image is the layer value', () => {
    const device = merged(baseModulesContent(), (t) => (((modulesOf(t)['SimulatedTemperatureSensor'] as JsonObject)['settings'] as JsonObject)['image'] = 'contoso/sim:2'), [
      layerWrite('hotfix', '$edgeAgent', ['modules', 'SimulatedTemperatureSensor', 'settings', 'image']),
    ]);
    const m = parseDeviceManifest(device, 'd').manifest!.modules[0]!;
    expect(m.image).toBe('contoso/sim:2');
    expect(m.source).toStrictEqual({ configurationId: 'hotfix', jsonPath: 'content.modulesContent.$edgeAgent["properties.desired.modules.SimulatedTemperatureSensor.settings.image"]' });
  });
});
