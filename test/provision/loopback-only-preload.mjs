// Loaded with `node --import` into the provision CLI child process; never part of the product. Every TCP
// connection must go to 127.0.0.1: any other address (the managed-identity endpoint 169.254.169.254, a real
// Azure host) is refused and reported on stderr as `[loopback-only] refused <host>`, which the test checks.
import net from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const original = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  const host = typeof options === 'object' && options !== null ? (options.path !== undefined ? 'localhost' : String(options.host ?? 'localhost')) : typeof args[1] === 'string' ? args[1] : 'localhost';
  if (!LOOPBACK.has(host)) {
    process.stderr.write(`[loopback-only] refused ${host}\n`);
    process.nextTick(() => this.destroy(Object.assign(new Error(`loopback-only: refused ${host}`), { code: 'ECONNREFUSED' })));
    return this;
  }
  return original.apply(this, args);
};
