/** Bridges the CLI to the live IoT Hub reader; loaded lazily so file-only runs never load azure-iothub. */
import type { HubSnapshot } from '../model/hub-snapshot.js';
import { readLiveHub } from '../source/live/live-hub.js';
import type { InputSource } from './input-options.js';
import type { CommandIo } from './io.js';

/** Reads the live hub whose connection string is in the environment variable the source names. */
export async function readLiveHubFromEnv(source: Extract<InputSource, { kind: 'live' }>, io: CommandIo, quiet: boolean): Promise<HubSnapshot> {
  return readLiveHub({
    connectionString: io.env[source.connectionStringEnv]!,
    connectionStringSource: source.connectionStringEnv,
    pageSize: source.pageSize,
    progress: io.stderr,
    quiet,
    agent: io.httpsAgent,
  });
}
