// Loaded with `node --import` into a CLI child process of the fault tests; never part of the product.
// 1. Sends the IoT Hub client's connections for FAKE_HUB_HOST to 127.0.0.1:FAKE_HUB_PORT, trusting the fake's
//    certificate (FAKE_HUB_CA), exactly as test/fakes/iothub/fake-hub-agent.ts does in-process: the request
//    (host, SNI, certificate check) stays what the real client built.
// 2. Compresses the retry backoff: a timer started by `sleepAtLeast` (src/source/live/retry.ts) fires at once
//    and moves performance.now() forward by its delay, so six retries take milliseconds, not a minute. Every
//    other timer (the 30 s request deadline included) keeps real time.
import https from 'node:https';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';

const host = process.env.FAKE_HUB_HOST;
const port = Number(process.env.FAKE_HUB_PORT);
const ca = readFileSync(process.env.FAKE_HUB_CA, 'utf8');
const original = https.Agent.prototype.createConnection;
https.Agent.prototype.createConnection = function (options, callback) {
  if (String(options.host ?? '').toLowerCase() !== host.toLowerCase()) return original.call(this, options, callback);
  return tls.connect({ ...options, ca, host: '127.0.0.1', port, servername: host });
};

let skipped = 0;
const now = performance.now.bind(performance);
performance.now = () => now() + skipped;
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function (callback, delay, ...args) {
  if (typeof delay === 'number' && delay > 0 && new Error().stack?.includes('sleepAtLeast')) {
    skipped += delay;
    process.stderr.write(`[preload] skipped ${delay} ms of backoff\n`);
    return realSetTimeout(callback, 0, ...args);
  }
  return realSetTimeout(callback, delay, ...args);
};
