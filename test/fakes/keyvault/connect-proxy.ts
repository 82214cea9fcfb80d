/**
 * A loopback HTTP proxy for HTTPS_PROXY: it records the target of every CONNECT and every plain proxied request,
 * tunnels CONNECTs for the hosts it is given to their loopback port, and refuses everything else (403). So a
 * test can prove where a child process tried to go.
 */
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

/** A running proxy. */
export interface ConnectProxy {
  readonly url: string;
  /** `host:port` of every CONNECT, and `GET http://…` of every plain request, in order. */
  readonly targets: string[];
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1; `routes` maps a host name (lower case) to a loopback port. */
export async function startConnectProxy(routes: Readonly<Record<string, number>>): Promise<ConnectProxy> {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    targets.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(403).end();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    targets.push(target);
    const [host, port] = target.split(':');
    const to = routes[(host ?? '').toLowerCase()];
    if (to === undefined || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(to, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
