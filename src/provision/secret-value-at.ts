/**
 * Reads the one value a secret-store key stands for at the place translation named (translate/secret-value-source.ts),
 * from the deployment the device got. No rule of its own decides what is a secret: translation did.
 */
import { InternalError } from '../errors.js';
import type { DeviceManifest } from '../model/device-manifest.js';
import type { JsonValue } from '../model/json.js';
import type { SecretValuePlace } from '../translate/secret-value-source.js';
import { envValueString } from '../translate/module-env.js';

/** The value at `place` of `deviceId`'s deployment. Throws InternalError when nothing is there (translation named it). */
export function secretValueAt(manifest: DeviceManifest, place: SecretValuePlace, deviceId: string): string {
  const value = _valueAt(manifest, place);
  if (value === undefined) throw new InternalError(`device '${deviceId}': no value where translation found a secret (${_describe(place)})`, { stage: 'provision', deviceId });
  return value;
}

function _valueAt(manifest: DeviceManifest, place: SecretValuePlace): string | undefined {
  if (place.kind === 'registry password') return manifest.registryCredentials.find((c) => c.name === place.credential)?.password;
  const module = [manifest.edgeHub, ...manifest.modules].find((m) => m.name === place.module);
  if (module === undefined) return undefined;
  if (place.kind === 'module env') {
    const setting = module.env.find((e) => e.name === place.name);
    return setting === undefined ? undefined : envValueString(setting.value);
  }
  const field: JsonValue | undefined = module.createOptions?.[place.field];
  // Cmd and Entrypoint may be one string, which Docker takes as a one-element list.
  const entry = typeof field === 'string' ? (place.index === 0 ? field : undefined) : Array.isArray(field) ? field[place.index] : undefined;
  if (typeof entry !== 'string' || !entry.startsWith(place.prefix)) return undefined;
  return entry.slice(place.prefix.length);
}

function _describe(place: SecretValuePlace): string {
  if (place.kind === 'registry password') return `registryCredentials.${place.credential}.password`;
  if (place.kind === 'module env') return `module '${place.module}' env.${place.name}`;
  return `module '${place.module}' createOptions.${place.field}[${place.index}]`;
}
