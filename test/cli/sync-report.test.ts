/** syncReportOf: what a finished publish tells the GitHub Action (step outputs and summary). */
import { syncReportOf } from '../../src/cli/sync-report.js';
import type { DeviceChange, FolderChanges } from '../../src/publish/changes/device-changes.js';
import type { PublishResult } from '../../src/publish/git/git-publish.js';
import type { PullRequestOutcome, PullRequestResult } from '../../src/publish/pull-request/pull-request-publish.js';
import type { Inventory } from '../../src/plan/inventory.js';

const INVENTORY: Inventory = { hub: 'hub1', hostName: 'hub1.azure-devices.net', configurations: [], devices: [], ledgers: {} };

function change(kind: DeviceChange['kind'], n: number): DeviceChange {
  return { dir: `devices/default/msiot-hub1-d${n}`, kind, deviceId: `d${n}`, cluster: 'default', namespace: `msiot-hub1-d${n}`, baseDeployment: 'base', layeredDeployments: [], modules: [], files: [] };
}

function changes(kinds: readonly DeviceChange['kind'][]): FolderChanges {
  return { devices: kinds.map((kind, i) => change(kind, i)), inventoryChanged: kinds.length > 0, previousInventory: null };
}

function direct(props: { pushed: boolean; commit: string | null; kinds?: DeviceChange['kind'][] }): PublishResult {
  return { changes: changes(props.kinds ?? []), commit: props.commit, pushed: props.pushed, attempts: 1, notes: [], message: null, workDir: '/tmp/w' };
}

function proposed(pullRequest: PullRequestOutcome, pushed = true): PullRequestResult {
  return { ...direct({ pushed, commit: pushed ? 'c0ffee' : null, kinds: ['changed'] }), headBranch: 'iotedge-gitops/main', pullRequest };
}

describe('syncReportOf', () => {
  it.each<{ name: string; result: PublishResult | PullRequestResult; expected: { commit: string | null; added: number; changed: number; removed: number; pullRequest: unknown } }>([
    { name: 'a pushed commit: its id, and the devices counted by kind', result: direct({ pushed: true, commit: 'abc123', kinds: ['added', 'added', 'changed', 'removed', 'added'] }), expected: { commit: 'abc123', added: 3, changed: 1, removed: 1, pullRequest: null } },
    { name: 'nothing pushed (a dry run): no commit, even if one was made locally', result: direct({ pushed: false, commit: 'abc123', kinds: ['changed'] }), expected: { commit: null, added: 0, changed: 1, removed: 0, pullRequest: null } },
    { name: 'no changes', result: direct({ pushed: false, commit: null }), expected: { commit: null, added: 0, changed: 0, removed: 0, pullRequest: null } },
    {
      name: 'a pull request opened: its number and URL',
      result: proposed({ action: 'opened', number: 7, url: 'https://github.com/acme/fleet/pull/7', body: null }),
      expected: { commit: 'c0ffee', added: 0, changed: 1, removed: 0, pullRequest: { number: 7, url: 'https://github.com/acme/fleet/pull/7' } },
    },
    {
      name: 'a pull request closed (the base already matches): still named',
      result: proposed({ action: 'closed', number: 8, url: 'https://github.com/acme/fleet/pull/8', body: null }, false),
      expected: { commit: null, added: 0, changed: 1, removed: 0, pullRequest: { number: 8, url: 'https://github.com/acme/fleet/pull/8' } },
    },
    { name: 'pull-request mode with nothing to propose: no pull request', result: proposed({ action: 'none', number: null, url: null, body: null }, false), expected: { commit: null, added: 0, changed: 1, removed: 0, pullRequest: null } },
  ])('$name', ({ result, expected }) => {
    expect(syncReportOf(result, 'the outcome line', INVENTORY)).toStrictEqual({ ...expected, changes: result.changes, inventory: INVENTORY, outcome: 'the outcome line' });
  });
});
