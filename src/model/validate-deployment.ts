import { ConfigError } from '../errors.js';
import { checkEdgeAgentDesired, checkModuleCreateOptions } from './check-edge-agent.js';
import { checkEdgeHubDesired } from './check-edge-hub.js';
import { chunkLengthProblem, isCreateOptionsKey } from './create-options.js';
import { MODULES_CONTENT_PATH, type EdgeDeployment } from './edge-deployment.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json.js';
import { jsonPathOf } from './json-path.js';
import { findUnwritableText } from './unwritable-text.js';
import { MAX_MODULES_PER_DEPLOYMENT, moduleNameProblem } from './module-name.js';
import { problemsToErrors, type Problem } from './problem.js';
import { readRouteEntry } from './route-entry.js';
import { checkEdgeAgentValueAt } from './schema-check.js';

const DESIRED = 'properties.desired';
const DESIRED_PREFIX = 'properties.desired.';

/**
 * Validates one edge deployment by itself (issue 3 §3): every error names the configuration id, the
 * module when one is concerned, and the JSON path from the configuration root
 * (`content.modulesContent.$edgeAgent["properties.desired"].modules.sensor.settings.createOptions`).
 * All errors are collected; the deployment is usable only when the list is empty.
 *
 * Base deployments: `$edgeAgent` / `$edgeHub` desired documents are checked with the az CLI schemas of
 * their schemaVersion plus the IoT Edge runtime's own rules (check-edge-agent.ts, check-edge-hub.ts);
 * a base must set both documents whole and nothing else under those twins.
 *
 * Layered deployments may write only (spec §2; the rest is rejected, "a layered deployment may not set …"):
 * - `$edgeAgent`: `properties.desired.modules.<name>` (a whole module, checked like a base module against
 *   the agent 1.1 schema) and `properties.desired.modules.<name>.<path>` (a nested value, checked against
 *   the part of the schema for that path), and `properties.desired.runtime.settings.registryCredentials.<name>`
 *   (a whole credential, as real layered templates do);
 * - `$edgeHub`: `properties.desired.routes.<name>` (a whole route, string or object form).
 *
 * Module twins (any other modulesContent key) accept `properties.desired` (an object) and
 * `properties.desired.<path>` keys in both kinds. Keys beginning with `$` other than `$edgeAgent` and
 * `$edgeHub` are reserved.
 *
 * Problems the IoT Edge runtime ignores (unknown properties) are not errors; they are appended to
 * `warnings` when the caller passes an array.
 */
export function validateDeployment(d: EdgeDeployment, warnings?: ConfigError[]): ConfigError[] {
  const errors: ConfigError[] = [];
  const collect = (result: { errors: ConfigError[]; warnings: ConfigError[] }): void => {
    errors.push(...result.errors);
    warnings?.push(...result.warnings);
  };
  const at = (twin: string, key?: string, ...rest: string[]): string =>
    key === undefined ? jsonPathOf(MODULES_CONTENT_PATH, twin) : jsonPathOf(MODULES_CONTENT_PATH, twin, key, ...rest);
  const fail = (message: string, jsonPath: string, module?: string): void => {
    errors.push(new ConfigError(message, { stage: 'model', configurationId: d.id, ...(module !== undefined ? { module } : {}), jsonPath }));
  };

  for (const [twin, content] of Object.entries(d.modulesContent)) {
    // Text no device directory can carry (no UTF-8 form, or refused by kustomize): refuse it where its path is known.
    const unwritable = findUnwritableText(content);
    if (unwritable !== null) {
      const broken = unwritable.path;
      // `properties.desired.modules.<name>…`, in one key (layered) or several (base), names the module.
      const segments = [...String(broken[0] ?? '').split('.'), ...broken.slice(1).map(String)];
      const module = twin === '$edgeAgent' && segments[2] === 'modules' && segments[3] !== undefined ? segments[3] : twin;
      fail(`this key or value ${unwritable.reason}`, jsonPathOf(at(twin), ...broken), module);
      continue;
    }
    if (!isJsonObject(content)) {
      fail(`modulesContent entry '${twin}' must be an object of 'properties.desired…' keys`, at(twin), twin);
      continue;
    }
    if (twin === '$edgeAgent') {
      if (d.kind === 'base') collect(_baseAgent(d, content, at, fail));
      else collect(_layeredAgent(d, content, at, fail));
    } else if (twin === '$edgeHub') {
      if (d.kind === 'base') collect(_baseHub(d, content, at, fail));
      else collect(_layeredHub(d, content, at, fail));
    } else if (twin.startsWith('$')) {
      fail(`modulesContent key '${twin}' is reserved: only $edgeAgent and $edgeHub may begin with '$'`, at(twin), twin);
    } else {
      _moduleTwin(twin, content, at, fail);
    }
  }
  if (d.kind === 'base' && !isJsonObject(d.modulesContent['$edgeHub'])) {
    fail(`a base deployment must also set $edgeHub["properties.desired"] (routes and store-and-forward settings)`, at('$edgeHub'), '$edgeHub');
  }
  return errors;
}

type At = (twin: string, key?: string, ...rest: string[]) => string;
type Fail = (message: string, jsonPath: string, module?: string) => void;
type Collected = { errors: ConfigError[]; warnings: ConfigError[] };

function _baseAgent(d: EdgeDeployment, content: JsonObject, at: At, fail: Fail): Collected {
  for (const key of Object.keys(content)) {
    if (key !== DESIRED) {
      fail(`a base deployment sets the whole $edgeAgent["properties.desired"] and may not also set '${key}'`, at('$edgeAgent', key));
    }
  }
  const problems: Problem[] = [];
  checkEdgeAgentDesired(content[DESIRED]!, problems);
  return problemsToErrors(problems, [], (path) => ({ configurationId: d.id, jsonPath: at('$edgeAgent', DESIRED, ...path) }));
}

function _baseHub(d: EdgeDeployment, content: JsonObject, at: At, fail: Fail): Collected {
  for (const key of Object.keys(content)) {
    if (key !== DESIRED) {
      fail(`a base deployment sets the whole $edgeHub["properties.desired"] and may not also set '${key}'`, at('$edgeHub', key), '$edgeHub');
    }
  }
  const problems: Problem[] = [];
  if (content[DESIRED] === undefined) {
    fail(`a base deployment must set $edgeHub["properties.desired"]`, at('$edgeHub', DESIRED), '$edgeHub');
    return { errors: [], warnings: [] };
  }
  checkEdgeHubDesired(content[DESIRED], problems);
  return problemsToErrors(problems, [], (path) => ({ configurationId: d.id, jsonPath: at('$edgeHub', DESIRED, ...path) }));
}

function _layeredAgent(d: EdgeDeployment, content: JsonObject, at: At, fail: Fail): Collected {
  const result: Collected = { errors: [], warnings: [] };
  const modules = new Set<string>();
  for (const [key, value] of Object.entries(content)) {
    const segments = _desiredSegments(key);
    if (segments === undefined) {
      fail(`'${key}' is not a desired-properties key: layered keys look like 'properties.desired.modules.<name>'`, at('$edgeAgent', key));
      continue;
    }
    const problems: Problem[] = [];
    if (segments[0] === 'modules' && segments.length >= 2) {
      const name = segments[1]!;
      modules.add(name);
      const nameProblem = moduleNameProblem(name);
      if (nameProblem !== undefined) {
        fail(nameProblem, at('$edgeAgent', key), name);
        continue;
      }
      _layeredModuleValue(segments, value, problems);
    } else if (segments.length === 4 && segments[0] === 'runtime' && segments[1] === 'settings' && segments[2] === 'registryCredentials') {
      checkEdgeAgentValueAt(segments, value, problems);
    } else {
      fail(
        `a layered deployment may not set $edgeAgent '${key}': layers reach $edgeAgent only through ` +
          `'properties.desired.modules.<name>[.<path>]' and 'properties.desired.runtime.settings.registryCredentials.<name>'; ` +
          `the runtime, system modules and schemaVersion come from the base deployment`,
        at('$edgeAgent', key),
        segments[0] === 'systemModules' && segments[1] === 'edgeHub' ? '$edgeHub' : undefined,
      );
      continue;
    }
    const converted = problemsToErrors(problems, [], (path) => ({ configurationId: d.id, jsonPath: at('$edgeAgent', key, ...path.slice(segments.length)) }));
    result.errors.push(...converted.errors);
    result.warnings.push(...converted.warnings);
  }
  if (modules.size > MAX_MODULES_PER_DEPLOYMENT) {
    fail(`${modules.size} modules: a deployment may declare at most ${MAX_MODULES_PER_DEPLOYMENT}`, at('$edgeAgent'));
  }
  return result;
}

/** A layered write under `modules.<name>`: whole module, whole settings, one createOptions chunk or another nested value. */
function _layeredModuleValue(segments: readonly string[], value: JsonValue, problems: Problem[]): void {
  const name = segments[1]!;
  const chunkKey = segments.length === 4 && segments[2] === 'settings' && isCreateOptionsKey(segments[3]!);
  if (!chunkKey) checkEdgeAgentValueAt(segments, value, problems);
  if (segments.length === 2) {
    checkModuleCreateOptions(value, segments, name, problems);
  } else if (segments.length === 3 && segments[2] === 'settings') {
    checkModuleCreateOptions({ settings: value }, segments.slice(0, 2), name, problems);
  } else if (chunkKey) {
    // One chunk alone: its sequence is checked on the merged manifest, its value here.
    if (typeof value === 'string') {
      const lengthProblem = chunkLengthProblem(segments[3]!, value);
      if (lengthProblem !== undefined) problems.push({ path: segments, module: name, message: lengthProblem });
    } else if (!(segments[3] === 'createOptions' && isJsonObject(value)) && value !== null) {
      problems.push({ path: segments, module: name, message: `createOptions chunk '${segments[3]}' must be a string holding Docker create options JSON` });
    }
  }
}

function _layeredHub(d: EdgeDeployment, content: JsonObject, at: At, fail: Fail): Collected {
  const result: Collected = { errors: [], warnings: [] };
  for (const [key, value] of Object.entries(content)) {
    const segments = _desiredSegments(key);
    if (segments === undefined || segments[0] !== 'routes' || segments.length !== 2) {
      const nested = segments !== undefined && segments[0] === 'routes' && segments.length > 2;
      fail(
        nested
          ? `a layered deployment may set only whole routes ('properties.desired.routes.<name>'), not '${key}'`
          : `a layered deployment may not set $edgeHub '${key}': layers reach $edgeHub only through 'properties.desired.routes.<name>'; ` +
              `schemaVersion, storeAndForwardConfiguration and mqttBroker come from the base deployment`,
        at('$edgeHub', key),
        '$edgeHub',
      );
      continue;
    }
    const problems: Problem[] = [];
    readRouteEntry(segments[1]!, value, undefined, problems);
    const converted = problemsToErrors(problems, [], (path) => ({ configurationId: d.id, jsonPath: at('$edgeHub', key, ...path.slice(1)) }), {
      module: '$edgeHub',
    });
    result.errors.push(...converted.errors);
    result.warnings.push(...converted.warnings);
  }
  return result;
}

/** Twin keys: `properties.desired` (an object) or `properties.desired.<path>` with valid twin key segments. */
function _moduleTwin(twin: string, content: JsonObject, at: At, fail: Fail): void {
  for (const [key, value] of Object.entries(content)) {
    if (key === DESIRED) {
      if (!isJsonObject(value)) fail(`module twin '${twin}': 'properties.desired' must be an object`, at(twin, key), twin);
      continue;
    }
    const segments = _desiredSegments(key);
    if (segments === undefined) {
      fail(`module twin '${twin}': key '${key}' must be 'properties.desired' or 'properties.desired.<path>'`, at(twin, key), twin);
      continue;
    }
    const bad = segments.find((s) => /[$\s]/.test(s));
    if (bad !== undefined) fail(`module twin '${twin}': twin property names may not contain '$' or spaces ('${bad}')`, at(twin, key), twin);
  }
}

/** `properties.desired.a.b` → ['a', 'b']; undefined when the key is not under properties.desired or has an empty segment. */
function _desiredSegments(key: string): string[] | undefined {
  if (!key.startsWith(DESIRED_PREFIX)) return undefined;
  const segments = key.slice(DESIRED_PREFIX.length).split('.');
  return segments.some((s) => s === '') ? undefined : segments;
}
