/**
 * The flags that isolate each device namespace (`--max-pod-security`, `--expose-from`, `--egress-to`,
 * `--namespace-quota`, `--container-limits`, `--container-requests`), shared by synth, explain and sync and
 * resolved in one pure function: a bad value fails here, before any I/O, naming the flag and the value, rather
 * than be written into every device's objects for the API server to refuse.
 */
import { isIP } from 'node:net';
import { ConfigError } from '../errors.js';
import type { StringMap } from '../translate/device-intent.js';
import type { IsolationOptions, NetworkPeerOption } from '../translate/isolation-options.js';
import { isPodSecurityLevel, POD_SECURITY_LEVELS } from '../translate/pod-security-level.js';

/** Raw isolation flags as commander parsed them (repeatable flags as lists). */
export interface IsolationFlags {
  readonly maxPodSecurity?: string;
  readonly exposeFrom?: readonly string[];
  readonly egressTo?: readonly string[];
  readonly namespaceQuota?: readonly string[];
  readonly containerLimits?: readonly string[];
  readonly containerRequests?: readonly string[];
}

/** Commander's collector for a repeatable flag: each occurrence appends its value. */
export function collectFlag(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

// Kubernetes' resource.Quantity (apimachinery quantity.go), without a sign: quotas and limits are never negative.
const QUANTITY = /^([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;
// A resource name: `cpu`, `limits.memory`, `requests.nvidia.com/gpu`, `count/deployments.apps`.
const RESOURCE_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;
// Label key: optional DNS-1123 subdomain prefix and a name of at most 63 characters; value: at most 63, may be empty.
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
const NAMESPACE_PREFIX = 'namespace:';

/** Resolves the isolation flags; throws ConfigError naming the flag and value for a bad one. */
export function resolveIsolationFlags(flags: IsolationFlags): IsolationOptions {
  const max = flags.maxPodSecurity;
  if (max !== undefined && !isPodSecurityLevel(max)) {
    throw new ConfigError(`--max-pod-security must be ${POD_SECURITY_LEVELS.join(', ')}, got '${_shown(max)}'`, { stage: 'cli' });
  }
  const exposeFrom = _peers('--expose-from', flags.exposeFrom);
  const egressTo = _peers('--egress-to', flags.egressTo);
  const namespaceQuota = _quantities('--namespace-quota', flags.namespaceQuota);
  const containerLimits = _quantities('--container-limits', flags.containerLimits);
  const containerRequests = _quantities('--container-requests', flags.containerRequests);
  // A quota on requests or limits of cpu/memory makes the API server refuse every pod that does not set them
  // (ResourceQuota docs, "Compute Resource Quota"): a default must fill them for modules that set none.
  for (const key of Object.keys(namespaceQuota ?? {})) {
    const m = /^(limits|requests)?\.?(cpu|memory)$/.exec(key);
    if (m === null) continue;
    const resource = m[2] as string;
    const covered = m[1] === 'limits' ? containerLimits?.[resource] !== undefined : containerRequests?.[resource] !== undefined || containerLimits?.[resource] !== undefined;
    if (!covered) {
      const flag = m[1] === 'limits' ? '--container-limits' : '--container-requests (or --container-limits)';
      throw new ConfigError(`--namespace-quota ${key} needs ${flag} ${resource}=<quantity>: the API server refuses every pod without one, and modules that set no resources have none`, { stage: 'cli' });
    }
  }
  return {
    ...(max !== undefined ? { maxPodSecurity: max } : {}),
    ...(exposeFrom !== undefined ? { exposeFrom } : {}),
    ...(egressTo !== undefined ? { egressTo: egressTo === 'none' ? [] : egressTo } : {}),
    ...(namespaceQuota !== undefined ? { namespaceQuota } : {}),
    ...(containerLimits !== undefined ? { containerLimits } : {}),
    ...(containerRequests !== undefined ? { containerRequests } : {}),
  };
}

/** `all`, `none`, or CIDRs and `namespace:<key>=<value>[,<key>=<value>]` selectors. */
function _peers(flag: string, values: readonly string[] | undefined): 'all' | 'none' | NetworkPeerOption[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const words = values.filter((v) => v === 'all' || v === 'none');
  if (words.length > 0) {
    if (values.length > 1) throw new ConfigError(`${flag} ${words[0]} cannot be combined with other ${flag} values`, { stage: 'cli' });
    return words[0] as 'all' | 'none';
  }
  return values.map((value) => {
    if (value.startsWith(NAMESPACE_PREFIX)) {
      const labels: Record<string, string> = {};
      for (const pair of value.slice(NAMESPACE_PREFIX.length).split(',')) {
        const at = pair.indexOf('=');
        const key = at < 0 ? '' : pair.slice(0, at);
        const label = at < 0 ? '' : pair.slice(at + 1);
        if (at < 0 || !LABEL_KEY.test(key) || key.length > 317 || !LABEL_VALUE.test(label)) {
          throw new ConfigError(`${flag} '${_shown(value)}': a namespace selector is namespace:<label key>=<label value>[,…] with valid Kubernetes label keys and values`, { stage: 'cli' });
        }
        labels[key] = label;
      }
      return { namespaceLabels: labels };
    }
    if (!_isCidr(value)) {
      throw new ConfigError(`${flag} must be all, none, a CIDR (10.0.0.0/8, fd00::/8) or namespace:<key>=<value>, got '${_shown(value)}'`, { stage: 'cli' });
    }
    return { cidr: value };
  });
}

function _isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const family = isIP(value.slice(0, slash));
  const bits = value.slice(slash + 1);
  return family !== 0 && /^[0-9]{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** `<resource>=<quantity>` pairs as a map; a resource given twice is refused. */
function _quantities(flag: string, values: readonly string[] | undefined): StringMap | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const result: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const key = at < 0 ? '' : value.slice(0, at);
    const quantity = at < 0 ? '' : value.slice(at + 1);
    if (!RESOURCE_NAME.test(key) || !QUANTITY.test(quantity)) {
      throw new ConfigError(`${flag} takes <resource>=<quantity> (cpu=500m, memory=256Mi, pods=20), got '${_shown(value)}'`, { stage: 'cli' });
    }
    if (result[key] !== undefined) throw new ConfigError(`${flag} gives ${key} twice`, { stage: 'cli' });
    result[key] = quantity;
  }
  return result;
}

/** A value as shown in a message: control characters as '?', long values cut. */
function _shown(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}… (${clean.length} characters)` : clean;
}
