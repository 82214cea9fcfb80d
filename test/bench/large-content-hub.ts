/**
 * A hub of one edge device whose deployments are large rather than many (issue 19 item 15): a layered deployment
 * of `layerKeys` module-twin keys, and a base module whose createOptions (object form) has `labels` Labels. Work
 * that is quadratic in such sizes shows here as minutes instead of seconds.
 */
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';

/** Sizes of the large content. */
export interface LargeContentProps {
  readonly layerKeys: number;
  readonly labels: number;
}

/** The hub; deterministic. */
export function largeContentHub(props: LargeContentProps): HubSnapshot {
  const agent = {
    schemaVersion: '1.1',
    runtime: { type: 'docker', settings: {} },
    systemModules: {
      edgeAgent: { type: 'docker', settings: { image: 'mcr.microsoft.com/azureiotedge-agent:1.4' } },
      edgeHub: { type: 'docker', status: 'running', restartPolicy: 'always', settings: { image: 'mcr.microsoft.com/azureiotedge-hub:1.4' } },
    },
    modules: {
      sensor: {
        version: '1.0', type: 'docker', status: 'running', restartPolicy: 'always',
        settings: {
          image: 'contoso.azurecr.io/sensor:1.0',
          createOptions: { Labels: Object.fromEntries(Array.from({ length: props.labels }, (_, i) => [`com.contoso.label${i}`, `v${i}`])) },
        },
      },
    },
  };
  const layer: JsonObject = Object.fromEntries(Array.from({ length: props.layerKeys }, (_, i) => [`properties.desired.setting${i}`, i]));
  return {
    hub: 'bench-hub',
    configurations: [
      { id: 'large-base', priority: 10, targetCondition: '*', createdTimeUtc: '2024-01-01T00:00:00Z', etag: 'b', content: { modulesContent: { $edgeAgent: { 'properties.desired': agent }, $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes: {}, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } } } } },
      { id: 'large-layer', priority: 20, targetCondition: '*', createdTimeUtc: '2024-01-01T00:00:00Z', etag: 'l', content: { modulesContent: { sensor: layer } } },
    ],
    devices: [{ deviceId: 'large-device', tags: {}, properties: { desired: {}, reported: {} }, capabilities: { iotEdge: true } }],
  } as unknown as HubSnapshot;
}
