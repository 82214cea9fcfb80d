/**
 * One container path, one mount (kubernetes/kubernetes pkg/apis/core/validation/validation.go
 * validateVolumeMounts: mountPath "must be unique"), chosen as Docker would: expected values worked out by
 * hand from Docker's daemon (registerMountPoints refuses two Binds/Mounts/Tmpfs on one destination; a bind is
 * mounted over a Devices node; no /dev/shm is made where something is mounted) and the Kubernetes rules.
 * Every case also renders and passes the API server's rules (test/helpers/k8s-validation.ts).
 */
import type { JsonObject } from '../../src/model/json.js';
import { renderDeviceObjects } from '../../src/render/render-device.js';
import { validationErrors } from '../helpers/k8s-validation.js';
import { translateModuleM, userMounts, userVolumes } from './translate-helpers.js';

interface Row {
  name: string;
  co: JsonObject;
  volumes: unknown;
  mounts: unknown;
  /** [ledger key, fidelity, reason fragment] of the mount given up. */
  givenUp?: [string, string, string];
}

const rows: Row[] = [
  {
    name: 'Binds and Devices on /dev/video0 (Custom-vision-service-iot-edge-raspberry-pi): the bind, no hostPath type check on a device node',
    co: { HostConfig: { Binds: ['/dev/video0:/dev/video0'], Devices: [{ PathOnHost: '/dev/video0', PathInContainer: '/dev/video0', CgroupPermissions: 'mrw' }] } },
    volumes: [{ name: 'dev-video0', hostPath: { path: '/dev/video0' } }],
    mounts: [{ name: 'dev-video0', mountPath: '/dev/video0' }],
    givenUp: ['HostConfig.Devices', 'approximate', '/dev/video0 is also mounted by HostConfig.Binds, which is kept'],
  },
  {
    name: 'Binds and Devices on /dev/snd (a device directory): the bind, type Directory',
    co: { HostConfig: { Binds: ['/dev/snd:/dev/snd'], Devices: [{ PathOnHost: '/dev/snd', PathInContainer: '/dev/snd' }] } },
    volumes: [{ name: 'dev-snd', hostPath: { path: '/dev/snd', type: 'Directory' } }],
    mounts: [{ name: 'dev-snd', mountPath: '/dev/snd' }],
    givenUp: ['HostConfig.Devices', 'approximate', 'also mounted by HostConfig.Binds'],
  },
  {
    name: 'ShmSize and a Binds entry on /dev/shm (cognitive-services-spatial-analysis): the bind; no dshm volume left',
    co: { HostConfig: { ShmSize: 536870912, Binds: ['/dev/shm:/dev/shm'] } },
    volumes: [{ name: 'dev-shm', hostPath: { path: '/dev/shm' } }],
    mounts: [{ name: 'dev-shm', mountPath: '/dev/shm' }],
    givenUp: ['HostConfig.ShmSize', 'approximate', '/dev/shm is also mounted by HostConfig.Binds'],
  },
  {
    name: 'ShmSize and a Tmpfs at /dev/shm/ (trailing slash is the same path): the tmpfs',
    co: { HostConfig: { ShmSize: 1024, Tmpfs: { '/dev/shm/': 'size=64m' } } },
    volumes: [{ name: 'tmpfs-dev-shm', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }],
    mounts: [{ name: 'tmpfs-dev-shm', mountPath: '/dev/shm/' }],
    givenUp: ['HostConfig.ShmSize', 'approximate', 'also mounted by HostConfig.Tmpfs'],
  },
  {
    name: 'an anonymous volume where a bind is mounted: the bind',
    co: { Volumes: { '/data': {} }, HostConfig: { Binds: ['/srv/data:/data'] } },
    volumes: [{ name: 'srv-data', hostPath: { path: '/srv/data', type: 'DirectoryOrCreate' } }],
    mounts: [{ name: 'srv-data', mountPath: '/data' }],
    givenUp: ['Volumes', 'approximate', 'also mounted by HostConfig.Binds'],
  },
  {
    name: 'two Devices entries for one path: one mount',
    co: { HostConfig: { Devices: [{ PathOnHost: '/dev/ttyUSB0', PathInContainer: '/dev/ttyUSB0' }, { PathOnHost: '/dev/ttyUSB0', PathInContainer: '/dev/ttyUSB0', CgroupPermissions: 'rwm' }] } },
    volumes: [{ name: 'dev-ttyusb0', hostPath: { path: '/dev/ttyUSB0', type: 'CharDevice' } }],
    mounts: [{ name: 'dev-ttyusb0', mountPath: '/dev/ttyUSB0' }],
  },
];

describe('one mount per container path', () => {
  it.each(rows)('$name', ({ co, volumes, mounts, givenUp }) => {
    const { w, ledger, intent } = translateModuleM(co);
    expect(userVolumes(w)).toStrictEqual(volumes);
    expect(userMounts(w)).toStrictEqual(mounts);
    if (givenUp !== undefined) {
      const [key, fidelity, reason] = givenUp;
      expect(ledger.filter((e) => e.key === key && e.reason.includes(reason)).map((e) => e.fidelity)).toStrictEqual([fidelity]);
    }
    const problems = renderDeviceObjects(intent).flatMap((object) => validationErrors(object));
    expect(problems).toStrictEqual([]);
  });

  it('a k8s-experimental volume at /dev/shm wins over ShmSize; its volume is renamed away from dshm and its mount follows', () => {
    const co = {
      HostConfig: { ShmSize: 1024 },
      'k8s-experimental': { volumes: [{ volume: { name: 'dshm', emptyDir: { medium: 'Memory' } }, volumeMounts: [{ name: 'dshm', mountPath: '/dev/shm' }] }] },
    };
    const { w, ledger, intent } = translateModuleM(co);
    const [volume, ...more] = userVolumes(w);
    expect(more).toStrictEqual([]);
    expect(volume!.name).toMatch(/^dshm-[0-9a-f]{8}$/);
    expect(volume!.raw).toStrictEqual({ name: 'dshm', emptyDir: { medium: 'Memory' } });
    expect(userMounts(w)).toStrictEqual([{ name: volume!.name, mountPath: '/dev/shm' }]);
    expect(ledger.filter((e) => e.key === 'HostConfig.ShmSize').map((e) => e.fidelity)).toStrictEqual(['approximate', 'approximate']);
    expect(renderDeviceObjects(intent).flatMap((object) => validationErrors(object))).toStrictEqual([]);
  });

  it('a k8s-experimental volume whose name a bind took: renamed, and its mount names the new name', () => {
    const co = {
      HostConfig: { Binds: ['/data:/data'] },
      'k8s-experimental': { volumes: [{ volume: { name: 'data', emptyDir: {} }, volumeMounts: [{ name: 'data', mountPath: '/cache' }] }] },
    };
    const { w, intent } = translateModuleM(co);
    const renamed = userVolumes(w).find((v) => v.raw !== undefined)!;
    expect(renamed.name).toMatch(/^data-[0-9a-f]{8}$/);
    expect(userMounts(w)).toStrictEqual([
      { name: renamed.name, mountPath: '/cache' },
      { name: 'data', mountPath: '/data' },
    ]);
    expect(renderDeviceObjects(intent).flatMap((object) => validationErrors(object))).toStrictEqual([]);
  });

  it.each<{ name: string; co: JsonObject; path: string; message: string }>([
    { name: 'two Binds entries on one target', co: { HostConfig: { Binds: ['/a:/data', '/b:/data'] } }, path: 'HostConfig.Binds[1]', message: 'HostConfig.Binds: /data is mounted twice (also by HostConfig.Binds)' },
    { name: 'the same bind written twice', co: { HostConfig: { Binds: ['/a:/data', '/a:/data'] } }, path: 'HostConfig.Binds[1]', message: 'HostConfig.Binds: /data is mounted twice' },
    { name: 'a Binds entry and a Mounts entry on one target', co: { HostConfig: { Binds: ['/a:/data'], Mounts: [{ Type: 'bind', Source: '/b', Target: '/data' }] } }, path: 'HostConfig.Mounts[0]', message: 'HostConfig.Mounts: /data is mounted twice (also by HostConfig.Binds)' },
  ])('refused as Docker refuses it: $name', ({ co, path, message }) => {
    expect(() => translateModuleM(co)).toThrow(message);
    try {
      translateModuleM(co);
    } catch (error) {
      expect(String((error as { jsonPath?: string }).jsonPath)).toContain(`settings.createOptions.${path}`);
    }
  });
});
