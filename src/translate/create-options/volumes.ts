import type { JsonObject } from '../../model/json.js';
import { isJsonObject } from '../../model/json.js';
import type { VolumeMountIntent } from '../device-intent.js';
import { dnsLabel } from '../../names.js';
import { addMount, addVolume, type MountOrigin } from '../workload-draft.js';
import { asInteger, asObject, asStringList, droppedField, type FieldContext, type FieldHandler } from './field-handler.js';
import { bytesQuantity, parseDockerSize } from './quantity.js';

/** Device directories: a hostPath of type CharDevice would refuse them, so they are mounted as directories. */
const DEVICE_DIRECTORIES = new Set(['/dev/snd', '/dev/dri', '/dev/input', '/dev/bus/usb', '/dev/serial', '/dev/v4l', '/dev/net']);

/** Pod volume name for a host path or volume name: `dnsLabel` of it, `vol` when nothing is left. */
function _volumeName(source: string): string {
  return dnsLabel(source.replace(/^\/+/, ''), 63) || 'vol';
}

/**
 * hostPath type for a Docker bind source. Docker `-v` creates a missing directory (DirectoryOrCreate),
 * but a bind of an existing file or socket would fail that check, so `*.sock` becomes Socket and a last
 * segment with an extension (`config.json`) gets no type check at all.
 */
export function hostPathType(path: string): string | undefined {
  if (path.endsWith('.sock')) return 'Socket';
  // A device node (`/dev/video0`) is not a directory: DirectoryOrCreate would refuse it, so no check at all.
  if (path.startsWith('/dev/')) return DEVICE_DIRECTORIES.has(path.replace(/\/+$/, '')) ? 'Directory' : undefined;
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  if (/\.[A-Za-z0-9]+$/.test(last)) return undefined;
  return 'DirectoryOrCreate';
}

const CREATE_OPTIONS = ['settings', 'createOptions'] as const;

/** Origin of a mount made for entry `index` of a createOptions field (`HostConfig.Binds` → path …HostConfig.Binds[index]). */
function _origin(field: string, rank: MountOrigin['rank'], ...index: (string | number)[]): MountOrigin {
  return { key: field, path: [...CREATE_OPTIONS, ...field.split('.'), ...index], rank };
}

function _hostPathMount(ctx: FieldContext, origin: MountOrigin, source: string, target: string, readOnly: boolean, propagation?: VolumeMountIntent['mountPropagation']): void {
  const type = hostPathType(source);
  const name = addVolume(ctx.draft, { name: _volumeName(source), hostPath: { path: source, ...(type !== undefined ? { type } : {}) } });
  addMount(ctx.draft, { name, mountPath: target, ...(readOnly ? { readOnly: true } : {}), ...(propagation !== undefined ? { mountPropagation: propagation } : {}) }, origin);
}

function _pvcMount(ctx: FieldContext, origin: MountOrigin, volumeName: string, target: string, readOnly: boolean): void {
  const claimName = _volumeName(volumeName);
  if (!ctx.draft.pvcs.has(claimName)) {
    ctx.draft.pvcs.set(claimName, {
      name: claimName,
      labels: ctx.deviceLabels,
      annotations: { ...ctx.deviceAnnotations, 'net.azure-devices.edge.volume': volumeName },
      accessModes: ['ReadWriteOnce'],
      storage: ctx.options.volumeSize,
      ...(ctx.options.storageClassName !== undefined ? { storageClassName: ctx.options.storageClassName } : {}),
    });
  }
  const name = addVolume(ctx.draft, { name: claimName, persistentVolumeClaim: { claimName } });
  addMount(ctx.draft, { name, mountPath: target, ...(readOnly ? { readOnly: true } : {}) }, origin);
}

function _memoryMount(ctx: FieldContext, origin: MountOrigin, target: string, sizeBytes: number | undefined, readOnly = false): void {
  const emptyDir = { medium: 'Memory' as const, ...(sizeBytes !== undefined && sizeBytes > 0 ? { sizeLimit: bytesQuantity(sizeBytes) } : {}) };
  const name = addVolume(ctx.draft, { name: `tmpfs-${_volumeName(target)}`.slice(0, 63).replace(/-+$/, ''), emptyDir });
  addMount(ctx.draft, { name, mountPath: target, ...(readOnly ? { readOnly: true } : {}) }, origin);
}

const PROPAGATION = new Map<string, VolumeMountIntent['mountPropagation']>([
  ['private', 'None'],
  ['rprivate', 'None'],
  ['slave', 'HostToContainer'],
  ['rslave', 'HostToContainer'],
  ['shared', 'Bidirectional'],
  ['rshared', 'Bidirectional'],
]);

/** Volumes, Binds, Mounts, Tmpfs, ShmSize, Devices. */
export const VOLUME_HANDLERS: readonly FieldHandler[] = [
  {
    field: 'Volumes',
    kubernetes: 'emptyDir volume + volumeMounts',
    fidelity: 'approximate',
    note: 'anonymous volume: data lives as long as the pod; Docker copies the image content at that path into a new volume, emptyDir starts empty',
    apply(value, ctx) {
      const vols = asObject(value, ctx);
      if (vols === undefined) return;
      for (const target of Object.keys(vols).sort()) {
        const name = addVolume(ctx.draft, { name: `anon-${_volumeName(target)}`.slice(0, 63).replace(/-+$/, ''), emptyDir: {} });
        addMount(ctx.draft, { name, mountPath: target }, _origin('Volumes', 1, target));
      }
      ctx.record('approximate', 'Deployment.spec.template.spec.volumes[].emptyDir, containers[].volumeMounts', 'Anonymous volumes become emptyDir: data lives as long as the pod, and the image content at that path is hidden instead of copied in as Docker does.');
    },
  },
  {
    field: 'HostConfig.Binds',
    kubernetes: 'hostPath (DirectoryOrCreate) or PersistentVolumeClaim + volumeMounts',
    fidelity: 'approximate',
    note: 'absolute path → hostPath (node-local data; no type check for a device node under /dev); named volume → PVC; `ro` → readOnly; propagation options → mountPropagation; z/Z/nocopy dropped',
    apply(value, ctx) {
      const binds = asStringList(value, ctx);
      if (binds === undefined) return;
      const notes = new Set<string>();
      binds.forEach((bind, i) => {
        const parts = bind.split(':');
        if (parts.length < 2 || parts[0] === '' || parts[1] === '') return ctx.fail('a bind must be source:target[:options]', i);
        const [source, target, opts = ''] = parts as [string, string, string?];
        const options = opts.split(',').filter((o) => o !== '');
        const readOnly = options.includes('ro');
        const propagation = options.map((o) => PROPAGATION.get(o)).find((p) => p !== undefined);
        if (options.some((o) => !['ro', 'rw', ...PROPAGATION.keys()].includes(o))) notes.add('SELinux relabel (z/Z) and nocopy options are dropped');
        if (source.startsWith('/')) {
          _hostPathMount(ctx, _origin('HostConfig.Binds', 3, i), source, target, readOnly, propagation);
          notes.add('host paths are node-local: the data stays on the node the pod ran on');
        } else {
          _pvcMount(ctx, _origin('HostConfig.Binds', 3, i), source, target, readOnly);
          notes.add(`named volumes become PersistentVolumeClaims (ReadWriteOnce, ${ctx.options.volumeSize})`);
        }
      });
      ctx.record('approximate', 'Deployment.spec.template.spec.volumes[], containers[].volumeMounts', ['Binds become volume mounts', ...[...notes].sort()].join('; ') + '.');
    },
  },
  {
    field: 'HostConfig.Mounts',
    kubernetes: 'PVC (volume) / hostPath (bind) / emptyDir Memory (tmpfs) + volumeMounts',
    fidelity: 'approximate',
    note: 'volume → PVC ReadWriteOnce; bind → hostPath; tmpfs → emptyDir Memory with sizeLimit; npipe dropped',
    apply(value, ctx) {
      if (!Array.isArray(value)) return ctx.fail('expected a list of mounts');
      const notes = new Set<string>();
      let dropped = false;
      value.forEach((m, i) => {
        if (!isJsonObject(m)) return ctx.fail('expected a mount object', i);
        const type = m['Type'];
        const source = m['Source'];
        const target = m['Target'];
        const readOnly = m['ReadOnly'] === true;
        if (typeof target !== 'string' || target === '') return ctx.fail('a mount needs Target', i, 'Target');
        if (type === 'tmpfs') {
          const opts = isJsonObject(m['TmpfsOptions']) ? (m['TmpfsOptions'] as JsonObject) : {};
          const size = typeof opts['SizeBytes'] === 'number' ? opts['SizeBytes'] : undefined;
          _memoryMount(ctx, _origin('HostConfig.Mounts', 3, i), target, size, readOnly);
          notes.add('tmpfs becomes a memory-backed emptyDir');
          return;
        }
        if (typeof source !== 'string' || source === '') return ctx.fail('a volume or bind mount needs Source', i, 'Source');
        if (type === 'volume') {
          _pvcMount(ctx, _origin('HostConfig.Mounts', 3, i), source, target, readOnly);
          notes.add(`volumes become PersistentVolumeClaims (ReadWriteOnce, ${ctx.options.volumeSize})`);
        } else if (type === 'bind') {
          const bo = isJsonObject(m['BindOptions']) ? (m['BindOptions'] as JsonObject) : {};
          const propagation = typeof bo['Propagation'] === 'string' ? PROPAGATION.get(bo['Propagation']) : undefined;
          _hostPathMount(ctx, _origin('HostConfig.Mounts', 3, i), source, target, readOnly, propagation);
          notes.add('host paths are node-local');
        } else if (type === 'npipe') {
          dropped = true;
        } else {
          ctx.fail('mount Type must be bind, volume, tmpfs or npipe', i, 'Type');
        }
      });
      if (dropped) ctx.record('dropped', '', 'Windows named pipes (npipe) cannot be mounted into a Linux pod.');
      else ctx.record('approximate', 'Deployment.spec.template.spec.volumes[], containers[].volumeMounts', ['Mounts become volume mounts', ...[...notes].sort()].join('; ') + '.');
    },
  },
  {
    field: 'HostConfig.Tmpfs',
    kubernetes: 'emptyDir {medium: Memory, sizeLimit}',
    fidelity: 'approximate',
    note: 'size= option → sizeLimit; other mount options dropped',
    apply(value, ctx) {
      const map = asObject(value, ctx);
      if (map === undefined) return;
      for (const target of Object.keys(map).sort()) {
        const opts = typeof map[target] === 'string' ? (map[target] as string) : '';
        const size = /(?:^|,)size=([^,]+)/.exec(opts)?.[1];
        _memoryMount(ctx, _origin('HostConfig.Tmpfs', 3, target), target, size !== undefined ? parseDockerSize(size) : undefined);
      }
      ctx.record('approximate', 'Deployment.spec.template.spec.volumes[].emptyDir', 'tmpfs mounts become memory-backed emptyDir volumes; mount options other than size are dropped.');
    },
  },
  {
    field: 'HostConfig.ShmSize',
    kubernetes: 'emptyDir {medium: Memory, sizeLimit} at /dev/shm',
    fidelity: 'approximate',
    note: 'counts against the container memory limit in Kubernetes',
    apply(value, ctx) {
      const bytes = asInteger(value, ctx);
      if (bytes === undefined) return;
      const name = addVolume(ctx.draft, { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: bytesQuantity(bytes) } });
      addMount(ctx.draft, { name, mountPath: '/dev/shm' }, _origin('HostConfig.ShmSize', 0));
      ctx.record('approximate', 'Deployment.spec.template.spec.volumes[].emptyDir (/dev/shm)', 'A memory-backed emptyDir at /dev/shm; its use counts against the memory limit, unlike Docker shm.');
    },
  },
  {
    field: 'HostConfig.Devices',
    kubernetes: 'hostPath (CharDevice) mounted at PathInContainer',
    fidelity: 'approximate',
    note: 'works only with privileged (or a device plugin granting cgroup access); CgroupPermissions dropped',
    apply(value, ctx) {
      if (!Array.isArray(value)) return ctx.fail('expected a list of devices');
      value.forEach((d, i) => {
        if (!isJsonObject(d) || typeof d['PathOnHost'] !== 'string' || d['PathOnHost'] === '') return ctx.fail('a device needs PathOnHost', i);
        const onHost = d['PathOnHost'];
        const inContainer = typeof d['PathInContainer'] === 'string' && d['PathInContainer'] !== '' ? d['PathInContainer'] : onHost;
        const type = DEVICE_DIRECTORIES.has(onHost) ? 'Directory' : 'CharDevice';
        const name = addVolume(ctx.draft, { name: _volumeName(onHost), hostPath: { path: onHost, type } });
        addMount(ctx.draft, { name, mountPath: inContainer }, _origin('HostConfig.Devices', 2, i));
      });
      const hostConfig = isJsonObject(ctx.createOptions['HostConfig']) ? ctx.createOptions['HostConfig'] : {};
      const privileged = hostConfig['Privileged'] === true;
      ctx.record(
        'approximate',
        'Deployment.spec.template.spec.volumes[].hostPath, containers[].volumeMounts',
        privileged
          ? 'Devices are mounted from the host; the container is privileged, so it may open them (CgroupPermissions are not needed).'
          : 'Devices are mounted from the host, but an unprivileged container may not open them: it needs privileged or a device plugin; CgroupPermissions are dropped.',
      );
    },
  },
  droppedField('HostConfig.VolumeDriver', 'Volume drivers are replaced by the storage class of the claim.'),
  droppedField('HostConfig.VolumesFrom', 'Pods cannot share volumes with other pods by container name.'),
];
