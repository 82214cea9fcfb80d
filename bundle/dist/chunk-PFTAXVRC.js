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
import "./chunk-24TSOMEI.js";
import "./chunk-YB2EACNY.js";
import "./chunk-TMKRJT3R.js";
import "./chunk-QHVAIHFP.js";
import "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";
export {
  readLiveHubFromEnv
};
