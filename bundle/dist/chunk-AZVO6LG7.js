import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  ConfigError,
  InternalError
} from "./chunk-25NRP4G4.js";

// src/publish/output/write-failure.ts
function encodeWriteFailure(error) {
  if (error instanceof ConfigError) {
    const cause = _errnoFields(error.cause);
    return cause === void 0 ? { kind: "config", message: error.message } : { kind: "config", message: error.message, cause };
  }
  const fields = _errnoFields(error);
  if (fields !== void 0) return { kind: "file-system", error: fields };
  return { kind: "internal", message: error instanceof Error ? error.message : String(error) };
}
function decodeWriteFailure(failure) {
  switch (failure.kind) {
    case "config":
      return new ConfigError(failure.message, { stage: "publish", ...failure.cause ? { cause: _errnoError(failure.cause) } : {} });
    case "file-system":
      return _errnoError(failure.error);
    case "internal":
      return new InternalError(`the device directory writer failed: ${failure.message}`, { stage: "publish" });
  }
}
function _errnoFields(error) {
  const e = error;
  if (!(error instanceof Error) || typeof e?.code !== "string") return void 0;
  return {
    message: error.message,
    code: e.code,
    ...typeof e.errno === "number" ? { errno: e.errno } : {},
    ...typeof e.syscall === "string" ? { syscall: e.syscall } : {},
    ...typeof e.path === "string" ? { path: e.path } : {}
  };
}
function _errnoError(fields) {
  const { message, ...rest } = fields;
  return Object.assign(new Error(message), rest);
}

export {
  encodeWriteFailure,
  decodeWriteFailure
};
