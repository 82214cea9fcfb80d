import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  readLiveHubFromEnv
} from "./chunk-IZM6PBTK.js";
import "./chunk-S4HQ5DDV.js";
import "./chunk-2TPEQPZ5.js";
import "./chunk-XR2LWEJA.js";
import {
  writeFileAtomic
} from "./chunk-WMYSBJ52.js";
import {
  DEFAULT_CONNECTION_STRING_ENV,
  printLines,
  resolveInputSource
} from "./chunk-JQIJVHU6.js";
import "./chunk-24TSOMEI.js";
import {
  redactSnapshot
} from "./chunk-ZE7GHD5G.js";
import "./chunk-P364WQNB.js";
import {
  compareOrdinal
} from "./chunk-6QTJJVG7.js";
import {
  sortJsonKeys
} from "./chunk-YB2EACNY.js";
import {
  isJsonObject
} from "./chunk-TMKRJT3R.js";
import "./chunk-QHVAIHFP.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";

// src/cli/commands/snapshot.ts
import path2 from "node:path";

// src/source/write-snapshot.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
function formatSnapshot(snapshot) {
  const ordered = {
    hub: snapshot.hub,
    ...snapshot.hostName === void 0 ? {} : { hostName: snapshot.hostName },
    configurations: _sortBy(snapshot.configurations, "id"),
    devices: _sortBy(snapshot.devices, "deviceId")
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}
async function writeSnapshotFile(file, snapshot) {
  const text = formatSnapshot(snapshot);
  const target = path.resolve(file);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
  } catch (error) {
    const code = error.code ?? "error";
    throw new ConfigError(`cannot write snapshot ${file}: ${code}`, { stage: "source" });
  }
}
function _sortBy(items, key) {
  const idOf = (item) => isJsonObject(item) && typeof item[key] === "string" ? item[key] : void 0;
  const keyed = items.map((item) => ({ id: idOf(item), item: sortJsonKeys(item) }));
  return keyed.sort((a, b) => _compare(a.id, b.id) || _compare(JSON.stringify(a.item), JSON.stringify(b.item))).map((entry) => entry.item);
}
function _compare(a, b) {
  if (a === void 0) return b === void 0 ? 0 : 1;
  if (b === void 0) return -1;
  return compareOrdinal(a, b);
}

// src/cli/commands/snapshot.ts
async function run(options, io) {
  const named = options.connectionStringEnv ?? DEFAULT_CONNECTION_STRING_ENV;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(named) && (io.env[named] ?? "").trim() === "") {
    throw new ConfigError(`${named} is not set: put an IoT Hub service connection string with registryRead in it`, { stage: "cli" });
  }
  const source = resolveInputSource({ connectionStringEnv: options.connectionStringEnv, pageSize: options.pageSize === void 0 ? void 0 : String(options.pageSize) }, io.env);
  if (source.kind !== "live") throw new ConfigError("snapshot reads the live hub only", { stage: "cli" });
  if (options.out.trim() === "") throw new ConfigError("--out must name a file", { stage: "cli" });
  const out = path2.resolve(io.cwd, options.out);
  const quiet = options.quiet ?? false;
  const snapshot = await readLiveHubFromEnv(source, io, quiet);
  let redacted = 0;
  const safe = redactSnapshot(snapshot, () => redacted++);
  await writeSnapshotFile(out, safe);
  if (!quiet) {
    printLines(
      io.stderr,
      `wrote ${options.out}: ${safe.configurations.length} configuration(s), ${safe.devices.length} edge device twin(s) from ${safe.hostName ?? safe.hub}; ${redacted} credential value(s) redacted`
    );
  }
  return 0;
}
export {
  run
};
