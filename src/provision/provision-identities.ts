/**
 * `provision`: make the module identities the output names exist in IoT Hub, and put each one's connection string
 * in the secret store under exactly the key its ExternalSecret reads. Writes only what differs, so a second run
 * writes nothing; reports module identities no longer deployed and removes them only when asked. Returns names
 * only: no value leaves this module except into the secret store.
 */
import pLimit from 'p-limit';
import { moduleConnectionString } from './module-connection-string.js';
import type { ModuleIdentityTargets } from './module-identity-targets.js';
import type { ModuleIdentityStore } from './module-identity-store.js';
import type { SecretStoreWriter } from './key-vault-secrets.js';

/** What provision does and with what. */
export interface ProvisionOptions {
  /** IoT Hub host name, the HostName of every connection string. */
  readonly hostName: string;
  readonly plan: ModuleIdentityTargets;
  readonly identities: ModuleIdentityStore;
  readonly secrets: SecretStoreWriter;
  /** Read and report only. @default false */
  readonly dryRun?: boolean;
  /** Remove module identities of managed devices that no module deploys any more. @default false */
  readonly prune?: boolean;
  /** Calls in flight at once, per service. @default DEFAULT_PROVISION_CONCURRENCY */
  readonly concurrency?: number;
}

/** @default value of ProvisionOptions.concurrency: well under IoT Hub's registry-operation throttle per unit. */
export const DEFAULT_PROVISION_CONCURRENCY = 8;

/** What a run did (or, with dryRun, would do), as `<deviceId>/<moduleId>` and secret names, sorted. */
export interface ProvisionReport {
  readonly identitiesCreated: readonly string[];
  readonly secretsWritten: readonly string[];
  /** Module identities of managed devices that no deployment names (system modules never count). */
  readonly staleIdentities: readonly string[];
  readonly identitiesRemoved: readonly string[];
  /** Identities and secrets that were already as needed. */
  readonly unchanged: number;
}

/** Runs provision. Throws the first typed error of a call that failed after its retries. */
export async function provisionModuleIdentities(options: ProvisionOptions): Promise<ProvisionReport> {
  const limit = pLimit(options.concurrency ?? DEFAULT_PROVISION_CONCURRENCY);
  const dryRun = options.dryRun ?? false;
  const created: string[] = [];
  const written: string[] = [];
  const stale: string[] = [];
  const removed: string[] = [];
  let unchanged = 0;

  await Promise.all(
    options.plan.targets.map((target) =>
      limit(async () => {
        const name = `${target.deviceId}/${target.moduleId}`;
        let identity = await options.identities.get(target.deviceId, target.moduleId);
        if (identity === undefined) {
          created.push(name);
          if (dryRun) {
            written.push(target.remoteKey);
            return;
          }
          identity = await options.identities.create(target.deviceId, target.moduleId);
        } else unchanged++;
        const value = moduleConnectionString(options.hostName, target.deviceId, target.moduleId, identity.primaryKey, target.gatewayHostName);
        if ((await options.secrets.read(target.remoteKey)) === value) {
          unchanged++;
          return;
        }
        written.push(target.remoteKey);
        if (!dryRun) await options.secrets.write(target.remoteKey, value);
      }),
    ),
  );

  const wanted = new Set(options.plan.targets.map((t) => `${t.deviceId}/${t.moduleId}`));
  await Promise.all(
    options.plan.managedDevices.map((deviceId) =>
      limit(async () => {
        for (const moduleId of await options.identities.list(deviceId)) {
          // $edgeAgent and $edgeHub belong to the device, not to a deployment.
          if (moduleId.startsWith('$') || wanted.has(`${deviceId}/${moduleId}`)) continue;
          stale.push(`${deviceId}/${moduleId}`);
          if (!(options.prune ?? false) || dryRun) continue;
          const identity = await options.identities.get(deviceId, moduleId);
          if (identity === undefined) continue;
          await options.identities.remove(deviceId, moduleId, identity.etag);
          removed.push(`${deviceId}/${moduleId}`);
        }
      }),
    ),
  );

  return { identitiesCreated: created.sort(), secretsWritten: written.sort(), staleIdentities: stale.sort(), identitiesRemoved: removed.sort(), unchanged };
}
