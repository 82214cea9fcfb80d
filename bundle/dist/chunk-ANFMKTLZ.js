import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  ConfigError
} from "./chunk-25NRP4G4.js";

// src/publish/output/device-dir-replace.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/publish/output/file-system-error.ts
import { accessSync, constants } from "node:fs";
import path from "node:path";
var REASONS = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exhausted",
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is a file, not a directory",
  EISDIR: "it is a directory",
  ENOENT: "no such file or directory"
};
function fileSystemReason(error, target) {
  const code = error?.code;
  if (typeof code !== "string") return void 0;
  const where = target ?? error.path;
  if (code === "ENOENT" && where !== void 0 && _onReadOnlyFileSystem(where)) return REASONS["EROFS"];
  return REASONS[code];
}
function describeFileSystemError(error) {
  const e = error;
  if (!(error instanceof Error) || typeof e?.syscall !== "string" || typeof e.path !== "string") return null;
  const why = fileSystemReason(error);
  return why === void 0 ? null : `cannot ${e.syscall} ${e.path}: ${why}`;
}
function _onReadOnlyFileSystem(target) {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    try {
      accessSync(dir, constants.W_OK);
      return false;
    } catch (error) {
      const code = error.code;
      if (code === "EROFS") return true;
      if (code !== "ENOENT" || dir === path.dirname(dir)) return false;
    }
  }
}

// src/publish/output/write-error.ts
function writeError(target, error) {
  const why = fileSystemReason(error, target) ?? error.code ?? error.message;
  return new ConfigError(`cannot write ${target}: ${why}`, { stage: "publish", cause: error });
}

// src/publish/output/device-dir-replace.ts
var TEMP_MARK = ".iotedge-gitops-tmp-";
function applyDeviceDir(absolute, files, exists, beforeChange) {
  const current = exists ? _readDirSync(absolute) : null;
  if (current !== null && _sameFiles(current, files)) return "unchanged";
  beforeChange();
  _replaceDir(absolute, files, current !== null);
  return current === null ? "added" : "changed";
}
function writeWritingMarker(file) {
  if (!_isDirectory(path2.dirname(file))) return;
  try {
    writeFileSync(file, "iotedge-gitops is writing here; if no run is, one was stopped: the next run renders every device\n");
  } catch (error) {
    throw writeError(file, error);
  }
}
function _replaceDir(absolute, files, exists) {
  const suffix = randomBytes(4).toString("hex");
  const fresh = `${absolute}${TEMP_MARK}new-${suffix}`;
  const old = `${absolute}${TEMP_MARK}old-${suffix}`;
  try {
    mkdirSync(fresh, { recursive: true });
    for (const [name, content] of files) writeFileSync(path2.join(fresh, name), content);
    let hadOld = exists;
    if (exists) {
      try {
        renameSync(absolute, old);
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
        hadOld = false;
      }
    }
    renameSync(fresh, absolute);
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } catch (error) {
    try {
      rmSync(fresh, { recursive: true, force: true });
    } catch {
    }
    throw writeError(absolute, error);
  }
}
function _readDirSync(dir) {
  const files = /* @__PURE__ */ new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) files.set(entry.name, readFileSync(path2.join(dir, entry.name), "utf8"));
    else files.set(entry.name, "\0not-a-file");
  }
  return files;
}
function _sameFiles(a, b) {
  if (a.size !== b.size) return false;
  for (const [name, content] of b) if (a.get(name) !== content) return false;
  return true;
}
function _isDirectory(dir) {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export {
  fileSystemReason,
  describeFileSystemError,
  writeError,
  TEMP_MARK,
  applyDeviceDir,
  writeWritingMarker
};
