/**
 * The files cluster coverage reads (Flux Kustomizations, Argo CD ApplicationSets: any YAML file of the repository
 * outside the managed `devices/` folder), taken from the commit a clone is at rather than its work tree: a sparse
 * work tree (a run limited to some clusters) does not hold them, the commit always does.
 */
import { spawn } from 'node:child_process';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { DEVICES_DIR } from '../../names.js';

/** One file to read: repository-relative POSIX path and text. */
export interface CoverageSourceFile {
  readonly path: string;
  readonly text: string;
}

/** A blob of the commit that coverage reads. */
export interface CoverageSourceBlob {
  readonly path: string;
  readonly oid: string;
}

/** True for a YAML file outside `<managedFolder>/devices/` (which holds only workloads) and outside any `.git`. */
function isCoverageSource(file: string, managedFolder: string): boolean {
  const devices = path.posix.join(managedFolder, DEVICES_DIR);
  const parts = file.split('/');
  return /\.ya?ml$/.test(parts[parts.length - 1]!) && !parts.includes('.git') && file !== devices && !file.startsWith(`${devices}/`);
}

/**
 * The coverage sources of `commit` from `git ls-tree -r -z` output (regular files only: a link or a submodule is
 * nothing a controller reads as a manifest, as the work-tree walk skips them), sorted by path.
 */
function coverageSourceBlobs(lsTreeOutput: string, managedFolder: string): CoverageSourceBlob[] {
  const blobs: CoverageSourceBlob[] = [];
  for (const entry of lsTreeOutput.split('\0')) {
    // `<mode> SP <type> SP <oid> TAB <path>`
    const match = /^(100644|100755) blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (match && isCoverageSource(match[3]!, managedFolder)) blobs.push({ path: match[3]!, oid: match[2]! });
  }
  return blobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Runs git in the repository with these arguments and returns what it printed. */
export type GitRead = (args: readonly string[]) => Promise<string>;

/**
 * The coverage sources of `commit`, listed without descending into `<managedFolder>/devices/`: that folder holds
 * the fleet (2.6 million files at 100,000 devices, a 347 MB listing) and nothing coverage reads. The folders on the
 * way to it are listed one level at a time, every other folder in one recursive listing.
 */
export async function listCoverageSourceBlobs(read: GitRead, commit: string, managedFolder: string): Promise<CoverageSourceBlob[]> {
  const devices = path.posix.join(managedFolder, DEVICES_DIR);
  const parts = devices.split('/');
  const onTheWay = new Set(parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/')));
  const elsewhere: string[] = [];
  let listing = '';
  const folders = [''];
  for (const folder of folders) {
    for (const entry of (await read(['ls-tree', '-z', folder === '' ? commit : `${commit}:${folder}`])).split('\0')) {
      // `<mode> SP <type> SP <oid> TAB <name>`
      const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (!match) continue;
      const file = folder === '' ? match[4]! : `${folder}/${match[4]!}`;
      if (match[2] !== 'tree') listing += `${match[1]} ${match[2]} ${match[3]}\t${file}\0`;
      else if (onTheWay.has(file)) folders.push(file);
      else if (file !== devices) elsewhere.push(file);
    }
  }
  if (elsewhere.length > 0) listing += await read(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...elsewhere]);
  return coverageSourceBlobs(listing, managedFolder);
}

/**
 * The coverage sources of HEAD of the clone at `repoRoot`: null when `repoRoot` is not the top of a Git work tree
 * (the caller then walks the folder), none when the branch has no commit yet.
 */
export async function readCommittedCoverageSources(repoRoot: string, managedFolder: string): Promise<CoverageSourceFile[] | null> {
  const gitDir = await lstat(path.join(repoRoot, '.git')).catch(() => null);
  if (gitDir === null) return null;
  const head = (await _git(repoRoot, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']).catch(() => '')).trim();
  if (head === '') return [];
  const blobs = await listCoverageSourceBlobs((args) => _git(repoRoot, args), head, managedFolder);
  const texts = await _catBlobs(repoRoot, blobs.map((b) => b.oid));
  return blobs.map((b, i) => ({ path: b.path, text: texts[i]! }));
}

/** A clean environment for local git reads (no GIT_DIR or the like inherited from a hook or a test runner). */
function _env(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return { ...env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };
}

function _git(cwd: string, args: readonly string[], input?: string): Promise<string> {
  return _run(cwd, args, input).then((out) => out.toString('utf8'));
}

/** Every blob's content through one `git cat-file --batch`, in the order given. */
async function _catBlobs(cwd: string, oids: readonly string[]): Promise<string[]> {
  if (oids.length === 0) return [];
  const out = await _run(cwd, ['cat-file', '--batch'], oids.map((oid) => `${oid}\n`).join(''));
  const texts: string[] = [];
  let at = 0;
  for (const oid of oids) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    if (header[0] !== oid || header[1] !== 'blob') throw new ConfigError(`could not read blob ${oid} of the repository's Flux and Argo CD objects (git cat-file: ${header.join(' ')})`, { stage: 'publish' });
    const size = Number(header[2]);
    texts.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return texts;
}

function _run(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: _env(), stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new ConfigError(`git ${args[0]} could not read the commit in ${cwd}: ${Buffer.concat(err).toString('utf8').trim()}`, { stage: 'publish' }));
    });
    if (child.stdin) {
      // A git that stopped early closes its input: its exit status says what went wrong, not the write.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
  });
}
