import type { ConfigError } from '../errors.js';
import type { EdgeDeployment } from './edge-deployment.js';
import type { EdgeDevice } from './edge-device.js';

/** The snapshot read into typed form: edge deployments and edge devices, everything else set aside. */
export interface HubModel {
  /** Hub name (first label of the host name). */
  readonly hub: string;
  /** Host name. @default `<hub>.azure-devices.net` */
  readonly hostName: string;
  /** Edge deployments, sorted by id. */
  readonly deployments: readonly EdgeDeployment[];
  /** Edge devices, sorted by deviceId. */
  readonly devices: readonly EdgeDevice[];
  /** Ids of configurations that are not edge deployments (ADM device/module configurations), sorted. */
  readonly ignoredConfigurations: readonly string[];
  /** Ids of twins that are not IoT Edge devices, sorted. */
  readonly ignoredDevices: readonly string[];
  /**
   * Problems found in a deployment by itself (schema, forbidden layered paths, createOptions chunks,
   * routes…), keyed by configuration id. A device that this deployment would apply to keeps its last
   * good output; no other device is affected.
   */
  readonly deploymentErrors: ReadonlyMap<string, readonly ConfigError[]>;
  /**
   * Findings the IoT Edge runtime ignores (e.g. a property the az CLI schema does not know), keyed by
   * configuration id. They never stop a device; `validate` prints them, `--strict` may promote them.
   * @default empty
   */
  readonly deploymentWarnings?: ReadonlyMap<string, readonly ConfigError[]>;
  /**
   * Items that are IoT Edge deployments by shape but cannot be used (no id, priority not an integer,
   * targetCondition not a string, not an object…). Their target and priority are unknown, so any device could
   * be theirs: every device keeps its last good output while one exists. Also listed in `errors`.
   * @default []
   */
  readonly unusableDeployments?: readonly ConfigError[];
  /** Problems not tied to one deployment or device (e.g. a twin without deviceId, duplicate ids). */
  readonly errors: readonly ConfigError[];
}
