/**
 * What one `sync` run did, in the terms a caller outside the command needs: the GitHub Action turns it into step
 * outputs and the step summary. Only counts, ids and URLs: never file contents or environment values.
 */
import type { UncoveredCluster } from '../publish/repo-template/cluster-coverage.js';
import type { FolderChanges } from '../publish/changes/device-changes.js';
import type { PublishResult } from '../publish/git/git-publish.js';
import type { PullRequestResult } from '../publish/pull-request/pull-request-publish.js';
import type { Inventory } from '../plan/inventory.js';

export interface SyncReport {
  /** The commit pushed to the target branch or the tool's PR branch; null when nothing was pushed. */
  readonly commit: string | null;
  readonly changes: FolderChanges;
  /** The inventory the run wrote: the step summary groups its devices (renderStepSummary). */
  readonly inventory: Inventory;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** The pull request the run opened, updated, left unchanged or closed (--pull-request only). */
  readonly pullRequest: { readonly number: number; readonly url: string } | null;
  /** The one line `sync` prints at the end (pushed …, no changes …, opened pull request …). */
  readonly outcome: string;
  /**
   * Device directories the run rendered, and those it took as the branch holds them because their render input is
   * unchanged since the run that wrote them (the last try's, when a rejected push was replayed).
   */
  readonly rendered?: number;
  readonly reused?: number;
  /** Devices whose cluster no Flux Kustomization or Argo CD ApplicationSet of the repository reconciles. */
  readonly uncoveredClusters?: readonly UncoveredCluster[];
}

/** The report of a finished publish. */
export function syncReportOf(result: PublishResult | PullRequestResult, outcome: string, inventory: Inventory): SyncReport {
  const count = (kind: 'added' | 'changed' | 'removed') => result.changes.devices.filter((d) => d.kind === kind).length;
  const pr = 'pullRequest' in result ? result.pullRequest : null;
  return {
    commit: result.pushed ? result.commit : null,
    changes: result.changes,
    inventory,
    added: count('added'),
    changed: count('changed'),
    removed: count('removed'),
    pullRequest: pr && pr.number !== null && pr.url !== null ? { number: pr.number, url: pr.url } : null,
    outcome,
  };
}
