// Bundles the GitHub Action into one self-contained folder (default action/dist/) with esbuild: the action runs
// from a checkout without node_modules. Usage: node scripts/build-action.mjs [outdir]. Deterministic: the same
// sources and dependencies give the same bytes, so a test can tell a stale committed bundle.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'action', 'dist'));

await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/action/index.ts',
    // device-dir-writer starts this file as a worker thread, beside the module that starts it.
    'device-dir-worker': 'src/publish/device-dir-worker.ts',
  },
  outdir,
  bundle: true,
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
