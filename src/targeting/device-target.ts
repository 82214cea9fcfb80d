import type { ConfigError } from '../errors.js';
import type { DeviceManifest } from '../model/device-manifest.js';
import type { EdgeDeployment } from '../model/edge-deployment.js';
import type { EdgeDevice } from '../model/edge-device.js';
import type { MergedDesired } from '../model/merged-desired.js';

/** Why a deployment did or did not apply to a device (for `explain`). */
export type DecisionReason =
  | 'applied-base' // the winning base deployment
  | 'applied-layer' // a layered deployment merged on top of the base
  | 'condition-false' // target condition did not match the twin
  | 'condition-error' // target condition could not be parsed or evaluated
  | 'lower-priority' // a base with higher priority won
  | 'older-at-equal-priority' // a base with equal priority but newer createdTimeUtc (or, on a tie, larger id) won
  | 'not-above-base' // a layer whose priority is not strictly greater than the base's
  | 'no-base'; // a layer matched but no base deployment did, so it is not applied

/** The verdict on one deployment for one device. */
export interface DeploymentDecision {
  readonly configurationId: string;
  readonly kind: EdgeDeployment['kind'];
  readonly priority: number;
  readonly reason: DecisionReason;
  /** Human-readable detail, e.g. which base won. */
  readonly detail: string;
}

/** Targeting's answer for one edge device. */
export interface DeviceTarget {
  readonly device: EdgeDevice;
  /** The winning base deployment; null when none matches (device unmanaged: emit nothing, delete nothing). */
  readonly base: EdgeDeployment | null;
  /** Applied layers, in the order they were merged (ascending priority). */
  readonly layers: readonly EdgeDeployment[];
  /** One decision per edge deployment, sorted by configuration id. */
  readonly decisions: readonly DeploymentDecision[];
  /** The merged modulesContent; null when there is no base or the merge failed. */
  readonly merged: MergedDesired | null;
  /** The typed manifest; null when there is no base or it has errors. */
  readonly manifest: DeviceManifest | null;
  /** Errors that make this device keep its last good output. Empty when the device is fine. */
  readonly errors: readonly ConfigError[];
}
