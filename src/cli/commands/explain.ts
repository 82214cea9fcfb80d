/** `iotedge-gitops explain <deviceId>`: why a device gets what it gets. */
import { ConfigError } from '../../errors.js';
import { loadModel } from '../../model/load-model.js';
import { compileDeployments, targetDevice } from '../../targeting/index.js';
import { clusterTagError, deviceIdentity, translateDevice, type DeviceIdentity, type TranslateOptions } from '../../translate/index.js';
import { explainDevice, formatExplain } from '../explain-report.js';
import { resolveInputSource, type InputFlags } from '../input-options.js';
import type { CommandIo } from '../io.js';
import { loadInput } from '../load-input.js';
import { printJson } from '../print-lines.js';
import { devicePodSecurity } from '../../translate/device-pod-security.js';
import type { DevicePodSecurity } from '../../translate/pod-security-level.js';
import type { DeviceTarget } from '../../targeting/device-target.js';
import { translateOptionsOf } from '../../plan/synthesize.js';
import type { SynthFlags } from '../translation-flags.js';

/** The flags of `explain`: the input flags, the translation flags (resolved, as synth takes them), the device. */
export interface ExplainCommandOptions extends InputFlags, SynthFlags {
  readonly deviceId: string;
  /** Print JSON instead of text. @default false */
  readonly json?: boolean;
  readonly quiet?: boolean;
}

/** Prints the explanation; exit 0, or 2 when the device would keep its last good output. */
export async function run(options: ExplainCommandOptions, io: CommandIo): Promise<number> {
  const snapshot = await loadInput(resolveInputSource(options, io.env), io, options.quiet);
  const model = loadModel(snapshot);
  const device = model.devices.find((d) => d.deviceId === options.deviceId);
  if (device === undefined) {
    const why = model.ignoredDevices.includes(options.deviceId) ? 'it is not an IoT Edge device (capabilities.iotEdge is not true)' : 'no twin has this deviceId';
    throw new ConfigError(`cannot explain device '${options.deviceId}': ${why}`, { stage: 'cli', deviceId: options.deviceId });
  }
  const translateOptions: TranslateOptions = translateOptionsOf(model, options);
  const identity = deviceIdentity(model.hub, device, translateOptions.clusterTag);
  const target = targetDevice(device, compileDeployments(model), model.unusableDeployments);
  let ledger: ReturnType<typeof translateDevice>['ledger'] = [];
  let podSecurity: DevicePodSecurity | undefined;
  const errors: ConfigError[] = [];
  const clusterError = clusterTagError(device, translateOptions.clusterTag);
  if (clusterError) errors.push(clusterError);
  if (target.manifest !== null && target.errors.length === 0 && !clusterError) {
    try {
      const translation = translateDevice(target, identity, translateOptions);
      ledger = translation.ledger;
      podSecurity = devicePodSecurity(translation.intent.workloads);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(error);
      podSecurity = _podSecurityWithoutLimit(target, identity, translateOptions);
    }
  }
  const report = explainDevice(target, {
    namespace: identity.namespace,
    cluster: identity.cluster,
    ledger,
    errors,
    ...(podSecurity !== undefined ? { podSecurity } : {}),
  });
  if (options.json) printJson(io.stdout, report);
  else io.stdout.write(formatExplain(report));
  return report.errors.length > 0 ? 2 : 0;
}

/** The levels the modules need when the device failed, e.g. over --max-pod-security: translated again without that limit. */
function _podSecurityWithoutLimit(target: DeviceTarget, identity: DeviceIdentity, options: TranslateOptions): DevicePodSecurity | undefined {
  if (options.isolation?.maxPodSecurity === undefined) return undefined;
  const { maxPodSecurity: _limit, ...isolation } = options.isolation;
  try {
    return devicePodSecurity(translateDevice(target, identity, { ...options, isolation }).intent.workloads);
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}
