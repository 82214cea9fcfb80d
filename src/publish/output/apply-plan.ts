import { InternalError } from '../../errors.js';
import { listDeviceDirs, writeOutput } from './write-output.js';
import { diffManagedFolder, type FolderChanges } from '../changes/device-changes.js';
import { guardPlan, type GuardOptions } from './guard-plan.js';
import type { OutputPlan } from '../../plan/output-plan.js';

/** What applying a plan to a folder did. */
export interface AppliedPlan {
  /** False when the guard left the folder untouched (empty read). */
  readonly applied: boolean;
  readonly changes: FolderChanges;
  readonly notes: readonly string[];
}

/**
 * Guards, diffs and writes a plan into `root` (the managed folder of a work tree): the deletion guards run on the
 * directories present, the change list is read before anything is written, then `writeOutput` makes the folder
 * hold exactly the plan. Throws the guard's ConfigError before touching anything.
 */
export async function applyPlanToFolder(root: string, plan: OutputPlan, guard: GuardOptions): Promise<AppliedPlan> {
  // The diff below needs every file of the plan; a streamed plan's files are already elsewhere.
  if ((plan.delivered?.length ?? 0) > 0) throw new InternalError('a plan whose device files were streamed cannot be published', { stage: 'publish' });
  // A selected run counts and removes only its clusters' directories.
  const present = await listDeviceDirs(root, plan.selection);
  const guarded = guardPlan(plan, present, guard);
  if (guarded.plan === null) {
    return { applied: false, changes: { devices: [], inventoryChanged: false, previousInventory: null }, notes: guarded.notes };
  }
  const changes = await diffManagedFolder(root, guarded.plan, guarded.removed);
  await writeOutput(root, guarded.plan);
  return { applied: true, changes, notes: guarded.notes };
}
