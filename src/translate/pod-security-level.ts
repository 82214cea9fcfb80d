/**
 * The three Pod Security Standards levels and what a module needs, as plain data. The rules that decide a level
 * are in `pod-security-rules.ts`; the device's level (the highest its modules need) in `device-pod-security.ts`.
 */

/** Pod Security Standards levels, from the most to the least restricted. */
export type PodSecurityLevel = 'restricted' | 'baseline' | 'privileged';

/** The levels in order: a pod admitted at one level is admitted at every later one. */
export const POD_SECURITY_LEVELS: readonly PodSecurityLevel[] = ['restricted', 'baseline', 'privileged'];

/**
 * Policy version written beside each level label (`pod-security.kubernetes.io/<mode>-version`): the rules here
 * are those of Kubernetes 1.27, the API this tool writes. Pinned rather than `latest`, so that a cluster upgrade
 * does not change which rules a namespace is held to without a new output.
 */
export const POD_SECURITY_VERSION = 'v1.27';

/** True when `level` is one of the three levels. */
export function isPodSecurityLevel(level: string): level is PodSecurityLevel {
  return (POD_SECURITY_LEVELS as readonly string[]).includes(level);
}

/** The less restricted of two levels. */
export function looserLevel(a: PodSecurityLevel, b: PodSecurityLevel): PodSecurityLevel {
  return POD_SECURITY_LEVELS.indexOf(a) >= POD_SECURITY_LEVELS.indexOf(b) ? a : b;
}

/** True when a pod that needs `needed` is refused by a namespace held to `allowed`. */
export function exceedsLevel(needed: PodSecurityLevel, allowed: PodSecurityLevel): boolean {
  return POD_SECURITY_LEVELS.indexOf(needed) > POD_SECURITY_LEVELS.indexOf(allowed);
}

/** One rule a module's pod breaks, so it needs a level above the one the rule belongs to. */
export interface PodSecurityViolation {
  /** The lowest level that admits the pod despite this field: `baseline` for a restricted rule, `privileged` for a baseline rule. */
  readonly needs: 'baseline' | 'privileged';
  /** The rule's name in the Pod Security Standards ("Host Namespaces", "Capabilities" …). */
  readonly rule: string;
  /** The pod field, as a path in the Deployment's pod template (`spec.hostNetwork`, `containers[0].securityContext.privileged`). */
  readonly field: string;
  /** What the field holds and what the rule allows. */
  readonly detail: string;
}

/** The level one module's pod needs, and why. */
export interface ModulePodSecurity {
  /** Module name as written (`$edgeHub` for edgeHub). */
  readonly module: string;
  readonly level: PodSecurityLevel;
  /** Every rule the pod breaks, baseline rules first, then in field order; empty for `restricted`. */
  readonly violations: readonly PodSecurityViolation[];
}

/** The level a device's namespace needs: the highest its modules need. */
export interface DevicePodSecurity {
  readonly level: PodSecurityLevel;
  /** Per module, sorted by module name. */
  readonly modules: readonly ModulePodSecurity[];
}
