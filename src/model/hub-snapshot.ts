import type { JsonValue } from './json.js';

/**
 * The raw input of one run: what IoT Hub returned, before any interpretation. Produced by a snapshot
 * file, by `--configurations/--twins/--hub`, or by the live hub reader.
 */
export interface HubSnapshot {
  /** IoT Hub name, the first label of its host name (`myhub` for `myhub.azure-devices.net`). */
  readonly hub: string;
  /** IoT Hub host name. @default `<hub>.azure-devices.net` */
  readonly hostName?: string;
  /** Configuration objects exactly as `GET /configurations` returns them (edge deployments and ADM configurations). */
  readonly configurations: readonly JsonValue[];
  /** Device twins exactly as `POST /devices/query` with `SELECT * FROM devices` returns them. */
  readonly devices: readonly JsonValue[];
}
