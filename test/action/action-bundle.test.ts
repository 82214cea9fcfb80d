/**
 * The GitHub Action as the runner starts it: `node bundle/dist/action.js` from a checkout that holds only the
 * action (no node_modules, no lib/), inputs in `INPUT_<NAME>` variables (upper-cased, hyphens kept), outputs and
 * the step summary written to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
import { execFile } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { actionFlagInputs, NON_FLAG_INPUTS } from '../../src/action/action-argv.js';
import { bareRepo, headOf, log, tempDir } from '../publish/git-helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Reads a GITHUB_OUTPUT file as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
function readOutputs(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const outputs: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const open = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf(open[2]!, i + 1);
    outputs[open[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

async function runAction(checkout: string, inputs: Record<string, string>, files: { output: string; summary: string }) {
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = { PATH: process.env['PATH']!, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_ACTIONS: 'true' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  try {
    const { stdout, stderr } = await run(process.execPath, ['bundle/dist/action.js'], { cwd: checkout, env });
    return { code: 0, stdout, stderr, outputs: readOutputs(files.output), summary: readFileSync(files.summary, 'utf8') };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, outputs: readOutputs(files.output), summary: readFileSync(files.summary, 'utf8') };
  }
}

describe('the bundled GitHub Action', () => {
  it('declares exactly the inputs the commands have, plus command and github-token, and runs a current node', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: { using: string; main: string } };
    expect(Object.keys(action.inputs).sort()).toEqual([...NON_FLAG_INPUTS, ...actionFlagInputs()].sort());
    // The flags of sync that the issue names must be there under the same names.
    for (const name of ['snapshot', 'repo', 'branch', 'path', 'pull-request', 'github-repo', 'max-deletions', 'cluster-tag', 'dry-run']) expect(action.inputs).toHaveProperty(name);
    expect(action.inputs['command']!.default).toBe('sync');
    expect(Object.keys(action.outputs).sort()).toEqual(['added', 'changed-devices', 'commit', 'pull-request-number', 'pull-request-url', 'removed']);
    expect(action.runs).toEqual({ using: 'node24', main: 'bundle/dist/action.js' });
  });

  it('commits once from a checkout without node_modules, then finds nothing to change', async () => {
    const checkout = tempDir();
    cpSync(path.join(ROOT, 'action.yml'), path.join(checkout, 'action.yml'));
    cpSync(path.join(ROOT, 'bundle'), path.join(checkout, 'bundle'), { recursive: true });
    const remote = bareRepo();
    const files = { output: path.join(tempDir(), 'output'), summary: path.join(tempDir(), 'summary.md') };
    const inputs = { command: 'sync', snapshot: path.join(ROOT, 'examples/hub-snapshot.json'), repo: remote, 'max-deletions': '0' };

    const first = await runAction(checkout, inputs, files);
    expect(first.stderr).not.toMatch(/internal error/);
    expect(first.code).toBe(0);
    expect(log(remote)).toHaveLength(1);
    const commit = headOf(remote)!;
    // examples/README.md: 12 devices, 11 of them IoT Edge devices (leaf-sensor-7 is not); spare-01 matches no
    // base deployment and gets no directory: 10 device directories, all new.
    expect(first.outputs).toEqual({ commit, 'changed-devices': '10', added: '10', removed: '0', 'pull-request-number': '', 'pull-request-url': '' });
    expect(first.summary).toMatch(/^## iotedge-gitops: 10 added, 0 changed, 0 removed devices \(hub contoso-hub\)\n/);
    // Grouped as the pull request body is: the ten new devices, with what to act on first.
    expect(first.summary).toContain('### Act on these first');
    expect(first.summary).toContain(`pushed ${commit.slice(0, 12)} to main`);

    const second = await runAction(checkout, inputs, files);
    expect(second.code).toBe(0);
    expect(log(remote)).toHaveLength(1);
    expect(second.outputs).toEqual({ commit: '', 'changed-devices': '0', added: '0', removed: '0', 'pull-request-number': '', 'pull-request-url': '' });
    expect(second.summary).toContain('no changes: main already matches the hub');
  });

  it('refuses an input the chosen command does not have, naming it, and fails the step', async () => {
    const checkout = tempDir();
    cpSync(path.join(ROOT, 'bundle'), path.join(checkout, 'bundle'), { recursive: true });
    const files = { output: path.join(tempDir(), 'output'), summary: path.join(tempDir(), 'summary.md') };
    const result = await runAction(checkout, { command: 'validate', snapshot: path.join(ROOT, 'examples/hub-snapshot.json'), repo: '/nowhere' }, files);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::input 'repo' is not an option of 'validate'");
  });

  it('is the bundle the sources build today (rebuild with `npm run build:bundle`)', async () => {
    const fresh = tempDir();
    await run(process.execPath, [path.join(ROOT, 'scripts/build-bundle.mjs'), fresh], { cwd: ROOT });
    const committed = path.join(ROOT, 'bundle/dist');
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
    for (const file of readdirSync(fresh)) {
      expect({ file, same: readFileSync(path.join(committed, file)).equals(readFileSync(path.join(fresh, file))) }).toEqual({ file, same: true });
    }
  });
});
