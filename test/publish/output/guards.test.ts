import { allowedDeletions, parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { guardPlan } from '../../../src/publish/output/guard-plan.js';
import { managedFolder } from '../../../src/publish/git/managed-folder.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import { ConfigError } from '../../../src/errors.js';
import { buildPlan } from '../../builders.js';

describe('parseDeletionLimit / allowedDeletions', () => {
  it.each([
    { name: 'a count is absolute', text: '10', present: 3, allowed: 10 },
    { name: 'zero forbids every removal', text: '0', present: 50, allowed: 0 },
    { name: 'a percentage of the directories present', text: '25%', present: 8, allowed: 2 },
    { name: 'a percentage rounds down', text: '10%', present: 19, allowed: 1 },
    { name: '10% of 5 allows none', text: '10%', present: 5, allowed: 0 },
    { name: '100% allows all', text: '100%', present: 7, allowed: 7 },
    { name: 'fractional percentages are accepted', text: '12.5%', present: 16, allowed: 2 },
    { name: 'spaces around are ignored', text: ' 4 ', present: 1, allowed: 4 },
  ])('$name', ({ text, present, allowed }) => {
    expect(allowedDeletions(parseDeletionLimit(text), present)).toBe(allowed);
  });

  it.each([
    { name: 'negative', text: '-1' },
    { name: 'fractional count', text: '2.5' },
    { name: 'over 100%', text: '150%' },
    { name: 'words', text: 'ten' },
    { name: 'empty', text: '' },
  ])('rejects $name', ({ text }) => {
    expect(() => parseDeletionLimit(text)).toThrow(ConfigError);
    expect(() => parseDeletionLimit(text)).toThrow(/^--max-deletions must be/);
  });
});

describe('guardPlan', () => {
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

describe('managedFolder', () => {
  it.each([
    { name: 'root', text: '.', expected: '.' },
    { name: 'empty means root', text: '', expected: '.' },
    { name: 'sub folder', text: 'gitops', expected: 'gitops' },
    { name: 'trailing slash', text: 'clusters/edge/', expected: 'clusters/edge' },
    { name: 'dot segments inside', text: './a/./b', expected: 'a/b' },
    { name: 'backslashes', text: 'a\\b', expected: 'a/b' },
  ])('$name', ({ text, expected }) => {
    expect(managedFolder(text)).toBe(expected);
  });

  it.each([
    { name: 'absolute', text: '/etc' },
    { name: 'parent', text: '..' },
    { name: 'climbing out', text: 'a/../../b' },
    { name: 'the git dir', text: '.git/hooks' },
  ])('rejects $name', ({ text }) => {
    expect(() => managedFolder(text)).toThrow(/^--path must be a folder inside the repository/);
  });
});

describe('parseAuthor', () => {
  it.each([
    { name: 'default identity', text: 'iotedge-gitops <iotedge-gitops@users.noreply.github.com>', expected: { name: 'iotedge-gitops', email: 'iotedge-gitops@users.noreply.github.com' } },
    { name: 'spaces in the name', text: '  Fleet Bot  <bot@example.com> ', expected: { name: 'Fleet Bot', email: 'bot@example.com' } },
  ])('$name', ({ text, expected }) => {
    expect(parseAuthor(text)).toEqual(expected);
  });

  it.each([{ text: 'bot@example.com' }, { text: 'Bot <>' }, { text: '<a@b>' }, { text: 'Bot <a b@c>' }])('rejects $text', ({ text }) => {
    expect(() => parseAuthor(text)).toThrow(/^--author must look like "Name <email>"/);
  });
});
