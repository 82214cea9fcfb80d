import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/defaults.ts
var DEFAULT_BRANCH = "main";
var DEFAULT_MANAGED_PATH = ".";
var DEFAULT_OUT = "dist";

export {
  DEFAULT_BRANCH,
  DEFAULT_MANAGED_PATH,
  DEFAULT_OUT
};
