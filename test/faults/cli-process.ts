/**
 * The real CLI as a child process, for fault tests that kill it, fill its disk or race two of them. It runs
 * the compiled `lib/` (what `npm ci` builds and the package ships); when any file under src/ is newer than
 * lib/src/cli/bin.js, `ensureBuilt` compiles again (tsconfig.build.json), once per test file.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'lib/src/cli/bin.js');

function _newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? _newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds lib/ unless it is newer than every source file. */
export function ensureBuilt(): void {
  if (existsSync(BIN) && statSync(BIN).mtimeMs >= _newestMtime(path.join(ROOT, 'src'))) return;
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript; only a missing entry point is fatal.
  }
  if (!existsSync(BIN)) throw new Error(`build did not produce ${BIN}`);
}

/** What a finished CLI process left. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Options of runCli. */
export interface CliOptions {
  readonly cwd: string;
  /** The whole environment of the child (PATH is added). @default {} */
  readonly env?: Record<string, string>;
  /** Node flags before the script (e.g. `--import` of a test preload). */
  readonly nodeArgs?: readonly string[];
  /** Called once the process started: lets a test kill it. */
  readonly started?: (child: ChildProcess) => void;
}

/** Runs `iotedge-gitops <args>` and resolves when the process is gone (never rejects). */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  const begin = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...(options.env ?? {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => stdout.push(b));
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  options.started?.(child);
  return new Promise((resolve) => {
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: performance.now() - begin }),
    );
  });
}

