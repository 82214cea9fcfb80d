import { parseCreateOptions } from './create-options.js';
import { isJsonObject, type JsonValue } from './json.js';
import { MAX_MODULES_PER_DEPLOYMENT, moduleNameProblem } from './module-name.js';
import type { Problem } from './problem.js';
import { checkEdgeAgentSchema, EDGE_AGENT_SCHEMA_VERSIONS } from './schema-check.js';

/** Options of checkEdgeAgentDesired. */
export interface CheckEdgeAgentOptions {
  /**
   * Enforce the 50-modules-per-deployment quota. True for one deployment; false for a device's merged
   * manifest, because the quota is per deployment and base plus layers may legitimately declare more.
   * @default true
   */
  readonly moduleLimit?: boolean;
}

/**
 * Checks a whole `$edgeAgent` desired document (a base deployment's, or a device's after layering):
 * schemaVersion 1.0 / 1.1 (anything else is rejected by the agent, spec §10.18, and then the schema
 * check is skipped), the az CLI schema of that version, module names, the module quota and the
 * createOptions chunks of every module and system module. Problem paths are relative to the document.
 * Returns the schemaVersion when it is supported.
 */
export function checkEdgeAgentDesired(desired: JsonValue, problems: Problem[], options: CheckEdgeAgentOptions = {}): string | undefined {
  if (!isJsonObject(desired)) {
    problems.push({ path: [], message: "$edgeAgent 'properties.desired' must be an object" });
    return undefined;
  }
  const version = desired['schemaVersion'];
  let supported: string | undefined;
  if (typeof version === 'string' && EDGE_AGENT_SCHEMA_VERSIONS.includes(version)) {
    supported = version;
    checkEdgeAgentSchema(desired, version, problems);
  } else {
    problems.push({
      path: ['schemaVersion'],
      message:
        version === undefined
          ? 'schemaVersion is missing; the IoT Edge agent accepts $edgeAgent schemaVersion 1.0 or 1.1'
          : `unsupported $edgeAgent schemaVersion ${JSON.stringify(version)}: the IoT Edge agent accepts only 1.0 and 1.1 and rejects the deployment otherwise`,
    });
  }

  const modules = desired['modules'];
  if (isJsonObject(modules)) {
    const names = Object.keys(modules);
    if ((options.moduleLimit ?? true) && names.length > MAX_MODULES_PER_DEPLOYMENT) {
      problems.push({ path: ['modules'], message: `${names.length} modules: a deployment may declare at most ${MAX_MODULES_PER_DEPLOYMENT}` });
    }
    for (const name of names) {
      const nameProblem = moduleNameProblem(name);
      if (nameProblem !== undefined) problems.push({ path: ['modules', name], message: nameProblem, module: name });
      checkModuleCreateOptions(modules[name]!, ['modules', name], name, problems);
    }
  } else if (supported === undefined && modules !== undefined) {
    problems.push({ path: ['modules'], message: 'modules must be an object' });
  }
  const system = desired['systemModules'];
  if (isJsonObject(system)) {
    for (const [key, module] of [['edgeAgent', '$edgeAgent'], ['edgeHub', '$edgeHub']] as const) {
      if (system[key] !== undefined) checkModuleCreateOptions(system[key]!, ['systemModules', key], module, problems);
    }
  }
  return supported;
}

/** createOptions chunk checks of one module object found at `path` (relative paths stay under it). */
export function checkModuleCreateOptions(module: JsonValue, path: readonly string[], name: string, problems: Problem[]): void {
  if (!isJsonObject(module) || !isJsonObject(module['settings'])) return;
  const found: Problem[] = [];
  parseCreateOptions(module['settings'], found);
  for (const problem of found) problems.push({ ...problem, path: [...path, 'settings', ...problem.path], module: name });
}
