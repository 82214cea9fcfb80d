/**
 * How the unmodified azure-iothub client reaches the fake hub. The client always connects to `HostName`
 * on port 443 (spec §9); this agent keeps the request exactly as the client built it (host, Host header,
 * SNI, certificate check against the hub name) and only changes where the TCP connection goes:
 * 127.0.0.1:<port> of the fake. Connections to any other host are refused, so a test can never reach a real hub.
 */
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/** An agent that sends every connection for `hostName` to `127.0.0.1:port`, trusting `ca`. */
export function createFakeHubAgent(hostName: string, port: number, ca: string): https.Agent {
  return new _RedirectAgent(hostName, port, ca);
}

class _RedirectAgent extends https.Agent {
  constructor(
    private readonly hostName: string,
    private readonly port: number,
    ca: string,
  ) {
    super({ keepAlive: true, ca });
  }

  // The http.Agent hook every new connection goes through.
  override createConnection(options: tls.ConnectionOptions): Duplex {
    const host = String(options.host ?? '');
    if (host.toLowerCase() !== this.hostName.toLowerCase()) {
      // Fails the request (as a refused connection would) instead of throwing inside Node's agent.
      const refused = new net.Socket();
      process.nextTick(() => refused.destroy(Object.assign(new Error(`fake hub agent: refusing ${host}; only ${this.hostName} is served`), { code: 'ECONNREFUSED' })));
      return refused;
    }
    return tls.connect({ ...options, host: '127.0.0.1', port: this.port, servername: this.hostName });
  }
}
