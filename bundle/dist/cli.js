#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  main,
  processIo,
  watchStopSignals
} from "./chunk-73YUFTZB.js";
import "./chunk-2MDZ23RJ.js";
import "./chunk-6PAVSBEJ.js";
import "./chunk-NMOCKYWQ.js";
import "./chunk-BDYU26YO.js";
import "./chunk-ANFMKTLZ.js";
import "./chunk-AZVO6LG7.js";
import "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";

// src/cli/bin.ts
var stop = watchStopSignals();
process.exitCode = await main(process.argv.slice(2), { ...processIo(), signal: stop.signal });
stop.dispose();
