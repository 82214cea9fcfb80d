/** Bridges the CLI to the live IoT Hub reader; loaded lazily so file-only runs never load azure-iothub. */
import { ConfigError } from '../errors.js';
import type { HubSnapshot } from '../model/hub-snapshot.js';
import type { InputSource } from './input-options.js';
import type { CommandIo } from './io.js';

export async function readLiveHubFromEnv(source: Extract<InputSource, { kind: 'live' }>, io: CommandIo, quiet: boolean): Promise<HubSnapshot> {
  const connectionString = io.env[source.connectionStringEnv];
  if (connectionString === undefined) throw new ConfigError(`${source.connectionStringEnv} is not set`, { stage: 'cli' });
  throw new ConfigError(`reading the live hub is not available in this build (${quiet ? 'quiet' : 'verbose'})`, { stage: 'source' });
}
