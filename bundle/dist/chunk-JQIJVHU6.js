import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  oneLine
} from "./chunk-24TSOMEI.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";

// src/cli/input-options.ts
var DEFAULT_CONNECTION_STRING_ENV = "IOTHUB_CONNECTION_STRING";
function resolveInputSource(flags, env) {
  const split = [flags.configurations, flags.twins].filter((v) => v !== void 0).length;
  if (flags.snapshot !== void 0 && (split > 0 || flags.hub !== void 0)) {
    throw new ConfigError("--snapshot cannot be combined with --configurations, --twins or --hub", { stage: "cli" });
  }
  if (flags.snapshot !== void 0) return { kind: "snapshot", file: flags.snapshot };
  if (split > 0 || flags.hub !== void 0) {
    if (flags.configurations === void 0 || flags.twins === void 0 || flags.hub === void 0) {
      throw new ConfigError("--configurations, --twins and --hub must be given together", { stage: "cli" });
    }
    return { kind: "split", configurations: flags.configurations, twins: flags.twins, hub: flags.hub };
  }
  const connectionStringEnv = flags.connectionStringEnv ?? DEFAULT_CONNECTION_STRING_ENV;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(connectionStringEnv)) {
    throw new ConfigError(`--connection-string-env must name an environment variable, got '${connectionStringEnv}'`, { stage: "cli" });
  }
  const value = env[connectionStringEnv];
  if (value === void 0 || value.trim() === "") {
    throw new ConfigError(`no input: give --snapshot FILE, or --configurations FILE --twins FILE --hub NAME, or set ${connectionStringEnv} to read the live hub`, { stage: "cli" });
  }
  const pageSize = flags.pageSize === void 0 ? DEFAULT_PAGE_SIZE : Number(flags.pageSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ConfigError(`--page-size must be an integer from 1 to ${MAX_PAGE_SIZE}, got '${flags.pageSize}'`, { stage: "cli" });
  }
  return { kind: "live", connectionStringEnv, pageSize };
}

// src/cli/print-lines.ts
function printLines(stream, ...lines) {
  if (lines.length === 0) return;
  stream.write(lines.map(oneLine).join("\n") + "\n");
}
function printJson(stream, value) {
  const text = JSON.stringify(value, null, 2).replace(/[\x7f-\x9f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  stream.write(text + "\n");
}

export {
  DEFAULT_CONNECTION_STRING_ENV,
  resolveInputSource,
  printLines,
  printJson
};
