import type { Inventory } from '../../plan/inventory.js';
import type { FolderChanges } from './device-changes.js';
import { summaryLine } from './describe-change.js';
import { groupChanges } from './group-changes.js';
import { COMMIT_BODY_LIMIT, groupedCommitBody } from './grouped-commit-body.js';

/** Inputs of a sync commit message. */
export interface CommitMessageProps {
  readonly changes: FolderChanges;
  readonly inventory: Inventory;
  /** Tool version for the `Iotedge-Gitops-Version` trailer. */
  readonly version: string;
  /** Device ids listed per group of devices receiving the same change. @default 20 */
  readonly maxDevices?: number;
  /** Body size in characters; detail degrades to stay under it. @default COMMIT_BODY_LIMIT */
  readonly bodyLimit?: number;
}

/**
 * The commit message of a sync: the summary line, a body grouping devices that receive the same change (see
 * `groupedCommitBody`), and the trailers `Iotedge-Gitops-Hub`, `Iotedge-Gitops-Configurations` (`id@etag`, sorted by id) and
 * `Iotedge-Gitops-Version`, so `git log --format=%(trailers)` answers "which hub state is this?".
 */
export function commitMessage(props: CommitMessageProps): string {
  const { changes, inventory } = props;
  const body = groupedCommitBody(groupChanges(changes, inventory), props.bodyLimit ?? COMMIT_BODY_LIMIT, props.maxDevices ?? 20);
  return [summaryLine(changes), '', ...body, '', ...commitTrailers(inventory, props.version)].join('\n') + '\n';
}

/** The three trailer lines. An etag IoT Hub did not report is written as `-`. */
export function commitTrailers(inventory: Inventory, version: string): string[] {
  const configurations = [...inventory.configurations]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => `${c.id}@${c.etag ?? '-'}`)
    .join(',');
  return [`Iotedge-Gitops-Hub: ${inventory.hub}`, `Iotedge-Gitops-Configurations: ${configurations}`, `Iotedge-Gitops-Version: ${version}`];
}
