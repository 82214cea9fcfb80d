/**
 * `init --matrix N`: a job that reads the hub once into a snapshot artifact, and a matrix of N sync jobs, one per
 * shard, that download it. Checked by parsing the YAML the way the runner reads it.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { renderRepoTemplate } from '../../../src/publish/repo-template/render-repo-template.js';
import { syncWorkflowYaml } from '../../../src/publish/repo-template/sync-workflow.js';
import { main } from '../../../src/cli/main.js';
import { checkShardCount, matrixSyncWorkflowYaml } from '../../../src/publish/repo-template/matrix-sync-workflow.js';
import { tempDir } from '../git-helpers.js';

const WORKFLOW = '.github/workflows/iotedge-gitops.yml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

function workflowOf(props: Parameters<typeof renderRepoTemplate>[0]) {
  return YAML.parse(renderRepoTemplate(props).get(WORKFLOW)!);
}

describe('init --matrix', () => {
  it.each([2, 7, 256])('the sync matrix has shard values 1..%i exactly, each passed as I/N', (n) => {
    const sync = workflowOf({ matrix: n }).jobs.sync;
    expect(sync.strategy.matrix).toEqual({ shard: Array.from({ length: n }, (_, i) => i + 1) });
    expect((sync.steps as Step[]).find((s) => s.with?.['command'] === 'sync')!.with!['shard']).toBe(`\${{ matrix.shard }}/${n}`);
  });

  it('job snapshot reads the hub into a file and uploads it; job sync needs it, downloads it and syncs from it', () => {
    const workflow = workflowOf({ matrix: 4, path: 'gitops', branch: 'prod' });
    expect(Object.keys(workflow.jobs)).toEqual(['snapshot', 'sync']);
    const [read, upload] = workflow.jobs.snapshot.steps as Step[];
    expect(read!.uses).toBe('iotedge-gitops/iotedge-gitops@v0.1.0');
    expect(read!.with).toEqual({ command: 'snapshot', out: 'iotedge-gitops-snapshot.json' });
    expect(upload!.uses).toMatch(/^actions\/upload-artifact@v\d+$/);
    expect(upload!.with).toEqual({ name: 'iotedge-gitops-snapshot', path: 'iotedge-gitops-snapshot.json', 'retention-days': 1, 'if-no-files-found': 'error' });

    const sync = workflow.jobs.sync;
    expect(sync.needs).toBe('snapshot');
    expect(sync.strategy['fail-fast']).toBe(false);
    const [download, run] = sync.steps as Step[];
    expect(download!.uses).toMatch(/^actions\/download-artifact@v\d+$/);
    // download-artifact extracts the artifact named like the upload into the workspace, where the action runs.
    expect(download!.with).toEqual({ name: 'iotedge-gitops-snapshot' });
    expect(run!.uses).toBe('iotedge-gitops/iotedge-gitops@v0.1.0');
    expect(run!.with).toEqual({ command: 'sync', snapshot: 'iotedge-gitops-snapshot.json', shard: '${{ matrix.shard }}/4', branch: 'prod', path: 'gitops', 'pull-request': true });
  });

  it('the connection string is only in the step that reads the hub; each job has only the permissions it needs', () => {
    const workflow = workflowOf({ matrix: 3 });
    const steps = Object.entries(workflow.jobs as Record<string, { steps: Step[] }>).flatMap(([job, j]) => j.steps.map((s) => ({ job, step: s })));
    const withSecrets = steps.filter(({ step }) => JSON.stringify(step).includes('secrets.'));
    expect(withSecrets.map(({ job, step }) => [job, step.with?.['command']])).toEqual([['snapshot', 'snapshot']]);
    expect(withSecrets[0]!.step.env).toEqual({ IOTHUB_CONNECTION_STRING: '${{ secrets.IOTHUB_CONNECTION_STRING }}' });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.snapshot.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.sync.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    // One run at a time, never cancelled mid-push; the shards of that run are jobs of it and run in parallel.
    expect(workflow.concurrency).toEqual({ group: 'iotedge-gitops-main', 'cancel-in-progress': false });
    expect(workflow.jobs.sync).not.toHaveProperty('concurrency');
    expect(workflow.jobs.sync.strategy).not.toHaveProperty('max-parallel');
  });

  it('sets only inputs the action declares', () => {
    const action = YAML.parse(readFileSync(path.resolve('action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const workflow = workflowOf({ matrix: 2, path: 'gitops' });
    for (const job of ['snapshot', 'sync']) {
      for (const step of workflow.jobs[job].steps as Step[]) {
        if (step.uses?.startsWith('iotedge-gitops/')) for (const input of Object.keys(step.with!)) expect(Object.keys(action.inputs)).toContain(input);
      }
    }
  });

  it('without --matrix the workflow is the one-job workflow, byte for byte', () => {
    expect(renderRepoTemplate({ path: 'gitops', branch: 'prod' }).get(WORKFLOW)).toBe(syncWorkflowYaml({ path: 'gitops', branch: 'prod' }));
    expect(renderRepoTemplate({}).get(WORKFLOW)).toBe(readFileSync(path.resolve('repo-template', WORKFLOW), 'utf8'));
  });

  it.each(['1', '0', '257', '3.5', '4x', '-2', ''])('refuses --matrix %j', (value) => {
    expect(() => renderRepoTemplate({ matrix: value })).toThrow(`--matrix must be a whole number of shards from 2 to 256, got '${value}'`);
  });

  it('the CLI writes it with --matrix, and a bad count is an input error (exit 1) that writes nothing', async () => {
    const cwd = tempDir('init-matrix-');
    const err: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) }, env: {}, cwd };
    expect(await main(['init', 'repo', '--cluster', 'edge', '--matrix', '5'], io)).toBe(0);
    const written = YAML.parse(readFileSync(path.join(cwd, 'repo', WORKFLOW), 'utf8'));
    expect(written.jobs.sync.strategy.matrix.shard).toEqual([1, 2, 3, 4, 5]);
    expect(readFileSync(path.join(cwd, 'repo/README.md'), 'utf8')).toContain('`iotedge-gitops init <dir> --cluster edge --matrix 5`');

    // Re-running with the same flags changes nothing; switching the workflow shape is a change init does not
    // make silently (the files differ from what it would write), and --force makes it.
    const out: string[] = [];
    const again = { ...io, stdout: { write: (t: string) => out.push(t) } };
    expect(await main(['init', 'repo', '--cluster', 'edge', '--matrix', '5'], again)).toBe(0);
    expect(out).toEqual(['init: 0 file(s) written, 5 unchanged in repo\n']);
    expect(await main(['init', 'repo', '--cluster', 'edge'], again)).toBe(1);
    expect(err.join('')).toContain('init would overwrite 2 edited file(s): .github/workflows/iotedge-gitops.yml, README.md in repo; pass --force to replace them');
    expect(await main(['init', 'repo', '--cluster', 'edge', '--force'], again)).toBe(0);
    expect(readFileSync(path.join(cwd, 'repo', WORKFLOW), 'utf8')).toBe(syncWorkflowYaml({ branch: 'main', path: '.' }));

    expect(await main(['init', 'other', '--matrix', '1'], io)).toBe(1);
    expect(err.join('')).toContain("--matrix must be a whole number of shards from 2 to 256, got '1'");
    expect(() => readFileSync(path.join(cwd, 'other/README.md'))).toThrow(/ENOENT/);
  });
});

describe('checkShardCount', () => {
  it.each<{ name: string; value: number | string; expected: number }>([
    { name: 'the fewest shards, 2', value: 2, expected: 2 },
    { name: 'the most shards GitHub runs in one matrix, 256', value: '256', expected: 256 },
    { name: 'a flag value with spaces around it', value: ' 16 ', expected: 16 },
    { name: 'leading zeros are the same whole number', value: '007', expected: 7 },
  ])('accepts $name', ({ value, expected }) => {
    expect(checkShardCount(value)).toBe(expected);
  });

  it.each([
    { name: 'a fraction given as a number', value: 2.5, shown: '2.5' },
    { name: 'a number in exponent notation', value: '1e2', shown: '1e2' },
    { name: 'blank', value: '   ', shown: '' },
  ])('refuses $name, naming the flag and the value', ({ value, shown }) => {
    expect(() => checkShardCount(value)).toThrow(`--matrix must be a whole number of shards from 2 to 256, got '${shown}'`);
  });
});

describe('matrixSyncWorkflowYaml', () => {
  it('takes the schedule and the action given, and uses the action for both the snapshot and the sync step', () => {
    const workflow = YAML.parse(matrixSyncWorkflowYaml({ branch: 'main', path: '.', shards: 2, cron: '0 * * * *', action: 'acme/fork@v3' }));
    expect(workflow.on.schedule).toEqual([{ cron: '0 * * * *' }]);
    expect([workflow.jobs.snapshot.steps[0].uses, workflow.jobs.sync.steps[1].uses]).toEqual(['acme/fork@v3', 'acme/fork@v3']);
    // At the repository root there is no path input.
    expect(workflow.jobs.sync.steps[1].with).not.toHaveProperty('path');
  });

  it('checks the shard count itself', () => {
    expect(() => matrixSyncWorkflowYaml({ branch: 'main', path: '.', shards: 300 })).toThrow("--matrix must be a whole number of shards from 2 to 256, got '300'");
  });
});
