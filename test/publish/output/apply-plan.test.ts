/**
 * `applyPlanToFolder`, the publish side of a run: the deletion guard looks at the directories present (only the
 * selection's), the change list is read from the folder before anything is written, and then the folder holds
 * exactly the plan. A guard that skips or refuses leaves the folder byte for byte as it was. (A streamed plan is
 * refused: test/plan/streamed-output.test.ts.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../../src/errors.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';
import { applyPlanToFolder } from '../../../src/publish/output/apply-plan.js';
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { writeOutput } from '../../../src/publish/output/write-output.js';
import { readTree } from '../../helpers/output-tree.js';
import { tempDirs } from '../../helpers/temp-dirs.js';
import { buildPlan, clusterDevice, selectedClusterPlan } from '../../builders.js';

const temp = tempDirs('apply-plan-');
const guard = (limit: string, allowEmpty = false) => ({ maxDeletions: parseDeletionLimit(limit), allowEmpty });

/** A folder as a previous run left it (plus a file of someone else's beside devices/). */
async function folder(plan: OutputPlan): Promise<string> {
  const root = temp();
  await writeOutput(root, plan);
  writeFileSync(path.join(root, 'README.md'), 'not the tool\'s\n');
  return root;
}
/** `<kind> <dir>` of each change, in the order given. */
const kinds = (changes: { devices: readonly { kind: string; dir: string }[] }) => changes.devices.map((d) => `${d.kind} ${d.dir}`);
/** The tree the plan alone would write into an empty folder. */
async function treeOf(plan: OutputPlan): Promise<Map<string, string>> {
  const root = temp();
  await writeOutput(root, plan);
  return readTree(root);
}

describe('applyPlanToFolder', () => {
  it('lists the changes against the folder as it was, then writes the plan', async () => {
    const root = await folder(buildPlan({ devices: [clusterDevice('dev1', 'a'), clusterDevice('gone', 'a')] }));
    const plan = buildPlan({ devices: [clusterDevice('dev1', 'a', 'repo/sensor:2.0'), clusterDevice('dev2', 'a')] });
    const result = await applyPlanToFolder(root, plan, guard('10'));
    expect({ applied: result.applied, notes: result.notes, inventoryChanged: result.changes.inventoryChanged }).toStrictEqual({ applied: true, notes: [], inventoryChanged: true });
    expect(kinds(result.changes)).toStrictEqual(['changed devices/a/msiot-hub1-dev1', 'added devices/a/msiot-hub1-dev2', 'removed devices/a/msiot-hub1-gone']);
    // The previous inventory is the one read before the write: it still names the removed device.
    expect(result.changes.previousInventory?.devices.map((d) => d.deviceId)).toStrictEqual(['dev1', 'gone']);
    const expected = new Map([...(await treeOf(plan)), ['README.md', 'not the tool\'s\n']]);
    expect(readTree(root)).toStrictEqual(expected);
  });

  it('an unchanged plan: applied, no device change, inventory unchanged, folder as it was', async () => {
    const plan = buildPlan({ devices: [clusterDevice('dev1', 'a')] });
    const root = await folder(plan);
    const before = readTree(root);
    const result = await applyPlanToFolder(root, plan, guard('0'));
    expect({ applied: result.applied, devices: result.changes.devices, inventoryChanged: result.changes.inventoryChanged }).toStrictEqual({ applied: true, devices: [], inventoryChanged: false });
    expect(readTree(root)).toStrictEqual(before);
  });

  it('an empty read: not applied, no changes, the guard\'s note, folder untouched', async () => {
    const root = await folder(buildPlan({ devices: [clusterDevice('dev1', 'a'), clusterDevice('dev2', 'b')] }));
    const before = readTree(root);
    const result = await applyPlanToFolder(root, buildPlan({ devices: [] }), guard('100%'));
    expect(result).toStrictEqual({
      applied: false,
      changes: { devices: [], inventoryChanged: false, previousInventory: null },
      notes: ['empty read (no edge devices): nothing changed, 2 device directories kept; pass --allow-empty to remove them on purpose'],
    });
    expect(readTree(root)).toStrictEqual(before);
  });

  it('more removals than allowed: the guard\'s ConfigError, folder untouched', async () => {
    const root = await folder(buildPlan({ devices: [clusterDevice('dev1', 'a'), clusterDevice('dev2', 'a'), clusterDevice('dev3', 'a')] }));
    const before = readTree(root);
    await expect(applyPlanToFolder(root, buildPlan({ devices: [clusterDevice('dev1', 'a')] }), guard('1'))).rejects.toThrow(ConfigError);
    expect(readTree(root)).toStrictEqual(before);
  });

  it('a selected run counts and removes only its clusters\' directories', async () => {
    const root = await folder(buildPlan({ devices: [clusterDevice('a1', 'a'), clusterDevice('a2', 'a'), clusterDevice('b1', 'b'), clusterDevice('b2', 'b')] }));
    const bBefore = [...readTree(root)].filter(([file]) => file.startsWith('devices/b/'));
    // One removal allowed: a2 goes; b1 and b2 are not the run's, so they neither count nor go.
    const result = await applyPlanToFolder(root, selectedClusterPlan([clusterDevice('a1', 'a')], ['a']), guard('1'));
    expect(kinds(result.changes)).toStrictEqual(['removed devices/a/msiot-hub1-a2']);
    expect([...readTree(root)].filter(([file]) => file.startsWith('devices/b/'))).toStrictEqual(bBefore);
  });

  it('a directory that is not the plan\'s but is kept (a failed device) is neither removed nor listed', async () => {
    const root = await folder(buildPlan({ devices: [clusterDevice('dev1', 'a'), clusterDevice('dev2', 'a')] }));
    const kept = readTree(path.join(root, 'devices/a/msiot-hub1-dev2'));
    const result = await applyPlanToFolder(root, buildPlan({ devices: [clusterDevice('dev1', 'a'), { ...clusterDevice('dev2', 'a'), failed: 'bad' }] }), guard('0'));
    expect(kinds(result.changes)).toStrictEqual([]);
    expect(readTree(path.join(root, 'devices/a/msiot-hub1-dev2'))).toStrictEqual(kept);
  });

  it('a folder with no devices/ yet: everything added', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'docs'));
    const result = await applyPlanToFolder(root, buildPlan({ devices: [clusterDevice('dev1', 'a')] }), guard('0'));
    expect(kinds(result.changes)).toStrictEqual(['added devices/a/msiot-hub1-dev1']);
    expect(result.changes.previousInventory).toBeNull();
  });
});
