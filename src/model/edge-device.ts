import type { JsonObject } from './json.js';

/** One IoT Edge device (a twin with `capabilities.iotEdge: true`). */
export interface EdgeDevice {
  /** Device id, verbatim and case-sensitive. */
  readonly deviceId: string;
  /** The whole twin as IoT Hub returned it; target conditions are evaluated against it. */
  readonly twin: JsonObject;
  /** `twin.tags`. @default {} */
  readonly tags: JsonObject;
  /** Position in the input list. */
  readonly index: number;
}
