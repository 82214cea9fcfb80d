/**
 * The Pod Security Standards (policy v1.27) checked field by field on hand-written pods. Each row names the rule
 * as https://kubernetes.io/docs/concepts/security/pod-security-standards/ does, and the upstream check that
 * implements it in kubernetes/pod-security-admission `policy/` (check_hostNamespaces.go, check_privileged.go,
 * check_capabilities_baseline.go, check_hostPathVolumes.go, check_appArmorProfile.go, check_seLinuxOptions.go,
 * check_seccompProfile_baseline.go, check_sysctls.go, check_windowsHostProcess.go, check_restrictedVolumes.go,
 * check_allowPrivilegeEscalation.go, check_runAsNonRoot.go, check_runAsUser.go, check_seccompProfile_restricted.go,
 * check_capabilities_restricted.go). Expected levels worked out from those rules, not from the code under test.
 */
import type { ContainerSecurityIntent, PodIntent, WorkloadIntent } from '../../src/translate/device-intent.js';
import { devicePodSecurity, podSecurityLabels, podSecurityLimitErrors } from '../../src/translate/device-pod-security.js';
import type { PodSecurityLevel } from '../../src/translate/pod-security-level.js';
import { modulePodSecurity } from '../../src/translate/pod-security-rules.js';
import { containerIntent, podIntent, workloadIntent } from '../builders.js';

/** A container that meets every restricted rule: the starting point each row changes one field of. */
const RESTRICTED: ContainerSecurityIntent = {
  allowPrivilegeEscalation: false,
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
  capabilities: { drop: ['ALL'] },
};

function pod(security: ContainerSecurityIntent = RESTRICTED, pod: Partial<PodIntent> = {}, podAnnotations: Record<string, string> = {}): WorkloadIntent {
  return workloadIntent('sensor', { container: containerIntent('sensor', { securityContext: security }), pod: podIntent(pod), podAnnotations });
}

const C = 'spec.containers[0].securityContext';

interface Row {
  readonly name: string;
  readonly workload: WorkloadIntent;
  readonly level: PodSecurityLevel;
  /** The fields reported, in order. */
  readonly fields: readonly string[];
}

const rows: Row[] = [
  { name: 'restricted: every restricted field set', workload: pod(), level: 'restricted', fields: [] },
  {
    name: 'restricted: pod-level runAsNonRoot and seccomp cover the container',
    workload: pod({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }, { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } }),
    level: 'restricted',
    fields: [],
  },
  { name: 'restricted: NET_BIND_SERVICE is the one capability it may add', workload: pod({ ...RESTRICTED, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } }), level: 'restricted', fields: [] },
  {
    name: 'restricted: configMap, secret, emptyDir, persistentVolumeClaim volumes',
    workload: pod(RESTRICTED, {
      volumes: [
        { name: 'a', configMap: { name: 'c' } },
        { name: 'b', secret: { secretName: 's' } },
        { name: 'c', emptyDir: {} },
        { name: 'd', persistentVolumeClaim: { claimName: 'p' } },
        { name: 'e', raw: { name: 'e', projected: { sources: [] } } },
      ],
    }),
    level: 'restricted',
    fields: [],
  },
  // Baseline rules: breaking one needs privileged.
  { name: 'Host Namespaces: hostNetwork', workload: pod(RESTRICTED, { hostNetwork: true }), level: 'privileged', fields: ['spec.hostNetwork'] },
  { name: 'Host Namespaces: hostPID', workload: pod(RESTRICTED, { hostPID: true }), level: 'privileged', fields: ['spec.hostPID'] },
  { name: 'Host Namespaces: hostIPC', workload: pod(RESTRICTED, { hostIPC: true }), level: 'privileged', fields: ['spec.hostIPC'] },
  { name: 'Host Namespaces: hostNetwork false is allowed', workload: pod(RESTRICTED, { hostNetwork: false }), level: 'restricted', fields: [] },
  { name: 'Privileged Containers', workload: pod({ ...RESTRICTED, privileged: true }), level: 'privileged', fields: [`${C}.privileged`] },
  { name: 'Privileged Containers: false is allowed', workload: pod({ ...RESTRICTED, privileged: false }), level: 'restricted', fields: [] },
  {
    name: 'Capabilities: SYS_ADMIN is beyond the baseline set (and restricted adds only NET_BIND_SERVICE)',
    workload: pod({ ...RESTRICTED, capabilities: { add: ['SYS_ADMIN'], drop: ['ALL'] } }),
    level: 'privileged',
    fields: [`${C}.capabilities.add`, `${C}.capabilities.add`],
  },
  {
    name: 'Capabilities: NET_RAW is not in the baseline set (Docker adds it by default, baseline does not allow it)',
    workload: pod({ ...RESTRICTED, capabilities: { add: ['NET_RAW'], drop: ['ALL'] } }),
    level: 'privileged',
    fields: [`${C}.capabilities.add`, `${C}.capabilities.add`],
  },
  {
    name: 'Capabilities: CHOWN and SYS_CHROOT are in the baseline set, but restricted refuses them',
    workload: pod({ ...RESTRICTED, capabilities: { add: ['CHOWN', 'SYS_CHROOT'], drop: ['ALL'] } }),
    level: 'baseline',
    fields: [`${C}.capabilities.add`],
  },
  {
    name: 'HostPath Volumes (ours)',
    workload: pod(RESTRICTED, { volumes: [{ name: 'c', configMap: { name: 'c' } }, { name: 'data', hostPath: { path: '/srv/data', type: 'DirectoryOrCreate' } }] }),
    level: 'privileged',
    fields: ['spec.volumes[1].hostPath'],
  },
  {
    name: 'HostPath Volumes (a k8s-experimental volume)',
    workload: pod(RESTRICTED, { volumes: [{ name: 'dev', raw: { name: 'dev', hostPath: { path: '/dev' } } }] }),
    level: 'privileged',
    fields: ['spec.volumes[0].hostPath'],
  },
  {
    name: 'AppArmor: unconfined annotation (the 1.27 form)',
    workload: pod(RESTRICTED, {}, { 'container.apparmor.security.beta.kubernetes.io/sensor': 'unconfined' }),
    level: 'privileged',
    fields: ['metadata.annotations["container.apparmor.security.beta.kubernetes.io/sensor"]'],
  },
  {
    name: 'AppArmor: runtime/default and localhost/<profile> annotations are allowed',
    workload: pod(RESTRICTED, {}, { 'container.apparmor.security.beta.kubernetes.io/a': 'runtime/default', 'container.apparmor.security.beta.kubernetes.io/b': 'localhost/k8s-x' }),
    level: 'restricted',
    fields: [],
  },
  { name: 'AppArmor: appArmorProfile Unconfined', workload: pod({ ...RESTRICTED, appArmorProfile: { type: 'Unconfined' } }), level: 'privileged', fields: [`${C}.appArmorProfile.type`] },
  { name: 'AppArmor: appArmorProfile Localhost', workload: pod({ ...RESTRICTED, appArmorProfile: { type: 'Localhost', localhostProfile: 'x' } }), level: 'restricted', fields: [] },
  { name: 'SELinux: type spc_t', workload: pod({ ...RESTRICTED, seLinuxOptions: { type: 'spc_t' } }), level: 'privileged', fields: [`${C}.seLinuxOptions.type`] },
  { name: 'SELinux: type container_init_t is allowed, level is free', workload: pod({ ...RESTRICTED, seLinuxOptions: { type: 'container_init_t', level: 's0:c1,c2' } }), level: 'restricted', fields: [] },
  { name: 'SELinux: user and role must be unset', workload: pod(RESTRICTED, { securityContext: { seLinuxOptions: { user: 'system_u', role: 'system_r' } } }), level: 'privileged', fields: ['spec.securityContext.seLinuxOptions.user', 'spec.securityContext.seLinuxOptions.role'] },
  {
    name: 'Seccomp: Unconfined (container) breaks baseline',
    workload: pod({ ...RESTRICTED, seccompProfile: { type: 'Unconfined' } }),
    level: 'privileged',
    fields: [`${C}.seccompProfile.type`],
  },
  {
    name: 'Seccomp: Unconfined at pod level breaks baseline even when the container sets RuntimeDefault',
    workload: pod(RESTRICTED, { securityContext: { seccompProfile: { type: 'Unconfined' } } }),
    level: 'privileged',
    fields: ['spec.securityContext.seccompProfile.type'],
  },
  {
    name: 'Sysctls: net.ipv4.ip_local_reserved_ports is safe from v1.27, kernel.msgmax is not',
    workload: pod(RESTRICTED, { securityContext: { sysctls: [{ name: 'net.ipv4.ip_local_reserved_ports', value: '30000' }, { name: 'kernel.msgmax', value: '65536' }] } }),
    level: 'privileged',
    fields: ['spec.securityContext.sysctls[1].name'],
  },
  {
    name: 'Sysctls: net.ipv4.tcp_keepalive_time became safe only in v1.29',
    workload: pod(RESTRICTED, { securityContext: { sysctls: [{ name: 'net.ipv4.tcp_keepalive_time', value: '60' }] } }),
    level: 'privileged',
    fields: ['spec.securityContext.sysctls[0].name'],
  },
  { name: 'HostProcess: windowsOptions.hostProcess', workload: pod(RESTRICTED, { securityContext: { windowsOptions: { hostProcess: true } } }), level: 'privileged', fields: ['spec.securityContext.windowsOptions.hostProcess'] },
  // Restricted rules: breaking one needs baseline.
  {
    name: 'Volume Types: nfs is neither hostPath nor a restricted type',
    workload: pod(RESTRICTED, { volumes: [{ name: 'share', raw: { name: 'share', nfs: { server: 'nas', path: '/x' } } }] }),
    level: 'baseline',
    fields: ['spec.volumes[0].nfs'],
  },
  { name: 'Privilege Escalation: unset', workload: pod({ ...RESTRICTED, allowPrivilegeEscalation: undefined }), level: 'baseline', fields: [`${C}.allowPrivilegeEscalation`] },
  { name: 'Privilege Escalation: true (SecurityOpt no-new-privileges=false)', workload: pod({ ...RESTRICTED, allowPrivilegeEscalation: true }), level: 'baseline', fields: [`${C}.allowPrivilegeEscalation`] },
  { name: 'Running as Non-root: unset at both levels', workload: pod({ ...RESTRICTED, runAsNonRoot: undefined }), level: 'baseline', fields: [`${C}.runAsNonRoot`] },
  {
    name: 'Running as Non-root: container false overrides a pod-level true',
    workload: pod({ ...RESTRICTED, runAsNonRoot: false }, { securityContext: { runAsNonRoot: true } }),
    level: 'baseline',
    fields: [`${C}.runAsNonRoot`],
  },
  { name: 'Running as Non-root user: runAsUser 0 (createOptions User "root")', workload: pod({ ...RESTRICTED, runAsUser: 0 }), level: 'baseline', fields: [`${C}.runAsUser`] },
  { name: 'Running as Non-root user: runAsUser 1000 is fine', workload: pod({ ...RESTRICTED, runAsUser: 1000 }), level: 'restricted', fields: [] },
  { name: 'Running as Non-root user: pod-level runAsUser 0', workload: pod(RESTRICTED, { securityContext: { runAsUser: 0 } }), level: 'baseline', fields: ['spec.securityContext.runAsUser'] },
  { name: 'Seccomp (restricted): unset at both levels', workload: pod({ ...RESTRICTED, seccompProfile: undefined }), level: 'baseline', fields: [`${C}.seccompProfile.type`] },
  { name: 'Capabilities (restricted): drop ALL missing', workload: pod({ ...RESTRICTED, capabilities: { drop: ['NET_RAW'] } }), level: 'baseline', fields: [`${C}.capabilities.drop`] },
  {
    name: 'a module as translated with no security setting (the common case): baseline, for four restricted rules',
    workload: pod({}),
    level: 'baseline',
    fields: [`${C}.allowPrivilegeEscalation`, `${C}.runAsNonRoot`, `${C}.seccompProfile.type`, `${C}.capabilities.drop`],
  },
];

describe('Pod Security Standards, field by field', () => {
  it.each(rows)('$name', ({ workload, level, fields }) => {
    const result = modulePodSecurity(workload);
    expect(result.level).toBe(level);
    expect(result.violations.map((v) => v.field)).toStrictEqual(fields);
    expect(result.module).toBe('sensor');
  });

  it('marks each violation with the level that admits it: baseline rules need privileged, restricted rules baseline', () => {
    const result = modulePodSecurity(pod({ privileged: true }));
    expect(result.violations.map((v) => [v.rule, v.needs])).toStrictEqual([
      ['Privileged Containers', 'privileged'],
      ['Privilege Escalation', 'baseline'],
      ['Running as Non-root', 'baseline'],
      ['Seccomp (restricted)', 'baseline'],
      ['Capabilities (restricted)', 'baseline'],
    ]);
  });
});

describe('the device level', () => {
  const restricted = workloadIntent('a', { container: containerIntent('a', { securityContext: RESTRICTED }) });
  const baseline = workloadIntent('b');
  const privileged = workloadIntent('c', { pod: podIntent({ hostNetwork: true }) }, 'C_module');

  it.each([
    { name: 'no module needs more than restricted', workloads: [restricted], level: 'restricted' },
    { name: 'the highest module level wins (baseline)', workloads: [restricted, baseline], level: 'baseline' },
    { name: 'one privileged module makes the namespace privileged', workloads: [restricted, baseline, privileged], level: 'privileged' },
  ])('$name', ({ workloads, level }) => {
    expect(devicePodSecurity(workloads).level).toBe(level);
  });

  it('lists modules sorted by module name', () => {
    expect(devicePodSecurity([privileged, baseline, restricted]).modules.map((m) => [m.module, m.level])).toStrictEqual([
      ['C_module', 'privileged'],
      ['a', 'restricted'],
      ['b', 'baseline'],
    ]);
  });

  it('labels enforce, warn and audit with the level, pinned to v1.27', () => {
    expect(podSecurityLabels('baseline')).toStrictEqual({
      'pod-security.kubernetes.io/enforce': 'baseline',
      'pod-security.kubernetes.io/enforce-version': 'v1.27',
      'pod-security.kubernetes.io/warn': 'baseline',
      'pod-security.kubernetes.io/warn-version': 'v1.27',
      'pod-security.kubernetes.io/audit': 'baseline',
      'pod-security.kubernetes.io/audit-version': 'v1.27',
    });
  });

  it('--max-pod-security baseline: one error per field of a privileged module, naming device, module, configuration and path', () => {
    const security = devicePodSecurity([baseline, privileged]);
    const errors = podSecurityLimitErrors(security, 'baseline', 'edge-01', (module) => ({ configurationId: 'base', jsonPath: `modules.${module}` }));
    expect(errors.map((e) => e.describe())).toStrictEqual([
      "configuration 'base', device 'edge-01', module 'C_module', at modules.C_module: needs Pod Security level 'privileged', above --max-pod-security baseline: Host Namespaces: spec.hostNetwork true; sharing the host namespaces is not allowed",
    ]);
    expect(podSecurityLimitErrors(security, 'privileged', 'edge-01', () => undefined)).toStrictEqual([]);
  });
});
