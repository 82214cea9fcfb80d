import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  TEMP_MARK,
  applyDeviceDir,
  writeWritingMarker
} from "./chunk-NWERKKWY.js";
import "./chunk-AD2FTF7E.js";
import "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";
export {
  TEMP_MARK,
  applyDeviceDir,
  writeWritingMarker
};
