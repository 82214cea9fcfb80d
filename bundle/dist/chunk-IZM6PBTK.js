import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  DEFAULT_RETRY_POLICY,
  HubProtocolError,
  classifyHubError,
  openRegistry,
  withDeadline,
  withRetry
} from "./chunk-S4HQ5DDV.js";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  oneLine
} from "./chunk-24TSOMEI.js";
import {
  sortJsonKeys
} from "./chunk-YB2EACNY.js";
import {
  isJsonObject
} from "./chunk-TMKRJT3R.js";
import {
  ConfigError,
  TransientError
} from "./chunk-25NRP4G4.js";

// src/source/live/configuration-fingerprint.ts
var MEANINGFUL = ["id", "schemaVersion", "labels", "content", "targetCondition", "priority", "createdTimeUtc"];
function configurationFingerprint(configurations) {
  const items = configurations.map((item) => {
    if (!isJsonObject(item)) return JSON.stringify(item);
    const kept = {};
    for (const key of MEANINGFUL) if (key in item) kept[key] = item[key];
    return JSON.stringify(sortJsonKeys(kept));
  });
  return JSON.stringify(items.sort());
}

// src/source/live/read-progress.ts
function createReadProgress(stream, quiet) {
  if (stream === void 0 || quiet) return { status: () => void 0, note: () => void 0, done: () => void 0 };
  const tty = stream.isTTY === true;
  let showing = false;
  const clear = () => {
    if (showing) stream.write("\r\x1B[K");
    showing = false;
  };
  return {
    status: (text) => {
      if (!tty) return;
      stream.write(`\r\x1B[K${oneLine(text)}`);
      showing = true;
    },
    note: (text) => {
      clear();
      stream.write(`${oneLine(text)}
`);
    },
    done: () => {
      if (showing) stream.write("\n");
      showing = false;
    }
  };
}

// src/source/live/live-hub.ts
var EDGE_TWIN_QUERY = "SELECT * FROM devices WHERE capabilities.iotEdge = true";
var DEFAULT_REQUEST_TIMEOUT_MS = 3e4;
var DEFAULT_CONSISTENCY_ATTEMPTS = 3;
async function readLiveHub(options) {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ConfigError(`page size must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`, { stage: "source" });
  }
  const consistencyAttempts = options.consistencyAttempts ?? DEFAULT_CONSISTENCY_ATTEMPTS;
  const connection = openRegistry(options.connectionString, { agent: options.agent, source: options.connectionStringSource });
  const progress = createReadProgress(options.progress, options.quiet ?? false);
  const reader = new _Reader(connection, progress, options);
  try {
    for (let round = 1; ; round++) {
      const before = await reader.readConfigurations();
      const devices = await reader.readEdgeTwins(pageSize);
      const after = await reader.readConfigurations();
      if (configurationFingerprint(before) === configurationFingerprint(after)) {
        return { hub: connection.hub, hostName: connection.hostName, configurations: after, devices };
      }
      if (round >= consistencyAttempts) {
        throw new TransientError(
          `IoT Hub ${connection.hostName}: the deployments changed while the twins were being read, ${round} times in a row; try again when nobody is editing deployments`,
          { stage: "source" }
        );
      }
      progress.note(`IoT Hub ${connection.hostName}: deployments changed during the read; reading again (${round + 1}/${consistencyAttempts})`);
    }
  } finally {
    progress.done();
    connection.close();
  }
}
var _Reader = class {
  constructor(connection, progress, options) {
    this.connection = connection;
    this.progress = progress;
    this.options = options;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.now = options.now ?? Date.now;
  }
  connection;
  progress;
  options;
  policy;
  timeoutMs;
  now;
  async readConfigurations() {
    return this.call("reading configurations", async () => {
      const { responseBody } = await this.connection.registry.getConfigurations();
      const body = responseBody;
      if (!Array.isArray(body)) throw new HubProtocolError("GET /configurations did not return a JSON array", true);
      return body;
    });
  }
  async readEdgeTwins(pageSize) {
    const query = this.connection.registry.createQuery(EDGE_TWIN_QUERY, pageSize);
    const byId = /* @__PURE__ */ new Map();
    const withoutId = [];
    const tokensSeen = /* @__PURE__ */ new Set();
    let duplicates = 0;
    let token;
    for (let page = 1; ; page++) {
      const sent = token;
      const { twins, next } = await this.call(`reading twins (page ${page})`, async () => {
        const { result, message } = await query.next(sent);
        const body = result;
        if (!Array.isArray(body)) throw new HubProtocolError(`query page ${page} was not a JSON array`, true);
        const header = message?.headers?.["x-ms-continuation"];
        return { twins: body, next: Array.isArray(header) ? header[0] : header };
      });
      for (const twin of twins) {
        const deviceId = isJsonObject(twin) && typeof twin["deviceId"] === "string" ? twin["deviceId"] : void 0;
        if (deviceId === void 0) withoutId.push(twin);
        else {
          if (byId.has(deviceId)) duplicates++;
          byId.set(deviceId, twin);
        }
      }
      this.progress.status(`IoT Hub ${this.connection.hostName}: ${page} page(s), ${byId.size + withoutId.length} edge device twin(s)`);
      if (next === void 0) break;
      if (next === "" || tokensSeen.has(next)) {
        throw new TransientError(`IoT Hub ${this.connection.hostName}: reading twins (page ${page}): the hub returned ${next === "" ? "an empty" : "a repeated"} continuation token; the read would not end`, { stage: "source" });
      }
      tokensSeen.add(next);
      token = next;
    }
    if (duplicates > 0) this.progress.note(`IoT Hub ${this.connection.hostName}: ${duplicates} twin(s) returned twice while paging; kept the later copy`);
    return [...byId.values(), ...withoutId];
  }
  call(operation, request) {
    const { hostName, secrets } = this.connection;
    return withRetry(() => withDeadline(request(), this.timeoutMs, () => this.connection.abortInFlight()), {
      policy: this.policy,
      classify: (error) => classifyHubError(error, { operation, hostName, secrets, nowMs: this.now() }),
      random: this.options.random,
      onRetry: ({ error, attempt, attempts, delayMs }) => this.progress.note(`${error.message}; retry ${attempt}/${attempts - 1} in ${(delayMs / 1e3).toFixed(1)} s`)
    });
  }
};

// src/cli/live-input.ts
async function readLiveHubFromEnv(source, io, quiet) {
  return readLiveHub({
    connectionString: io.env[source.connectionStringEnv],
    connectionStringSource: source.connectionStringEnv,
    pageSize: source.pageSize,
    progress: io.stderr,
    quiet,
    agent: io.httpsAgent
  });
}

export {
  readLiveHubFromEnv
};
