import type { JsonObject } from '../model/json.js';
import type { CompiledDeployment } from './compile-deployments.js';
import { compareDeploymentPrecedence, precedenceKey } from './deployment-precedence.js';
import type { DeploymentDecision } from './device-target.js';

/** Which deployments apply to one twin, and why each one does or does not. */
export interface DeploymentSelection {
  /** The winning base; null when no base deployment matches. */
  readonly base: CompiledDeployment | null;
  /** Layers to merge on top of the base, in application order (ascending precedence: the last one wins). */
  readonly layers: readonly CompiledDeployment[];
  /** One decision per deployment, sorted by configuration id (ordinal). */
  readonly decisions: readonly DeploymentDecision[];
}

/**
 * Picks the deployments IoT Hub would apply to a twin (spec §3): candidates are the deployments whose
 * condition is exactly true; the base is the candidate base with the highest priority, then the newest
 * `createdTimeUtc`, then the larger id (undocumented tie, recorded in the detail); layers are the
 * candidate layers with a priority strictly above the base's [DAS Step 5], ordered by the same
 * precedence (equal priorities: older first, so the newer writes last). Without a base no layer applies.
 * The caller decides which twins are edge devices; this function only evaluates conditions.
 */
export function selectDeployments(twin: JsonObject, compiled: readonly CompiledDeployment[]): DeploymentSelection {
  const decisions = new Map<string, DeploymentDecision>();
  const bases: CompiledDeployment[] = [];
  const candidateLayers: CompiledDeployment[] = [];
  for (const c of compiled) {
    if (c.matches === null) {
      decisions.set(c.deployment.id, _decision(c, 'condition-error', c.conditionError?.message ?? 'target condition does not parse'));
    } else if (c.matches(twin)) {
      (c.deployment.kind === 'base' ? bases : candidateLayers).push(c);
    } else {
      const detail = c.condition?.kind === 'none' ? 'empty target condition: targets no device' : 'target condition is not true for this twin';
      decisions.set(c.deployment.id, _decision(c, 'condition-false', detail));
    }
  }

  let base: CompiledDeployment | null = null;
  for (const candidate of bases) {
    if (base === null || compareDeploymentPrecedence(candidate.deployment, base.deployment) > 0) base = candidate;
  }
  for (const candidate of bases) {
    decisions.set(candidate.deployment.id, _baseDecision(candidate, base!, bases));
  }

  const layers: CompiledDeployment[] = [];
  for (const candidate of candidateLayers) {
    if (base === null) {
      decisions.set(candidate.deployment.id, _decision(candidate, 'no-base', 'matched, but no base deployment targets this device; a layer applies only on top of a base'));
    } else if (candidate.deployment.priority > base.deployment.priority) {
      layers.push(candidate);
    } else {
      decisions.set(
        candidate.deployment.id,
        _decision(candidate, 'not-above-base', `matched, but priority ${candidate.deployment.priority} is not above the priority ${base.deployment.priority} of base '${base.deployment.id}'; a layer needs a strictly higher priority`),
      );
    }
  }
  layers.sort((a, b) => compareDeploymentPrecedence(a.deployment, b.deployment));
  layers.forEach((layer, i) => decisions.set(layer.deployment.id, _layerDecision(layer, i, layers, base!)));

  const sorted = [...decisions.values()].sort((a, b) => (a.configurationId < b.configurationId ? -1 : a.configurationId > b.configurationId ? 1 : 0));
  return { base, layers, decisions: sorted };
}

function _decision(c: CompiledDeployment, reason: DeploymentDecision['reason'], detail: string): DeploymentDecision {
  return { configurationId: c.deployment.id, kind: c.deployment.kind, priority: c.deployment.priority, reason, detail };
}

function _tieWords(key: string): string {
  return key === 'createdTimeUtc' ? 'the newer createdTimeUtc' : 'the larger id, as createdTimeUtc is equal too (IoT Hub does not document this tie)';
}

function _baseDecision(c: CompiledDeployment, base: CompiledDeployment, bases: readonly CompiledDeployment[]): DeploymentDecision {
  const d = c.deployment;
  const w = base.deployment;
  if (c === base) {
    const ties = bases.filter((o) => o !== c && o.deployment.priority === d.priority);
    let detail = `base deployment with the highest priority (${d.priority}) among ${bases.length} matching base deployment(s)`;
    for (const other of ties) {
      detail += `; won the tie with '${other.deployment.id}' by ${_tieWords(precedenceKey(d, other.deployment))}`;
    }
    return _decision(c, 'applied-base', detail);
  }
  if (d.priority < w.priority) {
    return _decision(c, 'lower-priority', `matched, but base '${w.id}' has a higher priority (${w.priority} > ${d.priority})`);
  }
  return _decision(c, 'older-at-equal-priority', `matched, but base '${w.id}' has the same priority (${d.priority}) and wins by ${_tieWords(precedenceKey(w, d))}`);
}

function _layerDecision(c: CompiledDeployment, index: number, layers: readonly CompiledDeployment[], base: CompiledDeployment): DeploymentDecision {
  const d = c.deployment;
  let detail = `layer applied ${index + 1} of ${layers.length} (priority ${d.priority} above the priority ${base.deployment.priority} of base '${base.deployment.id}'; later layers win per key)`;
  for (const other of layers) {
    const o = other.deployment;
    if (other === c || o.priority !== d.priority) continue;
    const after = compareDeploymentPrecedence(d, o) > 0;
    const key = after ? precedenceKey(d, o) : precedenceKey(o, d);
    detail += `; same priority as layer '${o.id}': applied ${after ? 'after' : 'before'} it, by ${_tieWords(key)}`;
  }
  return _decision(c, 'applied-layer', detail);
}
