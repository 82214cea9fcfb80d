import type { ConfigError } from '../errors.js';
import type { EdgeDeployment } from '../model/edge-deployment.js';
import type { HubModel } from '../model/hub-model.js';
import type { JsonObject } from '../model/json.js';
import { compileTargetCondition } from './compile-target-condition.js';
import { parseTargetCondition, type TargetCondition } from './target-condition.js';
import { TargetConditionError } from './target-condition-error.js';

/** A deployment ready to be matched against many twins: its condition parsed and compiled once per run. */
export interface CompiledDeployment {
  readonly deployment: EdgeDeployment;
  /** The parsed condition; null when it does not parse. */
  readonly condition: TargetCondition | null;
  /** True when the condition is exactly true for the twin; null when the condition does not parse. */
  readonly matches: ((twin: JsonObject) => boolean) | null;
  /** Why the condition does not parse, naming the configuration and the position; null when it parses. */
  readonly conditionError: TargetConditionError | null;
  /** Problems of the deployment by itself (`model.deploymentErrors`); devices it applies to keep their last good output. */
  readonly errors: readonly ConfigError[];
}

/**
 * Parses and compiles every deployment's target condition, once per run (not per device), in the
 * model's order. Never throws for bad input: a condition that does not parse is recorded in
 * `conditionError` with the configuration id added.
 */
export function compileDeployments(model: Pick<HubModel, 'deployments' | 'deploymentErrors'>): CompiledDeployment[] {
  return model.deployments.map((deployment) => {
    const errors = model.deploymentErrors.get(deployment.id) ?? [];
    try {
      const condition = parseTargetCondition(deployment.targetCondition);
      return { deployment, condition, matches: compileTargetCondition(condition), conditionError: null, errors };
    } catch (error) {
      if (!(error instanceof TargetConditionError)) throw error;
      const conditionError = error.withContext({ configurationId: deployment.id });
      return { deployment, condition: null, matches: null, conditionError, errors };
    }
  });
}
