import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  deviceIdentity,
  loadModel
} from "./chunk-XUMF3SKE.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";

// src/publish/git/branch-name.ts
var HEADS = "refs/heads/";
var RULES = [
  { refuses: (n) => n === "", reason: "it is empty" },
  { refuses: (n) => n === "HEAD", reason: "'HEAD' names the current commit, not a branch" },
  { refuses: (n) => n.startsWith("refs/"), reason: "only a branch is accepted (a full ref must start with refs/heads/)" },
  { refuses: (n) => n.startsWith("-"), reason: "it starts with '-'" },
  { refuses: (n) => !/^[A-Za-z0-9._/-]+$/.test(n), reason: "only letters, digits and '.', '_', '/', '-' are accepted (git refuses spaces and ~^:?*[\\ )" },
  { refuses: (n) => n.includes(".."), reason: "it contains '..'" },
  { refuses: (n) => n.startsWith("/") || n.endsWith("/") || n.includes("//"), reason: "it has an empty part between '/'" },
  { refuses: (n) => n.split("/").some((part) => part.startsWith(".")), reason: "a part starts with '.'" },
  { refuses: (n) => n.split("/").some((part) => part.endsWith(".lock")), reason: "a part ends with '.lock'" },
  { refuses: (n) => n.endsWith("."), reason: "it ends with '.'" }
];
function checkBranchName(name, flag = "--branch") {
  const branch = name.startsWith(HEADS) ? name.slice(HEADS.length) : name;
  const broken = RULES.find((rule) => rule.refuses(branch));
  const shown = name.replace(/[\u0000-\u001f\u007f]/g, "?");
  if (broken !== void 0) throw new ConfigError(`${flag} is not a valid branch name: '${shown}': ${broken.reason}`, { stage: "cli" });
  return branch;
}

// src/publish/git/managed-folder.ts
import path from "node:path";
function managedFolder(text) {
  const normal = path.posix.normalize(text.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
  if (path.posix.isAbsolute(normal) || /^[a-z]:/i.test(normal) || normal === ".." || normal.startsWith("../") || normal.split("/").includes(".git")) {
    throw new ConfigError(`--path must be a folder inside the repository, got '${text}'`, { stage: "publish" });
  }
  return normal;
}

// src/cli/hub-clusters.ts
function clustersInHub(snapshot, clusterTag) {
  return clustersOfModel(loadModel(snapshot), clusterTag);
}
function clustersOfModel(model, clusterTag) {
  return [...new Set(model.devices.map((device) => deviceIdentity(model.hub, device, clusterTag).cluster))].sort();
}

export {
  checkBranchName,
  managedFolder,
  clustersInHub,
  clustersOfModel
};
