import { redactCredentials } from '../model/credential-patterns.js';
import type { ModuleTwinSpec } from '../model/device-manifest.js';
import type { JsonObject } from '../model/json.js';
import type { ConfigMapIntent, StringMap } from './device-intent.js';
import { LedgerRecorder } from './ledger-recorder.js';
import { stableJson } from './stable-json.js';

/** File name of the desired properties inside a twin ConfigMap. */
export const TWIN_FILE = 'twin.json';
/** Where a module's Deployment mounts its twin ConfigMap. */
export const TWIN_DIR = '/etc/iotedge-gitops/twin';

/** Name of a module's twin ConfigMap. */
export function twinConfigMapName(resourceName: string): string {
  return `${resourceName}-twin`;
}

/**
 * Module twins → one ConfigMap `<module>-twin` per module the device runs (desired properties as sorted
 * JSON). A twin for a module the device does not run gets an `approximate` warning and no object.
 */
export function translateModuleTwins(
  twins: readonly ModuleTwinSpec[],
  deviceId: string,
  resourceNames: ReadonlyMap<string, string>,
  labelsFor: (resourceName: string, module: string) => { labels: StringMap; annotations: StringMap },
): { configMaps: ConfigMapIntent[]; recorders: LedgerRecorder[] } {
  const configMaps: ConfigMapIntent[] = [];
  const recorders: LedgerRecorder[] = [];
  for (const twin of twins) {
    const rec = new LedgerRecorder(deviceId, twin.module, twin.source);
    recorders.push(rec);
    const resource = resourceNames.get(twin.module);
    if (resource === undefined) {
      rec.record('properties.desired', 'approximate', '', 'Desired properties for a module this device does not run: IoT Hub keeps them on the module twin, nothing here uses them.', []);
      continue;
    }
    const name = twinConfigMapName(resource);
    const { labels, annotations } = labelsFor(resource, twin.module);
    // Git must never hold a secret: credential values are replaced by a marker; the module still gets
    // the real value from its twin.
    const desired = redactCredentials(twin.desired, (path) =>
      rec.record(`properties.desired.${path.join('.')}`, 'approximate', `ConfigMap ${name}`, 'A credential: its value is not written to Git; the module receives it from its twin.', path),
    ) as JsonObject;
    configMaps.push({ name, labels, annotations, data: { [TWIN_FILE]: stableJson(desired) } });
    rec.record('properties.desired', 'exact', `ConfigMap ${name} (${TWIN_DIR}/${TWIN_FILE})`, 'Written to the twin ConfigMap mounted into the module; the module still receives them from its twin, which IoT Hub fills from the same deployment.', []);
  }
  return { configMaps, recorders };
}
