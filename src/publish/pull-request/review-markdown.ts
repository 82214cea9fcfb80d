/**
 * The grouped review in Markdown: first what a reviewer must act on (secrets to provision, new module identities,
 * rising security posture, devices that keep their last output), then one entry per group of devices receiving the
 * same change, with its configurations and a collapsed, bounded device list. Used for the pull request body
 * (GitHub rejects more than 65,536 characters), the step summary (1 MiB) and the full report (no limit).
 *
 * To fit a limit it degrades detail, never content: shorter device lists, then none, then the groups merged into
 * one list of distinct changes with device counts. Every change line and every act-on-first item stays; only when
 * even the distinct lines exceed the limit is the tail cut, saying how many lines were left out.
 */
import markdownEscape from 'markdown-escape';
import { markdownTable } from 'markdown-table';
import { oneLine } from '../../one-line.js';
import type { ChangeGroup, ChangeReview, GroupConfiguration } from '../changes/group-changes.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** How much detail one rendering keeps. */
interface _Detail {
  readonly name: string;
  /** Device ids listed per group (and per act-on-first row); Infinity = all. */
  readonly devices: number;
  readonly failed: number;
  /** Merge the groups into one list of distinct changes. */
  readonly merged: boolean;
}

const _DETAILS: readonly _Detail[] = [
  { name: 'full', devices: Infinity, failed: Infinity, merged: false },
  { name: 'devices-50', devices: 50, failed: 50, merged: false },
  { name: 'devices-10', devices: 10, failed: 20, merged: false },
  { name: 'counts', devices: 0, failed: 5, merged: false },
  { name: 'merged', devices: 0, failed: 0, merged: true },
];

/** Options of `renderReviewMarkdown`. */
export interface ReviewMarkdownOptions {
  /** Largest size of the result. @default Infinity */
  readonly limit?: number;
  /** How size is counted. @default string length (UTF-16 code units, as GitHub counts a PR body) */
  readonly measure?: (text: string) => number;
  /** Heading level of the sections. @default 3 */
  readonly level?: number;
  /** Most device ids listed per group, however much room there is. @default Infinity */
  readonly maxDevices?: number;
}

/** The Markdown and the detail level that fitted (`full`, `devices-50`, `devices-10`, `counts`, `merged`, `cut`). */
export interface ReviewMarkdown {
  readonly text: string;
  readonly detail: string;
}

/** Renders `review` at the most detailed level that fits `limit`; see the file comment. Deterministic. */
export function renderReviewMarkdown(review: ChangeReview, options: ReviewMarkdownOptions = {}): ReviewMarkdown {
  const limit = options.limit ?? Infinity;
  const measure = options.measure ?? ((t: string) => t.length);
  const level = options.level ?? 3;
  const maxDevices = options.maxDevices ?? Infinity;
  for (const detail of _DETAILS.filter((d) => d.devices <= maxDevices)) {
    const text = _render(review, detail, level).join('\n').trimEnd() + '\n';
    if (measure(text) <= limit) return { text, detail: detail.name };
  }
  return { text: _cut(_render(review, _DETAILS[_DETAILS.length - 1]!, level), limit, measure), detail: 'cut' };
}

function _render(review: ChangeReview, detail: _Detail, level: number): string[] {
  const h = '#'.repeat(level);
  const lines: string[] = [];
  const attention = _attention(review, detail, `${h}#`);
  if (attention.length > 0) lines.push(`${h} Act on these first`, '', ...attention);
  if (review.groups.length === 0) {
    lines.push(review.inventoryOnly ? 'No device changes; inventory.json updated (configuration etags or unmanaged devices).' : 'No device changes.', '');
    return lines;
  }
  if (detail.merged) {
    lines.push(`${h} Changes (${review.groups.length} groups of devices, merged to fit)`, '');
    const byLine = new Map<string, number>();
    for (const g of review.groups) {
      for (const line of [..._groupHead(g), ...g.lines]) byLine.set(line, (byLine.get(line) ?? 0) + g.devices.length);
    }
    for (const [line, devices] of [...byLine].sort(([a], [b]) => compareOrdinal(a, b))) lines.push(`- ${_md(line)} — ${_count(devices)}`);
    lines.push('');
    return lines;
  }
  lines.push(`${h} Changes by group`, '');
  for (const group of review.groups) lines.push(..._group(group, detail, `${h}#`));
  return lines;
}

function _group(group: ChangeGroup, detail: _Detail, h: string): string[] {
  const clusters = group.clusters.map((c) => `${_code(c.cluster)} (${c.devices})`).join(', ');
  const lines = [`${h} ${_count(group.devices.length)} ${group.kind} · ${group.clusters.length === 1 ? 'cluster' : 'clusters'} ${clusters}`, ''];
  const configurations = group.configurations.map(_configuration).join(', ');
  if (configurations !== '') lines.push(`Configurations: ${configurations}`, '');
  for (const line of [..._groupHead(group), ...group.lines]) lines.push(`- ${_md(line)}`);
  lines.push('');
  if (detail.devices > 0) {
    const shown = group.devices.slice(0, detail.devices).map((d) => (d.deviceId === null ? _code(d.dir) : _md(d.deviceId)));
    const more = group.devices.length - shown.length;
    lines.push(`<details><summary>${_count(group.devices.length)}</summary>`, '', shown.join(', ') + (more > 0 ? ` … and ${more} more` : ''), '', '</details>', '');
  }
  return lines;
}

/** Deployments entered and left: the lines that say why the set of devices changed. */
function _groupHead(group: ChangeGroup): string[] {
  const lines: string[] = [];
  if (group.kind !== 'removed' && group.entered.length > 0) lines.push(`${group.kind === 'added' ? 'targeted by' : 'now falls into'} deployment ${group.entered.join(', ')}`);
  if (group.left.length > 0) lines.push(`falls out of deployment ${group.left.join(', ')}`);
  return lines;
}

function _configuration(c: GroupConfiguration): string {
  const now = c.etag ?? '-';
  const etag = c.isNew ? `etag ${now}, new` : c.previousEtag === undefined ? `etag ${now}` : c.previousEtag !== c.etag ? `etag ${c.previousEtag ?? '-'} → ${now}` : `etag ${now}, unchanged`;
  return `${_code(c.id)} (${c.kind}, priority ${c.priority}, ${etag})`;
}

function _attention(review: ChangeReview, detail: _Detail, h: string): string[] {
  const lines: string[] = [];
  const examples = Math.min(detail.devices, 5);
  const secrets = new Map<string, { example: string; devices: number }>();
  const identities = new Map<string, number>();
  const rises = new Map<string, string[]>();
  for (const g of review.groups) {
    for (const s of g.secretsAdded) {
      const entry = secrets.get(s.ref) ?? { example: s.remoteKey, devices: 0 };
      secrets.set(s.ref, { ...entry, devices: entry.devices + g.devices.length });
    }
    for (const m of g.identitiesAdded) identities.set(m, (identities.get(m) ?? 0) + g.devices.length);
    for (const r of g.postureRises) rises.set(r, [...(rises.get(r) ?? []), ...g.devices.map((d) => d.deviceId ?? d.dir)]);
  }
  if (secrets.size > 0) {
    lines.push(`${h} Secrets to provision before merging`, '', 'The output references these secret-store keys (names only); the store must hold them when the change deploys.', '');
    lines.push(_table(['ExternalSecret/key', 'Remote key (first device)', 'Devices'], [...secrets].sort(([a], [b]) => compareOrdinal(a, b)).map(([ref, s]) => [_code(ref), _code(s.example), String(s.devices)])), '');
  }
  if (identities.size > 0) {
    lines.push(`${h} New module identities`, '', 'Each needs a module identity in IoT Hub and its connection string in the store.', '');
    lines.push(_table(['Module', 'Devices'], [...identities].sort(([a], [b]) => compareOrdinal(a, b)).map(([m, n]) => [_code(m), String(n)])), '');
  }
  if (rises.size > 0) {
    lines.push(`${h} Security posture rises`, '');
    const rows = [...rises].sort(([a], [b]) => compareOrdinal(a, b)).map(([rise, devices]) => {
      const sorted = [...devices].sort();
      const shown = sorted.slice(0, examples).map(_md).join(', ');
      return [_md(rise), String(devices.length) + (shown === '' ? '' : `: ${shown}${sorted.length > examples ? ' …' : ''}`)];
    });
    lines.push(_table(['Change', 'Devices'], rows), '');
  }
  if (review.failed.length > 0) {
    lines.push(`${h} Devices that failed and keep their last output (${review.failed.length})`, '');
    for (const f of review.failed.slice(0, detail.failed)) lines.push(`- **${_md(f.deviceId)}** (${_code(f.cluster)}): ${_md(f.error)}${f.more > 0 ? ` (+${f.more} more)` : ''}`);
    if (review.failed.length > detail.failed) lines.push(`- … and ${review.failed.length - detail.failed} more`);
    lines.push('');
  }
  return lines;
}

/** Lines up to `limit`, then one line saying how many were left out. */
function _cut(lines: readonly string[], limit: number, measure: (t: string) => number): string {
  const kept: string[] = [];
  let size = 0;
  const note = (n: number) => `\n… ${n} more lines did not fit; run sync with --dry-run or --report-file for all of them.\n`;
  for (let i = 0; i < lines.length; i++) {
    const next = measure(lines[i]!) + 1;
    if (size + next + measure(note(lines.length - i)) > limit) return kept.join('\n') + note(lines.length - i);
    kept.push(lines[i]!);
    size += next;
  }
  return kept.join('\n') + '\n';
}

function _table(head: string[], rows: string[][]): string {
  return markdownTable([head, ...rows.map((r) => r.map((cell) => cell.replace(/\|/g, '\\|')))], { alignDelimiters: false });
}

function _count(devices: number): string {
  return `${devices} ${devices === 1 ? 'device' : 'devices'}`;
}

/**
 * User-controlled text as inert Markdown on one line. Slashes and parentheses are left as they are: without
 * brackets they start no link in GitHub Markdown, and images and routes stay readable in the raw body.
 */
function _md(text: string): string {
  return markdownEscape(oneLine(text), ['slashes', 'parentheses']);
}

/** A code span that no backtick inside can close. */
function _code(text: string): string {
  const flat = oneLine(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return flat.includes('`') ? `${fence} ${flat} ${fence}` : `${fence}${flat}${fence}`;
}
