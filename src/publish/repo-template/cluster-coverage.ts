/**
 * Which clusters of the output no GitOps controller in the repository reconciles. A device directory under
 * `devices/<cluster>/` is applied only if a Flux Kustomization's `spec.path` is that folder or one above it
 * (kustomize-controller builds every manifest below its path when the folder has no kustomization.yaml), or an
 * Argo CD ApplicationSet's git directory generator matches its directories (`devices/<cluster>/*`). Devices in
 * any other cluster are written to Git and never deployed: `sync` says so instead of staying silent.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { readCommittedCoverageSources } from './coverage-source-files.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** What the repository's Flux and Argo CD objects watch, as repository-relative POSIX paths. */
export interface ReconciledPaths {
  /** `spec.path` of every Flux Kustomization, without `./` or a trailing `/` ('' = the repository root). */
  readonly fluxPaths: readonly string[];
  /** `path` patterns of ApplicationSet git directory generators (not the `exclude: true` ones). */
  readonly argoDirectoryPatterns: readonly string[];
}

/** A cluster folder with devices that nothing reconciles. */
export interface UncoveredCluster {
  readonly cluster: string;
  /** Repository-relative folder, e.g. `devices/field`. */
  readonly folder: string;
  readonly devices: number;
}

/**
 * Reads every YAML file of the repository except `.git` and the managed device folders (which hold only workloads):
 * from the commit HEAD when `repoRoot` is a Git work tree (a sparse one lacks them), else from the folder.
 */
export async function readReconciledPaths(repoRoot: string, managedFolder: string): Promise<ReconciledPaths> {
  const committed = await readCommittedCoverageSources(repoRoot, managedFolder);
  const devicesFolder = path.posix.join(managedFolder, 'devices');
  const files = committed ?? (await Promise.all((await _yamlFiles(repoRoot, '', devicesFolder)).map(async (file) => ({ path: file, text: await readFile(path.join(repoRoot, file), 'utf8') }))));
  const fluxPaths: string[] = [];
  const argoDirectoryPatterns: string[] = [];
  for (const file of files) {
    let docs: unknown[];
    try {
      docs = YAML.parseAllDocuments(file.text).map((d) => d.toJSON() as unknown);
    } catch {
      continue; // Not YAML a controller would read either.
    }
    for (const doc of docs) {
      if (!_isObject(doc) || typeof doc['apiVersion'] !== 'string') continue;
      const spec = _isObject(doc['spec']) ? doc['spec'] : {};
      if (doc['kind'] === 'Kustomization' && doc['apiVersion'].startsWith('kustomize.toolkit.fluxcd.io/')) {
        fluxPaths.push(_normalize(typeof spec['path'] === 'string' ? spec['path'] : ''));
      }
      if (doc['kind'] === 'ApplicationSet' && doc['apiVersion'].startsWith('argoproj.io/')) {
        for (const generator of _generators(spec)) {
          const directories = _isObject(generator['git']) && Array.isArray(generator['git']['directories']) ? generator['git']['directories'] : [];
          for (const d of directories) if (_isObject(d) && typeof d['path'] === 'string' && d['exclude'] !== true) argoDirectoryPatterns.push(_normalize(d['path']));
        }
      }
    }
  }
  return { fluxPaths: fluxPaths.sort(), argoDirectoryPatterns: argoDirectoryPatterns.sort() };
}

/**
 * The clusters among `deviceDirs` (`devices/<cluster>/<namespace>`, relative to the managed folder) that none of
 * the repository's Flux Kustomizations or ApplicationSets reconciles; none when the repository has neither.
 */
export function uncoveredClusters(reconciled: ReconciledPaths, managedFolder: string, deviceDirs: readonly string[]): UncoveredCluster[] {
  // A repository without any such object is reconciled from elsewhere (a fleet repository's Flux, an Argo CD
  // configured by hand): nothing here tells which clusters are covered.
  if (reconciled.fluxPaths.length === 0 && reconciled.argoDirectoryPatterns.length === 0) return [];
  const counts = new Map<string, number>();
  for (const dir of deviceDirs) {
    const cluster = dir.split('/')[1];
    if (cluster !== undefined) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  const uncovered: UncoveredCluster[] = [];
  for (const [cluster, devices] of [...counts].sort(([a], [b]) => compareOrdinal(a, b))) {
    const folder = _normalize(path.posix.join(managedFolder, 'devices', cluster));
    const byFlux = reconciled.fluxPaths.some((p) => p === '' || folder === p || folder.startsWith(`${p}/`));
    // Any device directory of the cluster: the generator matches directory names, which are namespaces.
    const byArgo = reconciled.argoDirectoryPatterns.some((pattern) => _glob(pattern).test(`${folder}/msiot-device`));
    if (!byFlux && !byArgo) uncovered.push({ cluster, folder, devices });
  }
  return uncovered;
}

/** The warning line for one uncovered cluster. */
export function uncoveredClusterWarning(u: UncoveredCluster): string {
  return `${u.devices} device(s) in cluster '${u.cluster}' (${u.folder}/) are reconciled by no Flux Kustomization or Argo CD ApplicationSet in the repository: they are in Git but no cluster applies them (iotedge-gitops init --cluster ${u.cluster} writes both)`;
}

/** Argo CD's git directory paths are path.Match globs: `*` and `?` within one path segment, `[…]` classes. */
function _glob(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[' || ch === ']') source += ch;
    else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return /$^/;
  }
}

function _generators(spec: Record<string, unknown>): Record<string, unknown>[] {
  const top = Array.isArray(spec['generators']) ? spec['generators'] : [];
  // Matrix and merge generators nest theirs one level down.
  return top.filter(_isObject).flatMap((g) => {
    const nested = ['matrix', 'merge'].flatMap((k) => (_isObject(g[k]) && Array.isArray(g[k]['generators']) ? g[k]['generators'] : []));
    return [g, ...nested.filter(_isObject)];
  });
}

async function _yamlFiles(root: string, dir: string, skip: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.name === '.git' || rel === skip) continue;
    if (entry.isDirectory()) found.push(...(await _yamlFiles(root, rel, skip)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(rel);
  }
  return found.sort();
}

function _normalize(p: string): string {
  return p.replace(/^(\.\/)+/, '').replace(/^\.$/, '').replace(/\/+$/, '');
}

function _isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
