/** Whether two reads of the configuration list describe the same deployments. */
import { isJsonObject, type JsonValue } from '../../model/json.js';
import { sortJsonKeys } from '../../model/sort-json-keys.js';

// Only what decides which modules a device gets (createdTimeUtc breaks priority ties, so it stays).
// `metrics`, `systemMetrics`, `etag` and `lastUpdatedTimeUtc` are left out: the hub updates the metrics
// as devices report, and a run must not fail because a device reported while the twins were being read.
const MEANINGFUL = ['id', 'schemaVersion', 'labels', 'content', 'targetCondition', 'priority', 'createdTimeUtc'];

/** Canonical text of the deployment-relevant fields of every configuration, independent of list and key order. */
export function configurationFingerprint(configurations: readonly JsonValue[]): string {
  const items = configurations.map((item) => {
    if (!isJsonObject(item)) return JSON.stringify(item);
    const kept: Record<string, JsonValue> = {};
    for (const key of MEANINGFUL) if (key in item) kept[key] = item[key] as JsonValue;
    return JSON.stringify(sortJsonKeys(kept));
  });
  return JSON.stringify(items.sort());
}
