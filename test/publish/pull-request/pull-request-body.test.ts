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
  reportPath: '.iotedge-gitops/report.md',
  version: '0.1.0',
  ...(limit !== undefined ? { limit } : {}),
});

describe('renderPullRequest', () => {
  it('groups devices by base deployment (sorted, devices without one last) and lists kept devices', () => {
    const text = renderPullRequest(props([device(1, 'b'), device(2, null, 'removed'), device(3, 'a')]));
    expect(text.title).toBe('iotedge-gitops: 0 added, 2 changed, 1 removed devices (hub hub1)');
    const headings = text.body.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### Configuration `a`', '### Configuration `b`', '### Devices without a base deployment', '### Devices that kept their previous output']);
    expect(text.body).toContain('- **dev3** → `msiot-hub1-dev3` (cluster `default`, layers `layer1`): **changed**\n  - module sensor: image registry.example.com/sensor:1.0.0 → registry.example.com/sensor:1.0.1; env changed: TOKEN\n');
    expect(text.body).toContain("- **broken&lt;1>**: configuration 'a', module 'm': createOptions is not valid JSON (+1 more)\n");
    expect(text.body.startsWith('<!-- iotedge-gitops {"hub":"hub1","configurations":{"a":"e\\u002da","b":"e\\u002db"}} -->\n')).toBe(true);
    expect(text.summarised).toEqual([]);
  });

  it('is deterministic', () => {
    const devices = [device(1, 'b'), device(2, 'a')];
    expect(renderPullRequest(props(devices)).body).toBe(renderPullRequest(props([...devices])).body);
  });

  it('keeps a 3,000-device body under GitHub\'s 65,536 characters by summarising the largest section first', () => {
    const devices = [...Array.from({ length: 2900 }, (_, i) => device(i, 'big')), ...Array.from({ length: 100 }, (_, i) => device(5000 + i, 'small'))];
    const text = renderPullRequest(props(devices));
    expect(text.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(text.summarised).toEqual(['big']);
    expect(text.body).toContain('### Configuration `big`\n\n2900 devices: 0 added, 2900 changed, 0 removed (summarised');
    expect(text.body).toContain('- **dev5099** → `msiot-hub1-dev5099`');
    expect(text.body).toContain('Full report: `.iotedge-gitops/report.md` on branch `iotedge-gitops/main`.');
    expect(text.report.match(/^- \*\*dev\d+\*\*/gm)).toHaveLength(3000);
    expect(readPullRequestMetadata(text.body)).toEqual({ hub: 'hub1', configurations: { a: 'e-a', b: 'e-b' } });
  });

  it('falls back to one count line when even the summaries do not fit', () => {
    const devices = Array.from({ length: 400 }, (_, i) => device(i, `configuration-${String(i).padStart(4, '0')}`));
    const text = renderPullRequest(props(devices, 3000));
    expect(text.body.length).toBeLessThanOrEqual(3000);
    expect(text.body).toContain('400 devices changed in 400 configurations; every detail is in the full report.');
    expect(readPullRequestMetadata(text.body)).not.toBeNull();
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
