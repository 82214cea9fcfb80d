/**
 * One `sync` to a Git repository, in its own process, through the real command (`commands/sync.ts`): fetch and
 * reset the work tree, read the output the branch holds there, synthesize (rendering only what changed), publish.
 * Usage: node lib/test/bench/sync-once.js <snapshot.json> <repo> <work-dir>. Prints one JSON line.
 */
import path from 'node:path';
import { readSnapshotFile } from '../../src/source/read-snapshot.js';
import { synthesize } from '../../src/plan/synthesize.js';
import { run } from '../../src/cli/commands/sync.js';
import { codeFingerprint } from '../../src/cli/code-fingerprint.js';

const [snapshotFile, repo, workDir] = process.argv.slice(2);
if (!snapshotFile || !repo || !workDir) throw new Error('usage: sync-once <snapshot> <repo> <work-dir>');
const started = performance.now();
const codeVersion = await codeFingerprint();
let reused = 0;
let rendered = 0;
let stdout = '';
const exitCode = await run(
  { repo: path.resolve(repo), branch: 'main', workDir: path.resolve(workDir) },
  {
    cwd: process.cwd(),
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: process.stderr,
    loadSnapshot: () => readSnapshotFile(snapshotFile),
    synthesize: (snapshot, previous) => {
      const result = synthesize(snapshot, { details: false, codeVersion, ...(previous ? { previous } : {}) });
      reused = result.plan.unchanged?.length ?? 0;
      rendered = result.plan.deviceDirs.length;
      return result;
    },
  },
);
const ms = performance.now() - started;
const pushed = /^pushed ([0-9a-f]{12})/.exec(stdout);
process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, exitCode, pushed: pushed !== null, commitPrefix: pushed?.[1] ?? null, reused, rendered, outcome: stdout.trim() }) + '\n');
