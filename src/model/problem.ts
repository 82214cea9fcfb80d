import { ConfigError } from '../errors.js';
import type { SourceRef } from './source-ref.js';

/**
 * One finding of a shared check (createOptions, routes, module names, schema), located relative to the
 * value that was checked. The checks do not know where that value came from: `validateDeployment` knows
 * the configuration key, `parseDeviceManifest` asks the layering writes. Each caller turns problems into
 * ConfigErrors with its own locator, so that one implementation serves both.
 */
export interface Problem {
  readonly message: string;
  /** Path segments below the checked value; empty for the value itself. */
  readonly path: readonly string[];
  /** The module concerned, when the check knows it. */
  readonly module?: string;
  /** `warning`: the IoT Edge runtime ignores it (e.g. an unknown property); `error` (default): the runtime rejects it. */
  readonly severity?: 'error' | 'warning';
}

/** Finds the configuration and JSON path that supplied the value at `path` (segments under a twin's desired properties). */
export type Locator = (path: readonly string[]) => SourceRef;

/** Extra context copied onto every error made from a problem. */
export interface ProblemContext {
  readonly deviceId?: string;
  /** Module to name when the problem itself names none. */
  readonly module?: string;
}

/**
 * Turns problems found under `prefix` (segments under the twin's desired properties) into ConfigErrors of
 * stage `model`, split by severity.
 */
export function problemsToErrors(
  problems: readonly Problem[],
  prefix: readonly string[],
  locate: Locator,
  context: ProblemContext = {},
): { errors: ConfigError[]; warnings: ConfigError[] } {
  const errors: ConfigError[] = [];
  const warnings: ConfigError[] = [];
  for (const problem of problems) {
    const source = locate([...prefix, ...problem.path]);
    const error = new ConfigError(problem.message, {
      stage: 'model',
      configurationId: source.configurationId,
      deviceId: context.deviceId,
      module: problem.module ?? context.module,
      jsonPath: source.jsonPath,
    });
    (problem.severity === 'warning' ? warnings : errors).push(error);
  }
  return { errors, warnings };
}
