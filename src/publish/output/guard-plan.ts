import { ConfigError } from '../../errors.js';
import { allowedDeletions, type DeletionLimit } from './deletion-limit.js';
import type { OutputPlan } from '../../plan/output-plan.js';
import { outputPlace } from '../../names.js';

/** The safety flags of `sync`. */
export interface GuardOptions {
  /** Most device directories one run may remove. @default 10 */
  readonly maxDeletions: DeletionLimit;
  /** Let an empty read (no edge devices or no configurations) remove device directories. @default false */
  readonly allowEmpty: boolean;
}

/** What the guard lets a run do. */
export interface GuardedPlan {
  /** The plan to apply, or null when the managed folder must be left exactly as it is. */
  readonly plan: OutputPlan | null;
  /** Device directories the plan removes, sorted. */
  readonly removed: readonly string[];
  /** Why the guard changed or skipped the plan, for the user. */
  readonly notes: readonly string[];
}

/** Whether a plan wants a device directory to stay: produced, kept, or in a kept namespace (any cluster). */
export function keptDirs(plan: OutputPlan, also: Iterable<string> = []): (dir: string) => boolean {
  const wanted = new Set([...plan.deviceDirs, ...plan.keep, ...also]);
  const namespaces = new Set(plan.keepNamespaces ?? []);
  return (dir) => wanted.has(dir) || namespaces.has(outputPlace(dir)?.namespace ?? '');
}

/**
 * Applies the deletion guards before anything is written. An empty read usually means a wrong connection string
 * or hub, not a decommissioned fleet, so without `allowEmpty` it leaves the folder untouched. More removals than
 * `maxDeletions` allows throws a ConfigError listing them, so nothing is changed and the run exits non-zero.
 * Directories in `plan.keep` (failed or unmanaged devices) are never removed.
 */
export function guardPlan(plan: OutputPlan, present: ReadonlySet<string>, options: GuardOptions): GuardedPlan {
  const { devices, configurations } = plan.inventory;
  if (!options.allowEmpty && (devices.length === 0 || configurations.length === 0)) {
    const what = devices.length === 0 ? 'no edge devices' : 'no edge deployments';
    return {
      plan: null,
      removed: [],
      notes: [`empty read (${what}): nothing changed, ${present.size} device directories kept; pass --allow-empty to remove them on purpose`],
    };
  }
  const kept = keptDirs(plan);
  const removed = [...present].filter((dir) => !kept(dir)).sort();
  const allowed = allowedDeletions(options.maxDeletions, present.size);
  if (removed.length > allowed) {
    const limit = options.maxDeletions.kind === 'percent' ? `${options.maxDeletions.value}% of ${present.size} = ${allowed}` : String(allowed);
    throw new ConfigError(
      `refusing to remove ${removed.length} device directories (--max-deletions ${limit}); nothing was changed. ` +
        `Would have removed:\n${removed.map((d) => `  ${d}`).join('\n')}\nRaise --max-deletions to allow it.`,
      { stage: 'publish' },
    );
  }
  return { plan, removed, notes: [] };
}
