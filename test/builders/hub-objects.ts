/**
 * Shared test builders: raw IoT Hub objects exactly as the REST API returns them (a configuration of
 * `GET /configurations`, a twin of `POST /devices/query`), so tests can feed `loadModel` real shapes.
 * Keep them generic; add functions rather than changing these.
 */
import type { JsonObject, JsonValue } from '../../src/model/json.js';

/** Props of edgeConfiguration; every field the REST object has can be overridden or removed (`undefined` in `omit`). */
export interface EdgeConfigurationProps {
  readonly id?: string;
  /** `content.modulesContent`. @default a small valid base deployment (baseModulesContent()) */
  readonly modulesContent?: JsonObject;
  /** @default 0 */
  readonly priority?: JsonValue;
  /** @default "*" */
  readonly targetCondition?: JsonValue;
  /** @default '2024-01-01T00:00:00Z' */
  readonly createdTimeUtc?: JsonValue;
  readonly labels?: JsonValue;
  readonly etag?: JsonValue;
  /** Top-level keys to leave out entirely (e.g. ['priority'] to test the default). */
  readonly omit?: readonly string[];
  /** Extra top-level keys, written last. */
  readonly extra?: JsonObject;
}

/** A configuration object as `GET /configurations` returns it for an IoT Edge deployment. */
export function edgeConfiguration(props: EdgeConfigurationProps = {}): JsonObject {
  const config: JsonObject = {
    id: props.id ?? 'deployment',
    schemaVersion: '1.0',
    labels: props.labels ?? {},
    content: { modulesContent: props.modulesContent ?? baseModulesContent(), deviceContent: null, moduleContent: null },
    targetCondition: props.targetCondition ?? '*',
    priority: props.priority ?? 0,
    createdTimeUtc: props.createdTimeUtc ?? '2024-01-01T00:00:00Z',
    lastUpdatedTimeUtc: props.createdTimeUtc ?? '2024-01-01T00:00:00Z',
    etag: props.etag ?? 'MQ==',
    metrics: { queries: {}, results: {} },
    systemMetrics: { queries: {}, results: {} },
    ...(props.extra ?? {}),
  };
  for (const key of props.omit ?? []) delete config[key];
  return config;
}

/** An ADM device configuration (deviceContent): not an IoT Edge deployment. */
export function admConfiguration(id: string): JsonObject {
  return {
    id,
    schemaVersion: '1.0',
    labels: {},
    content: { deviceContent: { 'properties.desired.x': 1 }, modulesContent: null, moduleContent: null },
    targetCondition: '*',
    priority: 0,
    createdTimeUtc: '2024-01-01T00:00:00Z',
    etag: 'MQ==',
  };
}

/** A docker module of `$edgeAgent` desired properties; `extra` is spread last. */
export function edgeModule(image: string, extra: JsonObject = {}): JsonObject {
  return { version: '1.0', type: 'docker', status: 'running', restartPolicy: 'always', settings: { image, createOptions: '{}' }, ...extra };
}

/** Props of baseModulesContent. */
export interface BaseModulesContentProps {
  /** @default '1.1' */
  readonly agentSchemaVersion?: string;
  /** @default '1.1' */
  readonly hubSchemaVersion?: string;
  /** User modules. @default { SimulatedTemperatureSensor } */
  readonly modules?: JsonObject;
  /** @default { upstream: 'FROM /messages/* INTO $upstream' } */
  readonly routes?: JsonObject;
  readonly registryCredentials?: JsonObject;
  /** Module twins: name → desired properties. */
  readonly twins?: Record<string, JsonObject>;
  /** edgeHub's createOptions. @default its usual PortBindings of 443, 5671 and 8883 */
  readonly edgeHubCreateOptions?: string;
}

/** A complete, valid base `modulesContent` (az CLI schema-clean for agent 1.1 / hub 1.1 by default). */
export function baseModulesContent(props: BaseModulesContentProps = {}): JsonObject {
  const settings: JsonObject = { minDockerVersion: 'v1.25', loggingOptions: '' };
  if (props.registryCredentials !== undefined) settings['registryCredentials'] = props.registryCredentials;
  const content: JsonObject = {
    $edgeAgent: {
      'properties.desired': {
        schemaVersion: props.agentSchemaVersion ?? '1.1',
        runtime: { type: 'docker', settings },
        systemModules: {
          edgeAgent: { type: 'docker', settings: { image: 'mcr.microsoft.com/azureiotedge-agent:1.5', createOptions: '{}' } },
          edgeHub: {
            type: 'docker',
            status: 'running',
            restartPolicy: 'always',
            settings: {
              image: 'mcr.microsoft.com/azureiotedge-hub:1.5',
              createOptions: props.edgeHubCreateOptions ?? '{"HostConfig":{"PortBindings":{"443/tcp":[{"HostPort":"443"}],"5671/tcp":[{"HostPort":"5671"}],"8883/tcp":[{"HostPort":"8883"}]}}}',
            },
          },
        },
        modules: props.modules ?? { SimulatedTemperatureSensor: edgeModule('mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5') },
      },
    },
    $edgeHub: {
      'properties.desired': {
        schemaVersion: props.hubSchemaVersion ?? '1.1',
        routes: props.routes ?? { upstream: 'FROM /messages/* INTO $upstream' },
        storeAndForwardConfiguration: { timeToLiveSecs: 7200 },
      },
    },
  };
  for (const [name, desired] of Object.entries(props.twins ?? {})) content[name] = { 'properties.desired': desired };
  return content;
}

/** Props of edgeTwin. */
export interface EdgeTwinProps {
  readonly deviceId?: JsonValue;
  readonly tags?: JsonObject;
  readonly reported?: JsonObject;
  readonly desired?: JsonObject;
  /** `capabilities.iotEdge`. @default true */
  readonly iotEdge?: JsonValue;
  /** Top-level keys to leave out entirely (e.g. ['deviceId']). */
  readonly omit?: readonly string[];
}

/** A device twin as `POST /devices/query` (`SELECT * FROM devices`) returns it. */
export function edgeTwin(props: EdgeTwinProps = {}): JsonObject {
  const twin: JsonObject = {
    deviceId: props.deviceId ?? 'device-1',
    etag: 'AAAAAAAAAAE=',
    deviceEtag: 'NzQ2NTQ1MjM1',
    status: 'enabled',
    statusUpdateTime: '0001-01-01T00:00:00Z',
    connectionState: 'Disconnected',
    lastActivityTime: '0001-01-01T00:00:00Z',
    cloudToDeviceMessageCount: 0,
    authenticationType: 'sas',
    x509Thumbprint: { primaryThumbprint: null, secondaryThumbprint: null },
    modelId: '',
    version: 2,
    tags: props.tags ?? {},
    properties: {
      desired: { ...(props.desired ?? {}), $metadata: { $lastUpdated: '2024-01-01T00:00:00Z' }, $version: 1 },
      reported: { ...(props.reported ?? {}), $metadata: { $lastUpdated: '2024-01-01T00:00:00Z' }, $version: 1 },
    },
    capabilities: { iotEdge: props.iotEdge ?? true },
  };
  for (const key of props.omit ?? []) delete twin[key];
  return twin;
}
