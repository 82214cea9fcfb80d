import { printableLines } from '../../one-line.js';
import type { FolderChanges } from './device-changes.js';
import { deviceDetails, summaryLine } from './describe-change.js';

/**
 * The change table printed by `--dry-run` and appended to `--summary-file` ($GITHUB_STEP_SUMMARY): Markdown, one
 * row per device (device, namespace, change, modules/images). Deterministic; no env values.
 */
export function formatChangeTable(changes: FolderChanges): string {
  const lines = [`### ${summaryLine(changes)}`, ''];
  if (changes.devices.length === 0) {
    lines.push(changes.inventoryChanged ? 'No device changes; inventory.json updated.' : 'No changes.');
    return printableLines(lines);
  }
  lines.push('| Device | Namespace | Change | Modules / images |', '|---|---|---|---|');
  for (const d of changes.devices) {
    lines.push(`| ${_cell(d.deviceId ?? '(unknown)')} | ${_cell(d.namespace)} | ${d.kind} | ${_cell(deviceDetails(d).join('<br>'))} |`);
  }
  return printableLines(lines);
}

function _cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
