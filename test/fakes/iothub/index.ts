/** The fake IoT hub, for tests of anything that reads a live hub (its fleets are in test/builders.ts). */
export * from './fake-iothub.js';
export * from './fake-hub-agent.js';
export * from './sas.js';
export * from './test-certificate.js';
