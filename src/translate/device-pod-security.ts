import { ConfigError } from '../errors.js';
import type { StringMap, WorkloadIntent } from './device-intent.js';
import { exceedsLevel, looserLevel, POD_SECURITY_VERSION, type DevicePodSecurity, type PodSecurityLevel } from './pod-security-level.js';
import { modulePodSecurity } from './pod-security-rules.js';

/** The Pod Security Admission modes, each labelled on the namespace with the device's level. */
export const POD_SECURITY_MODES = ['enforce', 'warn', 'audit'] as const;

/** The level each module needs (sorted by module) and the device's: the highest of them, `restricted` with no module. */
export function devicePodSecurity(workloads: readonly WorkloadIntent[]): DevicePodSecurity {
  const modules = workloads.map(modulePodSecurity).sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
  const level = modules.reduce<PodSecurityLevel>((acc, m) => looserLevel(acc, m.level), 'restricted');
  return { level, modules };
}

/**
 * Namespace labels that make Pod Security Admission enforce, warn and audit at `level`, pinned to the policy
 * version the level was computed for (POD_SECURITY_VERSION): `pod-security.kubernetes.io/enforce: baseline`,
 * `pod-security.kubernetes.io/enforce-version: v1.27`, and the same for warn and audit.
 */
export function podSecurityLabels(level: PodSecurityLevel): StringMap {
  const labels: Record<string, string> = {};
  for (const mode of POD_SECURITY_MODES) {
    labels[`pod-security.kubernetes.io/${mode}`] = level;
    labels[`pod-security.kubernetes.io/${mode}-version`] = POD_SECURITY_VERSION;
  }
  return labels;
}

/**
 * One ConfigError per field that puts a module above `max` (`--max-pod-security`), naming the device, module,
 * configuration and JSON path of the module, and the pod field: the device then keeps its last good output.
 */
export function podSecurityLimitErrors(
  security: DevicePodSecurity,
  max: PodSecurityLevel,
  deviceId: string,
  sourceOf: (module: string) => { configurationId: string; jsonPath: string } | undefined,
): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const module of security.modules) {
    if (!exceedsLevel(module.level, max)) continue;
    const source = sourceOf(module.module);
    for (const v of module.violations.filter((x) => exceedsLevel(x.needs, max))) {
      errors.push(
        new ConfigError(`needs Pod Security level '${module.level}', above --max-pod-security ${max}: ${v.rule}: ${v.field} ${v.detail}`, {
          stage: 'translate',
          deviceId,
          module: module.module,
          ...(source !== undefined ? { configurationId: source.configurationId, jsonPath: source.jsonPath } : {}),
        }),
      );
    }
  }
  return errors;
}
