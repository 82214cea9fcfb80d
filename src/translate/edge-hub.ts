import type { EdgeHubSpec, RouteSpec } from '../model/device-manifest.js';
import type { JsonObject } from '../model/json.js';
import type { ConfigMapIntent, StringMap } from './device-intent.js';
import { LedgerRecorder } from './ledger-recorder.js';
import { stableJson } from './stable-json.js';

/** ConfigMap holding edgeHub's routes, store-and-forward and MQTT broker settings. */
export const EDGEHUB_CONFIG_MAP = 'edgehub-config';
/** File name inside it. */
export const EDGEHUB_CONFIG_FILE = 'edgehub-config.json';
/** Where the edgeHub Deployment mounts it. */
export const EDGEHUB_CONFIG_DIR = '/etc/iotedge-gitops/edgehub';

/** `FROM <source> [WHERE <condition>] INTO <sink>` (edgeHub route grammar, keywords case-insensitive). */
const ROUTE = /^\s*FROM\s+\S+(?:\s+WHERE\s+[\s\S]+?)?\s+INTO\s+\S[\s\S]*$/i;
const SOURCE_MODULE = /\/messages\/modules\/([^/\s"*]+)/gi;
const SINK_MODULE = /BrokeredEndpoint\s*\(\s*"\/modules\/([^/"]+)\/inputs\//gi;

/** Module names a route reads from or writes to, as written in the route text (and the model's list). */
export function routeModules(route: RouteSpec): string[] {
  const names = new Set(route.modules);
  for (const m of route.route.matchAll(SOURCE_MODULE)) if (m[1] !== undefined) names.add(m[1]);
  for (const m of route.route.matchAll(SINK_MODULE)) if (m[1] !== undefined) names.add(m[1]);
  return [...names].sort();
}

/** The edgeHub configuration as one sorted JSON document (object-form routes). */
export function edgeHubConfig(hub: EdgeHubSpec): JsonObject {
  const routes: JsonObject = {};
  for (const r of hub.routes) {
    routes[r.name] = {
      route: r.route,
      ...(r.priority !== undefined ? { priority: r.priority } : {}),
      ...(r.timeToLiveSecs !== undefined ? { timeToLiveSecs: r.timeToLiveSecs } : {}),
    };
  }
  return {
    schemaVersion: hub.schemaVersion,
    routes,
    storeAndForwardConfiguration: { timeToLiveSecs: hub.timeToLiveSecs },
    ...(hub.mqttBroker !== undefined ? { mqttBroker: hub.mqttBroker } : {}),
  };
}

/**
 * Validates routes and records edgeHub's desired properties. A route that does not parse is an error; a
 * route naming a module the device does not run is accepted (edgeHub accepts it too) with an
 * `approximate` ledger warning.
 */
export function translateEdgeHub(
  hub: EdgeHubSpec,
  deviceId: string,
  moduleNames: ReadonlySet<string>,
  labels: StringMap,
  annotations: StringMap,
): { configMap: ConfigMapIntent; recorder: LedgerRecorder } {
  const rec = new LedgerRecorder(deviceId, '$edgeHub', hub.source);
  const target = `ConfigMap ${EDGEHUB_CONFIG_MAP}`;
  for (const route of hub.routes) {
    const at = new LedgerRecorder(deviceId, '$edgeHub', route.source);
    if (!ROUTE.test(route.route)) {
      at.fail(`route '${route.name}' does not parse (expected FROM <source> [WHERE <condition>] INTO <sink>)`, []);
    } else {
      const missing = routeModules(route).filter((m) => !moduleNames.has(m));
      if (missing.length > 0) {
        at.record(`routes.${route.name}`, 'approximate', target, `Names module(s) the device does not run (${missing.join(', ')}); edgeHub accepts the route, it just never matches.`, []);
      } else {
        at.record(`routes.${route.name}`, 'exact', target, 'Written to the edgeHub ConfigMap; edgeHub applies it from its twin, which IoT Hub fills from the same deployment.', []);
      }
    }
    rec.entries.push(...at.entries);
    rec.errors.push(...at.errors);
  }
  rec.record('storeAndForwardConfiguration.timeToLiveSecs', 'exact', target, 'Written to the edgeHub ConfigMap; same meaning.', ['storeAndForwardConfiguration', 'timeToLiveSecs']);
  if (hub.mqttBroker !== undefined) rec.record('mqttBroker', 'exact', target, 'Written to the edgeHub ConfigMap as given.', ['mqttBroker']);
  const configMap: ConfigMapIntent = {
    name: EDGEHUB_CONFIG_MAP,
    labels,
    annotations,
    data: { [EDGEHUB_CONFIG_FILE]: stableJson(edgeHubConfig(hub)) },
  };
  return { configMap, recorder: rec };
}
