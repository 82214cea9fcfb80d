/** `iotedge-gitops synth`: hub snapshot → per-device kustomize directories and inventory.json in --out. */
import { existsSync } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { DEFAULT_OUT } from '../../defaults.js';
import { checkOutputRoot } from '../../publish/output/check-output-root.js';
import { keptDirs } from '../../publish/output/guard-plan.js';
import { listDeviceDirs, openOutput, type WriteSummary } from '../../publish/output/write-output.js';
import { resolveInputSource, type InputFlags } from '../input-options.js';
import type { CommandIo } from '../io.js';
import { printLines } from '../print-lines.js';
import type { SynthFlags } from '../translation-flags.js';
import { printableLines } from '../../one-line.js';
import { loadInput } from '../load-input.js';
import { synthesize, type SynthResult } from '../../plan/synthesize.js';
import { readPreviousOutput } from '../../publish/output/read-previous-output.js';
import { acquireRunLock } from '../../publish/output/run-lock.js';
import { codeFingerprint } from '../code-fingerprint.js';
import { parseClusterSelection, type ClusterSelection, type ClusterSelectionFlags } from '../../plan/cluster-selection.js';
import { selectionSummary } from '../selection-summary.js';
import { afterPendingSignals } from '../stop-signals.js';

/** Flags of `synth`. */
export interface SynthCommandOptions extends InputFlags, SynthFlags, ClusterSelectionFlags {
  /** Output directory. @default 'dist' */
  readonly out?: string;
  /** Allow an empty read (no edge device or no deployment) to remove existing device directories. @default false */
  readonly allowEmpty?: boolean;
  /** No progress output. @default false */
  readonly quiet?: boolean;
}


/** Runs synth and returns the process exit code (0 ok, 2 some devices kept their last good output). */
export async function run(options: SynthCommandOptions, io: CommandIo): Promise<number> {
  const source = resolveInputSource(options, io.env);
  const selection = parseClusterSelection(options);
  const out = path.resolve(io.cwd, options.out ?? DEFAULT_OUT);
  // One run at a time per --out: two would mix their directories, and neither would know to repair them.
  const existed = existsSync(out);
  const lock = await acquireRunLock(path.join(out, LOCK_FILE), `--out ${out}`, io.command ?? 'iotedge-gitops synth');
  try {
    return await _synth(options, selection, io, source, out);
  } finally {
    await lock.release();
    // A run refused before writing leaves no --out behind that only the lock made.
    if (!existed) await rmdir(out).catch(() => undefined);
  }
}

/** In --out, next to inventory.json: held while a run writes there. */
export const LOCK_FILE = '.iotedge-gitops-lock';

async function _synth(options: SynthCommandOptions, selection: ClusterSelection | undefined, io: CommandIo, source: ReturnType<typeof resolveInputSource>, out: string): Promise<number> {
  const started = performance.now();
  const snapshot = await loadInput(source, io, options.quiet);
  io.signal?.throwIfAborted();
  // Nothing under --out is read or written through a symbolic link.
  checkOutputRoot(out);
  // Devices whose render input did not change since the run that wrote --out keep their files untouched.
  // A selected run reads, writes and removes only its clusters' folders.
  const previous = await readPreviousOutput(out, selection);
  // Each device directory is written as soon as it is rendered, so the fleet's files are never all in memory.
  // The empty-read guard can still run afterwards: a rendered device implies a device and a deployment were read.
  const output = await openOutput(out, { ...(io.signal ? { signal: io.signal } : {}), ...(selection !== undefined ? { selection } : {}) });
  let result: SynthResult;
  let written: WriteSummary;
  try {
    const codeVersion = await codeFingerprint();
    result = synthesize(snapshot, { ...options, ...(selection !== undefined ? { selection } : {}), codeVersion, previous, details: false, onDevice: (dir, files) => output.writeDevice(dir, files) });
    // The pipeline is synchronous: a signal that came while it ran is handled once the event loop polls, so let it
    // poll here and stop before the writer thread has finished the directories still in flight.
    if (io.signal !== undefined) await afterPendingSignals();
    io.signal?.throwIfAborted();
    await _guardEmptyRead(out, result, options.allowEmpty ?? false, selection);
    written = await output.finish(result.plan);
  } catch (error) {
    // Whatever stopped the run, no temporary is left where Flux or Argo CD read, and every directory is whole.
    await output.abort();
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!options.quiet) printLines(io.stderr, ...result.warnings.map((warning) => `warning: ${warning}`));
  printLines(io.stderr, ...result.messages.map((message) => `error: ${message}`));
  const shown = path.relative(io.cwd, out);
  const selected = selectionSummary(selection, result.plan.inventory, written.removed);
  if (selected !== undefined) io.stdout.write(`${selected}\n`);
  io.stdout.write(formatSynthSummary(result, written, shown === '' ? '.' : shown.startsWith('..') ? out : shown, seconds));
  return result.exitCode;
}

/** The summary synth prints: counts of devices and ledger entries, and what changed on disk. */
export function formatSynthSummary(result: SynthResult, written: WriteSummary, out: string, seconds: number): string {
  const { exact, approximate, dropped } = result.ledgerSummary;
  return printableLines([
    `synthesized ${result.synthesized} device(s) into ${out} in ${seconds.toFixed(2)}s: ` +
      `${written.added.length} added, ${written.changed.length} changed, ${written.removed.length} removed, ${written.unchanged.length} unchanged`,
    `unmanaged (no base deployment): ${result.unmanaged}; kept last good output: ${result.failed}`,
    `fidelity ledger: ${exact} exact, ${approximate} approximate, ${dropped} dropped`,
    ...(result.edited.length > 0 ? [editedLine(result.edited)] : []),
  ]);
}

/** Device ids named on the summary line before the rest are counted. */
export const EDITED_SHOWN = 20;

/** `re-rendered 2 device(s) edited outside the tool: a, b`; beyond EDITED_SHOWN ids, `… and N more`. */
export function editedLine(deviceIds: readonly string[]): string {
  const shown = deviceIds.slice(0, EDITED_SHOWN).join(', ');
  const more = deviceIds.length > EDITED_SHOWN ? ` … and ${deviceIds.length - EDITED_SHOWN} more` : '';
  return `re-rendered ${deviceIds.length} device(s) edited outside the tool: ${shown}${more}`;
}

/**
 * Refuses an empty read that would remove device directories. With a selection, "empty" means no edge device in its
 * clusters, and only its clusters' directories count. Directories the plan keeps (a device still in the read with no
 * base deployment is unmanaged, and keeps its last output) are not removed, so they are no reason to refuse.
 */
async function _guardEmptyRead(out: string, result: SynthResult, allowEmpty: boolean, selection: ClusterSelection | undefined): Promise<void> {
  const { plan } = result;
  const { inventory } = plan;
  if (allowEmpty || (inventory.devices.length > 0 && inventory.configurations.length > 0)) return;
  const kept = keptDirs(plan);
  const removed = [...(await listDeviceDirs(out, selection))].filter((dir) => !kept(dir));
  if (removed.length === 0) return;
  const what = inventory.devices.length === 0 ? 'no IoT Edge device' : 'no IoT Edge deployment';
  throw new ConfigError(
    `the input has ${what}: refusing to remove the ${removed.length} device director${removed.length === 1 ? 'y' : 'ies'} in ${out}; pass --allow-empty if that is really intended`,
    { stage: 'cli' },
  );
}
