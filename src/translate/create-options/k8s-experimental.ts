import type { JsonObject, JsonValue } from '../../model/json.js';
import { isJsonObject } from '../../model/json.js';
import type { VolumeMountIntent } from '../device-intent.js';
import { addMount, addVolume } from '../workload-draft.js';
import type { FieldContext, FieldHandler } from './field-handler.js';
import { typeK8sValues, type K8sTypedValueEvent } from './k8s-typed-values.js';

const SERVICE_TYPES = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer' } as const;
const FIELD = 'k8s-experimental';

function _stringMap(value: JsonValue): Record<string, string> | undefined {
  if (!isJsonObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const k of Object.keys(value).sort()) {
    const v = value[k];
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number') out[k] = String(v);
    else return undefined;
  }
  return out;
}

/** The Kubernetes client models coerced string booleans such as `"readOnly": "true"`; so do we. */
function _bool(value: JsonValue | undefined): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

function _volumes(value: JsonValue, ctx: FieldContext, key: string): void {
  if (!Array.isArray(value)) return ctx.fail('expected a list of {volume, volumeMounts}', key);
  value.forEach((item, i) => {
    if (!isJsonObject(item) || !isJsonObject(item['volume']) || typeof item['volume']['name'] !== 'string') {
      return ctx.fail('each entry needs volume.name', key, i);
    }
    const volume = item['volume'] as JsonObject;
    const name = volume['name'] as string;
    // addVolume renames a volume whose name another source already took; its mounts follow the new name.
    const added = addVolume(ctx.draft, { name, raw: volume });
    const mounts = item['volumeMounts'] ?? [];
    if (!Array.isArray(mounts)) return ctx.fail('volumeMounts must be a list', key, i, 'volumeMounts');
    mounts.forEach((m, j) => {
      if (!isJsonObject(m) || typeof m['mountPath'] !== 'string') return ctx.fail('a volume mount needs mountPath', key, i, 'volumeMounts', j);
      const readOnly = _bool(m['readOnly']);
      const mountName = typeof m['name'] === 'string' ? m['name'] : name;
      const mount: VolumeMountIntent = {
        name: mountName === name ? added : mountName,
        mountPath: m['mountPath'],
        ...(readOnly === true ? { readOnly: true } : {}),
        ...(typeof m['subPath'] === 'string' ? { subPath: m['subPath'] } : {}),
        ...(m['mountPropagation'] === 'None' || m['mountPropagation'] === 'HostToContainer' || m['mountPropagation'] === 'Bidirectional'
          ? { mountPropagation: m['mountPropagation'] }
          : {}),
      };
      addMount(ctx.draft, mount, { key: `${FIELD}.volumes`, path: ['settings', 'createOptions', FIELD, key, i, 'volumeMounts', j], rank: 4 });
    });
  });
  ctx.recordPart(`${FIELD}.volumes`, [key], 'exact', 'Deployment.spec.template.spec.volumes[], containers[].volumeMounts', 'Kubernetes volumes and mounts copied as written.');
}

/**
 * The `k8s-experimental` section read by the IoT Edge on Kubernetes runtime (mapping §4): keys are matched
 * case-insensitively, `service-options` is accepted as well as `serviceOptions`; every key gets its own
 * ledger entry (`k8s-experimental.<key>`), unknown keys are dropped.
 */
export const K8S_EXPERIMENTAL_HANDLER: FieldHandler = {
  field: FIELD,
  kubernetes: 'volumes, resources, nodeSelector, pod securityContext, Service type/loadBalancerIP, Deployment strategy',
  fidelity: 'exact',
  note: 'keys case-insensitive (service-options accepted); values are Kubernetes objects copied as written, except strings in integer or boolean members, converted as the runtime\'s typed models did (`"fsGroup": "1"` → 1; one that cannot convert is an error); unknown keys dropped',
  apply(value, ctx) {
    if (!isJsonObject(value)) return ctx.fail('k8s-experimental must be an object');
    // Typed as the runtime's C# models read them ("fsGroup": "1" → 1); a value that cannot convert fails.
    const events: K8sTypedValueEvent[] = [];
    const typed = typeK8sValues(value, events) as JsonObject;
    const invalid = events.filter((e) => e.kind === 'invalid');
    for (const e of invalid) ctx.fail(`${e.path.join('.')} must be ${e.type}; the IoT Edge on Kubernetes runtime could not read this value`, ...e.path);
    if (invalid.length > 0) return;
    if (events.length > 0) {
      const paths = events.map((e) => e.path.join('.')).sort();
      ctx.recordPart(`${FIELD} (reading)`, [], 'exact', '', `Strings read as integers or booleans, as the IoT Edge on Kubernetes runtime's typed models read them: ${paths.join(', ')}.`);
    }
    for (const key of Object.keys(typed).sort()) {
      const v = typed[key] as JsonValue;
      switch (key.toLowerCase()) {
        case 'volumes':
          _volumes(v, ctx, key);
          break;
        case 'resources': {
          if (!isJsonObject(v)) return ctx.fail('resources must be {limits, requests}', key);
          const limits = v['limits'] === undefined ? undefined : _stringMap(v['limits']);
          const requests = v['requests'] === undefined ? undefined : _stringMap(v['requests']);
          if ((v['limits'] !== undefined && limits === undefined) || (v['requests'] !== undefined && requests === undefined)) {
            return ctx.fail('limits and requests must map resource names to quantities', key);
          }
          ctx.draft.resourcesOverride = { ...(limits !== undefined ? { limits } : {}), ...(requests !== undefined ? { requests } : {}) };
          ctx.recordPart(`${FIELD}.resources`, [key], 'exact', 'containers[].resources', 'Copied as written; replaces resources derived from HostConfig.');
          break;
        }
        case 'nodeselector': {
          const map = _stringMap(v);
          if (map === undefined) return ctx.fail('nodeSelector must map label names to strings', key);
          ctx.draft.nodeSelector = map;
          ctx.recordPart(`${FIELD}.nodeSelector`, [key], 'exact', 'Deployment.spec.template.spec.nodeSelector', 'Copied as written.');
          break;
        }
        case 'securitycontext':
          if (!isJsonObject(v)) return ctx.fail('securityContext must be a PodSecurityContext object', key);
          // Pod level, as the original runtime applied it; its fields win over Sysctls/GroupAdd.
          for (const k of Object.keys(v)) ctx.draft.podSecurity[k] = v[k] as JsonValue;
          ctx.recordPart(`${FIELD}.securityContext`, [key], 'exact', 'Deployment.spec.template.spec.securityContext', 'Copied as written (pod level, as the original runtime did).');
          break;
        case 'serviceoptions':
        case 'service-options': {
          if (!isJsonObject(v)) return ctx.fail('serviceOptions must be an object', key);
          const parts: string[] = [];
          let unknown = 0;
          for (const opt of Object.keys(v)) {
            const lower = opt.toLowerCase();
            if (lower === 'type' && typeof v[opt] === 'string') {
              const t = SERVICE_TYPES[(v[opt] as string).toLowerCase() as keyof typeof SERVICE_TYPES];
              if (t === undefined) return ctx.fail('serviceOptions.type must be ClusterIP, NodePort or LoadBalancer', key, opt);
              ctx.draft.serviceType = t;
              parts.push('Service.spec.type');
            } else if (lower === 'loadbalancerip' && typeof v[opt] === 'string') {
              ctx.draft.loadBalancerIP = v[opt] as string;
              parts.push('Service.spec.loadBalancerIP');
            } else unknown++;
          }
          if (unknown > 0) ctx.recordPart(`${FIELD}.serviceOptions`, [key], 'dropped', '', `${unknown} unknown serviceOptions key(s); only type and loadBalancerIP exist.`);
          else ctx.recordPart(`${FIELD}.serviceOptions`, [key], 'exact', parts.join(', '), 'Copied as written.');
          break;
        }
        case 'strategy':
          if (!isJsonObject(v)) return ctx.fail('strategy must be a DeploymentStrategy object', key);
          ctx.draft.strategy = v;
          ctx.recordPart(`${FIELD}.strategy`, [key], 'exact', 'Deployment.spec.strategy', 'Copied as written.');
          break;
        default:
          ctx.recordPart(`${FIELD}.${key}`, [key], 'dropped', '', 'Unknown k8s-experimental key (known: volumes, resources, nodeSelector, securityContext, serviceOptions, strategy).');
      }
    }
  },
};
