/**
 * ChangeReview objects (the grouped review of changes/group-changes.ts) built by hand, for the renderers of that
 * review: the commit body and the Markdown of pull requests and reports.
 */
import type { ChangeGroup, ChangeReview } from '../../src/publish/changes/group-changes.js';

/** A group of `devices` changed devices (`d01`, `d02`…, or the ids given) in cluster c1 with one change line. */
export function changeGroup(partial: Partial<ChangeGroup> & { readonly ids?: readonly (string | null)[] } = {}): ChangeGroup {
  const { ids = ['d01'], ...rest } = partial;
  const devices = ids.map((id, i) => ({ deviceId: id, dir: `devices/c1/msiot-hub1-${id ?? `unknown-${i}`}`, cluster: 'c1' }));
  return {
    kind: 'changed',
    lines: ['module m: image a → b'],
    deployments: [],
    entered: [],
    left: [],
    configurations: [],
    secretsAdded: [],
    identitiesAdded: [],
    postureRises: [],
    editedOutside: false,
    devices,
    clusters: [{ cluster: 'c1', devices: devices.length }],
    ...rest,
  };
}

/** `d01`…`d<n>`, zero-padded to two digits. */
export function deviceIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);
}

/** A review of hub1 holding `groups`, no failed device, no configuration. */
export function changeReview(groups: readonly ChangeGroup[], partial: Partial<ChangeReview> = {}): ChangeReview {
  const count = (kind: ChangeGroup['kind']) => groups.filter((g) => g.kind === kind).reduce((n, g) => n + g.devices.length, 0);
  return { hub: 'hub1', totals: { added: count('added'), changed: count('changed'), removed: count('removed') }, groups, failed: [], configurations: [], inventoryOnly: false, ...partial };
}
