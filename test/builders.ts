/**
 * The test builders, in one module: hub objects as the IoT Hub REST API returns them, snapshots of whole fleets,
 * the real example manifests, typed model objects, real device targets, device intents and output plans. Tests
 * import from here; the parts in test/builders/ are grouped by what they build. Every builder returns a fresh object.
 */
export * from './builders/hub-objects.js';
export * from './builders/hub-fleet.js';
export * from './builders/fleets.js';
export * from './builders/synthetic-hub.js';
export * from './builders/model-objects.js';
export * from './builders/example-manifests.js';
export * from './builders/device-targets.js';
export * from './builders/device-intents.js';
export * from './builders/output-plans.js';
