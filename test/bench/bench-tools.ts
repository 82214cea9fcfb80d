/**
 * What every bench scenario shares: a measured run in its own child process (so peak RSS is its own), plain git,
 * the size of an output tree, and the rows of the Markdown tables the bench prints.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Runs `lib/test/bench/<script>` in a child process and returns the JSON of the last line it printed. */
export function child<T>(script: string, args: string[]): T {
  const out = execFileSync(process.execPath, [path.join(here, script), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

/** Files and bytes under `root`, without `.git`. */
export function tree(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(root);
  return { files, bytes };
}

export function git(args: string[], cwd?: string): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...(cwd ? { cwd } : {}) });
}

export function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
}

/** Milliseconds as seconds, right-aligned. */
export const s = (ms: number) => (ms / 1000).toFixed(2).padStart(7);
export const row = (label: string, value: string) => `| ${label.padEnd(34)} | ${value.padStart(22)} |`;
