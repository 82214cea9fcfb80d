/**
 * Builds an azure-iothub `Registry` from a service connection string, exactly as
 * `Registry.fromConnectionString` does (the library's own parser, SAS token and REST client), with one
 * difference: the HTTPS agent is ours. That lets the reader abort a stalled request, lets tests reach a
 * local fake hub (an agent that connects elsewhere and trusts a test certificate), and lets the run
 * release its keep-alive sockets when it is done.
 */
import https from 'node:https';
import iothub from 'azure-iothub';
// The Registry constructor accepts a RestApiClient as its second argument (public in registry.d.ts); the
// class itself is only reachable by path. package.json pins azure-iothub ^1.16, which bundles it here.
import { RestApiClient } from 'azure-iothub/dist/common-http/rest_api_client.js';
import { ConfigError, InternalError } from '../../errors.js';

/** An open registry client and what the reader needs around it. */
export interface RegistryConnection {
  readonly registry: iothub.Registry;
  /** `HostName` of the connection string, verbatim. */
  readonly hostName: string;
  /** IoT Hub name: the first label of the host name. */
  readonly hub: string;
  /** Strings that must never appear in a message: the connection string and its key. */
  readonly secrets: readonly string[];
  /** Destroys the sockets of requests in flight (the reader sends one request at a time). */
  abortInFlight(): void;
  /** Releases the agent's sockets if the agent was created here. */
  close(): void;
}

/** How to open the connection. */
export interface OpenRegistryOptions {
  /**
   * HTTPS agent for every request. It must be dedicated to this connection: `abortInFlight` destroys its
   * busy sockets. @default a new keep-alive agent, destroyed by `close()`
   */
  readonly agent?: https.Agent;
  /** Where the connection string came from, for messages (`IOTHUB_CONNECTION_STRING`). @default 'the connection string' */
  readonly source?: string;
}

const REQUIRED = ['HostName', 'SharedAccessKeyName', 'SharedAccessKey'] as const;
const USER_AGENT = 'azure-iothub (iotedge-gitops)';

/**
 * Parses the connection string (`HostName=…;SharedAccessKeyName=…;SharedAccessKey=…`, spec §9) and opens a
 * Registry on it. A string without one of the three fields is a ConfigError naming the missing field and
 * the source, never the value.
 */
export function openRegistry(connectionString: string, options: OpenRegistryOptions = {}): RegistryConnection {
  const source = options.source ?? 'the connection string';
  let parsed: Record<string, string>;
  try {
    parsed = iothub.ConnectionString.parse(connectionString) as unknown as Record<string, string>;
  } catch {
    const missing = REQUIRED.filter((key) => !connectionString.split(';').some((part) => part.startsWith(`${key}=`) && part.length > key.length + 1));
    throw new ConfigError(
      `${source} is not an IoT Hub service connection string: missing ${missing.join(', ') || 'fields'} (expected HostName=<hub>.azure-devices.net;SharedAccessKeyName=<policy>;SharedAccessKey=<key>)`,
      { stage: 'source' },
    );
  }
  const hostName = parsed['HostName'] as string;
  const key = parsed['SharedAccessKey'] as string;
  const config = {
    host: hostName,
    // Same seed as Registry.fromConnectionString; the REST client re-signs every request for one hour.
    sharedAccessSignature: iothub.SharedAccessSignature.create(hostName, parsed['SharedAccessKeyName'] as string, key, Date.now()),
  };
  const rest = new RestApiClient(config, USER_AGENT);
  const registry = new iothub.Registry(config, rest);
  const agent = options.agent ?? new https.Agent({ keepAlive: true });
  if (typeof rest.setOptions !== 'function') throw new InternalError('azure-iothub RestApiClient has no setOptions: unsupported azure-iothub version', { stage: 'source' });
  // After the Registry constructor, which installs its own agent through the same call.
  rest.setOptions({ http: { agent } });
  return {
    registry,
    hostName,
    hub: hostName.split('.')[0] ?? hostName,
    secrets: [connectionString, key],
    abortInFlight: () => {
      for (const sockets of Object.values(agent.sockets)) for (const socket of sockets ?? []) socket.destroy();
    },
    close: () => {
      if (options.agent === undefined) agent.destroy();
    },
  };
}
