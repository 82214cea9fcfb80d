import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  acquireRunLock,
  checkOutputRoot,
  codeFingerprint,
  keptDirs,
  listDeviceDirs,
  openOutput,
  readPreviousOutput
} from "./chunk-POCUB7CT.js";
import "./chunk-WMYSBJ52.js";
import {
  selectionSummary
} from "./chunk-NLUKPOTO.js";
import {
  loadInput
} from "./chunk-VJEZGED6.js";
import {
  afterPendingSignals
} from "./chunk-KBTZAPPL.js";
import {
  DEFAULT_OUT
} from "./chunk-3XVJSHRQ.js";
import {
  printLines,
  resolveInputSource
} from "./chunk-JQIJVHU6.js";
import "./chunk-2MDZ23RJ.js";
import "./chunk-NWERKKWY.js";
import "./chunk-AD2FTF7E.js";
import "./chunk-AZVO6LG7.js";
import {
  printableLines
} from "./chunk-24TSOMEI.js";
import {
  synthesize
} from "./chunk-KXDU2NHN.js";
import "./chunk-ZE7GHD5G.js";
import {
  parseClusterSelection
} from "./chunk-KTVVMMZK.js";
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
import {
  ConfigError
} from "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";

// src/cli/commands/synth.ts
import { existsSync } from "node:fs";
import { rmdir } from "node:fs/promises";
import path from "node:path";
async function run(options, io) {
  const source = resolveInputSource(options, io.env);
  const selection = parseClusterSelection(options);
  const out = path.resolve(io.cwd, options.out ?? DEFAULT_OUT);
  const existed = existsSync(out);
  const lock = await acquireRunLock(path.join(out, LOCK_FILE), `--out ${out}`, io.command ?? "iotedge-gitops synth");
  try {
    return await _synth(options, selection, io, source, out);
  } finally {
    await lock.release();
    if (!existed) await rmdir(out).catch(() => void 0);
  }
}
var LOCK_FILE = ".iotedge-gitops-lock";
async function _synth(options, selection, io, source, out) {
  const started = performance.now();
  const snapshot = await loadInput(source, io, options.quiet);
  io.signal?.throwIfAborted();
  checkOutputRoot(out);
  const previous = await readPreviousOutput(out, selection);
  const output = await openOutput(out, { ...io.signal ? { signal: io.signal } : {}, ...selection !== void 0 ? { selection } : {} });
  let result;
  let written;
  try {
    const codeVersion = await codeFingerprint();
    result = synthesize(snapshot, { ...options, ...selection !== void 0 ? { selection } : {}, codeVersion, previous, details: false, onDevice: (dir, files) => output.writeDevice(dir, files) });
    if (io.signal !== void 0) await afterPendingSignals();
    io.signal?.throwIfAborted();
    await _guardEmptyRead(out, result, options.allowEmpty ?? false, selection);
    written = await output.finish(result.plan);
  } catch (error) {
    await output.abort();
    throw error;
  }
  const seconds = (performance.now() - started) / 1e3;
  if (!options.quiet) printLines(io.stderr, ...result.warnings.map((warning) => `warning: ${warning}`));
  printLines(io.stderr, ...result.messages.map((message) => `error: ${message}`));
  const shown = path.relative(io.cwd, out);
  const selected = selectionSummary(selection, result.plan.inventory, written.removed);
  if (selected !== void 0) io.stdout.write(`${selected}
`);
  io.stdout.write(formatSynthSummary(result, written, shown === "" ? "." : shown.startsWith("..") ? out : shown, seconds));
  return result.exitCode;
}
function formatSynthSummary(result, written, out, seconds) {
  const { exact, approximate, dropped } = result.ledgerSummary;
  return printableLines([
    `synthesized ${result.synthesized} device(s) into ${out} in ${seconds.toFixed(2)}s: ${written.added.length} added, ${written.changed.length} changed, ${written.removed.length} removed, ${written.unchanged.length} unchanged`,
    `unmanaged (no base deployment): ${result.unmanaged}; kept last good output: ${result.failed}`,
    `fidelity ledger: ${exact} exact, ${approximate} approximate, ${dropped} dropped`,
    ...result.edited.length > 0 ? [editedLine(result.edited)] : []
  ]);
}
var EDITED_SHOWN = 20;
function editedLine(deviceIds) {
  const shown = deviceIds.slice(0, EDITED_SHOWN).join(", ");
  const more = deviceIds.length > EDITED_SHOWN ? ` … and ${deviceIds.length - EDITED_SHOWN} more` : "";
  return `re-rendered ${deviceIds.length} device(s) edited outside the tool: ${shown}${more}`;
}
async function _guardEmptyRead(out, result, allowEmpty, selection) {
  const { plan } = result;
  const { inventory } = plan;
  if (allowEmpty || inventory.devices.length > 0 && inventory.configurations.length > 0) return;
  const kept = keptDirs(plan);
  const removed = [...await listDeviceDirs(out, selection)].filter((dir) => !kept(dir));
  if (removed.length === 0) return;
  const what = inventory.devices.length === 0 ? "no IoT Edge device" : "no IoT Edge deployment";
  throw new ConfigError(
    `the input has ${what}: refusing to remove the ${removed.length} device director${removed.length === 1 ? "y" : "ies"} in ${out}; pass --allow-empty if that is really intended`,
    { stage: "cli" }
  );
}
export {
  EDITED_SHOWN,
  LOCK_FILE,
  editedLine,
  formatSynthSummary,
  run
};
