/**
 * Module identities in IoT Hub through the azure-iothub `Registry` (REST `/devices/{id}/modules/{mid}`): read,
 * create with keys the hub generates, list, remove with the ETag read. Every call is retried on throttling and
 * 5xx as the live reader's calls are (source/live/retry.ts), and failures are the tool's typed errors, scrubbed of
 * the connection string and of any key.
 */
import type iothub from 'azure-iothub';
import { ConfigError } from '../errors.js';
import { classifyHubError } from '../source/live/hub-error.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from '../source/live/retry.js';

/** A module identity as provision needs it. */
export interface ModuleIdentity {
  readonly moduleId: string;
  readonly primaryKey: string;
  readonly etag: string;
}

/** The registry operations provision uses. */
export interface ModuleIdentityStore {
  /** The identity, or undefined when the hub answers 404. */
  get(deviceId: string, moduleId: string): Promise<ModuleIdentity | undefined>;
  /** Creates it with SAS keys the hub generates; when it appeared meanwhile (409), the existing one. */
  create(deviceId: string, moduleId: string): Promise<ModuleIdentity>;
  /** Module ids of a device (system modules included). */
  list(deviceId: string): Promise<string[]>;
  /** Removes it if its ETag is still `etag` (412 otherwise). */
  remove(deviceId: string, moduleId: string, etag: string): Promise<void>;
}

/** How the store reaches the hub. */
export interface RegistryModuleIdentitiesOptions {
  readonly hostName: string;
  /** Strings no message may contain (the connection string and its key). */
  readonly secrets: readonly string[];
  /** @default DEFAULT_RETRY_POLICY */
  readonly retryPolicy?: RetryPolicy;
  /** @default Math.random */
  readonly random?: () => number;
  /** @default a real timer */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A ModuleIdentityStore on an azure-iothub Registry. */
export function registryModuleIdentities(registry: iothub.Registry, options: RegistryModuleIdentitiesOptions): ModuleIdentityStore {
  const call = <T>(operation: string, work: () => Promise<T>): Promise<T> =>
    withRetry(() => work(), {
      policy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
      classify: (error) => classifyHubError(error, { operation, hostName: options.hostName, secrets: options.secrets, nowMs: Date.now(), permission: 'registryRead and registryWrite' }),
      ...(options.random !== undefined ? { random: options.random } : {}),
      ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
    });
  const get = async (deviceId: string, moduleId: string): Promise<ModuleIdentity | undefined> => {
    try {
      const { responseBody } = await call(`reading module identity '${moduleId}' of device '${deviceId}'`, () => registry.getModule(deviceId, moduleId));
      return _identityOf(responseBody);
    } catch (error) {
      if (_status(error) === 404) return undefined;
      throw error;
    }
  };
  return {
    get,
    create: async (deviceId, moduleId) => {
      try {
        const { responseBody } = await call(`creating module identity '${moduleId}' of device '${deviceId}'`, () => registry.addModule({ deviceId, moduleId }));
        return _identityOf(responseBody);
      } catch (error) {
        if (_status(error) !== 409) throw error;
        const existing = await get(deviceId, moduleId);
        if (existing === undefined) throw error;
        return existing;
      }
    },
    list: async (deviceId) => {
      const { responseBody } = await call(`listing module identities of device '${deviceId}'`, () => registry.getModulesOnDevice(deviceId));
      return (responseBody as { moduleId?: unknown }[]).map((m) => String(m.moduleId));
    },
    remove: async (deviceId, moduleId, etag) => {
      // The callback form: azure-iothub's promise form drops the callback when given a module object.
      await call(
        `removing module identity '${moduleId}' of device '${deviceId}'`,
        () => new Promise<void>((resolve, reject) => registry.removeModule({ deviceId, moduleId, etag } as never, ((error?: Error) => (error ? reject(error) : resolve())) as never)),
      );
    },
  };
}

function _identityOf(body: unknown): ModuleIdentity {
  const module = body as { moduleId?: unknown; etag?: unknown; authentication?: { symmetricKey?: { primaryKey?: unknown } } };
  const key = module.authentication?.symmetricKey?.primaryKey;
  if (typeof key !== 'string' || key === '') {
    // A module with X.509 or CA authentication has no key to put in a connection string.
    throw new ConfigError(`module identity '${String(module.moduleId)}' has no SAS primary key (not symmetric-key authentication): give it symmetric keys or remove it so provision creates it`, { stage: 'provision', module: String(module.moduleId) });
  }
  return { moduleId: String(module.moduleId), primaryKey: key, etag: String(module.etag ?? '*') };
}

/** HTTP status of a typed error whose cause recorded one (classifyHubError keeps it). */
function _status(error: unknown): number | undefined {
  const cause = (error as { cause?: { statusCode?: unknown } } | null)?.cause;
  return typeof cause?.statusCode === 'number' ? cause.statusCode : undefined;
}
