#!/usr/bin/env node
/** Process entry point: everything else lives in main.ts so tests can run commands in-process. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
