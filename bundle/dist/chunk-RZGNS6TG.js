import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  synthesize,
  synthesizeModel,
  translateOptionsOf
} from "./chunk-NMOCKYWQ.js";
import "./chunk-BDYU26YO.js";
import "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";
export {
  synthesize,
  synthesizeModel,
  translateOptionsOf
};
