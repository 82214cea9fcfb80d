/**
 * A device whose Pod Security level changes is flagged for the reviewer: the bundled example synthesized, written
 * to a folder, then synthesized again with dev-box's SimulatedTemperatureSensor given `HostConfig.Privileged`
 * (dev-base targets dev-box only). Worked out by hand: dev-box was baseline (no module sets any security field)
 * and becomes privileged (a privileged container breaks the baseline "Privileged Containers" rule); no other
 * device changes level.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import { diffManagedFolder } from '../../src/publish/changes/device-changes.js';
import { deviceDetails } from '../../src/publish/changes/describe-change.js';
import { renderPullRequest } from '../../src/publish/pull-request/pull-request-body.js';

const example = path.resolve(import.meta.dirname, '../../examples/hub-snapshot.json');

describe('Pod Security level changes in the change description', () => {
  let root: string;
  beforeAll(() => (root = mkdtempSync(path.join(os.tmpdir(), 'pod-security-change-'))));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the device whose level changed, with the old and new level, in its details and the PR body', async () => {
    const snapshot = JSON.parse(readFileSync(example, 'utf8')) as HubSnapshot;
    for (const [file, content] of synthesize(snapshot).plan.files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
    const changed = JSON.parse(readFileSync(example, 'utf8')) as { configurations: { id: string; content: { modulesContent: Record<string, Record<string, { modules: Record<string, { settings: Record<string, string> }> }>> } }[] };
    const devBase = changed.configurations.find((c) => c.id === 'dev-base')!;
    devBase.content.modulesContent['$edgeAgent']!['properties.desired']!.modules['SimulatedTemperatureSensor']!.settings['createOptions'] = '{"HostConfig":{"Privileged":true}}';
    const plan = synthesize(changed as unknown as HubSnapshot).plan;

    const changes = await diffManagedFolder(root, plan, []);
    const flagged = changes.devices.filter((d) => d.podSecurity !== undefined);
    expect(flagged.map((d) => [d.deviceId, d.podSecurity])).toStrictEqual([['dev-box', { from: 'baseline', to: 'privileged' }]]);
    expect(deviceDetails(flagged[0]!)[0]).toBe('Pod Security level baseline → privileged');
    const { body } = renderPullRequest({ changes, inventory: plan.inventory, baseBranch: 'main', headBranch: 'iotedge-gitops/main', version: '0.0.0' });
    // The level change is a change line of the device's group, so devices whose level changes alike group together.
    expect(body).toContain('#### 1 device changed · cluster `default` (1)\n');
    expect(body).toContain('- Pod Security level baseline → privileged\n- module SimulatedTemperatureSensor: privileged\n');
  });
});
