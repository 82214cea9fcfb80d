import type { ConfigError } from '../errors.js';
import type { EdgeDevice } from '../model/edge-device.js';
import type { CompiledDeployment } from './compile-deployments.js';
import { compareDeploymentPrecedence } from './deployment-precedence.js';
import type { DeploymentSelection } from './select-deployments.js';
import { TargetConditionError } from './target-condition-error.js';

/**
 * The errors that make one device keep its last good output because of a broken configuration (issue 3
 * §4): a broken configuration affects only the devices it could have changed, every other device is
 * synthesized as usual.
 * - A deployment with errors of its own (`CompiledDeployment.errors`) that is applied to the device, as
 *   base or as layer: its errors, unchanged.
 * - A deployment whose condition does not parse, so that nobody knows whether it targets the device: an
 *   error when, had it matched, it would have changed the device: a base that would win over the chosen
 *   base (or any base when the device has none), or a layer with a priority above the chosen base's.
 *   A layer cannot change a device without a base, so that device is not affected by it.
 */
export function isolationErrors(device: EdgeDevice, selection: DeploymentSelection, compiled: readonly CompiledDeployment[]): ConfigError[] {
  const errors: ConfigError[] = [];
  const applied = selection.base === null ? [] : [selection.base, ...selection.layers];
  for (const c of applied) errors.push(...c.errors);
  const base = selection.base?.deployment ?? null;
  for (const c of compiled) {
    if (c.conditionError === null) continue;
    const d = c.deployment;
    const couldChange =
      d.kind === 'base'
        ? base === null || compareDeploymentPrecedence(d, base) > 0
        : base !== null && d.priority > base.priority;
    if (!couldChange) continue;
    const role = d.kind === 'base' ? (base === null ? 'become its base' : `replace its base '${base.id}'`) : 'be layered on its base';
    errors.push(
      new TargetConditionError(`${c.conditionError.message} (had it matched, this deployment would ${role}, so the device keeps its last good output)`, c.conditionError.position, {
        stage: 'targeting',
        configurationId: d.id,
        deviceId: device.deviceId,
        jsonPath: 'targetCondition',
      }),
    );
  }
  return errors;
}
