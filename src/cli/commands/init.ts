/** `iotedge-gitops init DIR`: writes the skeleton of a GitOps repository (Flux, Argo CD, workflow, README). */
import path from 'node:path';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { ConfigError } from '../../errors.js';
import { renderRepoTemplate } from '../../publish/repo-template/render-repo-template.js';
import type { CommandIo } from '../io.js';
import { printLines } from '../print-lines.js';

/** Flags of `init`. */
export interface InitOptions {
  /** Directory to write into (created if missing), relative to cwd. */
  readonly dir: string;
  /** Cluster names (`--cluster`, repeatable). @default ['default'] */
  readonly cluster?: readonly string[];
  /** Clone URL for Flux and Argo CD (`--repo-url`). @default 'https://github.com/OWNER/REPO.git' */
  readonly repoUrl?: string;
  /** Branch followed and targeted (`--branch`). @default 'main' */
  readonly branch?: string;
  /** Managed folder of sync (`--path`). @default '.' */
  readonly path?: string;
  /** The action the workflow uses (`--action owner/name@ref`). @default the release tag of this version */
  readonly action?: string;
  /** Overwrite files that differ from the template (`--force`). @default false */
  readonly force?: boolean;
}

/**
 * Writes the template into `dir`. Files already identical are left alone; a file that differs is an error
 * listing them all (nothing written) unless `force`, so re-running init never silently loses an edit.
 */
export async function run(options: InitOptions, io: Pick<CommandIo, 'stdout' | 'cwd'>): Promise<number> {
  const files = renderRepoTemplate({ clusters: options.cluster, repoUrl: options.repoUrl, branch: options.branch, path: options.path, action: options.action });
  const root = path.resolve(io.cwd, options.dir);
  const differing: string[] = [];
  const toWrite: [string, string][] = [];
  for (const [file, content] of files) {
    const current = await readFile(path.join(root, file), 'utf8').catch(() => null);
    if (current === content) continue;
    if (current !== null) differing.push(file);
    toWrite.push([file, content]);
  }
  if (differing.length > 0 && !options.force) {
    throw new ConfigError(`init would overwrite ${differing.length} edited file(s) in ${options.dir}: ${differing.join(', ')}; pass --force to replace them`, { stage: 'cli' });
  }
  for (const [file, content] of toWrite) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  printLines(io.stdout, `init: ${toWrite.length} file(s) written, ${files.size - toWrite.length} unchanged in ${options.dir}`);
  return 0;
}
