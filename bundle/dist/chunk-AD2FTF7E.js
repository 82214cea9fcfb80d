import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

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

export {
  fileSystemReason,
  describeFileSystemError
};
