import type { JsonObject } from './json.js';
import type { SourceRef } from './source-ref.js';

/** One write of the layering merge: the base or a layer set `path` (under `desired`) of one twin. */
export interface DesiredWrite {
  /** Twin id: `$edgeAgent`, `$edgeHub` or a module name. */
  readonly twin: string;
  /** Path segments under `properties.desired`; empty when the whole `properties.desired` was written. */
  readonly path: readonly string[];
  /** The configuration key that wrote it. */
  readonly source: SourceRef;
}

/**
 * A device's `modulesContent` after the base and its layers were merged (spec §3 step 4): each twin's
 * desired document, plus the writes that survived, so that every value can be traced to its configuration.
 */
export interface MergedDesired {
  /** Twin id → merged desired properties (`$edgeAgent`, `$edgeHub`, then module twins). */
  readonly twins: Readonly<Record<string, JsonObject>>;
  /** Writes still visible in `twins`, in the order they were applied (base first). */
  readonly writes: readonly DesiredWrite[];
}

/**
 * The configuration that supplied the value at `path` of `twin`: the last surviving write whose path is
 * a prefix of `path` or that `path` is a prefix of. Undefined when nothing wrote there.
 */
export function sourceOf(merged: MergedDesired, twin: string, path: readonly string[]): SourceRef | undefined {
  let found: SourceRef | undefined;
  for (const write of merged.writes) {
    if (write.twin !== twin) continue;
    const n = Math.min(write.path.length, path.length);
    let prefix = true;
    for (let i = 0; i < n; i++) if (write.path[i] !== path[i]) { prefix = false; break; }
    if (prefix) found = write.source;
  }
  return found;
}
