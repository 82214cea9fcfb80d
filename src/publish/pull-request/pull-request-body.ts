import type { Inventory } from '../../plan/inventory.js';
import type { DeviceChange, FolderChanges } from '../changes/device-changes.js';
import { deviceDetails, summaryLine } from '../changes/describe-change.js';

/** GitHub rejects PR bodies longer than this many characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** Opening of the hidden block that marks a PR as opened by this tool. */
export const PR_MARKER = '<!-- iotedge-gitops ';

/** The hidden metadata block: which hub state the PR shows. Equal metadata + equal tree = nothing to do. */
export interface PullRequestMetadata {
  readonly hub: string;
  /** Configuration id → etag (null when IoT Hub did not report one). */
  readonly configurations: Readonly<Record<string, string | null>>;
}

/** Inputs of the PR text. */
export interface PullRequestTextProps {
  readonly changes: FolderChanges;
  readonly inventory: Inventory;
  readonly baseBranch: string;
  readonly headBranch: string;
  /** Path of the full report committed on the head branch. */
  readonly reportPath: string;
  readonly version: string;
  /** Body size limit in characters. @default GITHUB_BODY_LIMIT */
  readonly limit?: number;
}

/** Title, body and full report of the pull request. */
export interface PullRequestText {
  readonly title: string;
  readonly body: string;
  /** The full report (never summarised), committed at `reportPath`. */
  readonly report: string;
  /** Configuration sections that were summarised to fit the limit, largest first. */
  readonly summarised: readonly string[];
}

/**
 * Builds the PR for a reviewer: per device what changes (modules added/removed, image old → new, replicas, ports,
 * env names — never values), grouped by base deployment, then devices that kept their previous output. When the
 * body would exceed the limit, the largest configuration sections are replaced by one-line counts and the body
 * points to the full report. Deterministic: the same changes give the same bytes, so re-runs can compare bodies.
 */
export function renderPullRequest(props: PullRequestTextProps): PullRequestText {
  const limit = props.limit ?? GITHUB_BODY_LIMIT;
  const title = `${summaryLine(props.changes)} (hub ${props.inventory.hub})`;
  const sections = _sections(props.changes.devices);
  const head = _head(props);
  const failed = _failedSection(props.inventory);
  const pointer = `Full report: \`${props.reportPath}\` on branch \`${props.headBranch}\`.`;
  const report = [`# ${summaryLine(props.changes)}`, '', ...sections.map((s) => s.full), failed].filter((s) => s !== '').join('\n') + '\n';

  const texts = new Map(sections.map((s) => [s.key, s.full]));
  const summarised: string[] = [];
  const assemble = () => [head, ...sections.map((s) => texts.get(s.key)!), failed, pointer].filter((s) => s !== '').join('\n') + '\n';
  let body = assemble();
  const bySize = [...sections].sort((a, b) => b.full.length - a.full.length || (a.key < b.key ? -1 : 1));
  for (const section of bySize) {
    if (body.length <= limit) break;
    texts.set(section.key, section.short);
    summarised.push(section.key);
    body = assemble();
  }
  if (body.length > limit) {
    // Too many configurations even as one line each: one count for everything, the report has the rest.
    body = [head, `${props.changes.devices.length} devices changed in ${sections.length} configurations; every detail is in the full report.`, pointer].join('\n') + '\n';
  }
  if (body.length > limit) body = body.slice(0, Math.max(0, limit - pointer.length - 2)) + '\n' + pointer;
  return { title, body, report, summarised };
}

/** The hidden first line of the body. `--` is escaped so the JSON can never end the HTML comment. */
export function metadataBlock(metadata: PullRequestMetadata): string {
  const configurations: Record<string, string | null> = {};
  for (const id of Object.keys(metadata.configurations).sort()) configurations[id] = metadata.configurations[id] ?? null;
  const json = JSON.stringify({ hub: metadata.hub, configurations }).replace(/-/g, '\\u002d').replace(/>/g, '\\u003e');
  return `${PR_MARKER}${json} -->`;
}

/** Reads the metadata block of a PR body; null when the body was not written by this tool. */
export function readPullRequestMetadata(body: string | null | undefined): PullRequestMetadata | null {
  if (!body?.startsWith(PR_MARKER)) return null;
  const end = body.indexOf(' -->');
  if (end < 0) return null;
  try {
    const parsed = JSON.parse(body.slice(PR_MARKER.length, end)) as PullRequestMetadata;
    return typeof parsed?.hub === 'string' && typeof parsed.configurations === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/** Metadata of an inventory. */
export function inventoryMetadata(inventory: Inventory): PullRequestMetadata {
  return { hub: inventory.hub, configurations: Object.fromEntries(inventory.configurations.map((c) => [c.id, c.etag])) };
}

function _head(props: PullRequestTextProps): string {
  const configurations = [...props.inventory.configurations].sort((a, b) => (a.id < b.id ? -1 : 1));
  return [
    metadataBlock(inventoryMetadata(props.inventory)),
    `## ${summaryLine(props.changes)}`,
    '',
    `Generated by iotedge-gitops ${props.version} from IoT Hub \`${props.inventory.hub}\` for \`${props.baseBranch}\`. ` +
      'Merging deploys these device directories through Flux or Argo CD. Env variables are listed by name only.',
    '',
    `Configurations: ${configurations.map((c) => `\`${c.id}\` (${c.kind}, priority ${c.priority})`).join(', ') || 'none'}`,
    '',
    ..._editedLines(props.changes.devices),
  ].join('\n');
}

/** Device ids named in the body's edited-outside line before the rest are counted. */
const _EDITED_SHOWN = 50;

/** A line above the sections (which may be summarised to fit) naming the devices someone edited in Git by hand. */
function _editedLines(devices: readonly DeviceChange[]): string[] {
  const edited = devices.filter((d) => d.editedOutside === true).map((d) => (d.deviceId === null ? `\`${d.dir}\`` : `**${_md(d.deviceId)}**`));
  if (edited.length === 0) return [];
  const more = edited.length > _EDITED_SHOWN ? ` … and ${edited.length - _EDITED_SHOWN} more` : '';
  return [`Edited outside iotedge-gitops since it wrote them, restored to what the hub says (${edited.length}): ${edited.slice(0, _EDITED_SHOWN).join(', ')}${more}`, ''];
}

interface _Section {
  readonly key: string;
  readonly full: string;
  readonly short: string;
}

function _sections(devices: readonly DeviceChange[]): _Section[] {
  const groups = new Map<string, DeviceChange[]>();
  for (const device of devices) {
    const key = device.baseDeployment ?? '';
    groups.set(key, [...(groups.get(key) ?? []), device]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const list = groups.get(key)!;
      const heading = key === '' ? '### Devices without a base deployment' : `### Configuration \`${key}\``;
      const lines = [heading, ''];
      for (const d of list) {
        const who = d.deviceId === null ? `\`${d.dir}\`` : `**${_md(d.deviceId)}** → \`${d.namespace}\``;
        const layers = d.layeredDeployments.length > 0 ? `, layers ${d.layeredDeployments.map((l) => `\`${l}\``).join(', ')}` : '';
        lines.push(`- ${who} (cluster \`${d.cluster}\`${layers}): **${d.kind}**`);
        for (const line of deviceDetails(d)) lines.push(`  - ${_md(line)}`);
      }
      const counts = (['added', 'changed', 'removed'] as const).map((k) => `${list.filter((d) => d.kind === k).length} ${k}`).join(', ');
      return {
        key: key === '' ? '(none)' : key,
        full: lines.join('\n') + '\n',
        short: `${heading}\n\n${list.length} devices: ${counts} (summarised to fit GitHub's size limit; see the full report).\n`,
      };
    });
}

function _failedSection(inventory: Inventory): string {
  const failed = inventory.devices.filter((d) => d.errors && d.errors.length > 0);
  if (failed.length === 0) return '';
  const lines = ['### Devices that kept their previous output', ''];
  for (const d of failed) lines.push(`- **${_md(d.deviceId)}**: ${_md(d.errors![0]!)}${d.errors!.length > 1 ? ` (+${d.errors!.length - 1} more)` : ''}`);
  return lines.join('\n') + '\n';
}

/** Keeps user-controlled text from opening HTML comments or breaking Markdown structure. */
function _md(text: string): string {
  return text.replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}
