/**
 * Which device directories a plan wants kept (`keptDirs`), and the deletion guards: the count and percentage limits,
 * `keep`, namespaces kept in any cluster, the empty read with and without --allow-empty, and the refusal's wording.
 */
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { guardPlan, keptDirs } from '../../../src/publish/output/guard-plan.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';
import { buildPlan, clusterDevice } from '../../builders.js';
import { ConfigError } from '../../../src/errors.js';

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

describe('guardPlan: kept namespaces, wording', () => {
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

describe('guardPlan: limits, keep, empty reads', () => {
  const present = (...ids: string[]) => new Set(ids.map((id) => `devices/default/msiot-hub1-${id}`));
  const limit = (text: string, allowEmpty = false) => ({ maxDeletions: parseDeletionLimit(text), allowEmpty });
  const device = (deviceId: string, failed?: string) => ({ deviceId, modules: [{ name: 'm', image: 'i' }], ...(failed ? { failed } : {}) });

  it.each([
    { name: 'nothing removed when every present dir is planned', planned: ['dev1', 'dev2'], present: ['dev1', 'dev2'], text: '0', removed: [] },
    { name: 'removal within the limit', planned: ['dev1'], present: ['dev1', 'dev2', 'dev3'], text: '2', removed: ['dev2', 'dev3'] },
    { name: 'percentage within the limit', planned: ['dev1', 'dev2', 'dev3'], present: ['dev1', 'dev2', 'dev3', 'dev4'], text: '25%', removed: ['dev4'] },
  ])('$name', ({ planned, present: there, text, removed }) => {
    const result = guardPlan(buildPlan({ devices: planned.map((d) => device(d)) }), present(...there), limit(text));
    expect(result.removed).toEqual(removed.map((id) => `devices/default/msiot-hub1-${id}`));
    expect(result.plan).not.toBeNull();
  });

  it('refuses more removals than allowed, listing them', () => {
    expect(() => guardPlan(buildPlan({ devices: [device('dev1')] }), present('dev1', 'dev2', 'dev3'), limit('1'))).toThrow(
      'refusing to remove 2 device directories (--max-deletions 1); nothing was changed. Would have removed:\n' +
        '  devices/default/msiot-hub1-dev2\n  devices/default/msiot-hub1-dev3\nRaise --max-deletions to allow it.',
    );
    expect(() => guardPlan(buildPlan({ devices: [device('dev1')] }), present('dev1', 'dev2', 'dev3', 'dev4'), limit('50%'))).toThrow(/--max-deletions 50% of 4 = 2/);
  });

  it('never removes the directory of a device that failed (plan.keep)', () => {
    const result = guardPlan(buildPlan({ devices: [device('dev1'), device('dev2', 'bad createOptions')] }), present('dev1', 'dev2'), limit('0'));
    expect(result.removed).toEqual([]);
  });

  it.each([
    { name: 'no devices', plan: () => buildPlan({ devices: [] }), note: 'empty read (no edge devices)' },
    { name: 'no configurations', plan: () => buildPlan({ devices: [device('dev1')], configurations: [] }), note: 'empty read (no edge deployments)' },
  ])('an empty read ($name) leaves the folder alone', ({ plan, note }) => {
    const result = guardPlan(plan(), present('dev1', 'dev2'), limit('100%'));
    expect(result.plan).toBeNull();
    expect(result.notes).toEqual([`${note}: nothing changed, 2 device directories kept; pass --allow-empty to remove them on purpose`]);
  });

  it('an empty read with allowEmpty removes, still bounded by --max-deletions', () => {
    expect(guardPlan(buildPlan({ devices: [] }), present('dev1', 'dev2'), limit('2', true)).removed).toHaveLength(2);
    expect(() => guardPlan(buildPlan({ devices: [] }), present('dev1', 'dev2'), limit('1', true))).toThrow(ConfigError);
  });
});
