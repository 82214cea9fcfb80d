/** The one-job workflow `init` writes, parsed the way the Actions runner reads it. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { DEFAULT_CRON, syncWorkflowYaml, type SyncWorkflowProps } from '../../../src/publish/repo-template/sync-workflow.js';
import { SYNC_FLAGS } from '../../../src/cli/commands/sync.js';

type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> };
const workflowOf = (props: SyncWorkflowProps) => YAML.parse(syncWorkflowYaml(props));

describe('syncWorkflowYaml', () => {
  const workflow = workflowOf({ branch: 'main', path: '.' });
  const steps = workflow.jobs.sync.steps as Step[];

  it('runs every 15 minutes and on demand, one at a time, with only the write permissions sync needs', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency).toEqual({ group: 'iotedge-gitops-main', 'cancel-in-progress': false });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.sync.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('is one step: the action pinned to the release tag of this version, nothing installed at run time', () => {
    expect(steps).toHaveLength(1);
    expect(steps[0]!.uses).toBe('iotedge-gitops/iotedge-gitops@v0.1.0');
    expect(steps[0]!.run).toBeUndefined();
    expect(JSON.stringify(workflow)).not.toMatch(/setup-node|npx|npm install/);
  });

  it('passes the connection string only through the environment, and sets inputs the action declares', () => {
    expect(steps[0]!.env).toEqual({ IOTHUB_CONNECTION_STRING: '${{ secrets.IOTHUB_CONNECTION_STRING }}' });
    expect(steps[0]!.with).toEqual({ command: 'sync', branch: 'main', 'pull-request': true });
    const action = YAML.parse(readFileSync(path.resolve('action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    for (const input of Object.keys(steps[0]!.with!)) expect(Object.keys(action.inputs)).toContain(input);
    // Each flag input is the sync flag of the same name.
    for (const input of ['branch', 'pull-request']) expect(Object.values(SYNC_FLAGS)).toContain(`--${input}`);
  });

  it.each<{ name: string; props: SyncWorkflowProps; cron: string; group: string; uses: string; with: Record<string, unknown> }>([
    { name: 'defaults at the repository root: no path input', props: { branch: 'main', path: '.' }, cron: DEFAULT_CRON, group: 'iotedge-gitops-main', uses: 'iotedge-gitops/iotedge-gitops@v0.1.0', with: { command: 'sync', branch: 'main', 'pull-request': true } },
    {
      name: 'a managed folder is the path input; the concurrency group follows the branch',
      props: { branch: 'release/eu', path: 'fleet/eu' },
      cron: DEFAULT_CRON,
      group: 'iotedge-gitops-release/eu',
      uses: 'iotedge-gitops/iotedge-gitops@v0.1.0',
      with: { command: 'sync', branch: 'release/eu', path: 'fleet/eu', 'pull-request': true },
    },
    {
      name: 'a cron and an action given are used as they are',
      props: { branch: 'main', path: '.', cron: '0 3 * * 1', action: 'acme/fork@v2.0.0' },
      cron: '0 3 * * 1',
      group: 'iotedge-gitops-main',
      uses: 'acme/fork@v2.0.0',
      with: { command: 'sync', branch: 'main', 'pull-request': true },
    },
  ])('$name', ({ props, cron, group, uses, with: inputs }) => {
    const w = workflowOf(props);
    expect(w.on.schedule).toEqual([{ cron }]);
    expect(w.concurrency.group).toBe(group);
    expect(w.jobs.sync.steps[0].uses).toBe(uses);
    expect(w.jobs.sync.steps[0].with).toEqual(inputs);
  });
});
