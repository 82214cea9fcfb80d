/** Test helper: translate one module `m` with the given createOptions / module fields on a small valid base. */
import type { JsonObject } from '../../src/model/json.js';
import { deviceIdentity, translateDevice, type DeviceTranslation, type TranslateOptions, type WorkloadIntent } from '../../src/translate/index.js';
import type { DeviceTarget } from '../../src/targeting/device-target.js';
import type { DeviceIntent } from '../../src/translate/device-intent.js';
import type { LedgerEntry } from '../../src/translate/ledger.js';
import { baseModulesContent, edgeModule, manifestTargetOf } from '../builders.js';

export const OPTIONS: TranslateOptions = { hub: 'myhub', hostName: 'myhub.azure-devices.net' };
export const IMAGE = 'myacr.azurecr.io/m:1.0';

/** `translateDevice` of a target, its place named by `deviceIdentity` as the synth loop names it. */
export function translateTarget(target: DeviceTarget, options: TranslateOptions): DeviceTranslation {
  return translateDevice(target, deviceIdentity(options.hub, target.device, options.clusterTag), options);
}

export interface ModuleResult {
  readonly w: WorkloadIntent;
  readonly intent: DeviceIntent;
  /** Ledger entries of module `m`. */
  readonly ledger: LedgerEntry[];
  readonly all: LedgerEntry[];
}

/** createOptions (object, stringified like the portal does) plus module fields spread over the module. */
export function translateModuleM(createOptions: JsonObject | null, moduleExtra: JsonObject = {}, options: Partial<TranslateOptions> = {}, content: Parameters<typeof baseModulesContent>[0] = {}): ModuleResult {
  const settings: JsonObject = { image: IMAGE, ...(createOptions !== null ? { createOptions: JSON.stringify(createOptions) } : {}) };
  const base = baseModulesContent({ ...content, modules: { m: edgeModule(IMAGE, { settings, ...moduleExtra }), ...(content.modules ?? {}) } });
  const { intent, ledger } = translateTarget(manifestTargetOf(base), { ...OPTIONS, ...options });
  const w = intent.workloads.find((x) => x.module === 'm');
  if (w === undefined) throw new Error('no workload m');
  return { w, intent, ledger: ledger.filter((e) => e.module === 'm'), all: ledger };
}

/** User volumes of a workload (the iotedge-* system volumes left out). */
export function userVolumes(w: WorkloadIntent): WorkloadIntent['pod']['volumes'] {
  return w.pod.volumes.filter((v) => !v.name.startsWith('iotedge-'));
}

/** User volume mounts of a workload. */
export function userMounts(w: WorkloadIntent): WorkloadIntent['container']['volumeMounts'] {
  return w.container.volumeMounts.filter((v) => !v.name.startsWith('iotedge-'));
}
