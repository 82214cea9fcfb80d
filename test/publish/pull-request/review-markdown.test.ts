/**
 * renderReviewMarkdown: what to act on first, then one entry per group with its configurations and a collapsed
 * device list. To fit a limit it lists fewer devices (all, 50, 10, none), then merges the groups into distinct
 * lines with device counts, then cuts the tail with a count. User text is inert Markdown on one line.
 */
import { renderReviewMarkdown } from '../../../src/publish/pull-request/review-markdown.js';
import type { ChangeGroup, GroupConfiguration } from '../../../src/publish/changes/group-changes.js';
import { changeGroup, changeReview, deviceIds } from '../../builders/change-reviews.js';

const render = (groups: ChangeGroup[], options = {}, partial = {}) => renderReviewMarkdown(changeReview(groups, partial), options);
const CUT_NOTE = 'more lines did not fit; run sync with --dry-run or --report-file for all of them.';

describe('renderReviewMarkdown: groups', () => {
  it('a heading per group with counts and clusters, its configurations, its lines and its devices collapsed', () => {
    const changed = changeGroup({
      ids: ['dev_1', 'dev2'],
      clusters: [
        { cluster: 'c1', devices: 1 },
        { cluster: 'c2', devices: 1 },
      ],
      configurations: [{ id: 'base', kind: 'base', priority: 10, etag: 'b2', previousEtag: 'b1' }],
      entered: ['layer'],
    });
    const removed = changeGroup({ kind: 'removed', ids: [null], left: ['base'], lines: ['device removed'] });
    const result = render([changed, removed]);
    expect(result.detail).toBe('full');
    expect(result.text).toBe(
      [
        '### Changes by group',
        '',
        '#### 2 devices changed · clusters `c1` (1), `c2` (1)',
        '',
        'Configurations: `base` (base, priority 10, etag b1 → b2)',
        '',
        '- now falls into deployment layer',
        '- module m: image a → b',
        '',
        '<details><summary>2 devices</summary>',
        '',
        'dev\\_1, dev2',
        '',
        '</details>',
        '',
        '#### 1 device removed · cluster `c1` (1)',
        '',
        '- falls out of deployment base',
        '- device removed',
        '',
        '<details><summary>1 device</summary>',
        '',
        '`devices/c1/msiot-hub1-unknown-0`',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it.each<{ name: string; configuration: GroupConfiguration; expected: string }>([
    { name: 'no previous inventory: the etag', configuration: { id: 'b', kind: 'base', priority: 10, etag: 'b2' }, expected: '`b` (base, priority 10, etag b2)' },
    { name: 'new since the previous run', configuration: { id: 'l', kind: 'layered', priority: 20, etag: 'l1', isNew: true }, expected: '`l` (layered, priority 20, etag l1, new)' },
    { name: 'etag changed', configuration: { id: 'b', kind: 'base', priority: 10, etag: 'b2', previousEtag: 'b1' }, expected: '`b` (base, priority 10, etag b1 → b2)' },
    { name: 'etag unchanged', configuration: { id: 'b', kind: 'base', priority: 10, etag: 'b1', previousEtag: 'b1' }, expected: '`b` (base, priority 10, etag b1, unchanged)' },
    { name: 'an etag IoT Hub did not report is -', configuration: { id: 'b', kind: 'base', priority: 10, etag: 'b1', previousEtag: null }, expected: '`b` (base, priority 10, etag - → b1)' },
  ])('configuration: $name', ({ configuration, expected }) => {
    expect(render([changeGroup({ configurations: [configuration] })]).text).toContain(`\nConfigurations: ${expected}\n`);
  });

  it.each<{ name: string; group: Partial<ChangeGroup>; head: string[] }>([
    { name: 'added devices are targeted by the deployments they enter', group: { kind: 'added', entered: ['base', 'layer'] }, head: ['- targeted by deployment base, layer'] },
    { name: 'changed devices fall into some and out of others', group: { entered: ['new'], left: ['old1', 'old2'] }, head: ['- now falls into deployment new', '- falls out of deployment old1, old2'] },
    { name: 'removed devices only fall out', group: { kind: 'removed', entered: ['base'], left: ['base'] }, head: ['- falls out of deployment base'] },
    { name: 'no deployment entered or left: no line', group: {}, head: [] },
  ])('$name', ({ group, head }) => {
    const text = render([changeGroup({ ...group, lines: ['LINE'] })]).text;
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toEqual([...head, '- LINE']);
  });

  it('no group: says so, or that only inventory.json changed', () => {
    expect(render([]).text).toBe('No device changes.\n');
    expect(render([], {}, { inventoryOnly: true }).text).toBe('No device changes; inventory.json updated (configuration etags or unmanaged devices).\n');
  });

  it('the heading level can be set; sections are one level below it', () => {
    const text = render([changeGroup()], { level: 2 }, { failed: [{ deviceId: 'x', cluster: 'c1', error: 'e', more: 0 }] }).text;
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual(['## Act on these first', '### Devices that failed and keep their last output (1)', '## Changes by group', '### 1 device changed · cluster `c1` (1)']);
  });
});

describe('renderReviewMarkdown: user text', () => {
  it('ids and lines are escaped Markdown on one line; slashes and parentheses stay as they are', () => {
    const group = changeGroup({ ids: ['a_b*c<d>#e[f]', 'x\ny'], lines: ['route r added: FROM /messages/* INTO BrokeredEndpoint("/modules/a/inputs/b")'] });
    const text = render([group]).text;
    expect(text).toContain('\n- route r added: FROM /messages/\\* INTO BrokeredEndpoint("/modules/a/inputs/b")\n');
    expect(text).toContain('\na\\_b\\*c&lt;d&gt;\\#e\\[f\\], x\\ny\n');
  });

  it('a code span holding backticks uses a longer fence that they cannot close', () => {
    const group = changeGroup({ clusters: [{ cluster: 'a`b``c', devices: 1 }] });
    expect(render([group]).text).toContain('cluster ``` a`b``c ``` (1)');
  });
});

describe('renderReviewMarkdown: act on these first', () => {
  const failed = [
    { deviceId: 'x_1', cluster: 'c1', error: 'bad *thing*', more: 2 },
    { deviceId: 'y', cluster: 'c2', error: 'e', more: 0 },
  ];
  const groups = [
    changeGroup({ ids: ['a', 'b', 'c'], secretsAdded: [{ ref: 'es/b', remoteKey: 'k-a' }, { ref: 'es/a|x', remoteKey: 'k-x' }], identitiesAdded: ['probe'], postureRises: ['module m: privileged'] }),
    changeGroup({ ids: ['i', 'h', 'g', 'f', 'e', 'd'], lines: ['other'], secretsAdded: [{ ref: 'es/b', remoteKey: 'k-d' }], identitiesAdded: ['probe', 'cam'], postureRises: ['module m: privileged'] }),
  ];

  it('secrets, identities and posture rises summed over the groups, then failed devices, before the changes', () => {
    const text = render(groups, {}, { failed }).text;
    expect(text.slice(0, text.indexOf('### Changes by group'))).toBe(
      [
        '### Act on these first',
        '',
        '#### Secrets to provision before merging',
        '',
        'The output references these secret-store keys (names only); the store must hold them when the change deploys.',
        '',
        '| ExternalSecret/key | Remote key (first device) | Devices |',
        '| - | - | - |',
        '| `es/a\\|x` | `k-x` | 3 |',
        '| `es/b` | `k-a` | 9 |',
        '',
        '#### New module identities',
        '',
        'Each needs a module identity in IoT Hub and its connection string in the store.',
        '',
        '| Module | Devices |',
        '| - | - |',
        '| `cam` | 6 |',
        '| `probe` | 9 |',
        '',
        '#### Security posture rises',
        '',
        '| Change | Devices |',
        '| - | - |',
        '| module m: privileged | 9: a, b, c, d, e … |',
        '',
        '#### Devices that failed and keep their last output (2)',
        '',
        '- **x\\_1** (`c1`): bad \\*thing\\* (+2 more)',
        '- **y** (`c2`): e',
        '',
        '',
      ].join('\n'),
    );
  });

  it('nothing to act on: no such section', () => {
    expect(render([changeGroup()]).text.startsWith('### Changes by group\n')).toBe(true);
  });

  it('act-on-first items stay when nothing else changed', () => {
    expect(render([], {}, { failed }).text).toMatch(/^### Act on these first\n[\s\S]*\n- \*\*y\*\* \(`c2`\): e\n\nNo device changes\.\n$/);
  });
});

describe('renderReviewMarkdown: fitting a limit', () => {
  const sixty = changeGroup({ ids: deviceIds(60), clusters: [{ cluster: 'c1', devices: 60 }] });
  const idsLine = (text: string) => text.split('\n').find((l) => l.startsWith('d01'));

  it('the most detailed level that fits: all ids, then 50, then 10, then none', () => {
    const full = render([sixty]);
    expect([full.detail, idsLine(full.text)]).toEqual(['full', deviceIds(60).join(', ')]);
    const fifty = render([sixty], { limit: full.text.length - 1 });
    expect([fifty.detail, idsLine(fifty.text)]).toEqual(['devices-50', `${deviceIds(50).join(', ')} … and 10 more`]);
    const ten = render([sixty], { limit: fifty.text.length - 1 });
    expect([ten.detail, idsLine(ten.text)]).toEqual(['devices-10', `${deviceIds(10).join(', ')} … and 50 more`]);
    const counts = render([sixty], { limit: ten.text.length - 1 });
    expect([counts.detail, counts.text]).toEqual(['counts', '### Changes by group\n\n#### 60 devices changed · cluster `c1` (60)\n\n- module m: image a → b\n']);
  });

  it.each([
    { maxDevices: 50, detail: 'devices-50' },
    { maxDevices: 10, detail: 'devices-10' },
    { maxDevices: 9, detail: 'counts' },
    { maxDevices: 0, detail: 'counts' },
  ])('maxDevices $maxDevices lists at most that many ids however much room there is: $detail', ({ maxDevices, detail }) => {
    expect(render([sixty], { maxDevices }).detail).toBe(detail);
  });

  it('failed devices listed per level: all, 50, 20, 5, none, with a count of the rest', () => {
    const failed = Array.from({ length: 60 }, (_, i) => ({ deviceId: `f${String(i).padStart(2, '0')}`, cluster: 'c1', error: 'e', more: 0 }));
    const listed = (options: object) => {
      const text = render([changeGroup()], options, { failed }).text;
      return [text.match(/^- \*\*f\d\d\*\*/gm)?.length ?? 0, text.match(/^- … and \d+ more$/m)?.[0]];
    };
    expect(listed({})).toEqual([60, undefined]);
    expect(listed({ maxDevices: 50 })).toEqual([50, '- … and 10 more']);
    expect(listed({ maxDevices: 10 })).toEqual([20, '- … and 40 more']);
    expect(listed({ maxDevices: 0 })).toEqual([5, '- … and 55 more']);
    // Only the merged text fits this measure.
    expect(listed({ limit: 1, measure: (t: string) => (t.includes('merged to fit') ? 0 : 2) })).toEqual([0, '- … and 60 more']);
  });

  it('merged: the distinct lines of all groups (deployment lines too), sorted, each with its device count', () => {
    const groups = [changeGroup({ ids: ['a', 'b'], entered: ['y'] }), changeGroup({ ids: ['c'], entered: ['x'] })];
    const merged = render(groups, { limit: 1, measure: (t: string) => (t.includes('merged to fit') ? 0 : 2) });
    expect(merged).toEqual({
      detail: 'merged',
      text: ['### Changes (2 groups of devices, merged to fit)', '', '- module m: image a → b — 3 devices', '- now falls into deployment x — 1 device', '- now falls into deployment y — 2 devices', ''].join('\n'),
    });
  });

  it('the size is counted as the measure given: in UTF-8 bytes "→" counts 3 and "·" 2', () => {
    const group = changeGroup({ ids: ['a'] });
    const chars = render([group]).text.length;
    expect(render([group], { limit: chars }).detail).toBe('full');
    // With one device the 50- and 10-id levels are the full text again; only dropping the list makes room.
    expect(render([group], { limit: chars, measure: (t: string) => Buffer.byteLength(t, 'utf8') }).detail).toBe('counts');
  });

  it('cut: the merged lines that fit, then how many were left out', () => {
    // Merged: a heading (49), a blank line, ten lines of 35, a blank line. Each kept line costs its length + 1 and
    // the note (87 characters for a one-digit count) must fit too: at 250 the heading, the blank line and three
    // lines fit (158 + 1 + 87 > 250 for a fourth: 282 with its newline); 8 lines are left out.
    const groups = deviceIds(10).map((id, i) => changeGroup({ ids: [id], lines: [`module m: image a → b${i}`] }));
    const cut = render(groups, { limit: 250 });
    expect(cut.detail).toBe('cut');
    expect(cut.text).toBe(
      ['### Changes (10 groups of devices, merged to fit)', '', '- module m: image a → b0 — 1 device', '- module m: image a → b1 — 1 device', '- module m: image a → b2 — 1 device', `… 8 ${CUT_NOTE}`, ''].join('\n'),
    );
    expect(cut.text.length).toBeLessThanOrEqual(250);
  });
});
