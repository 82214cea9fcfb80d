import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/ordinal-compare.ts
function compareOrdinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  compareOrdinal
};
