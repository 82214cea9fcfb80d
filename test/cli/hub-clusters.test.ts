/**
 * The clusters `init --from-hub` writes Flux and Argo CD objects for (src/cli/hub-clusters.ts): the cluster folder
 * of every IoT Edge device, as sync names it (the cluster tag's value made a DNS label, `default` without one),
 * each once and sorted. Twins that are not IoT Edge devices have no folder.
 */
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { loadModel } from '../../src/model/load-model.js';
import { clustersInHub, clustersOfModel } from '../../src/cli/hub-clusters.js';

const edge = (deviceId: string, tags: JsonObject = {}): JsonObject => ({ deviceId, capabilities: { iotEdge: true }, tags });
const leaf = (deviceId: string, tags: JsonObject = {}): JsonObject => ({ deviceId, capabilities: { iotEdge: false }, tags });
const hub = (...devices: JsonObject[]): HubSnapshot => ({ hub: 'h', configurations: [], devices });

describe('clustersInHub', () => {
  it.each<{ name: string; snapshot: HubSnapshot; clusterTag?: string; expected: string[] }>([
    { name: 'no devices: no clusters', snapshot: hub(), expected: [] },
    { name: 'each cluster once, sorted', snapshot: hub(edge('a', { cluster: 'plant-b' }), edge('b', { cluster: 'plant-a' }), edge('c', { cluster: 'plant-b' })), expected: ['plant-a', 'plant-b'] },
    { name: 'a device without the tag goes to default', snapshot: hub(edge('a'), edge('b', { cluster: 'plant-a' })), expected: ['default', 'plant-a'] },
    { name: 'named as sync names them: the tag value made a DNS label', snapshot: hub(edge('a', { cluster: 'Berlin_2' })), expected: ['berlin-2'] },
    { name: 'twins that are not IoT Edge devices are left out', snapshot: hub(leaf('sensor', { cluster: 'leaf-cluster' }), edge('gw', { cluster: 'plant-a' })), expected: ['plant-a'] },
    { name: 'another cluster tag: that tag is read, `cluster` is just a tag', snapshot: hub(edge('a', { cluster: 'north', site: 'south' })), clusterTag: 'site', expected: ['south'] },
    { name: 'another cluster tag missing: default', snapshot: hub(edge('a', { cluster: 'north' })), clusterTag: 'site', expected: ['default'] },
  ])('$name', ({ snapshot, clusterTag, expected }) => {
    expect(clustersInHub(snapshot, clusterTag ?? 'cluster')).toStrictEqual(expected);
  });
});

describe('clustersOfModel', () => {
  it('gives what clustersInHub gives for the model of the same snapshot', () => {
    const snapshot = hub(edge('a', { cluster: 'z' }), edge('b'), leaf('c', { cluster: 'y' }));
    expect(clustersOfModel(loadModel(snapshot), 'cluster')).toStrictEqual(['default', 'z']);
  });
});
