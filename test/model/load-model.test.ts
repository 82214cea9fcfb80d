import type { JsonObject, JsonValue } from '../../src/model/json.js';
import { loadModel } from '../../src/model/load-model.js';
import { admConfiguration, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';

const layer: JsonObject = { $edgeAgent: { 'properties.desired.modules.m0': edgeModule('x:1') } };

describe('loadModel: which configurations are edge deployments', () => {
  const rows: { name: string; config: JsonValue; kind: 'base' | 'layered' | 'ignored' }[] = [
    { name: 'whole $edgeAgent desired → base', config: edgeConfiguration({ id: 'c' }), kind: 'base' },
    { name: 'dotted $edgeAgent keys → layered', config: edgeConfiguration({ id: 'c', modulesContent: layer }), kind: 'layered' },
    { name: 'no $edgeAgent (module twins only) → layered', config: edgeConfiguration({ id: 'c', modulesContent: { m: { 'properties.desired.x': 1 } } }), kind: 'layered' },
    { name: 'empty modulesContent → layered', config: edgeConfiguration({ id: 'c', modulesContent: {} }), kind: 'layered' },
    { name: '$edgeAgent["properties.desired"] not an object → layered', config: edgeConfiguration({ id: 'c', modulesContent: { $edgeAgent: { 'properties.desired': 'x' } } }), kind: 'layered' },
    { name: 'ADM deviceContent configuration → ignored', config: admConfiguration('c'), kind: 'ignored' },
    { name: 'modulesContent null → ignored', config: { id: 'c', content: { modulesContent: null, moduleContent: { x: 1 } } }, kind: 'ignored' },
    { name: 'no content at all → ignored', config: { id: 'c', priority: 1 }, kind: 'ignored' },
  ];
  it.each(rows)('$name', ({ config, kind }) => {
    const model = loadModel({ hub: 'h', configurations: [config], devices: [] });
    expect(model.errors).toStrictEqual([]);
    if (kind === 'ignored') {
      expect(model.deployments).toStrictEqual([]);
      expect(model.ignoredConfigurations).toStrictEqual(['c']);
    } else {
      expect(model.deployments.map((d) => [d.id, d.kind])).toStrictEqual([['c', kind]]);
      expect(model.ignoredConfigurations).toStrictEqual([]);
    }
  });
});

describe('loadModel: fields and defaults', () => {
  it('reads every field verbatim', () => {
    const modulesContent = { $edgeAgent: { 'properties.desired.modules.m0': edgeModule('x:1') } };
    const config = edgeConfiguration({ id: 'Prod-Base', modulesContent, priority: 7, targetCondition: "tags.env='prod'", createdTimeUtc: '2019-08-08T05:52:40.134Z', labels: { HostPlatform: 'Linux' }, etag: 'MQ==' });
    const [d] = loadModel({ hub: 'h', configurations: [admConfiguration('adm'), config], devices: [] }).deployments;
    expect(d).toStrictEqual({
      id: 'Prod-Base',
      kind: 'layered',
      priority: 7,
      createdTimeUtc: '2019-08-08T05:52:40.134Z',
      etag: 'MQ==',
      targetCondition: "tags.env='prod'",
      modulesContent,
      labels: { HostPlatform: 'Linux' },
      index: 1,
    });
  });

  it('defaults: priority 0, targetCondition "", createdTimeUtc "", etag null, labels {}', () => {
    const config = edgeConfiguration({ id: 'c', omit: ['priority', 'targetCondition', 'createdTimeUtc', 'etag', 'labels'] });
    const model = loadModel({ hub: 'h', configurations: [config], devices: [] });
    expect(model.errors).toStrictEqual([]);
    const d = model.deployments[0]!;
    expect([d.priority, d.targetCondition, d.createdTimeUtc, d.etag, d.labels]).toStrictEqual([0, '', '', null, {}]);
  });

  it('hub and host name', () => {
    expect(loadModel({ hub: 'myhub', configurations: [], devices: [] }).hostName).toBe('myhub.azure-devices.net');
    expect(loadModel({ hub: 'myhub', hostName: 'myhub.azure-devices.cn', configurations: [], devices: [] }).hostName).toBe('myhub.azure-devices.cn');
  });

  it('sorts deployments, devices and ignored lists ordinally, never re-casing ids', () => {
    const model = loadModel({
      hub: 'h',
      configurations: [edgeConfiguration({ id: 'b' }), edgeConfiguration({ id: 'B' }), edgeConfiguration({ id: 'a' }), admConfiguration('z'), admConfiguration('Y')],
      devices: [edgeTwin({ deviceId: 'dev-2' }), edgeTwin({ deviceId: 'Dev-1' }), edgeTwin({ deviceId: 'leaf', iotEdge: false }), edgeTwin({ deviceId: 'Leaf' }), edgeTwin({ deviceId: 'x', iotEdge: 'true' })],
    });
    expect(model.deployments.map((d) => d.id)).toStrictEqual(['B', 'a', 'b']);
    expect(model.devices.map((d) => d.deviceId)).toStrictEqual(['Dev-1', 'Leaf', 'dev-2']);
    expect(model.ignoredConfigurations).toStrictEqual(['Y', 'z']);
    expect(model.ignoredDevices).toStrictEqual(['leaf', 'x']);
  });

  it('an edge device keeps its whole twin, tags and input position', () => {
    const twin = edgeTwin({ deviceId: 'd', tags: { env: 'prod' } });
    const noTags = edgeTwin({ deviceId: 'e', omit: ['tags'] });
    const model = loadModel({ hub: 'h', configurations: [], devices: [twin, noTags] });
    expect(model.devices).toStrictEqual([
      { deviceId: 'd', twin, tags: { env: 'prod' }, index: 0 },
      { deviceId: 'e', twin: noTags, tags: {}, index: 1 },
    ]);
  });
});

describe('loadModel: shape errors', () => {
  const unusable: { name: string; config: JsonValue; configurationId: string; jsonPath: string; fragment: string }[] = [
    { name: 'priority as a string', config: edgeConfiguration({ id: 'c', priority: '10' }), configurationId: 'c', jsonPath: 'priority', fragment: 'priority must be an integer (got "10")' },
    { name: 'fractional priority', config: edgeConfiguration({ id: 'c', priority: 1.5 }), configurationId: 'c', jsonPath: 'priority', fragment: 'must be an integer' },
    { name: 'id missing', config: edgeConfiguration({ omit: ['id'] }), configurationId: 'configurations[0]', jsonPath: 'id', fragment: 'id must be a non-empty string' },
    { name: 'id not a string', config: edgeConfiguration({ extra: { id: 12 } }), configurationId: 'configurations[0]', jsonPath: 'id', fragment: 'id must be a non-empty string' },
    { name: 'empty id', config: edgeConfiguration({ id: '' }), configurationId: 'configurations[0]', jsonPath: 'id', fragment: 'non-empty' },
    { name: 'targetCondition not a string', config: edgeConfiguration({ id: 'c', targetCondition: 42 }), configurationId: 'c', jsonPath: 'targetCondition', fragment: 'targetCondition must be a string' },
    { name: 'modulesContent an array', config: { id: 'c', content: { modulesContent: [] } }, configurationId: 'c', jsonPath: 'content.modulesContent', fragment: 'must be an object' },
    { name: 'configuration not an object', config: 'nope', configurationId: 'configurations[0]', jsonPath: 'configurations[0]', fragment: 'must be an object' },
  ];
  it.each(unusable)('unusable: $name → errors, not a deployment', ({ config, configurationId, jsonPath, fragment }) => {
    const model = loadModel({ hub: 'h', configurations: [config], devices: [] });
    expect(model.deployments).toStrictEqual([]);
    expect(model.errors).toHaveLength(1);
    expect(model.errors[0]).toMatchObject({ configurationId, jsonPath, stage: 'model' });
    expect(model.errors[0]!.message).toContain(fragment);
  });

  const broken: { name: string; config: JsonValue; jsonPath: string; fragment: string }[] = [
    { name: 'createdTimeUtc a number', config: edgeConfiguration({ id: 'c', createdTimeUtc: 5 }), jsonPath: 'createdTimeUtc', fragment: 'ISO-8601 string' },
    { name: 'labels not a map', config: edgeConfiguration({ id: 'c', labels: 'x' }), jsonPath: 'labels', fragment: 'map of strings' },
    { name: 'label value not a string', config: edgeConfiguration({ id: 'c', labels: { tier: 1 } }), jsonPath: 'labels.tier', fragment: "label 'tier' must be a string" },
    { name: 'etag a number', config: edgeConfiguration({ id: 'c', etag: 5 }), jsonPath: 'etag', fragment: 'etag must be a string' },
  ];
  it.each(broken)('broken but usable: $name → deploymentErrors, still a deployment', ({ config, jsonPath, fragment }) => {
    const model = loadModel({ hub: 'h', configurations: [config], devices: [] });
    expect(model.deployments.map((d) => d.id)).toStrictEqual(['c']);
    expect(model.errors).toStrictEqual([]);
    const errors = model.deploymentErrors.get('c')!;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ configurationId: 'c', jsonPath });
    expect(errors[0]!.message).toContain(fragment);
  });

  it('a duplicate configuration id: the first stays (marked broken), the second is dropped', () => {
    const model = loadModel({ hub: 'h', configurations: [edgeConfiguration({ id: 'c', priority: 1 }), edgeConfiguration({ id: 'c', priority: 2 })], devices: [] });
    expect(model.deployments.map((d) => [d.id, d.priority])).toStrictEqual([['c', 1]]);
    expect(model.errors.map((e) => [e.configurationId, e.jsonPath])).toStrictEqual([['c', 'configurations[1].id']]);
    expect(model.deploymentErrors.get('c')!.map((e) => e.message)).toStrictEqual([expect.stringContaining("duplicate configuration id 'c'")]);
  });

  const twinErrors: { name: string; twin: JsonValue; jsonPath: string; fragment: string }[] = [
    { name: 'twin without deviceId', twin: edgeTwin({ omit: ['deviceId'] }), jsonPath: 'devices[1].deviceId', fragment: 'needs a non-empty string deviceId' },
    { name: 'numeric deviceId', twin: edgeTwin({ deviceId: 7 }), jsonPath: 'devices[1].deviceId', fragment: 'deviceId' },
    { name: 'twin not an object', twin: null, jsonPath: 'devices[1]', fragment: 'must be an object' },
  ];
  it.each(twinErrors)('$name → errors', ({ twin, jsonPath, fragment }) => {
    const model = loadModel({ hub: 'h', configurations: [], devices: [edgeTwin({ deviceId: 'ok' }), twin] });
    expect(model.devices.map((d) => d.deviceId)).toStrictEqual(['ok']);
    expect(model.errors).toHaveLength(1);
    expect(model.errors[0]).toMatchObject({ jsonPath, configurationId: undefined });
    expect(model.errors[0]!.message).toContain(fragment);
  });

  it('a duplicate deviceId keeps the first twin', () => {
    const model = loadModel({ hub: 'h', configurations: [], devices: [edgeTwin({ deviceId: 'd', tags: { n: 1 } }), edgeTwin({ deviceId: 'd', tags: { n: 2 } })] });
    expect(model.devices.map((d) => d.tags)).toStrictEqual([{ n: 1 }]);
    expect(model.errors.map((e) => [e.deviceId, e.jsonPath])).toStrictEqual([['d', 'devices[1].deviceId']]);
  });
});
