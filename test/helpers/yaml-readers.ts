import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** True when `python3 -c 'import yaml'` works (CI installs python3-yaml; elsewhere those checks are skipped). */
export const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;

/** True when `kubectl` (with its built-in kustomize) is on the PATH. */
export const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

const PY_LOAD = [
  'import json, sys, yaml',
  'texts = json.load(sys.stdin)',
  'out = []',
  'for text in texts:',
  '    try:',
  '        out.append({"ok": yaml.safe_load(text)})',
  '    except yaml.YAMLError as e:',
  '        out.append({"error": str(e)})',
  'json.dump(out, sys.stdout)',
].join('\n');

/**
 * Each text read by PyYAML's `safe_load` (YAML 1.1, the reader of most Python tooling) in one python process:
 * the value, or the error PyYAML gave for that text.
 */
export function loadWithPyYaml(texts: readonly string[]): ({ ok: unknown } | { error: string })[] {
  const result = spawnSync('python3', ['-c', PY_LOAD], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/**
 * Writes `files` (relative path → text) into a temporary directory with a root kustomization.yaml listing
 * `resources` (files or directories that hold their own kustomization.yaml; @default every file), builds it
 * with `kubectl kustomize` (go-yaml) and returns the objects it printed, read back with the `yaml` package.
 * @throws Error with kustomize's message when the build fails
 */
export function buildWithKustomize(files: ReadonlyMap<string, string>, resources: readonly string[] = [...files.keys()]): unknown[] {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-readers-'));
  try {
    for (const [name, text] of files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    writeFileSync(join(dir, 'kustomization.yaml'), `resources:\n${resources.map((n) => `  - ${n}\n`).join('')}`);
    const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`kubectl kustomize failed: ${result.stderr}`);
    return parseAllDocuments(result.stdout).map((d) => d.toJS());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
