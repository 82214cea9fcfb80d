/**
 * `--work-dir` is reused only when it is this tool's clone of the same `--repo` with no change the tool did not
 * make (issue 19 item 2): a plain folder, another repository, a clone of another remote, a clone whose origin was
 * changed, or one with someone's uncommitted work is refused before anything in it changes. An empty or missing
 * folder is cloned into, and a clone a run left dirty (dry run, failure, kill) is taken back.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { ConfigError } from '../../../src/errors.js';
import { BUSY_MARKER, CLONE_MARKER } from '../../../src/publish/git/git-work-tree.js';
import { publishToGit } from '../../../src/publish/git/git-publish.js';
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import { readTree } from '../../helpers/output-tree.js';
import { tempDirs } from '../../helpers/temp-dirs.js';
import { bareRepo, git, headOf, lsTree } from '../git-helpers.js';
import { buildPlan, type DeviceProps } from '../../builders.js';

const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');
const GUARD = { maxDeletions: parseDeletionLimit('10'), allowEmpty: false };
const temp = tempDirs('work-dir-');
const devices = (image: string): DeviceProps[] => [1, 2].map((i) => ({ deviceId: `dev${i}`, modules: [{ name: 'sensor', image }] }));
const publish = (remote: string, workDir: string, extra: { dryRun?: boolean; image?: string } = {}) =>
  publishToGit({ plan: buildPlan({ devices: devices(extra.image ?? 'repo/sensor:1.0') }), access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir, dryRun: extra.dryRun ?? false });

/** Everything under `dir` but .git/, and the refs and config of .git/. */
function state(dir: string) {
  const files = [...readTree(dir)].filter(([name]) => !name.startsWith('.git/') || /^\.git\/(config|HEAD|refs\/)/.test(name));
  return new Map(files);
}

describe('refused work directories: exit 1, nothing in them touched', () => {
  it.each([
    {
      name: 'a folder with other files',
      make: (dir: string) => writeFileSync(path.join(dir, 'notes.txt'), 'mine\n'),
      expected: /^--work-dir .* is not a clone of .*remote\.git made by iotedge-gitops \(it holds other files\); nothing in it was touched/,
    },
    {
      name: 'another repository with local work',
      make: (dir: string) => {
        git(dir, 'init', '-q', '--initial-branch=main');
        git(dir, 'remote', 'add', 'origin', 'https://example.invalid/other.git');
        writeFileSync(path.join(dir, 'work.txt'), 'committed\n');
        git(dir, 'add', '-A');
        git(dir, '-c', 'user.name=Me', '-c', 'user.email=me@example.com', 'commit', '-q', '-m', 'local work');
      },
      expected: /\(it is a Git repository the tool did not clone\)/,
    },
    {
      name: 'a clone the tool made of another repository (credentials in its URL are not shown)',
      make: (dir: string) => {
        git(dir, 'init', '-q');
        git(dir, 'remote', 'add', 'origin', 'https://bot:s3cret-token@git.example.com/other.git');
        writeFileSync(path.join(dir, '.git', CLONE_MARKER), JSON.stringify({ repo: 'https://bot:s3cret-token@git.example.com/other.git' }));
      },
      expected: /\(it is a clone of https:\/\/git\.example\.com\/other\.git\)/,
    },
  ])('$name', async ({ make, expected }) => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const head = headOf(remote);
    const dir = temp();
    make(dir);
    const before = state(dir);
    const failure = await publish(remote, dir).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(expected);
    expect((failure as Error).message).not.toContain('s3cret');
    expect(state(dir)).toStrictEqual(before);
    expect(headOf(remote)).toBe(head);
  });

  it('the tool\'s clone whose origin was changed by hand', async () => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const dir = path.join(temp(), 'work');
    await publish(remote, dir);
    git(dir, 'remote', 'set-url', 'origin', 'https://example.invalid/elsewhere.git');
    const before = state(dir);
    const failure = await publish(remote, dir).catch((e: unknown) => e);
    expect((failure as Error).message).toMatch(/\(its remote origin was changed to https:\/\/example\.invalid\/elsewhere\.git\)/);
    expect(state(dir)).toStrictEqual(before);
  });

  it.each([
    { name: 'an edited file', edit: (dir: string) => writeFileSync(path.join(dir, 'README.md'), 'edited by a person\n'), shown: 'README.md', count: '1 path' },
    { name: 'a new untracked file and a staged one', edit: (dir: string) => (writeFileSync(path.join(dir, 'a.txt'), 'x\n'), writeFileSync(path.join(dir, 'b.txt'), 'y\n'), git(dir, 'add', 'b.txt')), shown: 'b.txt', count: '2 paths' },
  ])('the tool\'s clone with uncommitted work: $name', async ({ edit, shown, count }) => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const dir = path.join(temp(), 'work');
    await publish(remote, dir);
    const head = headOf(remote);
    edit(dir);
    const before = state(dir);
    const failure = await publish(remote, dir, { image: 'repo/sensor:2.0' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toBe(
      `--work-dir ${dir} has uncommitted changes the tool did not make (${count}, e.g. '${shown}'); nothing in it was touched: commit or discard them, or point --work-dir at an empty or new folder`,
    );
    expect(state(dir)).toStrictEqual(before);
    expect(headOf(remote)).toBe(head);
  });

  it('through the CLI: exit 1 and one error line', async () => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const dir = temp();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const err: string[] = [];
    const code = await main(['sync', '--snapshot', path.resolve('examples/hub-snapshot.json'), '--repo', remote, '--work-dir', dir, '--quiet'], {
      stdout: { write: () => true },
      stderr: { write: (t: string) => err.push(t) },
      env: {},
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(err.join('')).toBe(`error: --work-dir ${dir} is not a clone of ${remote} made by iotedge-gitops (it holds other files); nothing in it was touched: point --work-dir at an empty or new folder\n`);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
  });
});

describe('accepted work directories', () => {
  it.each([
    { name: 'missing', make: (parent: string) => path.join(parent, 'new', 'work') },
    { name: 'empty', make: (parent: string) => (mkdirSync(path.join(parent, 'work')), path.join(parent, 'work')) },
  ])('$name: cloned into, marked as the tool\'s clone of --repo, reused by the next run', async ({ make }) => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const dir = make(temp());
    expect((await publish(remote, dir)).pushed).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, '.git', CLONE_MARKER), 'utf8'))).toStrictEqual({ repo: remote });
    expect(existsSync(path.join(dir, '.git', BUSY_MARKER))).toBe(false);
    expect((await publish(remote, dir, { image: 'repo/sensor:2.0' })).pushed).toBe(true);
    expect(lsTree(remote, 'main')).toContain('devices/default/msiot-hub1-dev1/deployment-sensor.yaml');
  });

  it('a dry run leaves the clone at its commit, so the next run reuses it', async () => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const dir = path.join(temp(), 'work');
    await publish(remote, dir);
    expect((await publish(remote, dir, { dryRun: true, image: 'repo/sensor:2.0' })).pushed).toBe(false);
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe('');
    expect((await publish(remote, dir, { image: 'repo/sensor:2.0' })).pushed).toBe(true);
  });

  it('changes left by a run that was killed (its busy marker is there) are dropped, not refused', async () => {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    const dir = path.join(temp(), 'work');
    await publish(remote, dir);
    writeFileSync(path.join(dir, '.git', BUSY_MARKER), 'left by a killed run\n');
    writeFileSync(path.join(dir, 'inventory.json'), 'half written');
    mkdirSync(path.join(dir, 'devices/default/msiot-hub1-dev9'), { recursive: true });
    writeFileSync(path.join(dir, 'devices/default/msiot-hub1-dev9/namespace.yaml'), 'x');
    const result = await publish(remote, dir, { image: 'repo/sensor:2.0' });
    expect(result.pushed).toBe(true);
    expect(lsTree(remote, 'main').filter((f) => f.includes('dev9'))).toStrictEqual([]);
    expect(existsSync(path.join(dir, '.git', BUSY_MARKER))).toBe(false);
  });
});
