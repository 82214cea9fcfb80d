/**
 * The import graph of `src/` and the rules it must keep (README "Development"): stages import only earlier
 * stages, no two files import each other through any chain, and the pure stages reach no file system, process,
 * thread or network module. Read with TypeScript's own pre-processor, so `import type`, `export … from` and
 * dynamic `import()` all count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Pipeline order of the folders under src/ ('' = the shared files at the root). Equal ranks are siblings. */
export const STAGE_RANK: Readonly<Record<string, number>> = {
  '': 0,
  model: 1,
  source: 2,
  targeting: 3,
  translate: 4,
  render: 5,
  plan: 6,
  publish: 7,
  provision: 7,
  cli: 8,
  action: 9,
};

/** Folders whose code is a pure function of its input: no I/O of any kind. */
export const PURE_STAGES: ReadonlySet<string> = new Set(['', 'model', 'targeting', 'translate', 'render', 'plan']);

/** Modules that touch the file system, other processes, threads or the network. */
export const EFFECT_MODULES: ReadonlySet<string> = new Set(
  ['fs', 'fs/promises', 'child_process', 'worker_threads', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls', 'cluster']
    .flatMap((m) => [m, `node:${m}`])
    .concat(['simple-git', '@octokit/rest', '@octokit/plugin-retry', '@octokit/plugin-throttling', 'azure-iothub']),
);

/** `src`-relative POSIX path → the modules it imports (relative ones resolved to `src`-relative `.ts` paths). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** The import graph of every `.ts` file under `root`. */
export function readImportGraph(root: string): ImportGraph {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts')) graph.set(rel, importsOf(rel, readFileSync(path.join(root, rel), 'utf8')));
    }
  };
  walk('');
  return graph;
}

/** What one file imports: package names as written, relative specifiers as `src`-relative `.ts` paths. */
export function importsOf(file: string, text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return fileName;
    return path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)).replace(/\.js$/, '.ts');
  });
}

/** The stage folder of a `src`-relative file: its first segment, '' for a file at the root. */
export function stageOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
}

/** Every rule the graph breaks, one line each; [] when it keeps them all. */
export function importGraphViolations(graph: ImportGraph): string[] {
  const violations: string[] = [];
  for (const [file, imports] of graph) {
    const stage = stageOf(file);
    const rank = STAGE_RANK[stage];
    if (rank === undefined) {
      violations.push(`${file}: folder '${stage}' is not a stage (add it to STAGE_RANK and README "Development")`);
      continue;
    }
    for (const target of imports) {
      if (graph.has(target)) {
        const targetStage = stageOf(target);
        const targetRank = STAGE_RANK[targetStage] ?? Infinity;
        if (targetStage !== stage && targetRank >= rank) violations.push(`${file} imports ${target}: '${targetStage || 'root'}' is not an earlier stage than '${stage || 'root'}'`);
        else if (PURE_STAGES.has(stage) && !PURE_STAGES.has(targetStage)) violations.push(`${file} imports ${target}: stage '${stage || 'root'}' is pure, '${targetStage}' is not`);
      } else if (target.startsWith('.') || target.endsWith('.ts')) {
        if (!target.startsWith('../')) violations.push(`${file} imports ${target}, which does not exist`);
      } else if (PURE_STAGES.has(stage) && EFFECT_MODULES.has(target)) {
        violations.push(`${file} imports '${target}': stage '${stage || 'root'}' is pure`);
      }
    }
  }
  for (const cycle of fileCycles(graph)) violations.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  return violations;
}

/** The strongly connected components of more than one file (or a file importing itself), each sorted. Tarjan. */
export function fileCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}
