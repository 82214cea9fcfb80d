/**
 * `explain` as data: for one device, every deployment's verdict and, for each module, route and module
 * twin property, the configuration (and JSON path inside it) that supplied it. Pure; the command prints it.
 */
import type { IotEdgeGitopsError } from '../errors.js';
import { sourceOf } from '../model/merged-desired.js';
import type { SourceRef } from '../model/source-ref.js';
import type { DeploymentDecision, DeviceTarget } from '../targeting/device-target.js';
import type { LedgerEntry } from '../translate/ledger.js';
import { printableLines } from '../one-line.js';
import type { DevicePodSecurity } from '../translate/pod-security-level.js';

/** Where one value of the device's manifest came from. */
export interface SuppliedValue {
  /** Module name, route name, or `<module>.<twin property>`. */
  readonly name: string;
  readonly configurationId: string;
  readonly jsonPath: string;
}

export interface ExplainReport {
  readonly deviceId: string;
  readonly namespace: string;
  readonly cluster: string;
  readonly baseDeployment: string | null;
  readonly layeredDeployments: readonly string[];
  readonly decisions: readonly DeploymentDecision[];
  readonly modules: readonly SuppliedValue[];
  readonly routes: readonly SuppliedValue[];
  readonly moduleTwins: readonly SuppliedValue[];
  readonly ledger: readonly LedgerEntry[];
  /** Why the device keeps its last good output; empty when it is fine. */
  readonly errors: readonly string[];
  /** The Pod Security level each module needs and why; absent when the device could not be translated. */
  readonly podSecurity?: DevicePodSecurity;
}

const REASON_TEXT: Record<DeploymentDecision['reason'], string> = {
  'applied-base': 'APPLIED (base)',
  'applied-layer': 'APPLIED (layer)',
  'condition-false': 'not applied (condition false)',
  'condition-error': 'not applied (condition does not parse)',
  'lower-priority': 'not applied (lower priority)',
  'older-at-equal-priority': 'not applied (older at equal priority)',
  'not-above-base': 'not applied (layer not above the base)',
  'no-base': 'not applied (no base deployment)',
};

/** Builds the report from targeting's answer and translate's ledger. */
export function explainDevice(
  target: DeviceTarget,
  context: { namespace: string; cluster: string; ledger: readonly LedgerEntry[]; errors?: readonly IotEdgeGitopsError[]; podSecurity?: DevicePodSecurity },
): ExplainReport {
  const merged = target.merged;
  const manifest = target.manifest;
  const modules: SuppliedValue[] = [];
  const routes: SuppliedValue[] = [];
  const moduleTwins: SuppliedValue[] = [];
  if (manifest) {
    for (const module of [manifest.edgeHub, ...manifest.modules]) modules.push(_supplied(module.name, module.source));
    for (const route of manifest.hub.routes) routes.push(_supplied(route.name, route.source));
    for (const twin of manifest.moduleTwins) {
      for (const property of Object.keys(twin.desired).sort()) {
        const source = merged ? (sourceOf(merged, twin.module, [property]) ?? twin.source) : twin.source;
        moduleTwins.push(_supplied(`${twin.module}.${property}`, source));
      }
    }
  }
  return {
    deviceId: target.device.deviceId,
    namespace: context.namespace,
    cluster: context.cluster,
    baseDeployment: target.base?.id ?? null,
    layeredDeployments: target.layers.map((l) => l.id),
    decisions: target.decisions,
    modules,
    routes,
    moduleTwins,
    ledger: context.ledger,
    errors: [...target.errors, ...(context.errors ?? [])].map((e) => e.describe()),
    ...(context.podSecurity !== undefined ? { podSecurity: context.podSecurity } : {}),
  };
}

/** The human-readable form of a report. */
export function formatExplain(report: ExplainReport): string {
  const lines: string[] = [];
  lines.push(`device '${report.deviceId}' → namespace ${report.namespace} (cluster ${report.cluster})`);
  lines.push(
    report.baseDeployment === null
      ? 'no base deployment targets this device: IoT Hub leaves it as it is, so no directory is written and nothing is deleted'
      : `base deployment: ${report.baseDeployment}; layers merged in order: ${report.layeredDeployments.length ? report.layeredDeployments.join(', ') : '(none)'}`,
  );
  lines.push('', 'deployments:');
  const width = Math.max(0, ...report.decisions.map((d) => d.configurationId.length));
  for (const d of report.decisions) {
    lines.push(`  ${d.configurationId.padEnd(width)}  ${d.kind.padEnd(7)}  priority ${String(d.priority).padStart(3)}  ${REASON_TEXT[d.reason]}${d.detail ? `: ${d.detail}` : ''}`);
  }
  const section = (title: string, values: readonly SuppliedValue[]) => {
    if (values.length === 0) return;
    lines.push('', `${title}:`);
    for (const v of values) lines.push(`  ${v.name}  ← ${v.configurationId}  ${v.jsonPath}`);
  };
  section('modules (from which configuration)', report.modules);
  section('routes', report.routes);
  section('module twin properties', report.moduleTwins);
  if (report.ledger.length > 0) {
    lines.push('', 'translation (fidelity ledger):');
    for (const e of report.ledger) {
      lines.push(`  ${e.module}  ${e.key}  ${e.fidelity}${e.target ? ` → ${e.target}` : ''}  — ${e.reason}`);
    }
  }
  if (report.podSecurity !== undefined) {
    lines.push('', `pod security (the namespace is labelled with the highest level: ${report.podSecurity.level}):`);
    for (const m of report.podSecurity.modules) {
      lines.push(`  ${m.module}  ${m.level}`);
      for (const v of m.violations) lines.push(`    needs ${v.needs}: ${v.rule}: ${v.field} ${v.detail}`);
    }
  }
  if (report.errors.length > 0) {
    lines.push('', 'errors (the device keeps its last good output):');
    for (const e of report.errors) lines.push(`  ${e}`);
  }
  return printableLines(lines);
}

function _supplied(name: string, source: SourceRef): SuppliedValue {
  return { name, configurationId: source.configurationId, jsonPath: source.jsonPath };
}
