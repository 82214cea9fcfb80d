import { moduleNameOf, type DeviceFiles } from './device-file-documents.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** What a reviewer wants to see about one module's workload: image, replicas, ports and env names. */
export interface WorkloadFacts {
  /** Module name as written in the manifest when the output records it, else the resource name. */
  readonly module: string;
  readonly image: string | null;
  readonly replicas: number | null;
  /** `8883/TCP` for container ports, `service 443→8443/TCP` for Service ports; sorted. */
  readonly ports: readonly string[];
  /** Env name → an opaque fingerprint of its value, so changes are seen while values are never shown. */
  readonly env: ReadonlyMap<string, string>;
}

/**
 * Reads the Deployments and Services of one device directory (`readDeviceFiles`) and returns one entry per
 * workload, keyed by resource name. Files that do not parse are skipped: this feeds a human summary, and the
 * Git diff stays the source of truth.
 */
export function readWorkloads(files: DeviceFiles): Map<string, WorkloadFacts> {
  const deployments = new Map<string, Record<string, any>>();
  const servicePorts = new Map<string, string[]>();
  for (const file of files.values()) {
    for (const doc of file.documents) {
      const resource = doc?.metadata?.name;
      if (typeof resource !== 'string') continue;
      if (doc.kind === 'Deployment') deployments.set(resource, doc);
      if (doc.kind === 'Service') servicePorts.set(resource, _servicePorts(doc));
    }
  }
  const out = new Map<string, WorkloadFacts>();
  for (const [resource, doc] of [...deployments].sort(([a], [b]) => compareOrdinal(a, b))) {
    const template = doc.spec?.template ?? {};
    const container = (template.spec?.containers ?? [])[0] ?? {};
    const annotations = { ...(doc.metadata?.annotations ?? {}), ...(template.metadata?.annotations ?? {}) };
    const module = moduleNameOf(annotations) ?? resource;
    const ports = [
      ...(container.ports ?? []).map((p: any) => `${p.containerPort}/${p.protocol ?? 'TCP'}`),
      ...(servicePorts.get(resource) ?? []),
    ];
    const env = new Map<string, string>();
    for (const e of container.env ?? []) {
      if (typeof e?.name === 'string') env.set(e.name, JSON.stringify(e.valueFrom ?? e.value ?? null));
    }
    out.set(resource, {
      module: String(module),
      image: typeof container.image === 'string' ? container.image : null,
      replicas: typeof doc.spec?.replicas === 'number' ? doc.spec.replicas : null,
      ports: [...new Set(ports)].sort(compareOrdinal),
      env,
    });
  }
  return out;
}

function _servicePorts(doc: Record<string, any>): string[] {
  return (doc.spec?.ports ?? []).map((p: any) => `service ${p.port}→${p.targetPort ?? p.port}/${p.protocol ?? 'TCP'}`);
}

