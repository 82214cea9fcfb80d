import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  fileSystemReason
} from "./chunk-AD2FTF7E.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";

// src/publish/output/device-dir-replace.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

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
  if (!_isDirectory(path.dirname(file))) return;
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
    for (const [name, content] of files) writeFileSync(path.join(fresh, name), content);
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
    if (entry.isFile()) files.set(entry.name, readFileSync(path.join(dir, entry.name), "utf8"));
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
  writeError,
  TEMP_MARK,
  applyDeviceDir,
  writeWritingMarker
};
