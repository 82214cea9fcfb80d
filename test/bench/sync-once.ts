/**
 * One `sync` to a Git repository, in its own process, through the real command (`commands/sync.ts`): fetch and
 * reset the work tree, read the output the branch holds there, synthesize (rendering only what changed), publish.
 * Usage: node lib/test/bench/sync-once.js <snapshot.json> <repo> <work-dir>. Prints one JSON line.
 */
import path from 'node:path';
import { run } from '../../src/cli/commands/sync.js';
import type { SyncReport } from '../../src/cli/sync-report.js';

const [snapshotFile, repo, workDir] = process.argv.slice(2);
if (!snapshotFile || !repo || !workDir) throw new Error('usage: sync-once <snapshot> <repo> <work-dir>');
const started = performance.now();
let report: SyncReport | undefined;
let stdout = '';
const exitCode = await run(
  { snapshot: path.resolve(snapshotFile), repo: path.resolve(repo), branch: 'main', workDir: path.resolve(workDir), quiet: true },
  {
    cwd: process.cwd(),
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: process.stderr,
    onSyncReport: (r) => (report = r),
  },
);
const ms = performance.now() - started;
const pushed = /^pushed ([0-9a-f]{12})/.exec(stdout);
process.stdout.write(
  JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, exitCode, pushed: pushed !== null, commitPrefix: pushed?.[1] ?? null, reused: report?.reused ?? 0, rendered: report?.rendered ?? 0, outcome: stdout.trim() }) + '\n',
);
