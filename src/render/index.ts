export * from './rendered-device.js';
export * from './render-device.js';
export * from './render-kustomization.js';
export * from './manifest-file-name.js';
export * from './manifest-yaml.js';
