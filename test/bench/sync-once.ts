/**
 * One `sync` to a Git repository, in its own process: fetch and reset the work tree, read the previous output
 * there (for skipping unchanged devices), synthesize, publish. Usage:
 * node lib/test/bench/sync-once.js <snapshot.json> <repo> <work-dir>. Prints one JSON line.
 */
import path from 'node:path';
import { readSnapshotFile } from '../../src/source/read-snapshot.js';
import { synthesize } from '../../src/cli/pipeline.js';
import { readPreviousOutput } from '../../src/cli/previous-output.js';
import { parseAuthor, DEFAULT_AUTHOR } from '../../src/publish/git-author.js';
import { parseDeletionLimit } from '../../src/publish/deletion-limit.js';
import { publishToGit } from '../../src/publish/git-publish.js';
import { fetchBranch, openWorkTree, resetWorkTree } from '../../src/publish/git-work-tree.js';

const [snapshotFile, repo, workDir] = process.argv.slice(2);
if (!snapshotFile || !repo || !workDir) throw new Error('usage: sync-once <snapshot> <repo> <work-dir>');
const started = performance.now();
const author = parseAuthor(DEFAULT_AUTHOR);
const access = { repo: path.resolve(repo) };
const tree = await openWorkTree(workDir, access, author);
const head = await fetchBranch(tree, 'main');
await resetWorkTree(tree, 'main', head);
const previous = await readPreviousOutput(workDir);
const snapshot = await readSnapshotFile(snapshotFile);
const result = synthesize(snapshot, previous ? { previous } : {});
const published = await publishToGit({
  plan: result.plan,
  access,
  branch: 'main',
  author,
  guard: { maxDeletions: parseDeletionLimit('10'), allowEmpty: false },
  workDir,
});
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    commit: published.commit,
    pushed: published.pushed,
    reused: result.plan.unchanged?.length ?? 0,
    changedDirs: published.changes.devices.map((d) => d.dir),
  }) + '\n',
);
