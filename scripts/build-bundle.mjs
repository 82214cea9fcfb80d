// Bundles the GitHub Action and the CLI into one self-contained folder (default bundle/dist/) with esbuild: the
// action runs from a checkout without node_modules, and the npm package installs with no dependency at all.
// Both entries share their code through chunks. Usage: node scripts/build-bundle.mjs [outdir]. Deterministic:
// the same sources and dependencies give the same bytes, so a test can tell a stale committed bundle.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'bundle', 'dist'));

// Chunk names carry content hashes: chunks of an earlier build would stay beside the new ones.
await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    action: 'src/action/action-entry.ts',
    cli: 'src/cli/bin.ts',
    // device-dir-writer starts this file as a worker thread, beside the module that starts it.
    'device-dir-worker': 'src/publish/output/device-dir-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  // ESM builds first: some packages' CommonJS "main" is a UMD wrapper whose require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  // Dependencies written as CommonJS call require() and read __dirname; ESM output has neither.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join('\n'),
  },
  legalComments: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
});
