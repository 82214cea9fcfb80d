/**
 * The change report (`sync --dry-run`, `--report-file`) and the step summary (`--summary-file`, the Action's
 * GITHUB_STEP_SUMMARY): the summary line with the hub as a heading, then the grouped review. GitHub takes at most
 * 1 MiB, counted in bytes, per step summary.
 */
import { renderChangeReport, renderStepSummary, STEP_SUMMARY_LIMIT } from '../../../src/publish/pull-request/change-report.js';
import type { DeviceChange, FolderChanges } from '../../../src/publish/changes/device-changes.js';
import type { Inventory } from '../../../src/plan/inventory.js';

const inventory: Inventory = { hub: 'hub1', hostName: 'hub1.azure-devices.net', ledgers: {}, configurations: [], devices: [] };

function device(i: number, line = 'module m: image a → b', kind: DeviceChange['kind'] = 'changed'): DeviceChange {
  const id = `d${String(i).padStart(4, '0')}`;
  return { dir: `devices/c1/msiot-hub1-${id}`, kind, deviceId: id, cluster: 'c1', namespace: `msiot-hub1-${id}`, baseDeployment: null, layeredDeployments: [], modules: [], files: ['x.yaml'], review: { changes: [line], secretsAdded: [], identitiesAdded: [], postureRises: [] } };
}
const changes = (devices: DeviceChange[], inventoryChanged = true): FolderChanges => ({ devices, inventoryChanged, previousInventory: null });
const CUT = 'more lines did not fit; run sync with --dry-run or --report-file for all of them.';
const ids = (text: string) => text.match(/d\d{4}/g) ?? [];

describe('renderChangeReport', () => {
  it('the summary line and the hub as a heading, then the review with its sections one level below', () => {
    const report = renderChangeReport(changes([device(1), device(2, 'module m: image a → c', 'added')]), inventory);
    expect(report.startsWith('## iotedge-gitops: 1 added, 1 changed, 0 removed devices (hub hub1)\n\n### Changes by group\n\n#### 1 device')).toBe(true);
  });

  it('nothing changed', () => {
    expect(renderChangeReport(changes([], false), inventory)).toBe('## iotedge-gitops: 0 added, 0 changed, 0 removed devices (hub hub1)\n\nNo device changes.\n');
  });

  it('without options every device is named; maxDevices bounds the ids per group', () => {
    const sixty = changes(Array.from({ length: 60 }, (_, i) => device(i)));
    expect(ids(renderChangeReport(sixty, inventory))).toHaveLength(60);
    const bounded = renderChangeReport(sixty, inventory, { maxDevices: 10 });
    expect(ids(bounded)).toHaveLength(10);
    expect(bounded).toContain('d0009 … and 50 more');
  });

  it('limitBytes counts UTF-8 bytes of the whole report, heading included', () => {
    // Each line is 300 "→": 300 characters, 900 bytes. Ten distinct lines are about 9 KB in bytes, 3 KB in characters.
    const devices = Array.from({ length: 10 }, (_, i) => device(i, `${i} ${'→'.repeat(300)}`));
    const report = renderChangeReport(changes(devices), inventory, { limitBytes: 4000 });
    expect(Buffer.byteLength(report, 'utf8')).toBeLessThanOrEqual(4000);
    expect(report.startsWith('## iotedge-gitops: 0 added, 10 changed, 0 removed devices (hub hub1)\n\n')).toBe(true);
    expect(report).toContain(CUT);
  });
});

describe('renderStepSummary', () => {
  it('the report with at most 50 ids per group, then the tail and a blank line', () => {
    const summary = renderStepSummary(changes(Array.from({ length: 60 }, (_, i) => device(i))), inventory, 'sync: pushed 1 commit');
    expect(ids(summary)).toHaveLength(50);
    expect(summary).toContain('d0049 … and 10 more');
    expect(summary.endsWith('</details>\n\nsync: pushed 1 commit\n\n')).toBe(true);
  });

  it('within GitHub\'s 1 MiB counted in bytes, the tail kept, for a change that alone would be more', () => {
    // 600 devices, each its own line of 700 "→" (2,100 bytes, 700 characters): about 1.26 MB in bytes, under 1 MiB in characters.
    const devices = Array.from({ length: 600 }, (_, i) => device(i, `${i} ${'→'.repeat(700)}`));
    const summary = renderStepSummary(changes(devices), inventory, 'warning: something');
    expect(STEP_SUMMARY_LIMIT).toBe(1_048_576);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(summary).toContain(CUT);
    expect(summary.endsWith('\nwarning: something\n\n')).toBe(true);
  });
});
