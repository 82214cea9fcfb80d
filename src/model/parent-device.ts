import type { JsonObject } from './json.js';

/** A device scope as IoT Hub writes it in a twin: `ms-azure-iot-edge://<deviceId>-<generationId>`. */
const DEVICE_SCOPE = /^ms-azure-iot-edge:\/\/(.+)-[0-9]+$/;

/**
 * The parent edge device of a nested-edge child: the device id in the first of its twin's `parentScopes`
 * (IoT Hub docs, "Device scopes and parent devices"; twins of `SELECT * FROM devices` carry `deviceScope`
 * and `parentScopes`). @default undefined (no parent, or a scope in another form)
 */
export function parentDeviceId(twin: JsonObject): string | undefined {
  const scopes = twin['parentScopes'];
  const first = Array.isArray(scopes) ? scopes[0] : undefined;
  if (typeof first !== 'string') return undefined;
  return DEVICE_SCOPE.exec(first)?.[1];
}

