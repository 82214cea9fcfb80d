import { groupChanges } from '../changes/group-changes.js';
import { summaryLine } from '../changes/describe-change.js';
import type { FolderChanges } from '../changes/device-changes.js';
import type { Inventory } from '../../plan/inventory.js';
import { renderReviewMarkdown } from './review-markdown.js';

/** GitHub Actions accepts at most this many bytes in one step's summary. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** Options of `renderChangeReport`. */
export interface ChangeReportOptions {
  /** Largest size in UTF-8 bytes (a step summary counts bytes). @default Infinity */
  readonly limitBytes?: number;
  /** Most device ids listed per group. @default Infinity (every device) */
  readonly maxDevices?: number;
}

/**
 * The change report of a run: the summary line as a heading, then the grouped review (act on first, changes by
 * group). Without options it names every device: printed by `sync --dry-run` and written by `--report-file`; with
 * `limitBytes` it is the step summary. Deterministic; names env variables and twin keys, never their values.
 */
export function renderChangeReport(changes: FolderChanges, inventory: Inventory, options: ChangeReportOptions = {}): string {
  const heading = `## ${summaryLine(changes)} (hub ${inventory.hub})\n\n`;
  const measure = (text: string) => Buffer.byteLength(text, 'utf8');
  const limit = (options.limitBytes ?? Infinity) - measure(heading);
  const review = groupChanges(changes, inventory);
  return heading + renderReviewMarkdown(review, { limit, measure, ...(options.maxDevices !== undefined ? { maxDevices: options.maxDevices } : {}) }).text;
}

/** Device ids listed per group in a step summary: it is read, the full report is searched. */
const STEP_SUMMARY_DEVICES_PER_GROUP = 50;

/**
 * The step summary of a run (`sync --summary-file`, the Action's `GITHUB_STEP_SUMMARY`): the change report with at
 * most 50 device ids per group, then `tail` (the outcome line, warnings), within GitHub's 1 MiB.
 */
export function renderStepSummary(changes: FolderChanges, inventory: Inventory, tail: string): string {
  const ending = `\n${tail}\n\n`;
  const report = renderChangeReport(changes, inventory, { limitBytes: STEP_SUMMARY_LIMIT - Buffer.byteLength(ending, 'utf8'), maxDevices: STEP_SUMMARY_DEVICES_PER_GROUP });
  return `${report}${ending}`;
}
