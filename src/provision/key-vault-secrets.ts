/**
 * The secret store provision writes to: Azure Key Vault through `@azure/keyvault-secrets`, authenticated with
 * `@azure/identity` DefaultAzureCredential (environment, workload identity, Azure CLI login…; `AZURE_TOKEN_CREDENTIALS`
 * narrows the chain) on the SDK's own HTTP pipeline, so HTTPS_PROXY and NODE_EXTRA_CA_CERTS work as the SDK documents
 * and 429/5xx are retried by its retry policies. Values are compared, never shown: a failure message names the secret,
 * never its value.
 */
import { DefaultAzureCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';
import { ConfigError, TransientError } from '../errors.js';

/** The store operations provision uses. */
export interface SecretStoreWriter {
  /** The current value, or undefined when there is none (404). */
  read(name: string): Promise<string | undefined>;
  /** Writes a new version; recovers a soft-deleted secret of that name first. */
  write(name: string, value: string): Promise<void>;
}

const VAULT_URL = /^https:\/\/[0-9a-zA-Z-]{3,24}\.vault\.(azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)\/?$/;

/** Checks `--key-vault-url` (`https://NAME.vault.azure.net`); throws ConfigError naming the flag. */
export function checkKeyVaultUrl(url: string): string {
  if (!VAULT_URL.test(url)) throw new ConfigError(`--key-vault-url must be https://NAME.vault.azure.net (or another Azure cloud's vault domain), got '${url.slice(0, 120)}'`, { stage: 'cli' });
  return url.replace(/\/$/, '');
}

/** A SecretStoreWriter on the Key Vault at `vaultUrl`, with DefaultAzureCredential. */
export function keyVaultSecrets(vaultUrl: string): SecretStoreWriter {
  return keyVaultSecretsOn(new SecretClient(checkKeyVaultUrl(vaultUrl), new DefaultAzureCredential()), vaultUrl);
}

/** A SecretStoreWriter on a SecretClient. */
export function keyVaultSecretsOn(client: SecretClient, vaultUrl: string): SecretStoreWriter {
  const failed = (what: string, name: string, error: unknown): Error => {
    const status = (error as { statusCode?: unknown } | null)?.statusCode;
    const code = (error as { code?: unknown } | null)?.code;
    const detail = typeof status === 'number' ? `HTTP ${status}${typeof code === 'string' ? ` ${code}` : ''}` : typeof code === 'string' ? code : error instanceof Error ? error.name : 'error';
    const make = typeof status === 'number' && (status === 429 || status >= 500) ? TransientError : ConfigError;
    // The SDK's message may quote the request; only the status and code are kept.
    return new make(`Key Vault ${vaultUrl}: ${what} secret '${name}' failed (${detail})`, { stage: 'provision', cause: { statusCode: status, code } });
  };
  return {
    read: async (name) => {
      try {
        return (await client.getSecret(name)).value;
      } catch (error) {
        if ((error as { statusCode?: unknown }).statusCode === 404) return undefined;
        throw failed('reading', name, error);
      }
    },
    write: async (name, value) => {
      try {
        await client.setSecret(name, value);
      } catch (error) {
        // A soft-deleted secret keeps its name until purged: Key Vault answers 409 until it is recovered.
        if ((error as { statusCode?: unknown }).statusCode !== 409) throw failed('writing', name, error);
        try {
          await (await client.beginRecoverDeletedSecret(name)).pollUntilDone();
          await client.setSecret(name, value);
        } catch (second) {
          throw failed('recovering and writing', name, second);
        }
      }
    },
  };
}
