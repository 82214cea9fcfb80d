/**
 * Which device directories a plan wants kept (`keptDirs`), and the guard rules guards.test.ts does not already
 * state: namespaces kept in any cluster, the wording of an empty read, and the percentage shown in a refusal.
 * (The count / percentage limits, `keep`, and the empty read with --allow-empty are in guards.test.ts.)
 */
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { guardPlan, keptDirs } from '../../../src/publish/output/guard-plan.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';
import { buildPlan, clusterDevice } from '../../builders.js';

/** dev1 in `a` (written), dev2 in `a` failed (kept); optional extras. */
function plan(extra: Partial<Pick<OutputPlan, 'keepNamespaces'>> = {}): OutputPlan {
  return { ...buildPlan({ devices: [clusterDevice('dev1', 'a'), { ...clusterDevice('dev2', 'a'), failed: 'bad createOptions' }] }), ...extra };
}
const guard = (text: string, allowEmpty = false) => ({ maxDeletions: parseDeletionLimit(text), allowEmpty });

describe('keptDirs', () => {
  it.each([
    { name: 'a directory the plan writes', dir: 'devices/a/msiot-hub1-dev1', extra: {}, also: [], kept: true },
    { name: 'a directory in plan.keep (a failed device)', dir: 'devices/a/msiot-hub1-dev2', extra: {}, also: [], kept: true },
    { name: 'a directory the plan does not name', dir: 'devices/a/msiot-hub1-dev3', extra: {}, also: [], kept: false },
    { name: 'the same namespace in another cluster is another directory', dir: 'devices/b/msiot-hub1-dev1', extra: {}, also: [], kept: false },
    { name: 'a directory given in `also`', dir: 'devices/a/msiot-hub1-dev3', extra: {}, also: ['devices/a/msiot-hub1-dev3'], kept: true },
    { name: 'a kept namespace, in whatever cluster it is', dir: 'devices/zz/msiot-hub1-dev9', extra: { keepNamespaces: ['msiot-hub1-dev9'] }, also: [], kept: true },
    { name: 'a kept namespace does not keep other namespaces', dir: 'devices/zz/msiot-hub1-dev8', extra: { keepNamespaces: ['msiot-hub1-dev9'] }, also: [], kept: false },
    { name: 'a kept namespace matches the directory name whole, not a prefix', dir: 'devices/a/msiot-hub1-dev90', extra: { keepNamespaces: ['msiot-hub1-dev9'] }, also: [], kept: false },
    { name: 'a path that is no device directory is not kept by a namespace', dir: 'devices/a', extra: { keepNamespaces: ['a'] }, also: [], kept: false },
  ])('$name: $kept', ({ dir, extra, also, kept }) => {
    expect(keptDirs(plan(extra), also)(dir)).toBe(kept);
  });
});

describe('guardPlan: rules beyond guards.test.ts', () => {
  it('directories of a kept namespace in any cluster are neither removed nor counted against the limit', () => {
    const present = new Set(['devices/a/msiot-hub1-dev1', 'devices/old/msiot-hub1-dev9', 'devices/a/msiot-hub1-gone']);
    const result = guardPlan(plan({ keepNamespaces: ['msiot-hub1-dev9'] }), present, guard('1'));
    expect(result).toStrictEqual({ plan: expect.anything(), removed: ['devices/a/msiot-hub1-gone'], notes: [] });
  });

  it('the removed list is sorted, whatever the order of the directories present', () => {
    const present = new Set(['devices/b/z', 'devices/a/y', 'devices/b/a', 'devices/a/msiot-hub1-dev1']);
    expect(guardPlan(plan(), present, guard('10')).removed).toStrictEqual(['devices/a/y', 'devices/b/a', 'devices/b/z']);
  });

  it('the plan it returns is the plan it was given', () => {
    const given = plan();
    expect(guardPlan(given, new Set(), guard('0')).plan).toBe(given);
  });

  it.each([
    { name: 'no devices and no configurations: named as no edge devices', devices: 0, configurations: 0, present: 3, note: 'empty read (no edge devices): nothing changed, 3 device directories kept' },
    { name: 'an empty read over an empty folder still says so', devices: 0, configurations: 1, present: 0, note: 'empty read (no edge devices): nothing changed, 0 device directories kept' },
  ])('$name', ({ devices, configurations, present, note }) => {
    const empty = buildPlan({ devices: devices === 0 ? [] : [clusterDevice('dev1', 'a')], configurations: configurations === 0 ? [] : [{ id: 'base-config', etag: 'e' }] });
    const dirs = new Set(Array.from({ length: present }, (_, i) => `devices/a/ns-${i}`));
    expect(guardPlan(empty, dirs, guard('100%'))).toStrictEqual({ plan: null, removed: [], notes: [`${note}; pass --allow-empty to remove them on purpose`] });
  });

  it.each([
    { name: '10% of 5 rounds down to 0', limit: '10%', present: 5, shown: '10% of 5 = 0' },
    { name: '12.5% of 9 rounds down to 1', limit: '12.5%', present: 9, shown: '12.5% of 9 = 1' },
  ])('a refused percentage shows how it was counted: $name', ({ limit, present, shown }) => {
    const dirs = new Set(Array.from({ length: present }, (_, i) => `devices/a/old-${i}`));
    expect(() => guardPlan(plan(), dirs, guard(limit))).toThrow(`refusing to remove ${present} device directories (--max-deletions ${shown}); nothing was changed.`);
  });
});
