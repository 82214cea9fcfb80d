/** The clusters a hub's IoT Edge devices go to: what `init --from-hub` writes Flux and Argo CD objects for. */
import { loadModel } from '../model/load-model.js';
import type { HubModel } from '../model/hub-model.js';
import type { HubSnapshot } from '../model/hub-snapshot.js';
import { deviceIdentity } from '../translate/device-identity.js';

/** Sorted cluster folder names (`devices/<cluster>/`) of every IoT Edge device, named exactly as sync names them. */
export function clustersInHub(snapshot: HubSnapshot, clusterTag: string): string[] {
  return clustersOfModel(loadModel(snapshot), clusterTag);
}

/** As `clustersInHub`, from the hub's model. */
export function clustersOfModel(model: HubModel, clusterTag: string): string[] {
  return [...new Set(model.devices.map((device) => deviceIdentity(model.hub, device, clusterTag).cluster))].sort();
}
