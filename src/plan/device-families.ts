/**
 * Devices of one *family* — same base and layered deployments, so the same merged desired properties — get
 * Kubernetes objects that differ only in strings derived from the device id (and the cluster, which names only
 * their directory). This class does
 * the per-family work once: a render template (`compileDeviceTemplate`) that lets every further device skip cdk8s and the YAML writer.
 * Pure: no clock, no I/O. Output is byte-identical to rendering each device alone (the template proves it on
 * two devices before it is used, and falls back to `renderDevice` for any device that does not fit).
 */
import type { DeviceTarget } from '../targeting/device-target.js';
import type { DeviceIntent } from '../translate/device-intent.js';
import { DEFAULT_CLUSTER_TAG, deviceIdentity, translateDevice, type TranslateOptions } from '../translate/index.js';
import { compileDeviceTemplate, renderWithTemplate, type DeviceTemplate } from '../render/device-template.js';
import { renderDevice } from '../render/render-device.js';
import type { RenderedDevice } from '../render/rendered-device.js';

/** Device id used to translate a family's probe; any id works, it only has to differ from the real ones. */
const PROBE_DEVICE_ID = 'iotedge-gitops-probe-7f3a';
/** The probe's cluster: differing from the reference's makes the cluster a slot, so one template serves every cluster. */
const PROBE_CLUSTER = 'iotedge-gitops-probe-cluster-7f3a';
/** A template costs about three renders; below this many devices a family is rendered device by device. */
const MIN_FAMILY_FOR_TEMPLATE = 4;

interface Family {
  size: number;
  /** undefined = not tried yet; null = tried, not usable. */
  template?: DeviceTemplate | null;
}

/** Per-run cache of family work; create one per `synthesize` call. */
export class DeviceFamilies {
  private readonly _families = new Map<string, Family>();
  constructor(private readonly _options: TranslateOptions) {}

  /** Counts a device into its family (call for every target before rendering, so sizes are known). */
  count(target: DeviceTarget): void {
    if (target.base === null) return;
    this._family(target).size++;
  }

  /** The rendered device: from the family template when there is one and the intent fits, else `renderDevice`. */
  render(target: DeviceTarget, intent: DeviceIntent, time: <T>(stage: 'translate' | 'render', work: () => T) => T): RenderedDevice {
    if (target.base === null) return renderDevice(intent);
    const family = this._family(target);
    if (family.size < MIN_FAMILY_FOR_TEMPLATE) return renderDevice(intent);
    if (family.template === undefined) family.template = this._compile(target, intent, time);
    return (family.template && renderWithTemplate(family.template, intent)) ?? renderDevice(intent);
  }

  private _compile(target: DeviceTarget, intent: DeviceIntent, time: <T>(stage: 'translate' | 'render', work: () => T) => T): DeviceTemplate | null {
    let probe: DeviceIntent;
    try {
      const device = { ...target.device, deviceId: PROBE_DEVICE_ID, tags: { ...target.device.tags, [this._options.clusterTag ?? DEFAULT_CLUSTER_TAG]: PROBE_CLUSTER } };
      probe = time('translate', () => translateDevice({ ...target, device }, deviceIdentity(this._options.hub, device, this._options.clusterTag), this._options).intent);
    } catch {
      return null;
    }
    return compileDeviceTemplate(intent, probe);
  }

  private _key(target: DeviceTarget): string {
    // Not the cluster: 5 clusters made 1,217 families of 10,000 devices instead of 347, each compiled anew.
    return JSON.stringify([target.base?.id ?? null, target.layers.map((l) => l.id)]);
  }

  private _family(target: DeviceTarget): Family {
    const key = this._key(target);
    let family = this._families.get(key);
    if (family === undefined) {
      family = { size: 0 };
      this._families.set(key, family);
    }
    return family;
  }
}
