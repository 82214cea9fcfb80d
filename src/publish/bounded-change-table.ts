/**
 * The change table cut to fit a size bound: GitHub drops a step summary larger than 1 MiB whole, so a fleet-wide
 * change would otherwise leave no summary at all. Like the pull request body, it degrades instead of failing:
 * the heading and as many device rows as fit, then one line counting the rows left out.
 */
import { formatChangeTable } from './change-table.js';
import type { FolderChanges } from './device-changes.js';

/** GitHub's bound on one step's summary, in bytes (1 MiB). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** The change table in at most `limitBytes` UTF-8 bytes (not counting a trailing line break). */
export function boundedChangeTable(changes: FolderChanges, limitBytes: number = STEP_SUMMARY_LIMIT): string {
  const full = formatChangeTable(changes);
  if (_bytes(full) <= limitBytes) return full;
  const lines = full.split('\n');
  // formatChangeTable: heading, blank line, table header, separator, then one row per device.
  const head = lines.slice(0, 4);
  const rows = lines.slice(4);
  const note = (left: number) => `\n${left} of ${rows.length} device rows left out to keep this summary within ${limitBytes} bytes; the commit lists every device.`;
  let size = _bytes(head.join('\n'));
  let kept = 0;
  for (const row of rows) {
    const next = size + 1 + _bytes(row);
    if (next + _bytes(note(rows.length - kept - 1)) > limitBytes) break;
    size = next;
    kept++;
  }
  const text = [...head, ...rows.slice(0, kept)].join('\n') + note(rows.length - kept);
  // A bound too small even for the heading: a heading cut at a character boundary.
  return _bytes(text) <= limitBytes ? text : Buffer.from(lines[0]!).subarray(0, limitBytes).toString('utf8').replace(/\uFFFD$/, '');
}

function _bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
