/** Stage `model`: reads a raw HubSnapshot into typed deployments, devices and per-device manifests. */
export * from './json.js';
export * from './json-path.js';
export * from './hub-snapshot.js';
export * from './edge-deployment.js';
export * from './edge-device.js';
export * from './source-ref.js';
export * from './merged-desired.js';
export * from './device-manifest.js';
export * from './hub-model.js';
