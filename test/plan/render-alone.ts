/**
 * The plain path family templates must match byte for byte: each device of a snapshot translated and rendered on its
 * own, `renderDevice(translateDevice(target, deviceIdentity(…), options).intent)`, with no template, no previous output and no synth loop.
 */
import { ConfigError } from '../../src/errors.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import { loadModel } from '../../src/model/load-model.js';
import { translateOptionsOf, type SynthOptions } from '../../src/plan/synthesize.js';
import { renderDevice } from '../../src/render/render-device.js';
import { targetDevices } from '../../src/targeting/index.js';
import type { DeviceTarget } from '../../src/targeting/device-target.js';
import { deviceIdentity, translateDevice, type DeviceIntent, type TranslateOptions } from '../../src/translate/index.js';

/**
 * Output path (`devices/<cluster>/<namespace>/<file>`) → text of every device that a base deployment targets and
 * that targeting and translate accept; devices they reject have no files, as in a first synth run.
 */
export function renderedAlone(snapshot: HubSnapshot, options: SynthOptions = {}): Map<string, string> {
  const model = loadModel(snapshot);
  const translateOptions = translateOptionsOf(model, options);
  const files = new Map<string, string>();
  for (const target of targetDevices(model)) {
    if (target.base === null || target.errors.length > 0) continue;
    const intent = _intentOf(target, translateOptions);
    if (intent === undefined) continue;
    const rendered = renderDevice(intent);
    for (const [name, text] of rendered.files) files.set(`${rendered.dir}/${name}`, text);
  }
  return files;
}

/** The device's intent; undefined when translate rejects its configuration. */
function _intentOf(target: DeviceTarget, options: TranslateOptions): DeviceIntent | undefined {
  try {
    return translateDevice(target, deviceIdentity(options.hub, target.device, options.clusterTag), options).intent;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}
