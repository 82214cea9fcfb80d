/**
 * `iotedge-gitops provision`: the same input and translation flags as synth (the plan of devices and modules), then
 * module identities in IoT Hub and their connection strings in Azure Key Vault under the keys the output's
 * ExternalSecrets read. Prints names only, never a value.
 */
import { ConfigError } from '../../errors.js';
import { openRegistry } from '../../source/live/open-registry.js';
import { checkKeyVaultUrl, keyVaultSecrets } from '../../provision/key-vault-secrets.js';
import { moduleIdentityTargets } from '../../provision/module-identity-targets.js';
import { registryModuleIdentities } from '../../provision/module-identity-store.js';
import { DEFAULT_PROVISION_CONCURRENCY, provisionModuleIdentities } from '../../provision/provision-identities.js';
import { provisionSecretValues } from '../../provision/provision-secret-values.js';
import { SecretValuesToProvision } from '../../provision/secret-values-to-provision.js';
import { DEFAULT_CONNECTION_STRING_ENV, resolveInputSource, type InputFlags } from '../input-options.js';
import type { CommandIo } from '../io.js';
import { loadInput } from '../load-input.js';
import { printLines } from '../print-lines.js';
import { synthesize } from '../../plan/synthesize.js';
import type { SynthFlags } from '../translation-flags.js';
import { parseClusterSelection, type ClusterSelectionFlags } from '../../plan/cluster-selection.js';
import { selectionSummary } from '../selection-summary.js';

/** Flags of `provision`. */
export interface ProvisionCommandOptions extends InputFlags, SynthFlags, ClusterSelectionFlags {
  /** `https://NAME.vault.azure.net`. */
  readonly keyVaultUrl?: string;
  /** List what would be created and written; change nothing. @default false */
  readonly dryRun?: boolean;
  /** Remove module identities that no deployment names any more. @default false */
  readonly prune?: boolean;
  /** Calls in flight per service. @default DEFAULT_PROVISION_CONCURRENCY */
  readonly concurrency?: string;
  readonly quiet?: boolean;
}

/** Runs provision; 0 when every identity and secret is as needed (or, with --dry-run, was listed). */
export async function run(options: ProvisionCommandOptions, io: CommandIo): Promise<number> {
  // Only the selected clusters' devices get identities (and only theirs are listed as stale).
  const selection = parseClusterSelection(options);
  if (options.keyVaultUrl === undefined) throw new ConfigError('provision needs --key-vault-url https://NAME.vault.azure.net', { stage: 'cli' });
  const vaultUrl = checkKeyVaultUrl(options.keyVaultUrl);
  const concurrency = options.concurrency === undefined ? DEFAULT_PROVISION_CONCURRENCY : Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new ConfigError(`--concurrency must be an integer from 1 to 64, got '${options.concurrency}'`, { stage: 'cli' });
  const envName = options.connectionStringEnv ?? DEFAULT_CONNECTION_STRING_ENV;
  const connectionString = io.env[envName];
  // Writing module identities needs the hub itself, whatever file the plan was read from.
  if (connectionString === undefined || connectionString.trim() === '') {
    throw new ConfigError(`provision needs the IoT Hub service connection string (registryRead and registryWrite) in ${envName}`, { stage: 'cli' });
  }
  const source = resolveInputSource(options, io.env);
  const snapshot = await loadInput(source, io, options.quiet ?? false);
  const values = new SecretValuesToProvision();
  const result = synthesize(snapshot, {
    ...options,
    details: false,
    onSecretSources: (target, sources) => values.add(target, sources),
    ...(selection !== undefined ? { selection } : {}),
  });
  const connection = openRegistry(connectionString, { agent: io.httpsAgent, source: envName });
  try {
    if (connection.hub.toLowerCase() !== result.plan.inventory.hub.toLowerCase()) {
      throw new ConfigError(`${envName} is for hub '${connection.hub}', but the input is hub '${result.plan.inventory.hub}'`, { stage: 'cli' });
    }
    const plan = moduleIdentityTargets(result.plan.inventory, result.plan.inventory.hub);
    const secrets = keyVaultSecrets(vaultUrl);
    const report = await provisionModuleIdentities({
      hostName: connection.hostName,
      plan,
      identities: registryModuleIdentities(connection.registry, { hostName: connection.hostName, secrets: connection.secrets }),
      secrets,
      dryRun: options.dryRun ?? false,
      prune: options.prune ?? false,
      concurrency,
    });
    // Registry passwords and credential env values, written after the identities with the same bound on calls.
    const valuePlan = values.plan(new Set(plan.managedDevices));
    const valueReport = await provisionSecretValues(valuePlan.targets, secrets, { dryRun: options.dryRun ?? false, concurrency });
    const secretsWritten = [...report.secretsWritten, ...valueReport.secretsWritten].sort();
    const verb = options.dryRun ? 'would ' : '';
    printLines(
      io.stdout,
      ...report.identitiesCreated.map((name) => `${verb}create module identity ${name}`),
      ...secretsWritten.map((name) => `${verb}write secret ${name}`),
      ...report.staleIdentities.map((name) => (report.identitiesRemoved.includes(name) ? `removed module identity ${name}` : `not deployed any more: module identity ${name}${options.prune ? '' : ' (remove with --prune)'}`)),
    );
    if (!(options.quiet ?? false)) {
      const selected = selectionSummary(selection, result.plan.inventory);
      printLines(
        io.stderr,
        ...(selected !== undefined ? [selected] : []),
        `provision: ${plan.targets.length} module identities of ${plan.managedDevices.length} device(s): ${report.identitiesCreated.length} ${verb}created, ${secretsWritten.length} secret(s) ${verb}written, ${report.staleIdentities.length} not deployed any more, ${report.identitiesRemoved.length} removed`,
        ...(plan.skippedDevices.length > 0 ? [`skipped (kept their last good output): ${plan.skippedDevices.join(', ')}`] : []),
      );
    }
    // Keys the output reads that stay empty: the run did not finish its job (exit 2, as synth with failed devices).
    printLines(io.stderr, ...valuePlan.problems);
    return valuePlan.problems.length > 0 ? 2 : 0;
  } finally {
    connection.close();
  }
}
