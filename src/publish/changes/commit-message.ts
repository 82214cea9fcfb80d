import type { Inventory } from '../../plan/inventory.js';
import type { FolderChanges } from './device-changes.js';
import { deviceDetails, deviceLabel, summaryLine } from './describe-change.js';

/** Inputs of a sync commit message. */
export interface CommitMessageProps {
  readonly changes: FolderChanges;
  readonly inventory: Inventory;
  /** Tool version for the `Iotedge-Gitops-Version` trailer. */
  readonly version: string;
  /** Device lines beyond this are summarised, to keep `git log` readable for big fleets. @default 200 */
  readonly maxDevices?: number;
}

/**
 * The commit message of a sync: the summary line, a body with one line per device (id → namespace, what changed),
 * and the trailers `Iotedge-Gitops-Hub`, `Iotedge-Gitops-Configurations` (`id@etag`, sorted by id) and
 * `Iotedge-Gitops-Version`, so `git log --format=%(trailers)` answers "which hub state is this?".
 */
export function commitMessage(props: CommitMessageProps): string {
  const { changes, inventory } = props;
  const max = props.maxDevices ?? 200;
  const body: string[] = [];
  for (const device of changes.devices.slice(0, max)) {
    body.push(`${device.kind.padEnd(7)} ${deviceLabel(device)}`);
    for (const line of deviceDetails(device)) body.push(`        ${line}`);
  }
  if (changes.devices.length > max) body.push(`… and ${changes.devices.length - max} more devices (see inventory.json)`);
  if (changes.devices.length === 0) body.push('inventory.json updated (configuration etags or unmanaged devices)');
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
