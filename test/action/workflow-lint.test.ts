/**
 * action.yml and the workflow `init` writes pass a workflow linter: action-validator (@action-validator/cli, the
 * SchemaStore schemas of GitHub action metadata and workflows, compiled to WebAssembly; runs offline).
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderRepoTemplate } from '../../src/publish/repo-template/render-repo-template.js';
import { tempDir } from '../publish/git-helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VALIDATOR = path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');
const run = promisify(execFile);

async function lint(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [VALIDATOR, file]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('workflow lint', () => {
  it.each([
    ['the default', {}],
    ['a managed folder, another branch, an action pinned to a commit', { path: 'gitops', branch: 'release/edge', action: 'acme/iotedge-gitops@0123456789abcdef0123456789abcdef01234567' }],
    ['--matrix 4: a snapshot job and a matrix of shard sync jobs', { matrix: 4 }],
    ['--matrix 256 with a managed folder, another branch, an action pinned to a commit', { matrix: 256, path: 'gitops', branch: 'release/edge', action: 'acme/iotedge-gitops@0123456789abcdef0123456789abcdef01234567' }],
  ])('the workflow init writes passes (%s)', async (_name, props) => {
    const file = path.join(tempDir(), 'iotedge-gitops.yml');
    writeFileSync(file, renderRepoTemplate(props).get('.github/workflows/iotedge-gitops.yml')!);
    expect(await lint(file)).toEqual({ code: 0, output: '' });
  });

  it('action.yml passes; the validator only lacks node24, which GitHub runs JavaScript actions on', async () => {
    // action-validator 0.6.0 (the newest) knows node12, node16 and node20 only. The same file with node20 must
    // pass whole, and as written the one error must be that enum: nothing else may be wrong with it.
    const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    expect(text).toContain('\n  using: node24\n');
    const asNode20 = path.join(tempDir(), 'action.yml');
    writeFileSync(asNode20, text.replace('\n  using: node24\n', '\n  using: node20\n'));
    expect(await lint(asNode20)).toEqual({ code: 0, output: '' });

    const asWritten = await lint(path.join(ROOT, 'action.yml'));
    expect(asWritten.code).toBe(1);
    const report = JSON.parse(asWritten.output) as { errors: { path: string; states: { errors: { path: string; code: string }[] }[] }[] };
    expect(report.errors.map((e) => e.path)).toEqual(['/runs']);
    // The first alternative of `runs` is the JavaScript action; its only complaint is the runtime's name.
    expect(report.errors[0]!.states[0]!.errors.map((e) => [e.path, e.code])).toEqual([['/runs/using', 'enum']]);
  });

  it('catches a broken workflow (the linter is really checking)', async () => {
    const file = path.join(tempDir(), 'broken.yml');
    writeFileSync(file, renderRepoTemplate().get('.github/workflows/iotedge-gitops.yml')!.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest'));
    expect((await lint(file)).code).toBe(1);
  });

  it('catches a broken matrix workflow (a strategy without a valid matrix key)', async () => {
    const file = path.join(tempDir(), 'broken-matrix.yml');
    writeFileSync(file, renderRepoTemplate({ matrix: 3 }).get('.github/workflows/iotedge-gitops.yml')!.replace('      matrix:\n', '      matrixx:\n'));
    expect((await lint(file)).code).toBe(1);
  });
});
