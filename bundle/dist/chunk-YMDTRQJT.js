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
} from "./chunk-KXDU2NHN.js";
import "./chunk-ZE7GHD5G.js";
import "./chunk-KTVVMMZK.js";
import "./chunk-KU5DCUL7.js";
import "./chunk-XUMF3SKE.js";
import "./chunk-P364WQNB.js";
import "./chunk-3IZLTUMI.js";
import "./chunk-7TEJUEPN.js";
import "./chunk-6QTJJVG7.js";
import "./chunk-BXWOZHT3.js";
import "./chunk-2NO4HCE6.js";
import "./chunk-YB2EACNY.js";
import "./chunk-TMKRJT3R.js";
import "./chunk-QHVAIHFP.js";
import "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";
export {
  synthesize,
  synthesizeModel,
  translateOptionsOf
};
