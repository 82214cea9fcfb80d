import type { WorkloadFacts } from './workload-facts.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** How one module's workload differs between Git and this run. Env appears by name only, never by value. */
export interface ModuleChange {
  readonly module: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** Present when the image differs (null = none on that side). */
  readonly image?: { readonly from: string | null; readonly to: string | null };
  readonly replicas?: { readonly from: number | null; readonly to: number | null };
  readonly portsAdded: readonly string[];
  readonly portsRemoved: readonly string[];
  readonly envAdded: readonly string[];
  readonly envRemoved: readonly string[];
  /** Names whose value changed; the values are deliberately not kept. */
  readonly envChanged: readonly string[];
}

/**
 * Compares the workloads of one device (from `readWorkloads`) before and after, by resource name. A module whose
 * Deployment is byte-identical in its facts but whose other files differ is not listed here; the caller lists
 * changed files separately.
 */
export function diffWorkloads(before: ReadonlyMap<string, WorkloadFacts>, after: ReadonlyMap<string, WorkloadFacts>): ModuleChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareOrdinal);
  const changes: ModuleChange[] = [];
  for (const name of names) {
    const a = before.get(name);
    const b = after.get(name);
    const empty: WorkloadFacts = { module: (a ?? b)!.module, image: null, replicas: null, ports: [], env: new Map() };
    const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const change = _moduleChange(a ?? empty, b ?? empty, kind);
    if (change !== null) changes.push(change);
  }
  return changes;
}

function _moduleChange(a: WorkloadFacts, b: WorkloadFacts, kind: ModuleChange['kind']): ModuleChange | null {
  const envNames = [...new Set([...a.env.keys(), ...b.env.keys()])].sort(compareOrdinal);
  const change: ModuleChange = {
    module: b.module === a.module || kind === 'removed' ? a.module : b.module,
    kind,
    ...(a.image !== b.image ? { image: { from: a.image, to: b.image } } : {}),
    ...(a.replicas !== b.replicas ? { replicas: { from: a.replicas, to: b.replicas } } : {}),
    portsAdded: b.ports.filter((p) => !a.ports.includes(p)),
    portsRemoved: a.ports.filter((p) => !b.ports.includes(p)),
    envAdded: envNames.filter((n) => !a.env.has(n)),
    envRemoved: envNames.filter((n) => !b.env.has(n)),
    envChanged: envNames.filter((n) => a.env.has(n) && b.env.has(n) && a.env.get(n) !== b.env.get(n)),
  };
  const same =
    kind === 'changed' &&
    change.image === undefined &&
    change.replicas === undefined &&
    change.portsAdded.length + change.portsRemoved.length + change.envAdded.length + change.envRemoved.length + change.envChanged.length === 0;
  return same ? null : change;
}
