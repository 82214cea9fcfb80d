/** Stage `targeting`: which deployments apply to each edge device, and the merged desired properties. */
import { ConfigError } from '../errors.js';
import type { DeviceManifest } from '../model/device-manifest.js';
import type { EdgeDevice } from '../model/edge-device.js';
import type { HubModel } from '../model/hub-model.js';
import type { MergedDesired } from '../model/merged-desired.js';
import { parseDeviceManifest } from '../model/parse-manifest.js';
import { compileDeployments, type CompiledDeployment } from './compile-deployments.js';
import type { DeploymentDecision, DeviceTarget } from './device-target.js';
import { isolationErrors } from './isolation-errors.js';
import { twinSizeErrors } from './twin-size-limit.js';
import { mergeLayers, type EqualPriorityOverwrite } from './merge-layers.js';
import { selectDeployments } from './select-deployments.js';

export * from './device-target.js';
export * from './target-condition.js';
export * from './target-condition-error.js';
export * from './target-condition-lexer.js';
export * from './compile-target-condition.js';
export * from './print-target-condition.js';
export * from './compile-deployments.js';
export * from './deployment-precedence.js';
export * from './select-deployments.js';
export * from './merge-layers.js';
export * from './isolation-errors.js';

/** Turns merged desired properties into a typed manifest; `parseDeviceManifest` from the model stage. */
export type ManifestParser = (merged: MergedDesired, deviceId: string) => { manifest: DeviceManifest | null; errors: ConfigError[] };

/**
 * Targets every edge device of the model (spec §3), in the model's device order: parses each target
 * condition once, then per device selects the base and layers, merges them and parses the manifest.
 * Never throws for bad input; problems land in each DeviceTarget's `errors` (see `targetDevice`).
 */
export function targetDevices(model: HubModel): DeviceTarget[] {
  const compiled = compileDeployments(model);
  return model.devices.map((device) => targetDevice(device, compiled, model.unusableDeployments));
}

/**
 * Targets one edge device against deployments compiled once by `compileDeployments`, so a caller can
 * stream 10,000 devices without holding every result. Steps: select (decisions for every deployment),
 * isolation errors (broken deployments that could change this device, and every `unusable` one: its target
 * and priority are unknown), merge (when there is a base),
 * then `parseManifest` (only when nothing failed before). `merged` is kept even when the device has
 * errors, for `explain`; `manifest` is null whenever `errors` is not empty or there is no base.
 */
export function targetDevice(device: EdgeDevice, compiled: readonly CompiledDeployment[], unusable: readonly ConfigError[] = [], parseManifest: ManifestParser = parseDeviceManifest): DeviceTarget {
  const selection = selectDeployments(device.twin, compiled);
  const errors: ConfigError[] = isolationErrors(device, selection, compiled);
  // A deployment whose target and priority cannot be read could be this device's: keep its last good output.
  for (const error of unusable) {
    errors.push(new ConfigError(`${error.message}; it could target this device, which keeps its last good output`, { stage: 'targeting', configurationId: error.configurationId, deviceId: device.deviceId, jsonPath: error.jsonPath }));
  }
  const base = selection.base?.deployment ?? null;
  const layers = selection.layers.map((l) => l.deployment);
  let decisions: readonly DeploymentDecision[] = selection.decisions;
  let merged: MergedDesired | null = null;
  if (base !== null) {
    const result = mergeLayers(base, layers);
    merged = result.merged;
    errors.push(...result.errors);
    if (merged !== null) errors.push(...twinSizeErrors(merged, device.deviceId));
    decisions = _noteOverwrites(decisions, result.overwrites);
  }
  let manifest: DeviceManifest | null = null;
  if (merged !== null && errors.length === 0) {
    const parsed = parseManifest(merged, device.deviceId);
    errors.push(...parsed.errors);
    manifest = parsed.errors.length === 0 ? parsed.manifest : null;
  }
  return { device, base, layers, decisions, merged, manifest, errors };
}

// Same-priority layers writing the same place are not documented by IoT Hub (spec §10.11): say so in
// the winner's decision so that `explain` shows it.
function _noteOverwrites(decisions: readonly DeploymentDecision[], overwrites: readonly EqualPriorityOverwrite[]): readonly DeploymentDecision[] {
  if (overwrites.length === 0) return decisions;
  return decisions.map((decision) => {
    const mine = overwrites.filter((o) => o.winner === decision.configurationId);
    if (mine.length === 0) return decision;
    const notes = new Set(mine.map((o) => `warning: overwrote ${o.twin} ${['properties.desired', ...o.path].join('.')} of same-priority layer '${o.overwritten}'`));
    return { ...decision, detail: `${decision.detail}; ${[...notes].join('; ')}` };
  });
}
