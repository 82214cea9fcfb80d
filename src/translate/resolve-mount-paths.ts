import type { LedgerRecorder } from './ledger-recorder.js';
import type { MountOrigin, WorkloadDraft } from './workload-draft.js';
import type { VolumeMountIntent } from './device-intent.js';

const SYSTEM: MountOrigin = { key: 'runtime identity', path: [], rank: 5 };

/** `/dev/shm/` and `/dev//shm` name the path `/dev/shm`, as the container runtime sees it. */
function _normalPath(path: string): string {
  const collapsed = path.replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/**
 * Leaves one mount per container path, as the API server demands (kubernetes/kubernetes
 * pkg/apis/core/validation/validation.go validateVolumeMounts: "must be unique"), choosing as Docker and the
 * IoT Edge agent would (MountOrigin.rank): a Binds entry and a Devices entry of one path give the bind, which
 * Docker mounts over the device node; ShmSize gives way to anything mounted at /dev/shm, as Docker then
 * creates no shm; a k8s-experimental volume wins over what HostConfig asked for. Two Binds / Mounts / Tmpfs
 * entries on one path are refused, as Docker refuses them (daemon registerMountPoints: "Duplicate mount
 * point"), and so are two k8s-experimental mounts (the API server would refuse the pod); two Devices entries
 * for one path give one.
 * A volume that no mount uses any more is removed. Each mount given up is recorded in the ledger.
 */
export function resolveMountPaths(draft: WorkloadDraft, rec: LedgerRecorder): void {
  const byPath = new Map<string, VolumeMountIntent[]>();
  for (const mount of draft.mounts) {
    const path = _normalPath(mount.mountPath);
    byPath.set(path, [...(byPath.get(path) ?? []), mount]);
  }
  const dropped = new Set<VolumeMountIntent>();
  for (const [path, mounts] of byPath) {
    if (mounts.length < 2) continue;
    const origin = (m: VolumeMountIntent): MountOrigin => draft.mountOrigins.get(m) ?? SYSTEM;
    const best = Math.max(...mounts.map((m) => origin(m).rank));
    const winners = mounts.filter((m) => origin(m).rank === best);
    if (best >= 3 && winners.length > 1) {
      const second = winners[1]!;
      rec.fail(
        `${origin(second).key}: ${path} is mounted twice (also by ${origin(winners[0]!).key}); Docker refuses a duplicate mount point, and Kubernetes one path mounted twice`,
        origin(second).path,
      );
      continue;
    }
    const kept = winners[0]!;
    for (const mount of mounts) {
      if (mount === kept) continue;
      dropped.add(mount);
      if (origin(mount).rank === best) continue; // two Devices entries for one path: one device node
      rec.record(
        origin(mount).key,
        'approximate',
        'containers[].volumeMounts',
        `${path} is also mounted by ${origin(kept).key}, which is kept: Kubernetes mounts one volume per container path, and Docker would show that mount there too.`,
        origin(mount).path,
      );
    }
  }
  if (dropped.size === 0) return;
  draft.mounts = draft.mounts.filter((m) => !dropped.has(m));
  const used = new Set(draft.mounts.map((m) => m.name));
  for (const mount of dropped) {
    if (!used.has(mount.name)) draft.volumes.delete(mount.name);
  }
}
