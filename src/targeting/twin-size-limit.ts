import { ConfigError } from '../errors.js';
import { MODULES_CONTENT_PATH } from '../model/edge-deployment.js';
import { jsonPathOf } from '../model/json-path.js';
import type { MergedDesired } from '../model/merged-desired.js';

/**
 * Largest desired-properties document of one twin IoT Hub stores: 32 KB
 * (https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-module-twins, spec §"module twins"). Measured as
 * compact UTF-8 JSON.
 */
export const MAX_DESIRED_BYTES = 32 * 1024;

/**
 * Errors for merged twins IoT Hub could not hold: a device whose `$edgeAgent` (its modules), `$edgeHub` (its
 * routes) or module twin would get more than MAX_DESIRED_BYTES of desired properties. IoT Hub does not apply
 * such a deployment to the device, so neither do we: the device keeps its last good output.
 */
export function twinSizeErrors(merged: MergedDesired, deviceId: string): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const [twin, desired] of Object.entries(merged.twins)) {
    const bytes = Buffer.byteLength(JSON.stringify(desired), 'utf8');
    if (bytes <= MAX_DESIRED_BYTES) continue;
    const last = [...merged.writes].reverse().find((w) => w.twin === twin);
    errors.push(
      new ConfigError(
        `the merged desired properties of twin '${twin}' are ${(bytes / 1024).toFixed(1)} KB, more than the 32 KB IoT Hub accepts for a twin: IoT Hub would not apply these deployments to the device`,
        { stage: 'targeting', deviceId, module: twin, jsonPath: jsonPathOf(MODULES_CONTENT_PATH, twin), ...(last ? { configurationId: last.source.configurationId } : {}) },
      ),
    );
  }
  return errors;
}
