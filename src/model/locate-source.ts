import { MODULES_CONTENT_PATH } from './edge-deployment.js';
import { jsonPathOf } from './json-path.js';
import type { MergedDesired } from './merged-desired.js';
import type { SourceRef } from './source-ref.js';

/**
 * Like `sourceOf` (the same write wins: the last surviving write whose path is a prefix of `path` or
 * that `path` is a prefix of), but the JSON path reaches the value itself: when the write is an
 * ancestor of `path`, the remaining segments are appended to the write's key, so an error inside a
 * module names `content.modulesContent.$edgeAgent["properties.desired.modules.m0"].settings.image`.
 * When nothing wrote there, it falls back to the first write of the twin (the base) or to the first
 * write at all, with a path built from the twin; the configuration id is '' only when there are no writes.
 */
export function locateSource(merged: MergedDesired, twin: string, path: readonly string[]): SourceRef {
  let found: (typeof merged.writes)[number] | undefined;
  for (const write of merged.writes) {
    if (write.twin !== twin) continue;
    const n = Math.min(write.path.length, path.length);
    let prefix = true;
    for (let i = 0; i < n; i++) if (write.path[i] !== path[i]) { prefix = false; break; }
    if (prefix) found = write;
  }
  if (found !== undefined) {
    const rest = found.path.length < path.length ? path.slice(found.path.length) : [];
    return { configurationId: found.source.configurationId, jsonPath: jsonPathOf(found.source.jsonPath, ...rest) };
  }
  const fallback = merged.writes.find((w) => w.twin === twin) ?? merged.writes[0];
  return {
    configurationId: fallback?.source.configurationId ?? '',
    jsonPath: jsonPathOf(MODULES_CONTENT_PATH, twin, 'properties.desired', ...path),
  };
}
