/**
 * Volumes, Binds, Mounts, Tmpfs, ShmSize and Devices → pod volumes, mounts and claims (volumes.ts):
 * k8s-mapping.md §3.2 and §7.2 rows 28, 33–37, 40, 57; Docker bind syntax `source:target[:options]`,
 * Mount Types bind/volume/tmpfs/npipe, propagation modes (r)private/(r)slave/(r)shared.
 */
import type { JsonObject } from '../../../src/model/json.js';
import { hostPathType } from '../../../src/translate/create-options/volumes.js';
import { applyToDraft, configErrorOf, expectFieldRow, type FieldRow } from './field-rows.js';
import { translateModuleM, userMounts, userVolumes } from '../translate-helpers.js';

const rows: FieldRow[] = [
  {
    name: 'Volumes (anonymous) → emptyDir + mount',
    co: { Volumes: { '/etc/grafana/provisioning': {} } },
    key: 'Volumes',
    fidelity: 'approximate',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'anon-etc-grafana-provisioning', emptyDir: {} }], [{ name: 'anon-etc-grafana-provisioning', mountPath: '/etc/grafana/provisioning' }]],
  },
  {
    name: 'Binds absolute path → hostPath DirectoryOrCreate; ro → readOnly',
    co: { HostConfig: { Binds: ['/home/pi/images:/images:ro'] } },
    key: 'HostConfig.Binds',
    fidelity: 'approximate',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'home-pi-images', hostPath: { path: '/home/pi/images', type: 'DirectoryOrCreate' } }], [{ name: 'home-pi-images', mountPath: '/images', readOnly: true }]],
  },
  {
    // An option named like an Object.prototype member is an unknown option, not a propagation mode.
    name: 'Binds rslave → mountPropagation HostToContainer; an option "constructor" is dropped',
    co: { HostConfig: { Binds: ['/data:/data:rslave', '/logs:/logs:constructor'] } },
    key: 'HostConfig.Binds',
    fidelity: 'approximate',
    pick: (w) => userMounts(w),
    expected: [{ name: 'data', mountPath: '/data', mountPropagation: 'HostToContainer' }, { name: 'logs', mountPath: '/logs' }],
  },
  {
    name: 'Binds of a socket → hostPath type Socket',
    co: { HostConfig: { Binds: ['/var/run/docker.sock:/var/run/docker.sock'] } },
    key: 'HostConfig.Binds',
    fidelity: 'approximate',
    pick: (w) => userVolumes(w),
    expected: [{ name: 'var-run-docker-sock', hostPath: { path: '/var/run/docker.sock', type: 'Socket' } }],
  },
  {
    name: 'Binds named volume → PVC + mount',
    co: { HostConfig: { Binds: ['sqlvolume:/sqlvolume'] } },
    key: 'HostConfig.Binds',
    fidelity: 'approximate',
    pick: (w, i) => [userVolumes(w), userMounts(w), i.persistentVolumeClaims.map((p) => [p.name, p.accessModes, p.storage])],
    expected: [[{ name: 'sqlvolume', persistentVolumeClaim: { claimName: 'sqlvolume' } }], [{ name: 'sqlvolume', mountPath: '/sqlvolume' }], [['sqlvolume', ['ReadWriteOnce'], '1Gi']]],
  },
  {
    name: 'Mounts volume → PVC, bind → hostPath, tmpfs → emptyDir Memory with sizeLimit',
    co: {
      HostConfig: {
        Mounts: [
          { Type: 'volume', Source: 'data', Target: '/var/opt/mssql' },
          { Type: 'bind', Source: '/opt/cfg', Target: '/cfg', ReadOnly: true },
          { Type: 'tmpfs', Target: '/run/cache', TmpfsOptions: { SizeBytes: 67108864 } },
        ],
      },
    },
    key: 'HostConfig.Mounts',
    fidelity: 'approximate',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [
      [
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
        { name: 'opt-cfg', hostPath: { path: '/opt/cfg', type: 'DirectoryOrCreate' } },
        { name: 'tmpfs-run-cache', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
      ],
      [
        { name: 'opt-cfg', mountPath: '/cfg', readOnly: true },
        { name: 'tmpfs-run-cache', mountPath: '/run/cache' },
        { name: 'data', mountPath: '/var/opt/mssql' },
      ],
    ],
  },
  {
    name: 'Tmpfs size= → emptyDir Memory sizeLimit',
    co: { HostConfig: { Tmpfs: { '/tmp': 'rw,size=65536k' } } },
    key: 'HostConfig.Tmpfs',
    fidelity: 'approximate',
    pick: (w) => userVolumes(w),
    expected: [{ name: 'tmpfs-tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }],
  },
  {
    name: 'Devices → hostPath CharDevice mounted at PathInContainer',
    co: { HostConfig: { Devices: [{ PathOnHost: '/dev/ttyUSB0', PathInContainer: '/dev/ttyACM0', CgroupPermissions: 'rwm' }] } },
    key: 'HostConfig.Devices',
    fidelity: 'approximate',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'dev-ttyusb0', hostPath: { path: '/dev/ttyUSB0', type: 'CharDevice' } }], [{ name: 'dev-ttyusb0', mountPath: '/dev/ttyACM0' }]],
  },
  {
    name: 'ShmSize → emptyDir Memory at /dev/shm',
    co: { HostConfig: { ShmSize: 268435456 } },
    key: 'HostConfig.ShmSize',
    fidelity: 'approximate',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } }], [{ name: 'dshm', mountPath: '/dev/shm' }]],
  },
];

describe('volume fields → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));

  it('a Devices entry on a privileged module says privileged suffices; without it the reason names the need', () => {
    const priv = translateModuleM({ HostConfig: { Privileged: true, Devices: [{ PathOnHost: '/dev/video0', PathInContainer: '/dev/video0' }] } });
    const unpriv = translateModuleM({ HostConfig: { Devices: [{ PathOnHost: '/dev/video0', PathInContainer: '/dev/video0' }] } });
    expect(priv.ledger.find((e) => e.key === 'HostConfig.Devices')?.reason).toMatch(/privileged/);
    expect(unpriv.ledger.find((e) => e.key === 'HostConfig.Devices')?.reason).toMatch(/needs privileged or a device plugin/);
  });

  it.each<{ name: string; co: JsonObject; path: RegExp }>([
    { name: 'Binds entry without target', co: { HostConfig: { Binds: ['/only'] } }, path: /HostConfig\.Binds\[0\]$/ },
    { name: 'Mounts entry without Target', co: { HostConfig: { Mounts: [{ Type: 'volume', Source: 'x' }] } }, path: /Mounts\[0\]\.Target$/ },
  ])('bad value is a ConfigError with its JSON path: $name', ({ co, path }) => {
    const error = configErrorOf(co);
    expect(error).toMatchObject({ name: 'ConfigError', deviceId: 'device-1', module: 'm', configurationId: 'base' });
    expect(error.jsonPath).toMatch(path);
  });
});

describe('hostPathType: the hostPath type check a bind source gets', () => {
  it.each([
    { name: 'a directory → DirectoryOrCreate (Docker -v creates it)', path: '/data', expected: 'DirectoryOrCreate' },
    { name: 'a trailing slash is still a directory', path: '/var/lib/app/', expected: 'DirectoryOrCreate' },
    { name: 'a socket → Socket', path: '/var/run/docker.sock', expected: 'Socket' },
    { name: 'a file with an extension → no check (DirectoryOrCreate would refuse a file)', path: '/etc/app/config.json', expected: undefined },
    { name: 'a device node → no check', path: '/dev/ttyUSB0', expected: undefined },
    { name: 'a device directory → Directory', path: '/dev/snd', expected: 'Directory' },
    { name: 'a device directory with a trailing slash → Directory', path: '/dev/bus/usb/', expected: 'Directory' },
  ])('$name', ({ path, expected }) => {
    expect(hostPathType(path)).toBe(expected);
  });
});

describe('volume field rules', () => {
  it('a named volume bound twice is one claim: device labels, the volume name in an annotation, size and class from the options', () => {
    const { draft } = applyToDraft({ HostConfig: { Binds: ['My_Vol:/a', 'My_Vol:/b:ro'] } }, { volumeSize: '5Gi', storageClassName: 'local-path' });
    expect([...draft.pvcs.values()]).toStrictEqual([
      {
        name: 'my-vol',
        labels: { device: 'd1' },
        annotations: { hub: 'myhub', 'net.azure-devices.edge.volume': 'My_Vol' },
        accessModes: ['ReadWriteOnce'],
        storage: '5Gi',
        storageClassName: 'local-path',
      },
    ]);
    expect([...draft.volumes.values()]).toStrictEqual([{ name: 'my-vol', persistentVolumeClaim: { claimName: 'my-vol' } }]);
    expect(draft.mounts).toStrictEqual([{ name: 'my-vol', mountPath: '/a' }, { name: 'my-vol', mountPath: '/b', readOnly: true }]);
  });

  it.each<{ name: string; bind: string; mount: JsonObject; reason: RegExp }>([
    { name: 'shared → Bidirectional', bind: '/data:/data:shared', mount: { name: 'data', mountPath: '/data', mountPropagation: 'Bidirectional' }, reason: /host paths are node-local/ },
    { name: 'rprivate → None', bind: '/data:/data:rprivate', mount: { name: 'data', mountPath: '/data', mountPropagation: 'None' }, reason: /^Binds become volume mounts; host paths/ },
    { name: 'rw is the default: no readOnly', bind: '/data:/data:rw', mount: { name: 'data', mountPath: '/data' }, reason: /^Binds become volume mounts; host paths/ },
    { name: 'z (SELinux relabel) is dropped, and the reason says so', bind: '/data:/data:ro,z', mount: { name: 'data', mountPath: '/data', readOnly: true }, reason: /SELinux relabel \(z\/Z\) and nocopy options are dropped/ },
    { name: 'the root directory gets the volume name vol', bind: '/:/host', mount: { name: 'vol', mountPath: '/host' }, reason: /host paths are node-local/ },
  ])('Binds option $name', ({ bind, mount, reason }) => {
    const { draft, entry } = applyToDraft({ HostConfig: { Binds: [bind] } });
    expect(draft.mounts).toStrictEqual([mount]);
    expect(entry('HostConfig.Binds').reason).toMatch(reason);
  });

  it('Mounts: bind propagation rshared → Bidirectional, a read-only volume → readOnly mount, tmpfs without options → no sizeLimit', () => {
    const { draft } = applyToDraft({
      HostConfig: {
        Mounts: [
          { Type: 'bind', Source: '/mnt/usb', Target: '/usb', BindOptions: { Propagation: 'rshared' } },
          { Type: 'volume', Source: 'models', Target: '/models', ReadOnly: true },
          { Type: 'tmpfs', Target: '/scratch' },
        ],
      },
    });
    expect([...draft.volumes.values()]).toStrictEqual([
      { name: 'mnt-usb', hostPath: { path: '/mnt/usb', type: 'DirectoryOrCreate' } },
      { name: 'models', persistentVolumeClaim: { claimName: 'models' } },
      { name: 'tmpfs-scratch', emptyDir: { medium: 'Memory' } },
    ]);
    expect(draft.mounts).toStrictEqual([
      { name: 'mnt-usb', mountPath: '/usb', mountPropagation: 'Bidirectional' },
      { name: 'models', mountPath: '/models', readOnly: true },
      { name: 'tmpfs-scratch', mountPath: '/scratch' },
    ]);
  });

  it('Mounts npipe (Windows named pipe) cannot be mounted: dropped, nothing added', () => {
    const { draft, entry } = applyToDraft({ HostConfig: { Mounts: [{ Type: 'npipe', Source: '\\\\.\\pipe\\docker_engine', Target: '\\\\.\\pipe\\docker_engine' }] } });
    expect(entry('HostConfig.Mounts').fidelity).toBe('dropped');
    expect([draft.volumes.size, draft.mounts]).toStrictEqual([0, []]);
  });

  it.each([
    { name: 'options without size → no sizeLimit', opts: 'rw,noexec', expected: { medium: 'Memory' } },
    { name: 'size=1g among other options → 1Gi', opts: 'size=1g,mode=1777', expected: { medium: 'Memory', sizeLimit: '1Gi' } },
    { name: 'an unreadable size → no sizeLimit', opts: 'size=lots', expected: { medium: 'Memory' } },
  ])('Tmpfs $name', ({ opts, expected }) => {
    const { draft } = applyToDraft({ HostConfig: { Tmpfs: { '/run': opts } } });
    expect([...draft.volumes.values()]).toStrictEqual([{ name: 'tmpfs-run', emptyDir: expected }]);
  });

  it('Devices: without PathInContainer the device is mounted at its host path; a device directory is type Directory', () => {
    const { draft } = applyToDraft({ HostConfig: { Devices: [{ PathOnHost: '/dev/snd' }, { PathOnHost: '/dev/i2c-1', PathInContainer: '' }] } });
    expect([...draft.volumes.values()]).toStrictEqual([
      { name: 'dev-snd', hostPath: { path: '/dev/snd', type: 'Directory' } },
      { name: 'dev-i2c-1', hostPath: { path: '/dev/i2c-1', type: 'CharDevice' } },
    ]);
    expect(draft.mounts).toStrictEqual([{ name: 'dev-snd', mountPath: '/dev/snd' }, { name: 'dev-i2c-1', mountPath: '/dev/i2c-1' }]);
  });

  it('each mount remembers its field, entry and rank (bind-like 3 > device 2 > anonymous volume 1 > shm 0)', () => {
    const { draft } = applyToDraft({
      Volumes: { '/cache': {} },
      HostConfig: { Binds: ['/data:/data'], Tmpfs: { '/tmp': '' }, Mounts: [{ Type: 'tmpfs', Target: '/run' }], Devices: [{ PathOnHost: '/dev/video0' }], ShmSize: 67108864 },
    });
    expect(draft.mounts.map((m) => [m.mountPath, draft.mountOrigins.get(m)])).toStrictEqual([
      ['/cache', { key: 'Volumes', path: ['settings', 'createOptions', 'Volumes', '/cache'], rank: 1 }],
      ['/data', { key: 'HostConfig.Binds', path: ['settings', 'createOptions', 'HostConfig', 'Binds', 0], rank: 3 }],
      ['/run', { key: 'HostConfig.Mounts', path: ['settings', 'createOptions', 'HostConfig', 'Mounts', 0], rank: 3 }],
      ['/tmp', { key: 'HostConfig.Tmpfs', path: ['settings', 'createOptions', 'HostConfig', 'Tmpfs', '/tmp'], rank: 3 }],
      ['/dev/shm', { key: 'HostConfig.ShmSize', path: ['settings', 'createOptions', 'HostConfig', 'ShmSize'], rank: 0 }],
      ['/dev/video0', { key: 'HostConfig.Devices', path: ['settings', 'createOptions', 'HostConfig', 'Devices', 0], rank: 2 }],
    ]);
  });

  it.each<{ name: string; co: JsonObject; key: string }>([
    { name: 'VolumeDriver: the claim storage class replaces it', co: { HostConfig: { VolumeDriver: 'nfs' } }, key: 'HostConfig.VolumeDriver' },
    { name: 'VolumesFrom: pods cannot share volumes by container name', co: { HostConfig: { VolumesFrom: ['other'] } }, key: 'HostConfig.VolumesFrom' },
  ])('dropped: $name', ({ co, key }) => {
    expect(applyToDraft(co).entry(key).fidelity).toBe('dropped');
  });

  it.each<{ name: string; co: JsonObject; expected: string }>([
    { name: 'Binds entry with an empty source', co: { HostConfig: { Binds: [':/x'] } }, expected: 'HostConfig.Binds: a bind must be source:target[:options] @ .settings.createOptions.HostConfig.Binds[0]' },
    { name: 'Mounts not a list', co: { HostConfig: { Mounts: { Type: 'bind' } } }, expected: 'HostConfig.Mounts: expected a list of mounts @ .settings.createOptions.HostConfig.Mounts' },
    { name: 'Mounts entry not an object', co: { HostConfig: { Mounts: ['/a:/b'] } }, expected: 'HostConfig.Mounts: expected a mount object @ .settings.createOptions.HostConfig.Mounts[0]' },
    { name: 'Mounts volume without Source', co: { HostConfig: { Mounts: [{ Type: 'volume', Target: '/d' }] } }, expected: 'HostConfig.Mounts: a volume or bind mount needs Source @ .settings.createOptions.HostConfig.Mounts[0].Source' },
    { name: 'Mounts of an unknown Type', co: { HostConfig: { Mounts: [{ Type: 'cluster', Source: 's', Target: '/d' }] } }, expected: 'HostConfig.Mounts: mount Type must be bind, volume, tmpfs or npipe @ .settings.createOptions.HostConfig.Mounts[0].Type' },
    { name: 'Devices entry without PathOnHost', co: { HostConfig: { Devices: [{ PathInContainer: '/dev/x' }] } }, expected: 'HostConfig.Devices: a device needs PathOnHost @ .settings.createOptions.HostConfig.Devices[0]' },
    { name: 'ShmSize as text', co: { HostConfig: { ShmSize: '64m' } }, expected: 'HostConfig.ShmSize: expected an integer, got a string @ .settings.createOptions.HostConfig.ShmSize' },
  ])('bad value → error at its path: $name', ({ co, expected }) => {
    expect(applyToDraft(co).errors).toStrictEqual([expected]);
  });
});
