/**
 * groupedCommitBody: one block per group of devices, then what to act on; to stay under the limit it lists fewer
 * device ids (the maximum, then 5, then none), then merges the groups into distinct lines with device counts, and
 * only then cuts the tail, saying how many lines were left out. Sizes count each line plus its newline.
 */
import { COMMIT_BODY_LIMIT, groupedCommitBody } from '../../../src/publish/changes/grouped-commit-body.js';
import { changeGroup, changeReview, deviceIds } from '../../builders/change-reviews.js';

describe('groupedCommitBody: one group', () => {
  it.each([
    { name: 'nothing changed', inventoryOnly: false, expected: ['no device changes'] },
    { name: 'only inventory.json changed', inventoryOnly: true, expected: ['inventory.json updated (configuration etags or unmanaged devices)'] },
  ])('no groups: $name', ({ inventoryOnly, expected }) => {
    expect(groupedCommitBody(changeReview([], { inventoryOnly }))).toEqual(expected);
  });

  it('a block: count, kind and clusters; configurations with what became of their etag; deployments entered and left; lines; ids', () => {
    const group = changeGroup({
      ids: ['dev1', 'dev2', 'dev3'],
      clusters: [
        { cluster: 'c1', devices: 2 },
        { cluster: 'c2', devices: 1 },
      ],
      configurations: [
        { id: 'base', kind: 'base', priority: 10, etag: 'b2', previousEtag: 'b1' },
        { id: 'gone', kind: 'layered', priority: 5, etag: null, previousEtag: null },
        { id: 'layer', kind: 'layered', priority: 20, etag: 'l1', isNew: true },
        { id: 'same', kind: 'layered', priority: 30, etag: 's1', previousEtag: 's1' },
        { id: 'was-unset', kind: 'layered', priority: 40, etag: 'w1', previousEtag: null },
      ],
      entered: ['layer'],
      left: ['gone'],
      lines: ['module m: image a → b', 'route r added: FROM /messages/* INTO $upstream'],
    });
    expect(groupedCommitBody(changeReview([group]))).toEqual([
      '3 changed in c1 (2), c2 (1)',
      '  configurations: base@b2 (was b1), gone@-, layer@l1 (new), same@s1, was-unset@w1 (was -)',
      '  enters layer',
      '  leaves gone',
      '  - module m: image a → b',
      '  - route r added: FROM /messages/* INTO $upstream',
      '  devices: dev1, dev2, dev3',
    ]);
  });

  it('removed devices leave their deployments and enter none; an unknown device id is shown as its directory', () => {
    const group = changeGroup({ kind: 'removed', ids: ['dev1', null], entered: ['base'], left: ['base'], lines: ['device removed'] });
    expect(groupedCommitBody(changeReview([group]))).toEqual(['2 removed in c1 (2)', '  leaves base', '  - device removed', '  devices: dev1, devices/c1/msiot-hub1-unknown-1']);
  });

  it('text from the hub is printed on one line', () => {
    const group = changeGroup({ ids: ['evil\n::error::x'], lines: ['module m\r\nx: image a → b'] });
    expect(groupedCommitBody(changeReview([group]))).toEqual(['1 changed in c1 (1)', '  - module m\\r\\nx: image a → b', '  devices: evil\\n::error::x']);
  });
});

describe('groupedCommitBody: act on first', () => {
  it('secrets by ref (each once, sorted), posture rises (sorted, "; "), the failed device count, after a blank line', () => {
    const groups = [
      changeGroup({ ids: ['a'], secretsAdded: [{ ref: 'es/z', remoteKey: 'k1' }, { ref: 'es/a', remoteKey: 'k2' }], postureRises: ['module m: privileged'] }),
      changeGroup({ ids: ['b'], lines: ['other'], secretsAdded: [{ ref: 'es/z', remoteKey: 'k3' }], postureRises: ['module m: hostNetwork', 'module m: privileged'] }),
    ];
    const failed = [
      { deviceId: 'x', cluster: 'c1', error: 'e', more: 0 },
      { deviceId: 'y', cluster: 'c1', error: 'e', more: 0 },
    ];
    expect(groupedCommitBody(changeReview(groups, { failed })).slice(-4)).toEqual(['', 'secrets newly referenced: es/a, es/z', 'security posture rises: module m: hostNetwork; module m: privileged', '2 devices failed and keep their last output']);
  });

  it('nothing to act on: no blank line after the groups', () => {
    expect(groupedCommitBody(changeReview([changeGroup()])).at(-1)).toBe('  devices: d01');
  });
});

describe('groupedCommitBody: staying under the limit', () => {
  // 30 devices, one line: header 21 + line 25 characters; the ids line is 120 with 20 ids, 45 with 5.
  // Sizes (each line + 1): 20 ids 169, 5 ids 94, no ids 48.
  const thirty = changeReview([changeGroup({ ids: deviceIds(30), clusters: [{ cluster: 'c1', devices: 30 }] })]);
  it.each([
    { limit: 169, ids: '  devices: d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20 (+10 more)' },
    { limit: 168, ids: '  devices: d01, d02, d03, d04, d05 (+25 more)' },
    { limit: 94, ids: '  devices: d01, d02, d03, d04, d05 (+25 more)' },
    { limit: 93, ids: undefined },
    { limit: 48, ids: undefined },
  ])('limit $limit: 20 ids, then 5, then none', ({ limit, ids }) => {
    expect(groupedCommitBody(thirty, limit)).toEqual(['30 changed in c1 (30)', '  - module m: image a → b', ...(ids ? [ids] : [])]);
  });

  it('maxDevices lower than 5 is tried first, then 5 ids', () => {
    expect(groupedCommitBody(thirty, COMMIT_BODY_LIMIT, 2).at(-1)).toBe('  devices: d01, d02 (+28 more)');
  });

  it('groups that differ only in their deployments merge into one line with the device count', () => {
    // Four one-device groups of 3 lines each (about 75 characters a group, 300 in all) do not fit 200; merged
    // they are a heading (36 + 1) and one line (45 + 1), within 200 − 80.
    const groups = ['b1', 'b2', 'b3', 'b4'].map((base, i) => changeGroup({ ids: [`d${i}`], deployments: [base], configurations: [{ id: base, kind: 'base', priority: 1, etag: 'e' }] }));
    expect(groupedCommitBody(changeReview(groups), 200)).toEqual(['4 groups of devices, merged to fit:', '- changed: module m: image a → b (4 devices)']);
  });

  it('merged lines that still do not fit are cut, saying how many were left out', () => {
    // Ten groups, one distinct line each: merged, a heading (36 + 1) and ten lines of 45 + 1. With 80 kept for the
    // cut line, 255 holds the heading and three lines (175); the other 7 are counted.
    const groups = deviceIds(10).map((id, i) => changeGroup({ ids: [id], lines: [`module m: image a → b${i}`] }));
    expect(groupedCommitBody(changeReview(groups), 255)).toEqual([
      '10 groups of devices, merged to fit:',
      '- changed: module m: image a → b0 (1 devices)',
      '- changed: module m: image a → b1 (1 devices)',
      '- changed: module m: image a → b2 (1 devices)',
      '… 7 more lines (run sync with --dry-run for all)',
    ]);
  });

  it('act-on-first lines are kept when merging', () => {
    // Unmerged, four groups of 69 and the two act-on lines (46) are 322; merged, 36 + 46 + 1 + 45 = 128, within 250 − 80.
    const groups = ['b1', 'b2', 'b3', 'b4'].map((base, i) => changeGroup({ ids: [`d${i}`], deployments: [base], configurations: [{ id: base, kind: 'base', priority: 1, etag: 'e' }], postureRises: ['module m: privileged'] }));
    expect(groupedCommitBody(changeReview(groups), 250)).toEqual(['4 groups of devices, merged to fit:', '- changed: module m: image a → b (4 devices)', '', 'security posture rises: module m: privileged']);
  });
});
