import { GITHUB_BODY_LIMIT, metadataBlock, readPullRequestMetadata, renderPullRequest, type PullRequestMetadata } from '../../../src/publish/pull-request/pull-request-body.js';
import type { DeviceChange, FolderChanges } from '../../../src/publish/changes/device-changes.js';
import type { Inventory } from '../../../src/plan/inventory.js';

function device(i: number, base: string | null, kind: DeviceChange['kind'] = 'changed'): DeviceChange {
  return {
    dir: `devices/default/msiot-hub1-dev${i}`,
    kind,
    deviceId: `dev${i}`,
    cluster: 'default',
    namespace: `msiot-hub1-dev${i}`,
    baseDeployment: base,
    layeredDeployments: base === 'a' ? ['layer1'] : [],
    modules: [{ module: 'sensor', kind: 'changed', image: { from: 'registry.example.com/sensor:1.0.0', to: 'registry.example.com/sensor:1.0.1' }, portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: ['TOKEN'] }],
    files: ['deployment-sensor.yaml'],
  };
}

const inventory: Inventory = {
  hub: 'hub1',
  ledgers: {},
  hostName: 'hub1.azure-devices.net',
  configurations: [
    { id: 'b', kind: 'base', priority: 1, etag: 'e-b' },
    { id: 'a', kind: 'base', priority: 2, etag: 'e-a' },
  ],
  devices: [
    { deviceId: 'broken<1>', cluster: 'default', namespace: 'x', path: 'devices/default/x', baseDeployment: 'a', layeredDeployments: [], modules: [], errors: ["configuration 'a', module 'm': createOptions is not valid JSON", 'second'] },
  ],
};

const props = (devices: DeviceChange[], limit?: number) => ({
  changes: { devices, inventoryChanged: true, previousInventory: null } as FolderChanges,
  inventory,
  baseBranch: 'main',
  headBranch: 'iotedge-gitops/main',
  version: '0.1.0',
  ...(limit !== undefined ? { limit } : {}),
});

/** Device i of a fleet on cluster `c<i mod 4>` whose sensor goes to `tag`. */
function bumped(i: number, tag: string): DeviceChange {
  return { ...device(i, 'a'), dir: `devices/c${i % 4}/msiot-hub1-dev${i}`, cluster: `c${i % 4}`, modules: [{ ...device(i, 'a').modules[0]!, image: { from: 'registry.example.com/sensor:1.0.0', to: `registry.example.com/sensor:${tag}` } }] };
}

describe('renderPullRequest', () => {
  it('one group per change (largest first), failed devices under what to act on first', () => {
    const text = renderPullRequest(props([device(1, 'a'), device(2, null, 'removed'), device(3, 'a')]));
    expect(text.title).toBe('iotedge-gitops: 0 added, 2 changed, 1 removed devices (hub hub1)');
    const headings = text.body.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '## iotedge-gitops: 0 added, 2 changed, 1 removed devices',
      '### Act on these first',
      '#### Devices that failed and keep their last output (1)',
      '### Changes by group',
      '#### 2 devices changed · cluster `default` (2)',
      '#### 1 device removed · cluster `default` (1)',
    ]);
    expect(text.body).toContain(
      'Configurations: `a` (base, priority 2, etag e-a)\n\n- module sensor: image registry.example.com/sensor:1.0.0 → registry.example.com/sensor:1.0.1; env changed: TOKEN\n\n<details><summary>2 devices</summary>\n\ndev1, dev3\n\n</details>',
    );
    expect(text.body).toContain("- **broken&lt;1&gt;** (`default`): configuration 'a', module 'm': createOptions is not valid JSON (+1 more)\n");
    expect(text.body.startsWith('<!-- iotedge-gitops {"hub":"hub1","configurations":{"a":"e\\u002da","b":"e\\u002db"}} -->\n')).toBe(true);
    expect(text.detail).toBe('devices-50');
    expect(text.report).toContain('dev1, dev3');
  });

  it('is deterministic', () => {
    const devices = [device(1, 'b'), device(2, 'a')];
    expect(renderPullRequest(props(devices)).body).toBe(renderPullRequest(props([...devices])).body);
  });

  it('3,000 devices in 300 groups (one image tag each): under 65,536 characters, every tag named with its device count', () => {
    const devices = Array.from({ length: 3000 }, (_, i) => bumped(i, `2.${i % 300}`));
    const text = renderPullRequest(props(devices));
    expect(text.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(text.detail).not.toBe('cut');
    // Device i gets tag 2.(i mod 300): 10 devices per tag, and since 300 is a multiple of 4 all in one cluster.
    for (let t = 0; t < 300; t++) {
      const line = `module sensor: image registry.example.com/sensor:1.0.0 → registry.example.com/sensor:2.${t}; env changed: TOKEN`;
      expect(text.body.includes(`- ${line}`)).toBe(true);
    }
    expect(text.body).toContain(`#### 10 devices changed · cluster \`c0\` (10)`);
    expect(text.report.match(/dev\d+/g)).toHaveLength(3000);
    expect(readPullRequestMetadata(text.body)).toEqual({ hub: 'hub1', configurations: { a: 'e-a', b: 'e-b' } });
  });

  it('an oversized body lists fewer devices first, keeping every change', () => {
    // The 30 ids take 30 × 4–5 characters plus separators, about 170: 100 under the full body, only 10 ids fit.
    const devices = Array.from({ length: 30 }, (_, i) => device(i + 1, 'b'));
    const full = renderPullRequest(props(devices));
    expect(full.body).toContain('<details><summary>30 devices</summary>');
    expect(full.body).toContain('dev30');
    const text = renderPullRequest(props(devices, full.body.length - 100));
    expect(text.body.length).toBeLessThanOrEqual(full.body.length - 100);
    expect(text.body).toContain('<details><summary>30 devices</summary>\n\ndev1, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18 … and 20 more\n');
    expect(text.body).toContain('#### 30 devices changed · cluster `default` (30)\n');
    expect(text.body).toContain('- module sensor: image registry.example.com/sensor:1.0.0 → registry.example.com/sensor:1.0.1; env changed: TOKEN\n');
    expect(text.body).toContain('`iotedge-gitops sync --dry-run`');
    expect(readPullRequestMetadata(text.body)).not.toBeNull();
  });

  it('3,000 devices each with its own change at a small limit: merged, then cut with a count of what was left out', () => {
    const devices = Array.from({ length: 3000 }, (_, i) => bumped(i, `3.${i}`));
    const merged = renderPullRequest(props(devices.slice(0, 40), 8000));
    expect(merged.detail).toBe('merged');
    for (let i = 0; i < 40; i++) expect(merged.body).toContain(`registry.example.com/sensor:3.${i}; env changed: TOKEN — 1 device\n`);
    const cut = renderPullRequest(props(devices, 3000));
    expect(cut.detail).toBe('cut');
    expect(cut.body.length).toBeLessThanOrEqual(3000);
    expect(cut.body).toMatch(/… \d+ more lines did not fit; run sync with --dry-run or --report-file for all of them\./);
    expect(readPullRequestMetadata(cut.body)).not.toBeNull();
  });
});

describe('metadata block', () => {
  it.each<{ name: string; meta: PullRequestMetadata }>([
    { name: 'plain ids', meta: { hub: 'h', configurations: { a: 'x' } } },
    { name: 'ids that could close an HTML comment', meta: { hub: 'h--x', configurations: { 'a-->b': '--', c: null } } },
  ])('round-trips $name and never contains "--" inside the comment', ({ meta }) => {
    const block = metadataBlock(meta);
    expect(block.slice(4, -3)).not.toContain('--');
    expect(readPullRequestMetadata(block + '\nbody')).toEqual(meta);
  });

  it.each([
    { name: 'a body written by a person', body: 'Please merge' },
    { name: 'null', body: null },
    { name: 'a marker with broken JSON', body: '<!-- iotedge-gitops {oops} -->' },
  ])('reads nothing from $name', ({ body }) => {
    expect(readPullRequestMetadata(body)).toBeNull();
  });
});
