/**
 * One row per Docker createOptions field: the Kubernetes fields it must produce, written by hand from
 * the Docker Engine API v1.40 (ContainerCreate / HostConfig) and the Kubernetes 1.27 API reference, and
 * the fidelity the mapping table (k8s-mapping.md §7.2) gives it.
 */
import type { JsonObject } from '../../../src/model/json.js';
import type { WorkloadIntent } from '../../../src/translate/index.js';
import type { DeviceIntent } from '../../../src/translate/device-intent.js';
import { translateModuleM, userMounts, userVolumes } from '../translate-helpers.js';

interface Row {
  name: string;
  co: JsonObject;
  /** Ledger key of the field. */
  key: string;
  fidelity: 'exact' | 'approximate' | 'dropped';
  pick: (w: WorkloadIntent, intent: DeviceIntent) => unknown;
  expected: unknown;
}

const env = (w: WorkloadIntent): unknown => w.container.env.filter((e) => !/^(IOTEDGE_|EdgeHub|EdgeModule)/.test(e.name));

const rows: Row[] = [
  { name: 'Env K=V → env (split on first =)', co: { Env: ['A=1', 'B=x=y'] }, key: 'Env', fidelity: 'exact', pick: env, expected: [{ name: 'A', value: '1' }, { name: 'B', value: 'x=y' }] },
  { name: 'Env entry without = → dropped', co: { Env: ['A=1', 'NOVALUE'] }, key: 'Env', fidelity: 'dropped', pick: env, expected: [{ name: 'A', value: '1' }] },
  { name: 'Cmd list → args', co: { Cmd: ['--pf=/app/pn.json', '--aa'] }, key: 'Cmd', fidelity: 'exact', pick: (w) => w.container.args, expected: ['--pf=/app/pn.json', '--aa'] },
  { name: 'Cmd single string → one-element args', co: { Cmd: 'run.sh' }, key: 'Cmd', fidelity: 'exact', pick: (w) => w.container.args, expected: ['run.sh'] },
  { name: 'Entrypoint → command', co: { Entrypoint: ['/bin/app', '-v'] }, key: 'Entrypoint', fidelity: 'exact', pick: (w) => w.container.command, expected: ['/bin/app', '-v'] },
  { name: 'WorkingDir → workingDir', co: { WorkingDir: '/app' }, key: 'WorkingDir', fidelity: 'exact', pick: (w) => w.container.workingDir, expected: '/app' },
  { name: 'User uid:gid → runAsUser/runAsGroup', co: { User: '0:0' }, key: 'User', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { runAsUser: 0, runAsGroup: 0 } },
  { name: 'User uid → runAsUser', co: { User: '1000' }, key: 'User', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { runAsUser: 1000 } },
  { name: 'User name → dropped, nothing set', co: { User: 'mssql' }, key: 'User', fidelity: 'dropped', pick: (w) => w.container.securityContext, expected: {} },
  { name: 'Hostname → pod hostname', co: { Hostname: 'opcpublisher' }, key: 'Hostname', fidelity: 'approximate', pick: (w) => w.pod.hostname, expected: 'opcpublisher' },
  { name: 'Hostname made a DNS label', co: { Hostname: 'My_Host' }, key: 'Hostname', fidelity: 'approximate', pick: (w) => w.pod.hostname, expected: 'my-host' },
  { name: 'Domainname → pod subdomain', co: { Domainname: 'plant1' }, key: 'Domainname', fidelity: 'approximate', pick: (w) => w.pod.subdomain, expected: 'plant1' },
  {
    name: 'Labels → pod-template and Service annotations',
    co: { Labels: { 'com.example.team': 'ops' }, ExposedPorts: { '80/tcp': {} } },
    key: 'Labels',
    fidelity: 'approximate',
    pick: (w) => [w.podAnnotations['com.example.team'], w.service?.annotations],
    expected: ['ops', { 'com.example.team': 'ops' }],
  },
  {
    name: 'ExposedPorts → container port + ClusterIP Service port (exposedport-<p>-<proto>)',
    co: { ExposedPorts: { '8091/tcp': {} } },
    key: 'ExposedPorts',
    fidelity: 'exact',
    pick: (w) => [w.container.ports, w.service],
    expected: [[{ containerPort: 8091, protocol: 'TCP' }], { type: 'ClusterIP', ports: [{ name: 'exposedport-8091-tcp', port: 8091, targetPort: 8091, protocol: 'TCP' }], annotations: {} }],
  },
  {
    name: 'PortBindings host port ≠ container port: port = HostPort, targetPort = container port',
    co: { HostConfig: { PortBindings: { '8000/tcp': [{ HostPort: '80' }] } } },
    key: 'HostConfig.PortBindings',
    fidelity: 'approximate',
    pick: (w) => [w.container.ports, w.service?.ports],
    expected: [[{ containerPort: 8000, protocol: 'TCP' }], [{ name: 'hostport-80-tcp', port: 80, targetPort: 8000, protocol: 'TCP' }]],
  },
  {
    name: 'PortBindings udp and tcp on one number stay two ports (keyed by port and protocol)',
    co: { HostConfig: { PortBindings: { '8089/udp': [{ HostPort: '8089' }], '8089/tcp': [{ HostPort: '8089' }] } } },
    key: 'HostConfig.PortBindings',
    fidelity: 'approximate',
    pick: (w) => w.service?.ports,
    expected: [
      { name: 'hostport-8089-tcp', port: 8089, targetPort: 8089, protocol: 'TCP' },
      { name: 'hostport-8089-udp', port: 8089, targetPort: 8089, protocol: 'UDP' },
    ],
  },
  {
    name: 'PortBindings replaces the ExposedPorts entry of the same port',
    co: { ExposedPorts: { '5000/tcp': {} }, HostConfig: { PortBindings: { '5000/tcp': [{ HostPort: '5000' }] } } },
    key: 'HostConfig.PortBindings',
    fidelity: 'approximate',
    pick: (w) => w.service?.ports,
    expected: [{ name: 'hostport-5000-tcp', port: 5000, targetPort: 5000, protocol: 'TCP' }],
  },
  {
    name: 'Healthcheck CMD-SHELL → livenessProbe exec sh -c, ns → s, Docker defaults for the rest',
    co: { Healthcheck: { Test: ['CMD-SHELL', 'curl -f http://localhost/'], Interval: 15000000000, Retries: 5 } },
    key: 'Healthcheck',
    fidelity: 'approximate',
    pick: (w) => w.container.livenessProbe,
    expected: { exec: { command: ['/bin/sh', '-c', 'curl -f http://localhost/'] }, periodSeconds: 15, timeoutSeconds: 30, failureThreshold: 5 },
  },
  {
    name: 'Healthcheck CMD with StartPeriod → exec argv + initialDelaySeconds (rounded up)',
    co: { Healthcheck: { Test: ['CMD', '/health', '--quick'], StartPeriod: 1500000000, Timeout: 2000000000 } },
    key: 'Healthcheck',
    fidelity: 'approximate',
    pick: (w) => w.container.livenessProbe,
    expected: { exec: { command: ['/health', '--quick'] }, periodSeconds: 30, timeoutSeconds: 2, failureThreshold: 3, initialDelaySeconds: 2 },
  },
  { name: 'StopTimeout → terminationGracePeriodSeconds', co: { StopTimeout: 45 }, key: 'StopTimeout', fidelity: 'exact', pick: (w) => w.pod.terminationGracePeriodSeconds, expected: 45 },
  { name: 'StopSignal non-default → dropped', co: { StopSignal: 'SIGINT' }, key: 'StopSignal', fidelity: 'dropped', pick: (w) => w.pod.terminationGracePeriodSeconds, expected: undefined },
  { name: 'Tty → tty', co: { Tty: true }, key: 'Tty', fidelity: 'exact', pick: (w) => w.container.tty, expected: true },
  { name: 'OpenStdin → stdin', co: { OpenStdin: true }, key: 'OpenStdin', fidelity: 'exact', pick: (w) => w.container.stdin, expected: true },
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
  { name: 'Privileged → securityContext.privileged', co: { HostConfig: { Privileged: true } }, key: 'HostConfig.Privileged', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { privileged: true } },
  {
    name: 'CapAdd/CapDrop: CAP_ stripped, upper-cased',
    co: { HostConfig: { CapAdd: ['SYS_PTRACE', 'cap_net_admin'], CapDrop: ['CAP_MKNOD'] } },
    key: 'HostConfig.CapAdd',
    fidelity: 'exact',
    pick: (w) => w.container.securityContext.capabilities,
    expected: { add: ['NET_ADMIN', 'SYS_PTRACE'], drop: ['MKNOD'] },
  },
  {
    name: 'Devices → hostPath CharDevice mounted at PathInContainer',
    co: { HostConfig: { Devices: [{ PathOnHost: '/dev/ttyUSB0', PathInContainer: '/dev/ttyACM0', CgroupPermissions: 'rwm' }] } },
    key: 'HostConfig.Devices',
    fidelity: 'approximate',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'dev-ttyusb0', hostPath: { path: '/dev/ttyUSB0', type: 'CharDevice' } }], [{ name: 'dev-ttyusb0', mountPath: '/dev/ttyACM0' }]],
  },
  { name: 'Memory → limits.memory (Mi when exact)', co: { HostConfig: { Memory: 268435456 } }, key: 'HostConfig.Memory', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { memory: '256Mi' } } },
  { name: 'Memory not a Mi multiple → plain bytes', co: { HostConfig: { Memory: 100000000 } }, key: 'HostConfig.Memory', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { memory: '100000000' } } },
  { name: 'MemoryReservation → requests.memory', co: { HostConfig: { MemoryReservation: 134217728 } }, key: 'HostConfig.MemoryReservation', fidelity: 'approximate', pick: (w) => w.container.resources, expected: { requests: { memory: '128Mi' } } },
  { name: 'MemorySwap > Memory → dropped', co: { HostConfig: { Memory: 268435456, MemorySwap: 536870912 } }, key: 'HostConfig.MemorySwap', fidelity: 'dropped', pick: (w) => w.container.resources, expected: { limits: { memory: '256Mi' } } },
  { name: 'MemorySwap = Memory → nothing to drop', co: { HostConfig: { Memory: 268435456, MemorySwap: 268435456 } }, key: 'HostConfig.MemorySwap', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { memory: '256Mi' } } },
  { name: 'NanoCpus → limits.cpu millicores', co: { HostConfig: { NanoCpus: 1500000000 } }, key: 'HostConfig.NanoCpus', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { cpu: '1500m' } } },
  { name: 'CpuShares → requests.cpu = shares/1024', co: { HostConfig: { CpuShares: 512 } }, key: 'HostConfig.CpuShares', fidelity: 'approximate', pick: (w) => w.container.resources, expected: { requests: { cpu: '500m' } } },
  { name: 'CpuQuota/CpuPeriod → limits.cpu = quota/period', co: { HostConfig: { CpuQuota: 50000, CpuPeriod: 100000 } }, key: 'HostConfig.CpuQuota', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { cpu: '500m' } } },
  {
    name: 'NetworkMode host → hostNetwork + ClusterFirstWithHostNet',
    co: { HostConfig: { NetworkMode: 'host' } },
    key: 'HostConfig.NetworkMode',
    fidelity: 'exact',
    pick: (w) => [w.pod.hostNetwork, w.pod.dnsPolicy],
    expected: [true, 'ClusterFirstWithHostNet'],
  },
  { name: 'NetworkMode azure-iot-edge → pod network', co: { HostConfig: { NetworkMode: 'azure-iot-edge' } }, key: 'HostConfig.NetworkMode', fidelity: 'approximate', pick: (w) => w.pod.hostNetwork, expected: undefined },
  { name: 'IpcMode host → hostIPC', co: { HostConfig: { IpcMode: 'host' } }, key: 'HostConfig.IpcMode', fidelity: 'exact', pick: (w) => w.pod.hostIPC, expected: true },
  { name: 'PidMode host → hostPID', co: { HostConfig: { PidMode: 'host' } }, key: 'HostConfig.PidMode', fidelity: 'exact', pick: (w) => w.pod.hostPID, expected: true },
  {
    name: 'ExtraHosts → hostAliases grouped by IP',
    co: { HostConfig: { ExtraHosts: ['opc:10.0.0.5', 'plc:10.0.0.6', 'opc-alias:10.0.0.5'] } },
    key: 'HostConfig.ExtraHosts',
    fidelity: 'exact',
    pick: (w) => w.pod.hostAliases,
    expected: [
      { ip: '10.0.0.5', hostnames: ['opc', 'opc-alias'] },
      { ip: '10.0.0.6', hostnames: ['plc'] },
    ],
  },
  {
    name: 'Dns/DnsSearch/DnsOptions → dnsConfig',
    co: { HostConfig: { Dns: ['8.8.8.8'], DnsSearch: ['plant.local'], DnsOptions: ['ndots:2'] } },
    key: 'HostConfig.Dns',
    fidelity: 'approximate',
    pick: (w) => w.pod.dnsConfig,
    expected: { nameservers: ['8.8.8.8'], options: [{ name: 'ndots', value: '2' }], searches: ['plant.local'] },
  },
  {
    name: 'ShmSize → emptyDir Memory at /dev/shm',
    co: { HostConfig: { ShmSize: 268435456 } },
    key: 'HostConfig.ShmSize',
    fidelity: 'approximate',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } }], [{ name: 'dshm', mountPath: '/dev/shm' }]],
  },
  { name: 'ReadonlyRootfs → readOnlyRootFilesystem', co: { HostConfig: { ReadonlyRootfs: true } }, key: 'HostConfig.ReadonlyRootfs', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { readOnlyRootFilesystem: true } },
  {
    name: 'SecurityOpt no-new-privileges + seccomp=unconfined',
    co: { HostConfig: { SecurityOpt: ['no-new-privileges', 'seccomp=unconfined'] } },
    key: 'HostConfig.SecurityOpt',
    fidelity: 'approximate',
    pick: (w) => w.container.securityContext,
    expected: { allowPrivilegeEscalation: false, seccompProfile: { type: 'Unconfined' } },
  },
  { name: 'GroupAdd numeric → supplementalGroups', co: { HostConfig: { GroupAdd: ['44', '20'] } }, key: 'HostConfig.GroupAdd', fidelity: 'exact', pick: (w) => w.pod.securityContext, expected: { supplementalGroups: [20, 44] } },
  {
    name: 'Sysctls → pod securityContext.sysctls',
    co: { HostConfig: { Sysctls: { 'net.ipv4.ip_forward': '1' } } },
    key: 'HostConfig.Sysctls',
    fidelity: 'approximate',
    pick: (w) => w.pod.securityContext,
    expected: { sysctls: [{ name: 'net.ipv4.ip_forward', value: '1' }] },
  },
  { name: 'Runtime → runtimeClassName', co: { HostConfig: { Runtime: 'nvidia' } }, key: 'HostConfig.Runtime', fidelity: 'approximate', pick: (w) => w.pod.runtimeClassName, expected: 'nvidia' },
  { name: 'Init → dropped', co: { HostConfig: { Init: true } }, key: 'HostConfig.Init', fidelity: 'dropped', pick: (w) => w.container.command, expected: undefined },
  { name: 'LogConfig → dropped', co: { HostConfig: { LogConfig: { Type: 'json-file', Config: { 'max-size': '4m' } } } }, key: 'HostConfig.LogConfig', fidelity: 'dropped', pick: (w) => w.container.args, expected: undefined },
  { name: 'RestartPolicy → dropped', co: { HostConfig: { RestartPolicy: { Name: 'always' } } }, key: 'HostConfig.RestartPolicy', fidelity: 'dropped', pick: (w) => w.replicas, expected: 1 },
  { name: 'Ulimits → dropped', co: { HostConfig: { Ulimits: [{ Name: 'nofile', Soft: 1024, Hard: 2048 }] } }, key: 'HostConfig.Ulimits', fidelity: 'dropped', pick: (w) => w.container.resources, expected: undefined },
  { name: 'NetworkingConfig → dropped (Service name is the alias)', co: { NetworkingConfig: { EndpointsConfig: { host: {} } } }, key: 'NetworkingConfig', fidelity: 'dropped', pick: (w) => w.service, expected: undefined },
  { name: 'unknown createOptions field → dropped', co: { Frobnicate: 3 }, key: 'Frobnicate', fidelity: 'dropped', pick: (w) => w.container.securityContext, expected: {} },
  { name: 'unknown HostConfig field → dropped', co: { HostConfig: { Frobnicate: 3 } }, key: 'HostConfig.Frobnicate', fidelity: 'dropped', pick: (w) => w.container.securityContext, expected: {} },
  { name: 'zero value of a dropped field is the Docker default (exact)', co: { HostConfig: { AutoRemove: false } }, key: 'HostConfig.AutoRemove', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: {} },
  {
    name: 'k8s-experimental resources/nodeSelector/strategy/securityContext (case-insensitive keys)',
    co: { 'k8s-experimental': { Resources: { limits: { memory: '128Mi', 'nvidia.com/gpu': 1 } }, NodeSelector: { disk: 'ssd' }, strategy: { type: 'Recreate' }, securityContext: { runAsNonRoot: true } } },
    key: 'k8s-experimental.resources',
    fidelity: 'exact',
    pick: (w) => [w.container.resources, w.pod.nodeSelector, w.strategy, w.pod.securityContext],
    expected: [{ limits: { memory: '128Mi', 'nvidia.com/gpu': '1' } }, { disk: 'ssd' }, { type: 'Recreate' }, { runAsNonRoot: true }],
  },
  {
    name: 'k8s-experimental volumes copied; string readOnly coerced',
    co: { 'k8s-experimental': { volumes: [{ volume: { name: 'cfg', configMap: { name: 'my-cfg' } }, volumeMounts: [{ name: 'cfg', mountPath: '/etc/cfg', readOnly: 'true' }] }] } },
    key: 'k8s-experimental.volumes',
    fidelity: 'exact',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'cfg', raw: { name: 'cfg', configMap: { name: 'my-cfg' } } }], [{ name: 'cfg', mountPath: '/etc/cfg', readOnly: true }]],
  },
  {
    name: 'k8s-experimental serviceOptions.type sets the Service type',
    co: { ExposedPorts: { '80/tcp': {} }, 'k8s-experimental': { serviceOptions: { type: 'loadbalancer', loadBalancerIP: '10.1.2.3' } } },
    key: 'k8s-experimental.serviceOptions',
    fidelity: 'exact',
    pick: (w) => [w.service?.type, w.service?.loadBalancerIP],
    expected: ['LoadBalancer', '10.1.2.3'],
  },
  { name: 'k8s-experimental unknown key → dropped', co: { 'k8s-experimental': { affinity: {} } }, key: 'k8s-experimental.affinity', fidelity: 'dropped', pick: (w) => w.pod.nodeSelector, expected: undefined },
];

describe('createOptions field → Kubernetes', () => {
  it.each(rows)('$name', ({ co, key, fidelity, pick, expected }) => {
    const { w, intent, ledger } = translateModuleM(co);
    expect(pick(w, intent)).toStrictEqual(expected);
    const entries = ledger.filter((e) => e.key === key);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.fidelity).toBe(fidelity);
    expect(entries[0]?.configurationId).toBe('base');
  });
});

describe('createOptions rules', () => {
  it('container securityContext is {} and resources undefined when the module asks for nothing (no library defaults)', () => {
    const { w } = translateModuleM({});
    expect(w.container.securityContext).toStrictEqual({});
    expect(w.container.resources).toBeUndefined();
    expect(w.pod.securityContext).toBeUndefined();
  });

  it('ReadonlyRootfs false leaves readOnlyRootFilesystem unset', () => {
    const { w } = translateModuleM({ HostConfig: { ReadonlyRootfs: false } });
    expect(w.container.securityContext).toStrictEqual({});
  });

  it('a Devices entry on a privileged module says privileged suffices; without it the reason names the need', () => {
    const priv = translateModuleM({ HostConfig: { Privileged: true, Devices: [{ PathOnHost: '/dev/video0', PathInContainer: '/dev/video0' }] } });
    const unpriv = translateModuleM({ HostConfig: { Devices: [{ PathOnHost: '/dev/video0', PathInContainer: '/dev/video0' }] } });
    expect(priv.ledger.find((e) => e.key === 'HostConfig.Devices')?.reason).toMatch(/privileged/);
    expect(unpriv.ledger.find((e) => e.key === 'HostConfig.Devices')?.reason).toMatch(/needs privileged or a device plugin/);
  });

  it('the ledger path of a HostConfig field points inside createOptions', () => {
    const { ledger } = translateModuleM({ HostConfig: { Privileged: true } });
    expect(ledger.find((e) => e.key === 'HostConfig.Privileged')?.jsonPath).toBe('content.modulesContent.$edgeAgent["properties.desired"].modules.m.settings.createOptions.HostConfig.Privileged');
  });

  it.each<{ name: string; co: JsonObject; path: RegExp }>([
    { name: 'Binds entry without target', co: { HostConfig: { Binds: ['/only'] } }, path: /HostConfig\.Binds\[0\]$/ },
    { name: 'port key that is not a port', co: { ExposedPorts: { 'http/tcp': {} } }, path: /ExposedPorts\["http\/tcp"\]$/ },
    { name: 'HostPort that is not a number', co: { HostConfig: { PortBindings: { '80/tcp': [{ HostPort: 'eighty' }] } } }, path: /HostPort$/ },
    { name: 'Mounts entry without Target', co: { HostConfig: { Mounts: [{ Type: 'volume', Source: 'x' }] } }, path: /Mounts\[0\]\.Target$/ },
  ])('bad value is a ConfigError with its JSON path: $name', ({ co, path }) => {
    let error: unknown;
    try {
      translateModuleM(co);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'ConfigError', deviceId: 'device-1', module: 'm', configurationId: 'base' });
    expect((error as { jsonPath: string }).jsonPath).toMatch(path);
  });
});
