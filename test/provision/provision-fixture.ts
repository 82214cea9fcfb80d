/**
 * What a provision test runs against: a loopback IoT Hub (module identity REST, the real azure-iothub Registry), a
 * loopback Azure Key Vault with its Microsoft Entra token endpoint (the real @azure/keyvault-secrets client and
 * DefaultAzureCredential narrowed to EnvironmentCredential), reached as `https://NAME.vault.azure.net` through a
 * loopback CONNECT proxy (HTTPS_PROXY) with the test CA trusted through NODE_EXTRA_CA_CERTS, and a preload that
 * refuses any non-loopback connection. `cli` runs `iotedge-gitops` as a child process in that environment.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeIotHub, type FakeIotHub, type FakeIotHubOptions } from '../fakes/iothub/index.js';
import { startConnectProxy, type ConnectProxy } from '../fakes/keyvault/connect-proxy.js';
import { startFakeKeyVault, type FakeKeyVault } from '../fakes/keyvault/fake-key-vault.js';
import { ensureBuilt, runCli, type CliRun } from '../faults/cli-process.js';

/** A running fixture. */
export interface ProvisionFixture {
  readonly work: string;
  readonly hub: FakeIotHub;
  readonly vault: FakeKeyVault;
  readonly proxy: ConnectProxy;
  /** Every run so far. */
  readonly runs: CliRun[];
  cli(args: readonly string[]): Promise<CliRun>;
  /** `provision --key-vault-url <the fake vault> …extra`. */
  provision(...extra: string[]): Promise<CliRun>;
  /** The generated primary and secondary key of every module identity the hub holds. */
  moduleKeys(): string[];
  close(): Promise<void>;
}

/** Starts the hub (options as startFakeIotHub), the vault `fleetvault` and the proxy; builds lib/ if needed. */
export async function startProvisionFixture(hubOptions: FakeIotHubOptions): Promise<ProvisionFixture> {
  ensureBuilt();
  const work = mkdtempSync(path.join(os.tmpdir(), 'provision-'));
  const hub = await startFakeIotHub(hubOptions);
  const vault = await startFakeKeyVault('fleetvault');
  const proxy = await startConnectProxy({ 'fleetvault.vault.azure.net': vault.port, 'login.microsoftonline.com': vault.port });
  writeFileSync(path.join(work, 'hub-ca.pem'), hub.ca);
  writeFileSync(path.join(work, 'azure-ca.pem'), vault.ca);
  const runs: CliRun[] = [];
  const cli = async (args: readonly string[]): Promise<CliRun> => {
    const run = await runCli(args, {
      cwd: work,
      nodeArgs: ['--import', path.join(import.meta.dirname, '../faults/fake-hub-preload.mjs'), '--import', path.join(import.meta.dirname, 'loopback-only-preload.mjs')],
      env: {
        IOTHUB_CONNECTION_STRING: hub.connectionString('iothubowner'),
        FAKE_HUB_HOST: hub.hostName,
        FAKE_HUB_PORT: String(hub.port),
        FAKE_HUB_CA: path.join(work, 'hub-ca.pem'),
        HTTPS_PROXY: proxy.url,
        NODE_EXTRA_CA_CERTS: path.join(work, 'azure-ca.pem'),
        AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential',
        AZURE_TENANT_ID: vault.tenantId,
        AZURE_CLIENT_ID: vault.clientId,
        AZURE_CLIENT_SECRET: vault.clientSecret,
      },
    });
    runs.push(run);
    return run;
  };
  return {
    work,
    hub,
    vault,
    proxy,
    runs,
    cli,
    provision: (...extra) => cli(['provision', '--key-vault-url', vault.vaultUrl, ...extra]),
    moduleKeys: () =>
      [...hub.modules.values()].flatMap((modules) =>
        [...modules.values()].flatMap((m) => {
          const keys = (m['authentication'] as { symmetricKey: { primaryKey: string; secondaryKey: string } }).symmetricKey;
          return [keys.primaryKey, keys.secondaryKey];
        }),
      ),
    close: async () => {
      await hub.close();
      await vault.close();
      await proxy.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
