/**
 * Which clusters one run works on (`--cluster NAME…` or `--shard I/N`; README "Sharding"). A selected run reads the
 * hub once, translates and renders only its clusters' devices, and writes or removes nothing outside
 * `devices/<cluster>/` of its clusters, so several runs can share one output (one Git branch) without conflict.
 */
import { ConfigError } from '../errors.js';
import { clusterOfPath, isClusterFolderName, shortHash } from '../names.js';
import { compareOrdinal } from '../ordinal-compare.js';

/** Clusters named one by one, or the shard `index` of `count` (1-based). */
export type ClusterSelection =
  | { readonly kind: 'clusters'; readonly clusters: readonly string[] }
  | { readonly kind: 'shard'; readonly index: number; readonly count: number };

/** Most shards one fleet is split into. */
export const MAX_SHARDS = 1000;
/** Longest `clusters-…` label before it is cut and a hash appended. */
const MAX_CLUSTERS_LABEL = 60;

/** The flags as commander leaves them: `--cluster` repeatable, `--shard I/N`. */
export interface ClusterSelectionFlags {
  readonly cluster?: string | readonly string[];
  readonly shard?: string;
}

/**
 * The selection the flags ask for; undefined when neither is given (the run works on every cluster).
 * @throws ConfigError for both flags at once, a name that is not a cluster folder name, or a malformed shard.
 */
export function parseClusterSelection(flags: ClusterSelectionFlags): ClusterSelection | undefined {
  const names = flags.cluster === undefined ? [] : typeof flags.cluster === 'string' ? [flags.cluster] : [...flags.cluster];
  if (names.length > 0 && flags.shard !== undefined) throw new ConfigError('--cluster and --shard select clusters two ways: give one of them', { stage: 'cli' });
  if (flags.shard !== undefined) return _parseShard(flags.shard);
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!isClusterFolderName(name)) {
      throw new ConfigError(`--cluster '${name}' is not a cluster folder name (devices/<name>/): a DNS-1123 label, lower-case letters, digits and '-', at most 63 characters`, { stage: 'cli' });
    }
  }
  return { kind: 'clusters', clusters: [...new Set(names)].sort(compareOrdinal) };
}

function _parseShard(text: string): ClusterSelection {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new ConfigError(`--shard must be I/N with whole numbers 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got '${text}'`, { stage: 'cli' });
  }
  return { kind: 'shard', index, count };
}

/**
 * The shard (1…count) that owns `cluster`: the first 32 bits of SHA-256 of its UTF-8 name, modulo `count`, plus one.
 * It depends on the name alone, so adding or removing another cluster never moves one.
 */
export function shardOfCluster(cluster: string, count: number): number {
  return (parseInt(shortHash(cluster), 16) % count) + 1;
}

/** True when the selection works on `cluster`; every cluster without a selection. */
export function selectsCluster(selection: ClusterSelection | undefined, cluster: string): boolean {
  if (selection === undefined) return true;
  if (selection.kind === 'clusters') return selection.clusters.includes(cluster);
  return shardOfCluster(cluster, selection.count) === selection.index;
}

/** True when `relative` (a path under the output root) lies in a selected cluster's folder; anything else is not the run's. */
export function selectsPath(selection: ClusterSelection | undefined, relative: string): boolean {
  if (selection === undefined) return true;
  const cluster = clusterOfPath(relative);
  return cluster !== undefined && selectsCluster(selection, cluster);
}

/**
 * The name of a selection in branch names and messages: `shard-2-of-4`, or `clusters-<names joined by '-'>`
 * (over 60 characters: cut to 51 and `-<8 hex of SHA-256 of the joined names>` appended, 60 at most); undefined without a selection.
 */
export function selectionLabel(selection: ClusterSelection | undefined): string | undefined {
  if (selection === undefined) return undefined;
  if (selection.kind === 'shard') return `shard-${selection.index}-of-${selection.count}`;
  const joined = selection.clusters.join('-');
  const label = `clusters-${joined}`;
  if (label.length <= MAX_CLUSTERS_LABEL) return label;
  // Cut so that the label with its hash still fits the limit.
  return `${label.slice(0, MAX_CLUSTERS_LABEL - 9).replace(/-+$/, '')}-${shortHash(joined)}`;
}

/** `shard 2/4: clusters plant-a, plant-b` (or `clusters plant-a, plant-b`), for summaries; `clusters` are those worked on. */
export function describeSelection(selection: ClusterSelection, clusters: readonly string[]): string {
  const names = clusters.length === 0 ? 'no cluster' : `cluster${clusters.length === 1 ? '' : 's'} ${clusters.join(', ')}`;
  return selection.kind === 'shard' ? `shard ${selection.index}/${selection.count}: ${names}` : names;
}
