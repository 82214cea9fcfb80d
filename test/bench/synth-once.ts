/**
 * One `synth` run in its own process (so peak RSS is this run's): load → synthesize → write, each stage timed.
 * Usage: node lib/test/bench/synth-once.js <snapshot.json> <out-dir> [incremental]
 * Prints one JSON line (SynthRun) on stdout.
 */
import { readSnapshotFile } from '../../src/source/read-snapshot.js';
import { synthesize } from '../../src/plan/synthesize.js';
import { stageTotals } from '../../src/plan/stage-profiler.js';
import { codeFingerprint } from '../../src/cli/code-fingerprint.js';
import { openOutput } from '../../src/publish/output/write-output.js';
import * as previousOutput from '../../src/publish/output/read-previous-output.js';

/** What one synth run measured. */
export interface SynthRun {
  readonly ms: Record<'load' | 'previous' | 'model' | 'targeting' | 'translate' | 'render' | 'inventory' | 'write' | 'total', number>;
  readonly maxRssMiB: number;
  readonly synthesized: number;
  readonly unmanaged: number;
  readonly failed: number;
  readonly reused: number;
  readonly written: { added: number; changed: number; removed: number; unchanged: number };
}

async function main(): Promise<void> {
  const [snapshotFile, out, mode] = process.argv.slice(2);
  if (!snapshotFile || !out) throw new Error('usage: synth-once <snapshot> <out> [incremental]');
  const started = performance.now();
  const snapshot = await readSnapshotFile(snapshotFile);
  const loaded = performance.now();
  const previous = mode === 'incremental' ? await previousOutput.readPreviousOutput(out) : undefined;
  const read = performance.now();
  const profiler = stageTotals(() => performance.now());
  // As `synth` does: each device directory is written as soon as it is rendered (timed as 'write').
  const output = await openOutput(out);
  let writing = 0;
  const onDevice = (dir: string, files: ReadonlyMap<string, string>) => {
    const t = performance.now();
    output.writeDevice(dir, files);
    writing += performance.now() - t;
  };
  const result = synthesize(snapshot, { profiler, onDevice, details: false, codeVersion: await codeFingerprint(), ...(previous ? { previous } : {}) });
  const synthesized = performance.now();
  const finishing = performance.now();
  const written = await output.finish(result.plan);
  const done = performance.now();
  const run: SynthRun = {
    ms: { load: loaded - started, previous: read - loaded, ...profiler.totals, inventory: profiler.totals.inventory + done - finishing, write: writing + finishing - synthesized, total: done - started },
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    synthesized: result.synthesized,
    unmanaged: result.unmanaged,
    failed: result.failed,
    reused: result.plan.unchanged?.length ?? 0,
    written: { added: written.added.length, changed: written.changed.length, removed: written.removed.length, unchanged: written.unchanged.length },
  };
  process.stdout.write(JSON.stringify(run) + '\n');
}

await main();
