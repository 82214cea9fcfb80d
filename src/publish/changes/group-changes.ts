/**
 * Groups a run's device changes by what they receive, so a fleet-wide image bump reads as one entry with a device
 * count instead of two thousand identical ones. Devices form one group when they have the same kind of change, the
 * same deployments (and the same ones entered and left), the same change lines, the same secrets newly referenced
 * (by ExternalSecret key), identities and posture rises. Pure: a function of the folder changes, this run's
 * inventory and the previous one.
 */
import type { Inventory, InventoryConfiguration, InventoryDevice } from '../../plan/inventory.js';
import { canonicalJson } from '../../translate/stable-json.js';
import { deviceDetails, EDITED_OUTSIDE_NOTE, podSecurityChangeNote } from './describe-change.js';
import type { DeviceChange, FolderChanges } from './device-changes.js';
import type { SecretReference } from './review-device-change.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** A configuration that applies to (or was left by) a group, with what changed in it since the previous run. */
export interface GroupConfiguration {
  readonly id: string;
  readonly kind: 'base' | 'layered';
  readonly priority: number;
  readonly etag: string | null;
  /** The etag the previous run recorded; absent when there is no previous inventory or it lacks the configuration. */
  readonly previousEtag?: string | null;
  /** The previous inventory exists and does not know this configuration. @default false */
  readonly isNew?: boolean;
}

/** One device of a group. */
export interface GroupDevice {
  /** Null when the device id is unknown (a directory removed without an inventory entry). */
  readonly deviceId: string | null;
  readonly dir: string;
  readonly cluster: string;
}

/** Devices that receive the same change. */
export interface ChangeGroup {
  readonly kind: DeviceChange['kind'];
  /** Change lines in IoT Edge terms (module, routes, store-and-forward), the same for every device of the group. */
  readonly lines: readonly string[];
  /** Base then layered deployments that apply after the change (before it, for removed devices). */
  readonly deployments: readonly string[];
  /** Deployments the devices now fall into (target condition or tag changes, or new devices). */
  readonly entered: readonly string[];
  /** Deployments the devices fall out of. */
  readonly left: readonly string[];
  /** The configurations of `deployments` and `left` as the inventories record them, sorted by id. */
  readonly configurations: readonly GroupConfiguration[];
  /** Secrets newly referenced, by ref, with the remote key of the group's first device as an example. */
  readonly secretsAdded: readonly SecretReference[];
  readonly identitiesAdded: readonly string[];
  readonly postureRises: readonly string[];
  /** The devices' directories had been edited outside the tool; this change restores them. */
  readonly editedOutside: boolean;
  /** Sorted by device id (unknown ids last, by directory). */
  readonly devices: readonly GroupDevice[];
  /** Device count per cluster, sorted by cluster. */
  readonly clusters: readonly { readonly cluster: string; readonly devices: number }[];
}

/** A device that kept its previous output this run. */
export interface FailedDevice {
  readonly deviceId: string;
  readonly cluster: string;
  /** The first error. */
  readonly error: string;
  /** How many more errors the device has. */
  readonly more: number;
}

/** Everything the reviewer-facing texts are made of. */
export interface ChangeReview {
  readonly hub: string;
  readonly totals: { readonly added: number; readonly changed: number; readonly removed: number };
  /** Largest first, then by kind and first device. */
  readonly groups: readonly ChangeGroup[];
  /** Sorted by device id. */
  readonly failed: readonly FailedDevice[];
  /** Configurations of this run, sorted by id. */
  readonly configurations: readonly GroupConfiguration[];
  /** inventory.json changes although no device directory does. */
  readonly inventoryOnly: boolean;
}

/** Groups `changes` (see the file comment). `inventory` is this run's; the previous one comes with the changes. */
export function groupChanges(changes: FolderChanges, inventory: Inventory): ChangeReview {
  const previousConfigurations = new Map((changes.previousInventory?.configurations ?? []).map((c) => [c.id, c]));
  const configurations = new Map<string, GroupConfiguration>();
  const known = changes.previousInventory !== null;
  for (const c of inventory.configurations) configurations.set(c.id, _groupConfiguration(c, previousConfigurations.get(c.id), known));
  for (const c of previousConfigurations.values()) if (!configurations.has(c.id)) configurations.set(c.id, _groupConfiguration(c, c, known));
  const previousDevices = _byPath(changes.previousInventory?.devices ?? []);

  const groups = new Map<string, { group: Omit<ChangeGroup, 'devices' | 'clusters'>; devices: GroupDevice[] }>();
  // Each device's own secretsAdded: the group shows the remote keys of its first device by id.
  const secretsAddedByDir = new Map<string, ChangeGroup['secretsAdded']>();
  for (const change of changes.devices) {
    const before = previousDevices.get(change.dir);
    const was = before ? _deploymentsOf(before) : [];
    const now = change.kind === 'removed' ? [] : _deploymentsOf(change);
    const deployments = change.kind === 'removed' ? (was.length > 0 ? was : _deploymentsOf(change)) : now;
    // Without the device's previous record only a new device is known to have entered anything.
    const compared = before !== undefined || change.kind !== 'changed';
    const left = change.kind === 'removed' ? deployments : compared ? was.filter((d) => !now.includes(d)) : [];
    const entered = compared ? now.filter((d) => !was.includes(d)) : [];
    const review = change.review;
    const lines = review
      ? [...(change.editedOutside ? [EDITED_OUTSIDE_NOTE] : []), ...(change.podSecurity ? [podSecurityChangeNote(change.podSecurity)] : []), ...review.changes]
      : deviceDetails(change);
    if (review && change.kind === 'changed' && review.changes.length === 0 && change.files.length > 0) lines.push(`files changed: ${change.files.join(', ')}`);
    const group = {
      kind: change.kind,
      lines,
      deployments,
      entered,
      left,
      configurations: [...new Set([...deployments, ...left])].sort(compareOrdinal).flatMap((id) => (configurations.has(id) ? [configurations.get(id)!] : [])),
      secretsAdded: review?.secretsAdded ?? [],
      identitiesAdded: review?.identitiesAdded ?? [],
      postureRises: review?.postureRises ?? [],
      editedOutside: change.editedOutside === true,
    };
    // The example remote key names the device, so the signature keeps only the refs.
    const signature = canonicalJson({ ...group, secretsAdded: group.secretsAdded.map((s) => s.ref) });
    const entry = groups.get(signature) ?? { group, devices: [] };
    entry.devices.push({ deviceId: change.deviceId, dir: change.dir, cluster: change.cluster });
    secretsAddedByDir.set(change.dir, group.secretsAdded);
    groups.set(signature, entry);
  }

  const kindOrder = { added: 0, changed: 1, removed: 2 } as const;
  const list: ChangeGroup[] = [...groups.values()].map(({ group, devices }) => {
    devices.sort((a, b) => (a.deviceId === null) !== (b.deviceId === null) ? (a.deviceId === null ? 1 : -1) : compareOrdinal(a.deviceId ?? a.dir, b.deviceId ?? b.dir));
    const clusters = new Map<string, number>();
    for (const d of devices) clusters.set(d.cluster, (clusters.get(d.cluster) ?? 0) + 1);
    return {
      ...group,
      secretsAdded: secretsAddedByDir.get(devices[0]!.dir)!,
      devices,
      clusters: [...clusters].sort(([a], [b]) => compareOrdinal(a, b)).map(([cluster, n]) => ({ cluster, devices: n })),
    };
  });
  list.sort((a, b) => b.devices.length - a.devices.length || kindOrder[a.kind] - kindOrder[b.kind] || compareOrdinal(a.devices[0]!.deviceId ?? a.devices[0]!.dir, b.devices[0]!.deviceId ?? b.devices[0]!.dir));

  const failed = inventory.devices
    .filter((d) => d.errors && d.errors.length > 0)
    .map((d) => ({ deviceId: d.deviceId, cluster: d.cluster, error: d.errors![0]!, more: d.errors!.length - 1 }))
    .sort((a, b) => compareOrdinal(a.deviceId, b.deviceId));
  const count = (kind: DeviceChange['kind']) => changes.devices.filter((d) => d.kind === kind).length;
  return {
    hub: inventory.hub,
    totals: { added: count('added'), changed: count('changed'), removed: count('removed') },
    groups: list,
    failed,
    configurations: [...inventory.configurations].sort((a, b) => compareOrdinal(a.id, b.id)).map((c) => configurations.get(c.id)!),
    inventoryOnly: changes.devices.length === 0 && changes.inventoryChanged,
  };
}

function _groupConfiguration(c: InventoryConfiguration, previous: InventoryConfiguration | undefined, known: boolean): GroupConfiguration {
  return { id: c.id, kind: c.kind, priority: c.priority, etag: c.etag, ...(previous ? { previousEtag: previous.etag } : known ? { isNew: true } : {}) };
}

function _deploymentsOf(device: Pick<InventoryDevice, 'baseDeployment' | 'layeredDeployments'>): string[] {
  return device.baseDeployment === null ? [] : [device.baseDeployment, ...device.layeredDeployments];
}

function _byPath(devices: readonly InventoryDevice[]): Map<string, InventoryDevice> {
  const byPath = new Map<string, InventoryDevice>();
  for (const d of devices) if (d.path !== null && !byPath.has(d.path)) byPath.set(d.path, d);
  return byPath;
}
