/**
 * Makes the secret store hold each value of a SecretValuePlan: reads every key and writes only those whose value
 * differs, so a second run writes nothing. Returns names only.
 */
import pLimit from 'p-limit';
import type { SecretStoreWriter } from './key-vault-secrets.js';
import { DEFAULT_PROVISION_CONCURRENCY } from './provision-identities.js';
import type { SecretValueTarget } from './secret-values-to-provision.js';

/** What a run wrote (or, with dryRun, would write), sorted, and how many were already as needed. */
export interface SecretValuesReport {
  readonly secretsWritten: readonly string[];
  readonly unchanged: number;
}

/** Writes what differs, `concurrency` calls in flight at once. Throws the first typed error of a failed call. */
export async function provisionSecretValues(targets: readonly SecretValueTarget[], secrets: SecretStoreWriter, options: { readonly dryRun?: boolean; readonly concurrency?: number } = {}): Promise<SecretValuesReport> {
  const limit = pLimit(options.concurrency ?? DEFAULT_PROVISION_CONCURRENCY);
  const written: string[] = [];
  let unchanged = 0;
  await Promise.all(
    targets.map((target) =>
      limit(async () => {
        if ((await secrets.read(target.remoteKey)) === target.value) {
          unchanged++;
          return;
        }
        written.push(target.remoteKey);
        if (!(options.dryRun ?? false)) await secrets.write(target.remoteKey, target.value);
      }),
    ),
  );
  return { secretsWritten: written.sort(), unchanged };
}
