/**
 * Typed model objects written directly (no loadModel), so the targeting and model tests depend only on the model
 * contract types: deployments, devices, a HubModel, and the MergedDesired targeting would produce.
 */
import type { ConfigError } from '../../src/errors.js';
import type { EdgeDeployment } from '../../src/model/edge-deployment.js';
import type { EdgeDevice } from '../../src/model/edge-device.js';
import type { HubModel } from '../../src/model/hub-model.js';
import { isJsonObject, type JsonObject } from '../../src/model/json.js';
import type { DesiredWrite, MergedDesired } from '../../src/model/merged-desired.js';
import { baseModulesContent, edgeModule } from './hub-objects.js';

/** Props of `deployment`; kind follows from modulesContent unless given. */
export interface DeploymentProps {
  readonly id: string;
  readonly priority?: number;
  readonly createdTimeUtc?: string;
  readonly targetCondition?: string;
  readonly modulesContent?: JsonObject;
  readonly kind?: EdgeDeployment['kind'];
}

/** An EdgeDeployment; kind = base iff `$edgeAgent["properties.desired"]` is an object (spec §2). @default targetCondition '*' */
export function deployment(props: DeploymentProps): EdgeDeployment {
  const modulesContent = props.modulesContent ?? {};
  const agent = modulesContent['$edgeAgent'];
  const kind = props.kind ?? (isJsonObject(agent) && isJsonObject(agent['properties.desired']) ? 'base' : 'layered');
  return {
    id: props.id,
    kind,
    priority: props.priority ?? 0,
    createdTimeUtc: props.createdTimeUtc ?? '2024-01-01T00:00:00Z',
    etag: null,
    targetCondition: props.targetCondition ?? '*',
    modulesContent,
    labels: {},
    index: 0,
  };
}

/** A docker module spec (the shared test builder's, under the name the targeting tests use). */
export const moduleSpec = edgeModule;

/** A valid base `modulesContent` with the given user modules, routes and module twins. */
export function baseContent(modules: Record<string, JsonObject> = {}, routes: Record<string, string> = {}, twins: Record<string, JsonObject> = {}): JsonObject {
  return baseModulesContent({ modules, routes, twins, edgeHubCreateOptions: '{}' });
}

/** An edge device whose twin is `{deviceId, capabilities: {iotEdge: true}, ...twin}`. */
export function edgeDevice(deviceId: string, twin: JsonObject = {}): EdgeDevice {
  const full: JsonObject = { deviceId, capabilities: { iotEdge: true }, ...twin };
  return { deviceId, twin: full, tags: isJsonObject(full['tags']) ? full['tags'] : {}, index: 0 };
}

/** A HubModel over the given deployments and devices, sorted as loadModel sorts them. */
export function hubModel(deployments: EdgeDeployment[], devices: EdgeDevice[], deploymentErrors: Record<string, ConfigError[]> = {}): HubModel {
  const byId = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    hub: 'testhub',
    hostName: 'testhub.azure-devices.net',
    deployments: [...deployments].sort(byId((d) => d.id)),
    devices: [...devices].sort(byId((d) => d.deviceId)),
    ignoredConfigurations: [],
    ignoredDevices: [],
    deploymentErrors: new Map(Object.entries(deploymentErrors)),
    errors: [],
  };
}

/** Freezes a JSON value deeply, so a test fails if the code under test writes into its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** What targeting produces for a device that only a base deployment targets: one whole write per twin. */
export function baseOnly(configurationId: string, modulesContent: JsonObject): MergedDesired {
  const twins: Record<string, JsonObject> = {};
  const writes: DesiredWrite[] = [];
  for (const [twin, content] of Object.entries(modulesContent)) {
    twins[twin] = structuredClone((content as JsonObject)['properties.desired'] as JsonObject);
    writes.push({ twin, path: [], source: { configurationId, jsonPath: `content.modulesContent.${twin}["properties.desired"]` } });
  }
  return { twins, writes };
}

/** A layer write of key `properties.desired.<path>` of `twin` by `configurationId`. */
export function layerWrite(configurationId: string, twin: string, path: string[]): DesiredWrite {
  return { twin, path, source: { configurationId, jsonPath: `content.modulesContent.${twin}["properties.desired.${path.join('.')}"]` } };
}
