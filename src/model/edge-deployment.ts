import type { JsonObject } from './json.js';

/** Base deployments carry the whole `$edgeAgent` document; layered ones only dotted `properties.desired.…` keys. */
export type DeploymentKind = 'base' | 'layered';

/** One IoT Edge deployment (an IoT Hub configuration whose `content.modulesContent` is an object). */
export interface EdgeDeployment {
  /** Configuration id, verbatim and case-sensitive (never re-cased). */
  readonly id: string;
  /** `base` iff `modulesContent.$edgeAgent["properties.desired"]` is an object (spec §2). */
  readonly kind: DeploymentKind;
  /** Larger wins. @default 0 */
  readonly priority: number;
  /** ISO-8601 creation time; breaks priority ties (newer wins). @default '' (oldest) */
  readonly createdTimeUtc: string;
  /** Opaque etag, recorded in commit trailers. @default null */
  readonly etag: string | null;
  /** Target condition text exactly as configured; empty matches nothing, `*` matches every edge device. */
  readonly targetCondition: string;
  /** `content.modulesContent`, untouched. */
  readonly modulesContent: JsonObject;
  /** Configuration labels. @default {} */
  readonly labels: Readonly<Record<string, string>>;
  /** Position in the input list, for messages about configurations without a usable id. */
  readonly index: number;
}

/** JSON path of `modulesContent` inside a configuration object; every path in errors about a deployment starts here. */
export const MODULES_CONTENT_PATH = 'content.modulesContent';
