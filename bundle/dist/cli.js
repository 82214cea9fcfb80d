#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  main,
  processIo
} from "./chunk-V7DZBXQH.js";
import {
  watchStopSignals
} from "./chunk-KBTZAPPL.js";
import "./chunk-3XVJSHRQ.js";
import "./chunk-JQIJVHU6.js";
import "./chunk-AD2FTF7E.js";
import "./chunk-24TSOMEI.js";
import "./chunk-BXWOZHT3.js";
import "./chunk-2NO4HCE6.js";
import "./chunk-QHVAIHFP.js";
import "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";

// src/cli/bin.ts
var stop = watchStopSignals();
process.exitCode = await main(process.argv.slice(2), { ...processIo(), signal: stop.signal });
stop.dispose();
