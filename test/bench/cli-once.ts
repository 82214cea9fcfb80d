/**
 * One command of the real command line (`main` in src/cli/main.ts, flags parsed as the CLI parses them), in its own
 * process so peak RSS is this run's. Usage: node lib/test/bench/cli-once.js <command> [flags…]
 * The command's own stdout is kept and returned; prints one JSON line (CliRun) on stdout.
 */
import { main } from '../../src/cli/main.js';
import { processIo } from '../../src/cli/io.js';

/** What one command run measured. */
export interface CliRun {
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly exitCode: number;
  /** What the command printed on stdout (its summary line, for sync `pushed <sha>` or `no changes`). */
  readonly stdout: string;
}

const started = performance.now();
let stdout = '';
const exitCode = await main(process.argv.slice(2), { ...processIo(), stdout: { write: (text: string) => (stdout += text) } });
const run: CliRun = { ms: performance.now() - started, maxRssMiB: process.resourceUsage().maxRSS / 1024, exitCode, stdout: stdout.trim() };
process.stdout.write(JSON.stringify(run) + '\n');
