/** The fake IoT hub and its data builders, for tests of anything that reads a live hub. */
export * from './fake-iothub.js';
export * from './fake-hub-agent.js';
export * from './hub-data.js';
export * from './sas.js';
export * from './test-certificate.js';
