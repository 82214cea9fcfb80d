/** `iotedge-gitops validate`: checks every configuration (and every device's merged manifest) without writing. */
import { ConfigError, ConfigErrors } from '../../errors.js';
import { loadModel } from '../../model/load-model.js';
import { compileDeployments, targetDevice } from '../../targeting/index.js';
import { deviceIdentity, translateDevice } from '../../translate/index.js';
import { translateOptionsOf } from '../../plan/synthesize.js';
import { resolveInputSource, type InputFlags } from '../input-options.js';
import type { CommandIo } from '../io.js';
import { githubAnnotation } from '../github-annotation.js';
import { loadInput } from '../load-input.js';
import { printLines } from '../print-lines.js';

export interface ValidateCommandOptions extends InputFlags {
  readonly quiet?: boolean;
}

/**
 * Prints one line per problem; with GITHUB_ACTIONS=true also a GitHub `::error` annotation per problem.
 * Exit 0 when everything is valid, 1 when anything is not.
 */
export async function run(options: ValidateCommandOptions, io: CommandIo): Promise<number> {
  const snapshot = await loadInput(resolveInputSource(options, io.env), io, options.quiet);
  const model = loadModel(snapshot);
  const compiled = compileDeployments(model);
  const problems: ConfigError[] = [];
  const seen = new Set<string>();
  const add = (error: ConfigError) => {
    const text = error.describe();
    if (!seen.has(text)) {
      seen.add(text);
      problems.push(error);
    }
  };
  model.errors.forEach(add);
  const broken = new Set<string>();
  for (const c of compiled) {
    for (const error of [...(c.conditionError ? [c.conditionError] : []), ...c.errors]) {
      add(error);
      broken.add(c.deployment.id);
    }
  }
  // A broken deployment fails every device it targets: report it once, then only problems that appear
  // after merging (e.g. a layer that leaves a module without an image).
  // Then what only translation finds (module names that collide once sanitized, an image reference that is
  // not one…) and namespaces two devices would share: synth fails those devices, so validate must not pass them.
  const translateOptions = translateOptionsOf(model, {});
  const namespaces = new Map<string, string[]>();
  for (const device of model.devices) {
    const target = targetDevice(device, compiled, model.unusableDeployments);
    for (const error of target.errors) {
      if (error.configurationId === undefined || !broken.has(error.configurationId)) add(error);
    }
    const identity = deviceIdentity(model.hub, device, translateOptions.clusterTag);
    namespaces.set(identity.namespace, [...(namespaces.get(identity.namespace) ?? []), device.deviceId]);
    if (target.manifest === null) continue;
    try {
      translateDevice(target, identity, translateOptions);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      (error instanceof ConfigErrors ? error.errors : [error]).forEach(add);
    }
  }
  for (const [namespace, owners] of namespaces) {
    if (owners.length < 2) continue;
    add(new ConfigError(`namespace '${namespace}' would be shared by devices ${owners.map((d) => `'${d}'`).join(', ')}`, { stage: 'translate', deviceId: owners[0] }));
  }
  const annotate = io.env['GITHUB_ACTIONS'] === 'true';
  for (const problem of problems) {
    printLines(io.stdout, `error: ${problem.describe()}`);
    if (annotate) printLines(io.stdout, githubAnnotation(problem));
  }
  const deployments = model.deployments.length;
  printLines(
    io.stdout,
    problems.length === 0
      ? `${deployments} deployment(s) and ${model.devices.length} edge device(s): valid`
      : `${problems.length} problem(s) in ${deployments} deployment(s) and ${model.devices.length} edge device(s)`,
  );
  return problems.length === 0 ? 0 : 1;
}
