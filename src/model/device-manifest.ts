import type { CreateOptionsReading } from './docker-create-options.js';
import type { JsonObject, JsonValue } from './json.js';
import type { SourceRef } from './source-ref.js';

/** `modules.<name>.status`. */
export type ModuleStatus = 'running' | 'stopped';
/** `modules.<name>.restartPolicy`. */
export type RestartPolicy = 'always' | 'never' | 'on-failure' | 'on-unhealthy';
/** `modules.<name>.imagePullPolicy` (agent schema 1.1). */
export type ImagePullPolicy = 'on-create' | 'never';

/** One `env` entry of a module: `{"NAME": {"value": ...}}`. */
export interface EnvSetting {
  readonly name: string;
  /** As written: Kubernetes needs strings, translate stringifies with JSON rules. */
  readonly value: string | number | boolean;
  readonly source: SourceRef;
}


/** How createOptions were written in the manifest. */
export type CreateOptionsForm = 'absent' | 'string' | 'chunked' | 'object';

/** One module of the merged `$edgeAgent` document, system modules included. */
export interface ModuleSpec {
  /** Name as written: the `modules` key, or `$edgeHub` / `$edgeAgent` for system modules. */
  readonly name: string;
  /** True for `systemModules.edgeHub` / `systemModules.edgeAgent`. */
  readonly system: boolean;
  /** @default 'docker' */
  readonly type: string;
  /** User-defined version string. @default undefined */
  readonly version?: string;
  /** @default 'running' */
  readonly status: ModuleStatus;
  /** @default 'always' */
  readonly restartPolicy: RestartPolicy;
  /** @default undefined (IoT Edge behaves as on-create) */
  readonly imagePullPolicy?: ImagePullPolicy;
  /** Lower starts first. @default undefined (IoT Edge: start last) */
  readonly startupOrder?: number;
  /** `settings.image`, trimmed. */
  readonly image: string;
  /** createOptions after chunks were joined and parsed; null when absent, empty, whitespace or "null". */
  readonly createOptions: JsonObject | null;
  /** How createOptions were written. */
  readonly createOptionsForm: CreateOptionsForm;
  /**
   * Where createOptions were read by the IoT Edge agent's rules rather than as strict, exactly-cased JSON
   * (lenient syntax, a member name in another case, a primitive converted to the member's type).
   * @default [] (nothing read leniently)
   */
  readonly createOptionsReadings?: readonly CreateOptionsReading[];
  /** `env`, sorted by name (JSON key order carries no meaning in a twin). */
  readonly env: readonly EnvSetting[];
  /** The configuration key that supplied this module. */
  readonly source: SourceRef;
  /** The module object as merged, for fields this interface does not name (reported in the ledger). */
  readonly raw: JsonObject;
}

/** One registry credential of `runtime.settings.registryCredentials`. The password is a secret: never write it anywhere. */
export interface RegistryCredential {
  /** The key under registryCredentials. */
  readonly name: string;
  readonly address: string;
  readonly username: string;
  readonly password: string;
  readonly source: SourceRef;
}

/** One edgeHub route, string or object form normalised. */
export interface RouteSpec {
  readonly name: string;
  readonly route: string;
  /** 0 (highest) … 9. @default undefined (edgeHub's default) */
  readonly priority?: number;
  /** 0 or undefined inherit storeAndForwardConfiguration.timeToLiveSecs. */
  readonly timeToLiveSecs?: number;
  /** Module names the route reads from or writes to. */
  readonly modules: readonly string[];
  readonly source: SourceRef;
}

/** The merged `$edgeHub` desired properties. */
export interface EdgeHubSpec {
  /** '1.0' … '1.3'. */
  readonly schemaVersion: string;
  /** Sorted by name. */
  readonly routes: readonly RouteSpec[];
  /** storeAndForwardConfiguration.timeToLiveSecs. @default 7200 */
  readonly timeToLiveSecs: number;
  /** mqttBroker section (schema ≥ 1.2), verbatim. @default undefined */
  readonly mqttBroker?: JsonValue;
  /** The whole desired document, for ConfigMap rendering. */
  readonly raw: JsonObject;
  readonly source: SourceRef;
}

/** Desired properties of one module twin (any modulesContent key other than $edgeAgent/$edgeHub). */
export interface ModuleTwinSpec {
  readonly module: string;
  /** Merged desired properties, `$metadata`/`$version` stripped. */
  readonly desired: JsonObject;
  readonly source: SourceRef;
}

/** Everything a device should run, as IoT Hub would deliver it after targeting and layering. */
export interface DeviceManifest {
  /** `$edgeAgent` schemaVersion: '1.0' or '1.1'. */
  readonly agentSchemaVersion: string;
  /** `systemModules.edgeAgent` (not deployed: recorded for the ledger). */
  readonly edgeAgent: ModuleSpec;
  /** `systemModules.edgeHub`. */
  readonly edgeHub: ModuleSpec;
  /** User modules, sorted by name. */
  readonly modules: readonly ModuleSpec[];
  /** Sorted by name. */
  readonly registryCredentials: readonly RegistryCredential[];
  readonly hub: EdgeHubSpec;
  /** Sorted by module name. */
  readonly moduleTwins: readonly ModuleTwinSpec[];
}
