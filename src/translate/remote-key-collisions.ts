import { ConfigError } from '../errors.js';
import type { ExternalSecretIntent } from './device-intent.js';

/**
 * One error per secret-store key that two entries of a device's ExternalSecrets read: both would receive the
 * same value, which is never what the deployment meant. Keys are built injectively (remote-key.ts), so this
 * is the last guard, naming both Secrets and keys. Keys are compared without case, as Azure Key Vault does.
 */
export function remoteKeyCollisions(secrets: Iterable<ExternalSecretIntent>, deviceId: string): ConfigError[] {
  const readers = new Map<string, string>();
  const errors: ConfigError[] = [];
  for (const secret of secrets) {
    for (const entry of secret.data) {
      const reader = `key '${entry.secretKey}' of Secret '${secret.name}'`;
      const other = readers.get(entry.remoteKey.toLowerCase());
      if (other === undefined) readers.set(entry.remoteKey.toLowerCase(), reader);
      else errors.push(new ConfigError(`${other} and ${reader} both read the secret-store key '${entry.remoteKey}'`, { stage: 'translate', deviceId }));
    }
  }
  return errors;
}
