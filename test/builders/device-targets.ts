/**
 * Real DeviceTargets built the way the pipeline builds them (loadModel → targetDevices), from one base
 * modulesContent plus optional layers, so translate and render tests run on what model and targeting
 * really produce.
 */
import { loadModel } from '../../src/model/load-model.js';
import type { JsonObject } from '../../src/model/json.js';
import { targetDevices } from '../../src/targeting/index.js';
import type { DeviceTarget } from '../../src/targeting/device-target.js';
import { edgeConfiguration, edgeTwin } from './hub-objects.js';

export interface TargetProps {
  readonly deviceId?: string;
  readonly tags?: JsonObject;
  /** Layered deployments applied on top, in ascending priority. */
  readonly layers?: readonly JsonObject[];
}

/** The DeviceTarget of one device targeted by `base` (id `base`) and `layers` (ids `layer-1`, …). */
export function deviceTargetOf(base: JsonObject, props: TargetProps = {}): DeviceTarget {
  const deviceId = props.deviceId ?? 'device-1';
  const configurations = [
    edgeConfiguration({ id: 'base', modulesContent: base, priority: 1 }),
    ...(props.layers ?? []).map((mc, i) => edgeConfiguration({ id: `layer-${i + 1}`, modulesContent: mc, priority: 10 + i })),
  ];
  const model = loadModel({ hub: 'myhub', hostName: 'myhub.azure-devices.net', configurations, devices: [edgeTwin({ deviceId, tags: props.tags ?? {} })] });
  const target = targetDevices(model).find((t) => t.device.deviceId === deviceId);
  if (target === undefined) throw new Error(`device ${deviceId} not in the model: ${model.errors.map((e) => e.message).join('; ')}`);
  return target;
}

/** Like deviceTargetOf, but fails the test when model or targeting rejected the manifest. */
export function manifestTargetOf(base: JsonObject, props: TargetProps = {}): DeviceTarget {
  const target = deviceTargetOf(base, props);
  if (target.manifest === null) throw new Error(`no manifest: ${target.errors.map((e) => e.describe()).join('\n')}`);
  return target;
}
