/**
 * The Pod Security Standards (policy version v1.27, https://kubernetes.io/docs/concepts/security/pod-security-standards/)
 * applied field by field to one translated module's pod, as the Pod Security Admission controller applies them
 * (kubernetes/pod-security-admission, `policy/check_*.go`). A pod that breaks a baseline rule needs `privileged`;
 * one that breaks only restricted rules needs `baseline`; otherwise `restricted` admits it.
 *
 * The WorkloadIntent is where the facts are final: render adds no security field (it removes the library's
 * defaults), so the rendered pod template holds exactly what is read here. Fields the intent cannot hold
 * (`hostPort`, `procMount`, a container's `windowsOptions`) are never written, so those rules always pass.
 */
import type { JsonObject, JsonValue } from '../model/json.js';
import type { ContainerSecurityIntent, VolumeIntent, WorkloadIntent } from './device-intent.js';
import { type ModulePodSecurity, type PodSecurityLevel, type PodSecurityViolation } from './pod-security-level.js';

/** Capabilities a baseline pod may add (check_capabilities_baseline.go, "Capabilities"). */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** Sysctls a baseline pod may set at v1.27 (check_sysctls.go: the v1.0 set plus net.ipv4.ip_local_reserved_ports from v1.27). */
export const SAFE_SYSCTLS: ReadonlySet<string> = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
]);

/** SELinux types a baseline pod may set at v1.27 (check_seLinuxOptions.go; container_engine_t came with v1.31). */
export const BASELINE_SELINUX_TYPES: ReadonlySet<string> = new Set(['container_t', 'container_init_t', 'container_kvm_t']);

/** Volume sources a restricted pod may use (check_restrictedVolumes.go, "Volume Types"). */
export const RESTRICTED_VOLUME_SOURCES: ReadonlySet<string> = new Set([
  'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret',
]);

/** Prefix of the pod annotations that chose an AppArmor profile per container before the field existed (checked at v1.27). */
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

const POD_SC = 'spec.securityContext';
const CONTAINER_SC = 'spec.containers[0].securityContext';

/**
 * The level one module's pod needs and every rule it breaks, with the field. Pure.
 * Field paths are those of the Deployment's pod template (`spec.template` omitted).
 */
export function modulePodSecurity(workload: WorkloadIntent): ModulePodSecurity {
  const baseline = _baselineViolations(workload);
  const restricted = _restrictedViolations(workload);
  const violations = [...baseline, ...restricted];
  const level: PodSecurityLevel = baseline.length > 0 ? 'privileged' : restricted.length > 0 ? 'baseline' : 'restricted';
  return { module: workload.module, level, violations };
}

function _baselineViolations(workload: WorkloadIntent): PodSecurityViolation[] {
  const { pod, container, podAnnotations } = workload;
  const podSc = pod.securityContext ?? {};
  const sc = container.securityContext;
  const found: PodSecurityViolation[] = [];
  const add = (rule: string, field: string, detail: string) => found.push({ needs: 'privileged', rule, field, detail });

  if (_object(podSc['windowsOptions'])['hostProcess'] === true) {
    add('HostProcess', `${POD_SC}.windowsOptions.hostProcess`, 'true; Windows HostProcess pods are not allowed');
  }
  for (const key of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (pod[key] === true) add('Host Namespaces', `spec.${key}`, 'true; sharing the host namespaces is not allowed');
  }
  if (sc.privileged === true) add('Privileged Containers', `${CONTAINER_SC}.privileged`, 'true; privileged containers are not allowed');
  const beyond = (sc.capabilities?.add ?? []).filter((c) => !BASELINE_CAPABILITIES.has(c));
  if (beyond.length > 0) {
    add('Capabilities', `${CONTAINER_SC}.capabilities.add`, `${beyond.join(', ')}: beyond the baseline set (${[...BASELINE_CAPABILITIES].join(', ')})`);
  }
  pod.volumes.forEach((volume, i) => {
    if (_volumeSources(volume).includes('hostPath')) {
      add('HostPath Volumes', `spec.volumes[${i}].hostPath`, `volume '${volume.name}' mounts ${_hostPathOf(volume)} from the node`);
    }
  });
  for (const key of Object.keys(podAnnotations).sort()) {
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
    const value = podAnnotations[key] ?? '';
    if (value !== 'runtime/default' && !value.startsWith('localhost/')) {
      add('AppArmor', `metadata.annotations["${key}"]`, `'${value}'; only runtime/default or localhost/<profile> are allowed`);
    }
  }
  const appArmorType = _object(sc.appArmorProfile as JsonValue | undefined)['type'];
  if (appArmorType !== undefined && appArmorType !== 'RuntimeDefault' && appArmorType !== 'Localhost') {
    add('AppArmor', `${CONTAINER_SC}.appArmorProfile.type`, `${String(appArmorType)}; only RuntimeDefault or Localhost are allowed`);
  }
  _seLinux(podSc['seLinuxOptions'], `${POD_SC}.seLinuxOptions`, add);
  _seLinux(sc.seLinuxOptions as JsonValue | undefined, `${CONTAINER_SC}.seLinuxOptions`, add);
  if (_seccompType(podSc['seccompProfile']) === 'Unconfined') add('Seccomp', `${POD_SC}.seccompProfile.type`, 'Unconfined is not allowed');
  if (_seccompType(sc.seccompProfile) === 'Unconfined') add('Seccomp', `${CONTAINER_SC}.seccompProfile.type`, 'Unconfined is not allowed');
  const sysctls = podSc['sysctls'];
  if (Array.isArray(sysctls)) {
    sysctls.forEach((entry, i) => {
      const name = _object(entry)['name'];
      if (typeof name === 'string' && !SAFE_SYSCTLS.has(name)) add('Sysctls', `${POD_SC}.sysctls[${i}].name`, `${name}: outside the safe set (${[...SAFE_SYSCTLS].join(', ')})`);
    });
  }
  return found;
}

function _restrictedViolations(workload: WorkloadIntent): PodSecurityViolation[] {
  const { pod, container } = workload;
  const podSc = pod.securityContext ?? {};
  const sc: ContainerSecurityIntent = container.securityContext;
  const found: PodSecurityViolation[] = [];
  const add = (rule: string, field: string, detail: string) => found.push({ needs: 'baseline', rule, field, detail });

  pod.volumes.forEach((volume, i) => {
    const other = _volumeSources(volume).filter((source) => !RESTRICTED_VOLUME_SOURCES.has(source) && source !== 'hostPath');
    if (other.length > 0) add('Volume Types', `spec.volumes[${i}].${other[0]}`, `volume '${volume.name}' is of type ${other.join(', ')}; restricted allows ${[...RESTRICTED_VOLUME_SOURCES].join(', ')}`);
  });
  if (sc.allowPrivilegeEscalation !== false) {
    add('Privilege Escalation', `${CONTAINER_SC}.allowPrivilegeEscalation`, `${sc.allowPrivilegeEscalation === true ? 'true' : 'unset'}; must be false`);
  }
  // Pod level true covers containers that leave it unset; a container's explicit false is refused either way.
  const podNonRoot = podSc['runAsNonRoot'];
  if (podNonRoot === false) add('Running as Non-root', `${POD_SC}.runAsNonRoot`, 'false; must be true or unset');
  if (sc.runAsNonRoot === false) add('Running as Non-root', `${CONTAINER_SC}.runAsNonRoot`, 'false; must be true');
  else if (sc.runAsNonRoot !== true && podNonRoot !== true) add('Running as Non-root', `${CONTAINER_SC}.runAsNonRoot`, `unset, and ${POD_SC}.runAsNonRoot is not true`);
  if (podSc['runAsUser'] === 0) add('Running as Non-root user', `${POD_SC}.runAsUser`, '0 (root); must not be 0');
  if (sc.runAsUser === 0) add('Running as Non-root user', `${CONTAINER_SC}.runAsUser`, '0 (root); must not be 0');
  // Seccomp: the container's profile, else the pod's, must be RuntimeDefault or Localhost (Unconfined is a baseline violation above).
  const podSeccomp = _seccompType(podSc['seccompProfile']);
  const seccomp = _seccompType(sc.seccompProfile);
  if (podSeccomp !== undefined && podSeccomp !== 'Unconfined' && !_allowedSeccomp(podSeccomp)) {
    add('Seccomp (restricted)', `${POD_SC}.seccompProfile.type`, `${podSeccomp}; must be RuntimeDefault or Localhost`);
  }
  if (seccomp !== undefined) {
    if (seccomp !== 'Unconfined' && !_allowedSeccomp(seccomp)) add('Seccomp (restricted)', `${CONTAINER_SC}.seccompProfile.type`, `${seccomp}; must be RuntimeDefault or Localhost`);
  } else if (podSeccomp === undefined) {
    add('Seccomp (restricted)', `${CONTAINER_SC}.seccompProfile.type`, `unset, and ${POD_SC}.seccompProfile is unset; must be RuntimeDefault or Localhost`);
  }
  if (!(sc.capabilities?.drop ?? []).includes('ALL')) {
    add('Capabilities (restricted)', `${CONTAINER_SC}.capabilities.drop`, 'does not drop ALL');
  }
  const added = (sc.capabilities?.add ?? []).filter((c) => c !== 'NET_BIND_SERVICE');
  if (added.length > 0) add('Capabilities (restricted)', `${CONTAINER_SC}.capabilities.add`, `${added.join(', ')}: only NET_BIND_SERVICE may be added`);
  return found;
}

function _seLinux(value: JsonValue | undefined, field: string, add: (rule: string, field: string, detail: string) => void): void {
  const options = _object(value);
  const type = options['type'];
  if (type !== undefined && type !== '' && !(typeof type === 'string' && BASELINE_SELINUX_TYPES.has(type))) {
    add('SELinux', `${field}.type`, `${String(type)}; only ${[...BASELINE_SELINUX_TYPES].join(', ')} are allowed`);
  }
  for (const key of ['user', 'role'] as const) {
    if (options[key] !== undefined && options[key] !== '') add('SELinux', `${field}.${key}`, `${String(options[key])}; must be unset`);
  }
}

function _allowedSeccomp(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

function _seccompType(value: JsonValue | undefined): string | undefined {
  const type = _object(value)['type'];
  return typeof type === 'string' ? type : undefined;
}

/** The source keys a volume sets: one for ours, the members of a `k8s-experimental` volume other than its name. */
function _volumeSources(volume: VolumeIntent): string[] {
  if (volume.raw !== undefined) return Object.keys(volume.raw).filter((key) => key !== 'name').sort();
  return (['hostPath', 'persistentVolumeClaim', 'emptyDir', 'configMap', 'secret'] as const).filter((key) => volume[key] !== undefined);
}

function _hostPathOf(volume: VolumeIntent): string {
  const path = volume.hostPath?.path ?? _object(_object(volume.raw)['hostPath'])['path'];
  return typeof path === 'string' ? path : 'a path';
}

function _object(value: JsonValue | undefined): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
