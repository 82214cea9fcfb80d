/**
 * The test builders, in one module: hub objects as the IoT Hub REST API returns them, snapshots of whole fleets,
 * the real example manifests, typed model objects, real device targets, device intents, output plans, translate
 * specs, change reviews and git work trees. Tests import from here, or from one part of test/builders/ (grouped by
 * what they build) when that is all they need, so a small unit test loads less. Every builder returns a fresh object.
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
export * from './builders/translate-specs.js';
export * from './builders/change-reviews.js';
