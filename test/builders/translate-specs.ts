/**
 * Model objects that translate reads (ModuleSpec, EdgeHubSpec, RouteSpec) and the context a module translation
 * gets, written directly in model vocabulary, so unit tests of single translate files need no hub objects, no
 * model loader and no targeting. Every builder returns a fresh object; overrides replace fields.
 */
import type { EdgeHubSpec, ModuleSpec, RouteSpec } from '../../src/model/device-manifest.js';
import type { SourceRef } from '../../src/model/source-ref.js';
import { LedgerRecorder } from '../../src/translate/ledger-recorder.js';
import type { ModuleContext } from '../../src/translate/translate-module.js';
import { resolveTranslateOptions, type TranslateOptions } from '../../src/translate/translate-options.js';

/** Configuration id every builder here names as the source. */
export const SPEC_CONFIGURATION = 'base-config';

/** Where `$edgeAgent` puts module `name` in a configuration. */
export function moduleSourceRef(name: string): SourceRef {
  return { configurationId: SPEC_CONFIGURATION, jsonPath: `content.modulesContent.$edgeAgent["properties.desired"].modules.${name}` };
}

/** A running docker module with image `myacr.azurecr.io/<name>:1.0`, no createOptions and no env. */
export function dockerModuleSpec(name: string, overrides: Partial<ModuleSpec> = {}): ModuleSpec {
  return {
    name,
    system: false,
    type: 'docker',
    status: 'running',
    restartPolicy: 'always',
    image: `myacr.azurecr.io/${name.toLowerCase()}:1.0`,
    createOptions: null,
    createOptionsForm: 'absent',
    env: [],
    source: moduleSourceRef(name),
    raw: {},
    ...overrides,
  };
}

/** `$edgeHub` as a module spec (systemModules.edgeHub). */
export function edgeHubModuleSpec(overrides: Partial<ModuleSpec> = {}): ModuleSpec {
  return dockerModuleSpec('$edgeHub', {
    system: true,
    image: 'mcr.microsoft.com/azureiotedge-hub:1.5',
    source: { configurationId: SPEC_CONFIGURATION, jsonPath: 'content.modulesContent.$edgeAgent["properties.desired"].systemModules.edgeHub' },
    ...overrides,
  });
}

/** One route of `$edgeHub`, its `modules` list empty unless given. */
export function routeSpec(name: string, route: string, overrides: Partial<RouteSpec> = {}): RouteSpec {
  return {
    name,
    route,
    modules: [],
    source: { configurationId: SPEC_CONFIGURATION, jsonPath: `content.modulesContent.$edgeHub["properties.desired"].routes.${name}` },
    ...overrides,
  };
}

/** `$edgeHub` desired properties, schema 1.1, store-and-forward 7200 s (IoT Hub's default), the given routes. */
export function edgeHubSpec(routes: readonly RouteSpec[] = [], overrides: Partial<EdgeHubSpec> = {}): EdgeHubSpec {
  return {
    schemaVersion: '1.1',
    routes,
    timeToLiveSecs: 7200,
    raw: {},
    source: { configurationId: SPEC_CONFIGURATION, jsonPath: 'content.modulesContent.$edgeHub["properties.desired"]' },
    ...overrides,
  };
}

/** Options of the hub `myhub` with every default applied, and the given overrides. */
export function resolvedOptions(overrides: Partial<TranslateOptions> = {}): ReturnType<typeof resolveTranslateOptions> {
  return resolveTranslateOptions({ hub: 'myhub', hostName: 'myhub.azure-devices.net', ...overrides });
}

/** What translateModule needs from device `device-1`: no pull secrets, no registry passwords, no twin. */
export function moduleContext(resourceName: string, overrides: Partial<ModuleContext> = {}): ModuleContext {
  return {
    deviceId: 'device-1',
    options: resolvedOptions(),
    resourceName,
    isEdgeHub: false,
    pullSecrets: new Map(),
    registryPasswords: new Set(),
    deviceLabels: { 'app.kubernetes.io/managed-by': 'iotedge-gitops' },
    deviceAnnotations: {},
    ...overrides,
  };
}

/** A recorder for module `name` of device `device-1`, at the module's source path. */
export function moduleRecorder(name: string): LedgerRecorder {
  return new LedgerRecorder('device-1', name, moduleSourceRef(name));
}
