import { oneLine } from '../../one-line.js';
import type { ChangeGroup, ChangeReview } from './group-changes.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** Commit bodies past this many characters are hard to read in `git log`; detail degrades to stay under it. */
export const COMMIT_BODY_LIMIT = 20_000;

/**
 * The body of a sync commit, grouped as the pull request is: one block per group of devices receiving the same
 * change (count, clusters, configurations, change lines, some device ids), then the act-on-first items as lines.
 * To stay under `limit` it lists fewer device ids, then none, then merges the groups into distinct change lines
 * with device counts; it never drops a change line unless even those exceed the limit (the tail is then cut with
 * a count). Plain text: `git log` does not render Markdown.
 */
export function groupedCommitBody(review: ChangeReview, limit = COMMIT_BODY_LIMIT, maxDevices = 20): string[] {
  if (review.groups.length === 0) return [review.inventoryOnly ? 'inventory.json updated (configuration etags or unmanaged devices)' : 'no device changes'];
  for (const devices of [maxDevices, 5, 0]) {
    const lines = [...review.groups.flatMap((g) => _group(g, devices)), ..._attention(review)];
    if (_size(lines) <= limit) return lines;
  }
  const byLine = new Map<string, number>();
  for (const g of review.groups) for (const line of g.lines) byLine.set(`${g.kind}: ${line}`, (byLine.get(`${g.kind}: ${line}`) ?? 0) + g.devices.length);
  const merged = [`${review.groups.length} groups of devices, merged to fit:`, ...[...byLine].sort(([a], [b]) => compareOrdinal(a, b)).map(([l, n]) => `- ${l} (${n} devices)`), ..._attention(review)];
  const kept: string[] = [];
  for (let i = 0; i < merged.length; i++) {
    if (_size([...kept, merged[i]!]) > limit - 80) return [...kept, `… ${merged.length - i} more lines (run sync with --dry-run for all)`];
    kept.push(merged[i]!);
  }
  return kept;
}

function _group(group: ChangeGroup, devices: number): string[] {
  const clusters = group.clusters.map((c) => `${c.cluster} (${c.devices})`).join(', ');
  const lines = [`${group.devices.length} ${group.kind} in ${oneLine(clusters)}`];
  if (group.configurations.length > 0) {
    lines.push(`  configurations: ${group.configurations.map((c) => `${c.id}@${c.etag ?? '-'}${c.isNew ? ' (new)' : c.previousEtag !== undefined && c.previousEtag !== c.etag ? ` (was ${c.previousEtag ?? '-'})` : ''}`).join(', ')}`);
  }
  if (group.kind !== 'removed' && group.entered.length > 0) lines.push(`  enters ${group.entered.join(', ')}`);
  if (group.left.length > 0) lines.push(`  leaves ${group.left.join(', ')}`);
  for (const line of group.lines) lines.push(`  - ${line}`);
  if (devices > 0) {
    const ids = group.devices.slice(0, devices).map((d) => d.deviceId ?? d.dir);
    const more = group.devices.length - ids.length;
    lines.push(`  devices: ${ids.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`);
  }
  return lines.map(oneLine);
}

function _attention(review: ChangeReview): string[] {
  const refs = new Set<string>();
  const rises = new Set<string>();
  for (const g of review.groups) {
    for (const s of g.secretsAdded) refs.add(s.ref);
    for (const r of g.postureRises) rises.add(r);
  }
  const lines: string[] = [];
  if (refs.size > 0) lines.push(`secrets newly referenced: ${[...refs].sort().join(', ')}`);
  if (rises.size > 0) lines.push(`security posture rises: ${[...rises].sort().join('; ')}`);
  if (review.failed.length > 0) lines.push(`${review.failed.length} devices failed and keep their last output`);
  return lines.length > 0 ? ['', ...lines.map(oneLine)] : [];
}

function _size(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}
