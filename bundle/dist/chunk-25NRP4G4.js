import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/errors.ts
var IotEdgeGitopsError = class extends Error {
  stage;
  configurationId;
  deviceId;
  module;
  jsonPath;
  cause;
  constructor(message, context = {}) {
    super(message);
    this.name = new.target.name;
    this.stage = context.stage;
    this.configurationId = context.configurationId;
    this.deviceId = context.deviceId;
    this.module = context.module;
    this.jsonPath = context.jsonPath;
    this.cause = context.cause;
  }
  /** One line naming the context, then the message: `configuration 'x', device 'y', module 'z', at path: message`. */
  describe() {
    return describeContext(this) + this.message;
  }
};
var ConfigError = class extends IotEdgeGitopsError {
};
var TransientError = class extends IotEdgeGitopsError {
};
var InternalError = class extends IotEdgeGitopsError {
};
var ConfigErrors = class extends ConfigError {
  errors;
  constructor(errors, context = {}) {
    super(errors.map((e) => e.describe()).join("\n"), context);
    this.errors = errors;
  }
  describe() {
    return this.message;
  }
};
function describeContext(context) {
  const parts = [];
  if (context.configurationId !== void 0) parts.push(`configuration '${context.configurationId}'`);
  if (context.deviceId !== void 0) parts.push(`device '${context.deviceId}'`);
  if (context.module !== void 0) parts.push(`module '${context.module}'`);
  if (context.jsonPath !== void 0) parts.push(`at ${context.jsonPath}`);
  return parts.length === 0 ? "" : parts.join(", ") + ": ";
}
var StoppedError = class extends IotEdgeGitopsError {
  signal;
  constructor(signal) {
    super(`stopped by ${signal}: temporary files removed, every device directory left whole (old or new); the next run completes the work`, { stage: "cli" });
    this.signal = signal;
  }
  /** 130 for SIGINT, 143 for SIGTERM, as a shell reports a process ended by that signal. */
  get exitCode() {
    return this.signal === "SIGINT" ? 130 : 143;
  }
};

export {
  IotEdgeGitopsError,
  ConfigError,
  TransientError,
  InternalError,
  ConfigErrors,
  StoppedError
};
