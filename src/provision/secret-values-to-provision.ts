/**
 * The values provision puts in the secret store besides connection strings: for every device translated without
 * error, each remote key its ExternalSecrets read whose value its deployment holds (registry passwords, credential
 * env values and arguments), gathered as synth translates (SynthOptions.onSecretSources), so the keys are exactly
 * the output's. A key read by many devices (a registry password is one key per hub and credential name) is written
 * once. Values stay in memory and go to the store only; everything returned for printing holds names.
 */
import { REDACTED_MARKER } from '../model/credential-patterns.js';
import { compareOrdinal } from '../ordinal-compare.js';
import type { DeviceTarget } from '../targeting/device-target.js';
import type { SecretValuePlace, SecretValueSource } from '../translate/secret-value-source.js';
import { secretValueAt } from './secret-value-at.js';

/** One secret to make hold `value` (never printed). */
export interface SecretValueTarget {
  readonly remoteKey: string;
  readonly value: string;
}

/** What can be written, and why other keys cannot, by name only. */
export interface SecretValuePlan {
  /** Sorted by remote key. */
  readonly targets: readonly SecretValueTarget[];
  /** `cannot provision secret <key>: …`, sorted: these keys are not written. */
  readonly problems: readonly string[];
}

/** The devices that give one key one value, in the order they were added (parallel arrays: a fleet's worth is small). */
interface _Holders {
  readonly place: SecretValuePlace;
  readonly deviceIds: string[];
  readonly configurationIds: string[];
}

/** Gathers values device by device; `plan` then says what to write. */
export class SecretValuesToProvision {
  /** Remote key → value → who holds it: a value shared by 1,000 devices is kept once. */
  private readonly _byKey = new Map<string, Map<string, _Holders>>();

  /** Records the values of one device's sources (the SynthOptions.onSecretSources hook). */
  add(target: DeviceTarget, sources: readonly SecretValueSource[]): void {
    const deviceId = target.device.deviceId;
    if (target.manifest === null) return;
    for (const { remoteKey, place } of sources) {
      const value = secretValueAt(target.manifest, place, deviceId);
      let values = this._byKey.get(remoteKey);
      if (values === undefined) this._byKey.set(remoteKey, (values = new Map()));
      let holders = values.get(value);
      if (holders === undefined) values.set(value, (holders = { place, deviceIds: [], configurationIds: [] }));
      holders.deviceIds.push(deviceId);
      holders.configurationIds.push(target.base?.id ?? '');
    }
  }

  /** The keys of `devices` (the devices the run writes) to write, and the keys that cannot be. */
  plan(devices: ReadonlySet<string>): SecretValuePlan {
    const targets: SecretValueTarget[] = [];
    const problems: string[] = [];
    for (const [remoteKey, values] of this._byKey) {
      // Each value with the first of the run's devices that holds it.
      const held: { value: string; deviceId: string; configurationId: string; place: SecretValuePlace }[] = [];
      for (const [value, holders] of values) {
        const i = holders.deviceIds.findIndex((d) => devices.has(d));
        if (i >= 0) held.push({ value, deviceId: holders.deviceIds[i]!, configurationId: holders.configurationIds[i]!, place: holders.place });
      }
      const [first, other] = held;
      if (first === undefined) continue;
      if (held.some((h) => h.value.includes(REDACTED_MARKER))) {
        problems.push(`cannot provision secret ${remoteKey}: the snapshot holds no value (provision from the live hub)`);
        continue;
      }
      if (other !== undefined) {
        // One key, two values: whichever were written, some device would read another's secret.
        problems.push(
          `cannot provision secret ${remoteKey}: devices '${first.deviceId}' (configuration '${first.configurationId}') and '${other.deviceId}' (configuration '${other.configurationId}') give ${_what(first.place)} different values; give it one value or another name in one of them`,
        );
        continue;
      }
      targets.push({ remoteKey, value: first.value });
    }
    return { targets: targets.sort((a, b) => compareOrdinal(a.remoteKey, b.remoteKey)), problems: problems.sort(compareOrdinal) };
  }
}

function _what(place: SecretValuePlace): string {
  if (place.kind === 'registry password') return `registry credential '${place.credential}'`;
  if (place.kind === 'module env') return `env ${place.name} of module '${place.module}'`;
  return `createOptions.${place.field}[${place.index}] of module '${place.module}'`;
}
