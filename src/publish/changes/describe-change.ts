import type { DeviceChange, FolderChanges } from './device-changes.js';
import type { ModuleChange } from './module-changes.js';

/** `iotedge-gitops: 2 added, 1 changed, 0 removed devices` — the first line of commits and the PR title. */
export function summaryLine(changes: FolderChanges): string {
  const count = (kind: DeviceChange['kind']) => changes.devices.filter((d) => d.kind === kind).length;
  return `iotedge-gitops: ${count('added')} added, ${count('changed')} changed, ${count('removed')} removed devices`;
}

/**
 * One module change in words: `module sensor: image a:1 → a:2; replicas 1 → 0; ports +8080/TCP; env changed: PASSWORD`.
 * Env variables appear by name only; values (which may be secrets) are never part of a change.
 */
export function describeModuleChange(change: ModuleChange): string {
  if (change.kind === 'removed') return `module ${change.module} removed`;
  const parts: string[] = [];
  if (change.image) parts.push(change.kind === 'added' ? `image ${change.image.to ?? '(none)'}` : `image ${change.image.from ?? '(none)'} → ${change.image.to ?? '(none)'}`);
  if (change.replicas && change.kind === 'changed') parts.push(`replicas ${change.replicas.from ?? '(default)'} → ${change.replicas.to ?? '(default)'}`);
  if (change.replicas && change.kind === 'added' && change.replicas.to === 0) parts.push('replicas 0 (stopped)');
  if (change.portsAdded.length > 0) parts.push(`ports +${change.portsAdded.join(', +')}`);
  if (change.portsRemoved.length > 0 && change.kind === 'changed') parts.push(`ports −${change.portsRemoved.join(', −')}`);
  if (change.envAdded.length > 0 && change.kind === 'changed') parts.push(`env added: ${change.envAdded.join(', ')}`);
  if (change.envRemoved.length > 0) parts.push(`env removed: ${change.envRemoved.join(', ')}`);
  if (change.envChanged.length > 0) parts.push(`env changed: ${change.envChanged.join(', ')}`);
  const head = change.kind === 'added' ? `module ${change.module} added` : `module ${change.module}`;
  return parts.length === 0 ? head : `${head}: ${parts.join('; ')}`;
}

/** `dev1 → msiot-hub-dev1`, or the directory when the device id is unknown (removed without an inventory). */
export function deviceLabel(change: DeviceChange): string {
  return change.deviceId === null ? change.dir : `${change.deviceId} → ${change.namespace}`;
}

/** The detail line of a device whose directory was changed in Git by hand since the tool wrote it. */
export const EDITED_OUTSIDE_NOTE = 'edited outside iotedge-gitops since it was written: restored to what the hub says';

/** The module lines of a device (first, when so, that it was edited outside the tool), or the changed files when no workload fact changed (ConfigMap, PVC…). */
export function deviceDetails(change: DeviceChange): string[] {
  if (change.kind === 'removed') return change.modules.length > 0 ? [`modules removed: ${change.modules.map((m) => m.module).join(', ')}`] : [];
  const lines = change.editedOutside ? [EDITED_OUTSIDE_NOTE] : [];
  if (change.podSecurity !== undefined) lines.push(podSecurityChangeNote(change.podSecurity));
  lines.push(...change.modules.map(describeModuleChange));
  const covered = change.modules.length > 0;
  // For a hand-edited directory every file is worth naming: an added file may hold no workload at all.
  if ((!covered || change.editedOutside) && change.files.length > 0) lines.push(`files: ${change.files.join(', ')}`);
  return lines;
}

/** The detail line of a device whose namespace's Pod Security level changed: `Pod Security level baseline → privileged`. */
export function podSecurityChangeNote(change: NonNullable<DeviceChange['podSecurity']>): string {
  return `Pod Security level ${change.from} → ${change.to}`;
}
