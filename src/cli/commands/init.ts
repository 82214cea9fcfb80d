/** `iotedge-gitops init DIR`: writes the skeleton of a GitOps repository (Flux, Argo CD, workflow, README). */
import path from 'node:path';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { ConfigError } from '../../errors.js';
import { PLACEHOLDER_REPO_URL, renderRepoTemplate } from '../../publish/repo-template/render-repo-template.js';
import { templateDrift, type TemplateDrift } from '../../publish/repo-template/template-drift.js';
import type { CommandIo } from '../io.js';
import { resolveInputSource, type InputFlags } from '../input-options.js';
import { loadInput } from '../load-input.js';
import { clustersInHub } from '../hub-clusters.js';
import { DEFAULT_CLUSTER_TAG } from '../../translate/translate-options.js';
import { printLines } from '../print-lines.js';

/** Flags of `init`; the input flags are read with `fromHub` only. */
export interface InitOptions extends InputFlags {
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
  /** Shard jobs of the workflow (`--matrix N`, 2..256): one snapshot job, then N shard syncs. @default one sync job */
  readonly matrix?: number | string;
  /** Overwrite files that differ from the template (`--force`). @default false */
  readonly force?: boolean;
  /** Also every cluster the hub's IoT Edge devices go to, read with the input flags (`--from-hub`). @default false */
  readonly fromHub?: boolean;
  /** Twin tag that names a device's cluster, with `fromHub` (`--cluster-tag`). @default DEFAULT_CLUSTER_TAG */
  readonly clusterTag?: string;
}

/**
 * Writes the template into `dir`. Files already identical are left alone; a file that differs is an error
 * listing them all (nothing written) unless `force`, so re-running init never silently loses an edit.
 */
export async function run(options: InitOptions, io: CommandIo): Promise<number> {
  const props = { clusters: await _clusters(options, io), repoUrl: options.repoUrl ?? PLACEHOLDER_REPO_URL, branch: options.branch, path: options.path, action: options.action, matrix: options.matrix };
  const files = renderRepoTemplate(props);
  const root = path.resolve(io.cwd, options.dir);
  const differing: { file: string; drift: TemplateDrift }[] = [];
  const toWrite: [string, string][] = [];
  for (const [file, content] of files) {
    const current = await readFile(path.join(root, file), 'utf8').catch(() => null);
    if (current === content) continue;
    if (current !== null) differing.push({ file, drift: templateDrift(file, current, props) });
    toWrite.push([file, content]);
  }
  if (differing.length > 0 && !options.force) {
    throw new ConfigError(`init would overwrite ${describeDrifts(differing, props.repoUrl)} in ${options.dir}; pass --force to replace them`, { stage: 'cli' });
  }
  for (const [file, content] of toWrite) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  printLines(io.stdout, `init: ${toWrite.length} file(s) written, ${files.size - toWrite.length} unchanged in ${options.dir}`);
  return 0;
}

/** `--cluster`, plus with `--from-hub` the hub's clusters (then no `--cluster` means none beyond those). */
async function _clusters(options: InitOptions, io: CommandIo): Promise<readonly string[] | undefined> {
  if (!options.fromHub) return options.cluster;
  const snapshot = await loadInput(resolveInputSource(options, io.env), io, false);
  return [...(options.cluster ?? []), ...clustersInHub(snapshot, options.clusterTag ?? DEFAULT_CLUSTER_TAG)];
}

/** `2 edited file(s): a, b` and/or `1 file(s) written for --repo-url <old> (now <new>): c`. */
function describeDrifts(differing: readonly { file: string; drift: TemplateDrift }[], repoUrl: string): string {
  const edited = differing.filter((d) => d.drift.kind === 'edited').map((d) => d.file);
  const byUrl = new Map<string, string[]>();
  for (const { file, drift } of differing) if (drift.kind === 'other-repo-url') byUrl.set(drift.repoUrl, [...(byUrl.get(drift.repoUrl) ?? []), file]);
  const parts = edited.length > 0 ? [`${edited.length} edited file(s): ${edited.join(', ')}`] : [];
  for (const [url, files] of byUrl) parts.push(`${files.length} file(s) written for --repo-url ${url} (now ${repoUrl}): ${files.join(', ')}`);
  return parts.join(' and ');
}
