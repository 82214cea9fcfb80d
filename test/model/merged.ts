/** Hand-built MergedDesired values for model tests (targeting builds them in the product). */
import type { JsonObject } from '../../src/model/json.js';
import type { DesiredWrite, MergedDesired } from '../../src/model/merged-desired.js';

/** What targeting produces for a device that only a base deployment targets: one whole write per twin. */
export function baseOnly(configurationId: string, modulesContent: JsonObject): MergedDesired {
  const twins: Record<string, JsonObject> = {};
  const writes: DesiredWrite[] = [];
  for (const [twin, content] of Object.entries(modulesContent)) {
    twins[twin] = structuredClone((content as JsonObject)['properties.desired'] as JsonObject);
    writes.push({ twin, path: [], source: { configurationId, jsonPath: `content.modulesContent.${twin}["properties.desired"]` } });
  }
  return { twins, writes };
}

/** A layer write of key `properties.desired.<path>` of `twin` by `configurationId`. */
export function layerWrite(configurationId: string, twin: string, path: string[]): DesiredWrite {
  return { twin, path, source: { configurationId, jsonPath: `content.modulesContent.${twin}["properties.desired.${path.join('.')}"]` } };
}
