import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  isJsonObject
} from "./chunk-TMKRJT3R.js";

// src/model/sort-json-keys.ts
function sortJsonKeys(value) {
  if (Array.isArray(value)) return value.map(sortJsonKeys);
  if (!isJsonObject(value)) return value;
  const sorted = {};
  for (const key of Object.keys(value).sort()) {
    const member = value[key];
    if (member === void 0) continue;
    Object.defineProperty(sorted, key, { value: sortJsonKeys(member), enumerable: true, writable: true, configurable: true });
  }
  return sorted;
}

export {
  sortJsonKeys
};
