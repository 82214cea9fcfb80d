/**
 * Deterministic synthetic IoT Hub for the benchmark: edge deployments cloned from the real manifests of the
 * bundled example (examples/hub-snapshot.json) and device twins drawn from a seeded PRNG, so every run of
 * `npm run bench` measures the same input. Not a test fixture: nothing here is asserted against by hand.
 */
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import { seededRandom } from '../helpers/seeded-random.js';

/** Size and seed of one synthetic hub. */
export interface SyntheticHubOptions {
  readonly devices: number;
  /** @default 20 */
  readonly bases?: number;
  /** @default 30 */
  readonly layers?: number;
  /** @default 7 */
  readonly seed?: number;
  /**
   * Spread the devices over this many clusters, `cluster-000` … (twin tag `cluster`, drawn from the same seeded
   * PRNG, so the rest of the hub does not change with it). @default the five named clusters of the bench
   */
  readonly clusters?: number;
}


const SITES = ['factory', 'plant2', 'plant3', 'warehouse', 'port', 'mine'];
const ENVIRONMENTS = ['prod', 'prod', 'prod', 'staging', 'dev', 'test'];
const REGIONS = ['eu1', 'eu2', 'us1', 'us2', 'ap1'];
const ROLES = ['telemetry', 'vision', 'gateway', 'control'];
const CLUSTERS = ['plant-a', 'plant-b', 'plant-c', 'edge-east', 'edge-west'];

/** Base target conditions: tag equality, IN lists, reported properties, AND/OR/NOT. */
function baseCondition(i: number): string {
  const site = SITES[i % SITES.length]!;
  const env = ENVIRONMENTS[i % 3 === 0 ? 0 : 3 + (i % 3)]!;
  switch (i % 5) {
    case 0:
      return `tags.site = '${site}'`;
    case 1:
      return `tags.site = '${site}' AND tags.environment IN ['${env}', 'prod']`;
    case 2:
      return `tags.role = '${ROLES[i % ROLES.length]}' AND NOT (tags.region = '${REGIONS[i % REGIONS.length]}')`;
    case 3:
      return `tags.region IN ['${REGIONS[i % REGIONS.length]}', '${REGIONS[(i + 1) % REGIONS.length]}'] AND properties.reported.firmware >= ${1 + (i % 3)}`;
    default:
      return `tags.environment = '${env}' OR tags.camera = true`;
  }
}

/** Layer conditions: narrow (each matches about 1 device in 20), so a device gets one or two layers. */
function layerCondition(i: number): string {
  const region = REGIONS[i % REGIONS.length]!;
  switch (i % 6) {
    case 0:
      return `tags.region = '${region}' AND tags.line = 'l${i % 4}'`;
    case 1:
      return `tags.environment = 'prod' AND tags.line IN ['l${i % 4}', 'l${(i + 1) % 4}'] AND tags.region = '${region}'`;
    case 2:
      return `properties.reported.firmware >= ${3 + (i % 3)} AND tags.site = '${SITES[i % SITES.length]}'`;
    case 3:
      return `tags.role = '${ROLES[i % ROLES.length]}' AND (tags.analytics = true OR tags.camera = true)`;
    case 4:
      return `NOT (tags.environment = 'prod') AND tags.region IN ['${region}', '${REGIONS[(i + 2) % REGIONS.length]}'] AND tags.line = 'l1'`;
    default:
      return `tags.site = '${SITES[(i + 1) % SITES.length]}' AND tags.camera = false AND tags.line = 'l2'`;
  }
}

/** `cluster-000`, `cluster-001`, …: valid cluster folder names (DNS-1123 labels) that sort as they are numbered. */
export function numberedClusters(count: number): string[] {
  const width = Math.max(3, String(count - 1).length);
  return Array.from({ length: count }, (_, i) => `cluster-${String(i).padStart(width, '0')}`);
}

function clone<T extends JsonValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Renames every module a layer adds (keys, routes, module twin) so that layers add distinct modules. */
function renameLayerModules(configuration: JsonObject, suffix: string): JsonObject {
  let text = JSON.stringify(configuration);
  const names = [...text.matchAll(/"properties\.desired\.modules\.([A-Za-z0-9_]+)"/g)].map((m) => m[1]!);
  for (const name of new Set(names)) text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), `${name}${suffix}`);
  return JSON.parse(text) as JsonObject;
}

/**
 * A hub with `devices` edge devices and `bases` + `layers` edge deployments cloned round-robin from the
 * example's base and layered deployments (real manifests: 2 to 7 modules each). About 4% of devices carry tags
 * no base condition matches (unmanaged), as in a real fleet with devices still being provisioned.
 */
export function syntheticHub(example: HubSnapshot, options: SyntheticHubOptions): HubSnapshot {
  const random = seededRandom(options.seed ?? 7);
  const clusters = options.clusters === undefined ? CLUSTERS : numberedClusters(options.clusters);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const edge = example.configurations.filter((c) => {
    const content = (c as JsonObject)['content'] as JsonObject;
    return content['modulesContent'] !== undefined && content['modulesContent'] !== null;
  }) as JsonObject[];
  const isLayer = (c: JsonObject) => Object.keys(((((c['content'] as JsonObject)['modulesContent'] as JsonObject)['$edgeAgent']) as JsonObject)).some((k) => k !== 'properties.desired');
  const bigFirst = edge.filter((c) => !isLayer(c)).sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length);
  const baseShapes = bigFirst;
  const layerShapes = edge.filter(isLayer);
  const configurations: JsonValue[] = [];
  for (let i = 0; i < (options.bases ?? 20); i++) {
    const c = clone(baseShapes[i % baseShapes.length]!);
    c['id'] = `base-${String(i).padStart(2, '0')}-${String(c['id'])}`;
    c['targetCondition'] = baseCondition(i);
    c['priority'] = 10 + ((i * 7) % 23);
    configurations.push(c);
  }
  for (let i = 0; i < (options.layers ?? 30); i++) {
    const c = renameLayerModules(clone(layerShapes[i % layerShapes.length]!), String(i % 10));
    c['id'] = `layer-${String(i).padStart(2, '0')}-${String(c['id'])}`;
    c['targetCondition'] = layerCondition(i);
    c['priority'] = 50 + i;
    configurations.push(c);
  }
  const template = example.devices[0] as JsonObject;
  const devices: JsonValue[] = [];
  for (let i = 0; i < options.devices; i++) {
    const deviceId = `edge-${String(i).padStart(6, '0')}`;
    const unmanaged = random() < 0.04;
    const tags: JsonObject = unmanaged
      ? { site: 'lab', environment: 'lab', cluster: pick(clusters) }
      : {
          site: pick(SITES),
          environment: pick(ENVIRONMENTS),
          region: pick(REGIONS),
          role: pick(ROLES),
          line: `l${Math.floor(random() * 4)}`,
          camera: random() < 0.2,
          analytics: random() < 0.15,
          cluster: pick(clusters),
        };
    const twin = clone(template);
    twin['deviceId'] = deviceId;
    twin['deviceScope'] = `ms-azure-iot-edge://${deviceId}-637000000000000000`;
    twin['tags'] = tags;
    ((twin['properties'] as JsonObject)['reported'] as JsonObject)['firmware'] = 1 + Math.floor(random() * 5);
    devices.push(twin);
  }
  return { hub: 'fleet-hub', hostName: 'fleet-hub.azure-devices.net', configurations, devices };
}
