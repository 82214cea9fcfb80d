/**
 * The layout of `src/` as rules on its import graph (README "Development"): source/model → targeting → translate
 * → render → plan → publish (provision beside it) → cli, shared names and errors at the root; no file imports a
 * later stage or a sibling stage; no import cycle between files; the pure stages (root, model, targeting,
 * translate, render, plan) import no file-system, process, thread or network module.
 */
import path from 'node:path';
import { fileCycles, importGraphViolations, importsOf, readImportGraph, type ImportGraph } from './import-graph.js';

const src = path.resolve(import.meta.dirname, '../../src');

describe('import graph of src/', () => {
  it('keeps every rule', () => {
    expect(importGraphViolations(readImportGraph(src))).toEqual([]);
  });

  it('sees every stage folder and the shared root files', () => {
    const stages = new Set([...readImportGraph(src).keys()].map((f) => (f.includes('/') ? f.split('/')[0] : '')));
    for (const stage of ['', 'model', 'source', 'targeting', 'translate', 'render', 'plan', 'publish', 'cli']) expect(stages).toContain(stage);
  });
});

describe('the rules themselves', () => {
  const graph = (files: Record<string, string[]>): ImportGraph => new Map(Object.entries(files));

  it('reads static, type-only, re-exported and dynamic imports, resolved from the importing file', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../model/b.js';",
      "export * from './c.js';",
      "const d = await import('../render/d.js');",
      "import { readFile } from 'node:fs/promises';",
    ].join('\n');
    expect(importsOf('plan/x.ts', text)).toEqual(['plan/a.ts', 'model/b.ts', 'plan/c.ts', 'render/d.ts', 'node:fs/promises']);
  });

  it('refuses an import of a later stage, of a sibling stage, of an effectful stage from a pure one, and of an unknown folder', () => {
    const violations = importGraphViolations(
      graph({
        'render/r.ts': ['plan/p.ts'],
        'plan/p.ts': ['render/r2.ts', 'source/s.ts'],
        'source/s.ts': [],
        'render/r2.ts': [],
        'publish/w.ts': ['provision/v.ts'],
        'provision/v.ts': ['plan/p.ts'],
        'shared/s.ts': [],
      }),
    );
    expect(violations).toEqual([
      "render/r.ts imports plan/p.ts: 'plan' is not an earlier stage than 'render'",
      "plan/p.ts imports source/s.ts: stage 'plan' is pure, 'source' is not",
      "publish/w.ts imports provision/v.ts: 'provision' is not an earlier stage than 'publish'",
      "shared/s.ts: folder 'shared' is not a stage (add it to STAGE_RANK and README \"Development\")",
    ]);
  });

  it('refuses effect modules in pure stages only', () => {
    const violations = importGraphViolations(
      graph({
        'plan/p.ts': ['node:fs'],
        'translate/t.ts': ['worker_threads'],
        'model/m.ts': ['node:child_process'],
        'render/r.ts': ['node:https'],
        'names.ts': ['fs/promises'],
        'targeting/t.ts': ['node:crypto', 'yaml'],
        'publish/w.ts': ['node:fs', 'simple-git'],
        'source/s.ts': ['azure-iothub', 'node:https'],
        'cli/c.ts': ['node:child_process'],
      }),
    );
    expect(violations).toEqual([
      "plan/p.ts imports 'node:fs': stage 'plan' is pure",
      "translate/t.ts imports 'worker_threads': stage 'translate' is pure",
      "model/m.ts imports 'node:child_process': stage 'model' is pure",
      "render/r.ts imports 'node:https': stage 'render' is pure",
      "names.ts imports 'fs/promises': stage 'root' is pure",
    ]);
  });

  it('finds file cycles, within a folder and across folders, including a file importing itself', () => {
    const cycles = fileCycles(
      graph({
        'publish/output/a.ts': ['publish/output/b.ts'],
        'publish/output/b.ts': ['publish/output/a.ts'],
        'plan/x.ts': ['plan/y.ts'],
        'plan/y.ts': ['plan/z.ts'],
        'plan/z.ts': ['plan/x.ts', 'render/r.ts'],
        'render/r.ts': [],
        'cli/self.ts': ['cli/self.ts'],
      }),
    );
    expect(cycles).toEqual([['cli/self.ts'], ['plan/x.ts', 'plan/y.ts', 'plan/z.ts'], ['publish/output/a.ts', 'publish/output/b.ts']]);
  });
});
