import type { ModuleSpec } from '../model/device-manifest.js';
import type { EnvVarIntent } from './device-intent.js';
import type { LedgerRecorder } from './ledger-recorder.js';
import type { SecretValuePlace, SecretValueSource } from './secret-value-source.js';
import { isCredentialEnv, moduleEnvKey, secretKeyOf } from './secrets.js';
import type { WorkloadDraft } from './workload-draft.js';

/** A credential env value moved to the secret store: the ExternalSecret `<module>-env` fetches it. */
export interface EnvSecretRef {
  readonly secretKey: string;
  readonly remoteKey: string;
}

/** The merged env of one container and the credentials it references. */
export interface ModuleEnv {
  readonly env: readonly EnvVarIntent[];
  readonly secrets: readonly EnvSecretRef[];
  /** Where the deployment holds the value of each remote key in `secrets` (for provision). */
  readonly sources: readonly SecretValueSource[];
}

/** Env names the API server of Kubernetes 1.27 accepts (validation.IsEnvVarName). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/**
 * The name an env variable gets on Kubernetes: as written when valid; `a:b` → `a__b` (.NET configuration
 * reads `__` as the `:` separator, and `:` is what such names mean); undefined when no spelling is valid.
 */
export function kubernetesEnvName(name: string): string | undefined {
  if (ENV_NAME.test(name)) return name;
  const dotnet = name.replaceAll(':', '__');
  return name.includes(':') && ENV_NAME.test(dotnet) ? dotnet : undefined;
}

/** A module env value as Kubernetes needs it: strings verbatim, numbers and booleans JSON-stringified (3 → "3"). */
export function envValueString(value: string | number | boolean): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Builds the env list in IoT Edge's Docker-mode order: module `env` (sorted by name), then createOptions.Env
 * entries whose names module env does not set (Docker mode removes them; a later duplicate inside Env wins
 * in place), then the variables credential Cmd/Entrypoint arguments read (`$(IOTEDGE_GITOPS_CMD_<i>)`), then
 * the runtime variables, which replace any user entry of the same name. Credential values become
 * secretKeyRef to `envSecretName` and are recorded, by name only.
 */
export function buildModuleEnv(
  module: ModuleSpec,
  draft: WorkloadDraft,
  rec: LedgerRecorder,
  ctx: { hub: string; deviceId: string; envSecretName: string; registryPasswords: ReadonlySet<string> },
): ModuleEnv {
  const entries = new Map<string, { value: string; origin: 'env' | 'Env' | 'arg'; path: readonly (string | number)[]; place: SecretValuePlace; key?: string }>();
  for (const e of module.env) entries.set(e.name, { value: envValueString(e.value), origin: 'env', path: ['env', e.name], place: { kind: 'module env', module: module.name, name: e.name } });
  if (module.env.length > 0) rec.record('env', 'exact', 'containers[].env', 'Module env values become env entries (numbers and booleans as JSON text).', ['env']);
  for (const e of draft.createEnv) {
    const prev = entries.get(e.name);
    if (prev?.origin === 'env') continue;
    entries.set(e.name, { value: e.value, origin: 'Env', path: ['settings', 'createOptions', 'Env', e.index], place: { kind: 'createOptions', module: module.name, field: 'Env', index: e.index, prefix: `${e.name}=` } });
  }

  // Credential arguments of Cmd/Entrypoint read $(NAME): their env variables come from the secret store.
  for (const arg of draft.argSecrets) {
    entries.set(arg.name, { value: '', origin: 'arg', path: arg.path, key: arg.key, place: { kind: 'createOptions', module: module.name, field: arg.field, index: arg.index, prefix: arg.prefix } });
  }

  const runtimeNames = new Set(draft.runtimeEnv.map((e) => e.name));
  const env: EnvVarIntent[] = [];
  const secrets: EnvSecretRef[] = [];
  const sources: SecretValueSource[] = [];
  const keyOwners = new Map<string, string>();
  for (const [written, entry] of entries) {
    const key = entry.key ?? `${entry.origin}.${written}`;
    const name = kubernetesEnvName(written);
    if (name === undefined || (name !== written && entries.has(name))) {
      rec.record(
        key,
        'dropped',
        '',
        name === undefined
          ? 'Kubernetes 1.27 accepts only env names of letters, digits, "_", "-" and "." that do not start with a digit; Docker takes any.'
          : `Its Kubernetes spelling ${name} is already set by another entry, which is kept.`,
        entry.path,
      );
      continue;
    }
    if (name !== written) {
      rec.record(
        key,
        'approximate',
        `containers[].env ${name}`,
        'Kubernetes 1.27 refuses ":" in env names; written with "__", which .NET configuration (the usual reader of such names) treats as ":".',
        entry.path,
      );
    }
    if (runtimeNames.has(name)) {
      rec.record(key, 'approximate', 'containers[].env', 'Replaced by the value the runtime sets for this variable.', entry.path);
      continue;
    }
    if (entry.origin === 'arg' || isCredentialEnv(name, entry.value, ctx.registryPasswords)) {
      const secretKey = secretKeyOf(name);
      const other = keyOwners.get(secretKey);
      if (other !== undefined) {
        // Two variables reading one key would both get one secret value: refuse rather than guess.
        rec.fail(`env variables '${other}' and '${name}' both become the key '${secretKey}' of Secret ${ctx.envSecretName}; rename one`, entry.path);
        continue;
      }
      keyOwners.set(secretKey, name);
      const remoteKey = moduleEnvKey(ctx.hub, ctx.deviceId, module.name, name);
      secrets.push({ secretKey, remoteKey });
      sources.push({ remoteKey, place: entry.place });
      env.push({ name, secretKeyRef: { name: ctx.envSecretName, key: secretKey } });
      // The reason names no device: devices that share a module share its ledger rows in inventory.json.
      const why =
        entry.origin === 'arg'
          ? `A credential in a command-line argument: the argument reads $(${name}), which Kubernetes expands from env ${name}; the ExternalSecret ${ctx.envSecretName} reads its value from the secret store, under the key of this device, module and variable.`
          : `A credential: its value is not written; the ExternalSecret ${ctx.envSecretName} reads it from the secret store, under the key of this device, module and variable.`;
      rec.record(key, 'approximate', `containers[].env[].valueFrom.secretKeyRef (${ctx.envSecretName})`, why, entry.path);
      continue;
    }
    env.push({ name, value: entry.value });
  }
  env.push(...draft.runtimeEnv);
  return { env, secrets, sources };
}
