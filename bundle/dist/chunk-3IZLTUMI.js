import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  sortJsonKeys
} from "./chunk-YB2EACNY.js";

// src/translate/stable-json.ts
function stableJson(value) {
  return JSON.stringify(sortJsonKeys(value), null, 2) + "\n";
}
function canonicalJson(value) {
  return JSON.stringify(sortJsonKeys(value)) ?? "null";
}

export {
  stableJson,
  canonicalJson
};
