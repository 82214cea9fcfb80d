import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  isClusterFolderName,
  labelValue,
  shortHash
} from "./chunk-7TEJUEPN.js";
import {
  compareOrdinal
} from "./chunk-6QTJJVG7.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";

// src/plan/cluster-inventories.ts
function clusterInventories(inventory) {
  const byCluster = /* @__PURE__ */ new Map();
  for (const device of inventory.devices) {
    const list = byCluster.get(device.cluster);
    if (list === void 0) byCluster.set(device.cluster, [device]);
    else list.push(device);
  }
  const result = /* @__PURE__ */ new Map();
  for (const cluster of [...byCluster.keys()].sort(compareOrdinal)) {
    const devices = byCluster.get(cluster);
    const applied = /* @__PURE__ */ new Set();
    const ledgerIds = /* @__PURE__ */ new Set();
    for (const device of devices) {
      if (device.baseDeployment !== null) applied.add(device.baseDeployment);
      for (const layer of device.layeredDeployments) applied.add(layer);
      for (const id of Object.values(device.ledger ?? {})) ledgerIds.add(id);
    }
    const ledgers = Object.fromEntries(Object.entries(inventory.ledgers).filter(([id]) => ledgerIds.has(id)));
    result.set(cluster, {
      hub: inventory.hub,
      hostName: inventory.hostName,
      configurations: inventory.configurations.filter((c) => applied.has(c.id)),
      devices,
      ledgers
    });
  }
  return result;
}
function mergeInventories(parts) {
  if (parts.length === 0) return void 0;
  if (parts.length === 1) return parts[0];
  const configurations = /* @__PURE__ */ new Map();
  const ledgers = /* @__PURE__ */ new Map();
  const devices = [];
  for (const part of parts) {
    for (const configuration of part.configurations) if (!configurations.has(configuration.id)) configurations.set(configuration.id, configuration);
    for (const [id, rows] of Object.entries(part.ledgers ?? {})) ledgers.set(id, rows);
    devices.push(...part.devices);
  }
  return {
    hub: parts[0].hub,
    hostName: parts[0].hostName,
    configurations: [...configurations.values()].sort((a, b) => compareOrdinal(a.id, b.id)),
    devices: devices.sort((a, b) => compareOrdinal(a.deviceId, b.deviceId)),
    ledgers: Object.fromEntries([...ledgers].sort(([a], [b]) => compareOrdinal(a, b)))
  };
}

// src/plan/cluster-selection.ts
var MAX_SHARDS = 1e3;
var MAX_CLUSTERS_LABEL = 60;
function parseClusterSelection(flags) {
  const names = flags.cluster === void 0 ? [] : typeof flags.cluster === "string" ? [flags.cluster] : [...flags.cluster];
  if (names.length > 0 && flags.shard !== void 0) throw new ConfigError("--cluster and --shard select clusters two ways: give one of them", { stage: "cli" });
  if (flags.shard !== void 0) return _parseShard(flags.shard);
  if (names.length === 0) return void 0;
  for (const name of names) {
    if (!isClusterFolderName(name)) {
      throw new ConfigError(`--cluster '${name}' is not a cluster folder name (devices/<name>/): a DNS-1123 label, lower-case letters, digits and '-', at most 63 characters`, { stage: "cli" });
    }
  }
  return { kind: "clusters", clusters: [...new Set(names)].sort(compareOrdinal) };
}
function _parseShard(text) {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new ConfigError(`--shard must be I/N with whole numbers 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got '${text}'`, { stage: "cli" });
  }
  return { kind: "shard", index, count };
}
function shardOfCluster(cluster, count) {
  return parseInt(shortHash(cluster), 16) % count + 1;
}
function selectsCluster(selection, cluster) {
  if (selection === void 0) return true;
  if (selection.kind === "clusters") return selection.clusters.includes(cluster);
  return shardOfCluster(cluster, selection.count) === selection.index;
}
function selectionLabel(selection) {
  if (selection === void 0) return void 0;
  if (selection.kind === "shard") return `shard-${selection.index}-of-${selection.count}`;
  const joined = selection.clusters.join("-");
  const label = `clusters-${joined}`;
  if (label.length <= MAX_CLUSTERS_LABEL) return label;
  return `${label.slice(0, MAX_CLUSTERS_LABEL - 9).replace(/-+$/, "")}-${shortHash(joined)}`;
}
function describeSelection(selection, clusters) {
  const names = clusters.length === 0 ? "no cluster" : `cluster${clusters.length === 1 ? "" : "s"} ${clusters.join(", ")}`;
  return selection.kind === "shard" ? `shard ${selection.index}/${selection.count}: ${names}` : names;
}

// src/plan/device-files-hash.ts
import { createHash } from "node:crypto";
function deviceFilesHash(files) {
  const hash = createHash("sha256");
  const sorted = [...files].sort(([a], [b]) => compareOrdinal(a, b));
  for (const [name, content] of sorted) {
    hash.update(name).update("\0");
    if (content === null) {
      hash.update("not-a-file\0");
      continue;
    }
    const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.length;
    hash.update(String(bytes)).update("\0").update(content);
  }
  return hash.digest("hex");
}

// src/translate/labels.ts
var LABEL_DEVICE_ID = "net.azure-devices.edge.deviceid";
var LABEL_HUB = "net.azure-devices.edge.hub";
var LABEL_MODULE = "net.azure-devices.edge.module";
var ANNOTATION_ORIGINAL_MODULE_ID = "net.azure-devices.edge.original-moduleid";
var ANNOTATION_VERSION = "net.azure-devices.edge.version";
var LABEL_MANAGED_BY = "app.kubernetes.io/managed-by";
var LABEL_NAME = "app.kubernetes.io/name";
var MANAGED_BY = "iotedge-gitops";
function deviceLabels(hub, deviceId) {
  return {
    [LABEL_MANAGED_BY]: MANAGED_BY,
    [LABEL_DEVICE_ID]: labelValue(deviceId),
    [LABEL_HUB]: labelValue(hub)
  };
}
function deviceAnnotations(hub, deviceId) {
  return { [LABEL_DEVICE_ID]: deviceId, [LABEL_HUB]: hub };
}
function moduleLabels(hub, deviceId, resourceName) {
  return {
    ...deviceLabels(hub, deviceId),
    [LABEL_NAME]: resourceName,
    [LABEL_MODULE]: labelValue(resourceName)
  };
}
function moduleSelectorLabels(deviceId, resourceName) {
  return { [LABEL_DEVICE_ID]: labelValue(deviceId), [LABEL_MODULE]: labelValue(resourceName) };
}
function originalModuleId(moduleName) {
  return moduleName === "$edgeHub" || moduleName === "$edgeAgent" ? moduleName.slice(1) : moduleName;
}
function moduleAnnotations(hub, deviceId, moduleName) {
  return {
    ...deviceAnnotations(hub, deviceId),
    [LABEL_MODULE]: moduleName,
    [ANNOTATION_ORIGINAL_MODULE_ID]: originalModuleId(moduleName)
  };
}

export {
  clusterInventories,
  mergeInventories,
  parseClusterSelection,
  selectsCluster,
  selectionLabel,
  describeSelection,
  LABEL_MODULE,
  ANNOTATION_ORIGINAL_MODULE_ID,
  ANNOTATION_VERSION,
  deviceLabels,
  deviceAnnotations,
  moduleLabels,
  moduleSelectorLabels,
  moduleAnnotations,
  deviceFilesHash
};
