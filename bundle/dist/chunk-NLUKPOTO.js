import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  describeSelection
} from "./chunk-KTVVMMZK.js";
import {
  clusterOfPath
} from "./chunk-7TEJUEPN.js";
import {
  compareOrdinal
} from "./chunk-6QTJJVG7.js";

// src/cli/selection-summary.ts
function selectionSummary(selection, inventory, removedDirs = []) {
  if (selection === void 0) return void 0;
  const clusters = new Set(inventory.devices.map((d) => d.cluster));
  for (const dir of removedDirs) {
    const cluster = clusterOfPath(dir);
    if (cluster !== void 0) clusters.add(cluster);
  }
  return describeSelection(selection, [...clusters].sort(compareOrdinal));
}

export {
  selectionSummary
};
