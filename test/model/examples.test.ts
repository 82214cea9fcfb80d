import type { JsonObject } from '../../src/model/json.js';
import { loadModel } from '../../src/model/load-model.js';
import { parseDeviceManifest } from '../../src/model/parse-manifest.js';
import { baseOnly, edgeConfiguration, exampleManifestFiles, exampleModulesContent as modulesContentOf } from '../builders.js';

/**
 * Expected verdict per real manifest. Templates: the raw template is validated as it is, so a
 * placeholder where the grammar needs real text is an error (LoRaWAN `$EDGEHUB_ROUTE` route); the
 * `.resolved` copies are clean. The nested-edge files put `https_proxy` directly on
 * systemModules.edgeAgent: the 1.1 schema does not know it, the agent ignores it → one warning.
 */
const expected: Record<string, { kind: 'base' | 'layered'; errors: string[]; warnings: string[] }> = {
  'Azure--azure-iot-cli-extension--test-edge-deployment-ea-v11-eh-v12.json': { kind: 'base', errors: [], warnings: [] },
  'Azure--azure-iot-cli-extension--test-edge-deployment-layered.json': { kind: 'layered', errors: [], warnings: [] },
  'Azure--azure-iot-cli-extension--test-edge-deployment.json': { kind: 'base', errors: [], warnings: [] },
  'Azure--iotedge--nestededge-topLayerBaseDeployment-mqtt.json': {
    kind: 'base',
    errors: [],
    warnings: ['content.modulesContent.$edgeAgent["properties.desired"].systemModules.edgeAgent.https_proxy'],
  },
  'Azure--iotedge--nestededge-topLayerBaseDeployment-mqtt.resolved.json': {
    kind: 'base',
    errors: [],
    warnings: ['content.modulesContent.$edgeAgent["properties.desired"].systemModules.edgeAgent.https_proxy'],
  },
  'Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.json': {
    kind: 'base',
    errors: ['content.modulesContent.$edgeHub["properties.desired"].routes.route'],
    warnings: [],
  },
  'Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.resolved.json': { kind: 'base', errors: [], warnings: [] },
  'Azure-Samples--iot-edge-for-iiot--dashboard-layered-template.json': { kind: 'layered', errors: [], warnings: [] },
  'Azure-Samples--iot-edge-for-iiot--dashboard-layered-template.resolved.json': { kind: 'layered', errors: [], warnings: [] },
  'Azure-Samples--iot-edge-for-iiot--metricsCollector-top-layered.json': { kind: 'layered', errors: [], warnings: [] },
  'gloveboxes--Create-a-talking-image-recognition-solution-with-Azure-IoT-Edge-Azure-Cognitive-Services--deployment-amd64.json': { kind: 'base', errors: [], warnings: [] },
  'howardginsburg--IndustrialIoTDemo--deployment-amd64.json': { kind: 'base', errors: [], warnings: [] },
  'paloukari--az-iot-edge-tick--deployment-amd64.json': { kind: 'base', errors: [], warnings: [] },
  'scalers-ai--factorysolutions--deployment-amd64.json': { kind: 'base', errors: [], warnings: [] },
  'sinfergit--IIOT_SmartAnalytics_Edge--deployment-amd64.json': { kind: 'base', errors: [], warnings: [] },
};

describe('real manifests (../shared/examples)', () => {
  it('every example file has an expectation', () => {
    expect(exampleManifestFiles()).toStrictEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected).map(([file, e]) => ({ file, ...e })))('$file', ({ file, kind, errors, warnings }) => {
    const model = loadModel({ hub: 'h', configurations: [edgeConfiguration({ id: file, modulesContent: modulesContentOf(file) })], devices: [] });
    expect(model.errors).toStrictEqual([]);
    expect(model.deployments.map((d) => d.kind)).toStrictEqual([kind]);
    expect((model.deploymentErrors.get(file) ?? []).map((e) => e.jsonPath)).toStrictEqual(errors);
    expect((model.deploymentWarnings?.get(file) ?? []).map((e) => e.jsonPath)).toStrictEqual(warnings);
  });

  const bases = Object.entries(expected).filter(([, e]) => e.kind === 'base' && e.errors.length === 0).map(([file]) => ({ file }));
  it.each(bases)('base parses into a manifest: $file', ({ file }) => {
    const content = modulesContentOf(file);
    const { manifest, errors } = parseDeviceManifest(baseOnly(file, content), 'dev');
    expect(errors).toStrictEqual([]);
    const agent = (content['$edgeAgent'] as JsonObject)['properties.desired'] as JsonObject;
    expect(manifest!.modules.map((m) => m.name)).toStrictEqual(Object.keys(agent['modules'] as JsonObject).sort());
    expect(manifest!.agentSchemaVersion).toBe(agent['schemaVersion']);
  });

  it('az CLI ea-v11/eh-v12 fixture: every field as worked out from the file', () => {
    const file = 'Azure--azure-iot-cli-extension--test-edge-deployment-ea-v11-eh-v12.json';
    const { manifest } = parseDeviceManifest(baseOnly('cli', modulesContentOf(file)), 'dev');
    const A = 'content.modulesContent.$edgeAgent["properties.desired"]';
    const H = 'content.modulesContent.$edgeHub["properties.desired"]';
    expect(manifest!.agentSchemaVersion).toBe('1.1');
    expect(manifest!.hub.schemaVersion).toBe('1.2');
    expect(manifest!.hub.timeToLiveSecs).toBe(100);
    expect(manifest!.hub.routes).toStrictEqual([
      {
        name: 'filterToIoTHub',
        route: 'FROM /messages/modules/filtermodule/outputs/output1 INTO $upstream',
        priority: 1,
        timeToLiveSecs: 1800,
        modules: ['filtermodule'],
        source: { configurationId: 'cli', jsonPath: `${H}.routes.filterToIoTHub` },
      },
      {
        name: 'sensorToFilter',
        route: 'FROM /messages/modules/SimulatedTemperatureSensor/outputs/temperatureOutput INTO BrokeredEndpoint("/modules/filtermodule/inputs/input1")',
        priority: 0,
        timeToLiveSecs: 1800,
        modules: ['SimulatedTemperatureSensor', 'filtermodule'],
        source: { configurationId: 'cli', jsonPath: `${H}.routes.sensorToFilter` },
      },
    ]);
    const filter = manifest!.modules.find((m) => m.name === 'filtermodule')!;
    expect([filter.image, filter.startupOrder, filter.status, filter.restartPolicy, filter.version, filter.createOptions, filter.createOptionsForm]).toStrictEqual([
      'myacr.azurecr.io/filtermodule:latest',
      1,
      'running',
      'always',
      '1.0',
      {},
      'string',
    ]);
    expect(filter.env).toStrictEqual([{ name: 'tempLimit', value: '100', source: { configurationId: 'cli', jsonPath: `${A}.modules.filtermodule.env.tempLimit` } }]);
    expect(manifest!.edgeHub).toMatchObject({ name: '$edgeHub', system: true, startupOrder: 0, image: 'mcr.microsoft.com/azureiotedge-hub:1.0' });
    expect(manifest!.edgeHub.createOptions).toStrictEqual({ HostConfig: { PortBindings: { '443/tcp': [{ HostPort: '443' }], '5671/tcp': [{ HostPort: '5671' }], '8883/tcp': [{ HostPort: '8883' }] } } });
    expect([manifest!.edgeAgent.createOptions, manifest!.edgeAgent.createOptionsForm, manifest!.edgeAgent.status, manifest!.edgeAgent.restartPolicy]).toStrictEqual([null, 'string', 'running', 'always']);
    expect(manifest!.registryCredentials).toStrictEqual([
      { name: 'ContosoRegistry', address: 'myacr.azurecr.io', username: 'myacr', password: '<password>', source: { configurationId: 'cli', jsonPath: `${A}.runtime.settings.registryCredentials.ContosoRegistry` } },
    ]);
    expect(manifest!.moduleTwins).toStrictEqual([]);
  });

  it('LoRaWAN resolved template: createOptions written as an object is accepted', () => {
    const { manifest } = parseDeviceManifest(baseOnly('lora', modulesContentOf('Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.resolved.json')), 'dev');
    const station = manifest!.modules.find((m) => m.name === 'LoRaBasicsStationModule')!;
    expect(station.createOptionsForm).toBe('object');
    expect(station.createOptions).toMatchObject({ HostConfig: { Privileged: true, NetworkMode: 'host' } });
    expect(manifest!.modules.find((m) => m.name === 'metricscollector')!.createOptionsForm).toBe('absent');
  });
});
