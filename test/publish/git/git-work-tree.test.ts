/**
 * The Git operations of publishing (git-work-tree.ts): authentication through an extraheader, typed and redacted
 * errors, bounded ssh, and each step (open, fetch, reset, stage, commit, push, release) on real bare repositories.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, TransientError } from '../../../src/errors.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import {
  boundedSshCommand,
  BUSY_MARKER,
  CLONE_MARKER,
  commitStaged,
  fetchBranch,
  gitAuthEnv,
  gitError,
  isPartialClone,
  openWorkTree,
  pushHead,
  releaseWorkTree,
  resetWorkTree,
  runGitStep,
  stageFolder,
  treeOf,
  type WorkTree,
} from '../../../src/publish/git/git-work-tree.js';
import { bareRepo, commitFiles, git, headOf, tempDir } from '../git-helpers.js';
import { otherWriterCommit, workTreeCopies, type WorkTreeCopy } from '../../builders/git-work-trees.js';

describe('gitAuthEnv', () => {
  it.each([
    { name: 'https remote with a token uses an extraheader scoped to the origin', repo: 'https://github.com/acme/fleet.git', token: 'tok-123456789', key: 'http.https://github.com/.extraheader' },
    { name: 'GitHub Enterprise host', repo: 'https://ghe.example.com:8443/acme/fleet.git', token: 'tok-123456789', key: 'http.https://ghe.example.com:8443/.extraheader' },
  ])('$name', ({ repo, token, key }) => {
    const env = gitAuthEnv(repo, token)!;
    expect(env.GIT_CONFIG_COUNT).toBe('1');
    expect(env.GIT_CONFIG_KEY_0).toBe(key);
    expect(env.GIT_CONFIG_VALUE_0).toBe(`AUTHORIZATION: basic ${Buffer.from('x-access-token:tok-123456789').toString('base64')}`);
  });

  it.each([
    { name: 'no token', repo: 'https://github.com/a/b.git', token: undefined },
    { name: 'local path', repo: '/srv/git/fleet.git', token: 'tok-123456789' },
    { name: 'ssh remote', repo: 'git@github.com:a/b.git', token: 'tok-123456789' },
  ])('no auth env for $name', ({ repo, token }) => {
    expect(gitAuthEnv(repo, token)).toBeNull();
  });
});

// ---- git-work-tree.ts beyond gitAuthEnv: error wording, ssh bounds, and each git step on real repositories ----
// (Refused and reused --work-dir folders are in work-dir.test.ts; network bounds end to end in test/faults/.)

const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');

const write = (tree: WorkTree, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(tree.dir, file)), { recursive: true });
  writeFileSync(path.join(tree.dir, file), text);
};

describe('gitError', () => {
  const tree = { secrets: ['tok-123456789'], bounds: { connectTimeoutSeconds: 30, silenceTimeoutMs: 120_000 } };
  const advice = '\n\nPlease make sure you have the correct access rights\nand the repository exists.\n';

  it.each([
    {
      name: 'silence bound reached: transient, naming the bound in seconds',
      text: 'block timeout reached',
      type: TransientError,
      message: "git could not fetch branch 'main': the remote did not answer within 120 s; run again later",
    },
    {
      name: 'connection refused over https: transient, git\'s line kept',
      text: "fatal: unable to access 'https://127.0.0.1:9/x.git/': Failed to connect to 127.0.0.1 port 9 after 0 ms: Connection refused\n",
      type: TransientError,
      message: "git could not fetch branch 'main': fatal: unable to access 'https://127.0.0.1:9/x.git/': Failed to connect to 127.0.0.1 port 9 after 0 ms: Connection refused",
    },
    {
      name: 'a 5xx answer: transient',
      text: "fatal: unable to access 'https://git.example.com/x.git/': The requested URL returned error: 502\n",
      type: TransientError,
      message: "git could not fetch branch 'main': fatal: unable to access 'https://git.example.com/x.git/': The requested URL returned error: 502",
    },
    // git 2.39 over https: the answer's status after "unable to access"; a refusal is fixed by access, not by waiting.
    ...[401, 403, 404].map((status) => ({
      name: `an https ${status} answer: the remote refused, a ConfigError`,
      text: `fatal: unable to access 'https://git.example.com/x.git/': The requested URL returned error: ${status}\n`,
      type: ConfigError,
      message: `git could not fetch branch 'main': fatal: unable to access 'https://git.example.com/x.git/': The requested URL returned error: ${status}`,
    })),
    ...[408, 429].map((status) => ({
      name: `an https ${status} answer (timeout, throttling): transient`,
      text: `fatal: unable to access 'https://git.example.com/x.git/': The requested URL returned error: ${status}\n`,
      type: TransientError,
      message: `git could not fetch branch 'main': fatal: unable to access 'https://git.example.com/x.git/': The requested URL returned error: ${status}`,
    })),
    {
      name: 'ssh cannot reach the host: transient, ssh\'s reason kept, git\'s generic advice dropped',
      text: `ssh: connect to host gitops.example port 22: Connection timed out\r\nfatal: Could not read from remote repository.${advice}`,
      type: TransientError,
      message: "git could not fetch branch 'main': ssh: connect to host gitops.example port 22: Connection timed out / fatal: Could not read from remote repository.",
    },
    {
      name: 'the ssh server drops the handshake: transient',
      text: 'kex_exchange_identification: read: Connection reset by peer\r\nfatal: Could not read from remote repository.',
      type: TransientError,
      message: "git could not fetch branch 'main': kex_exchange_identification: read: Connection reset by peer / fatal: Could not read from remote repository.",
    },
    {
      name: 'the ssh key is refused: the remote answered, a ConfigError',
      text: `git@github.com: Permission denied (publickey).\r\nfatal: Could not read from remote repository.${advice}`,
      type: ConfigError,
      message: "git could not fetch branch 'main': git@github.com: Permission denied (publickey). / fatal: Could not read from remote repository.",
    },
    {
      name: 'no such repository: a ConfigError',
      text: "remote: Repository not found.\nfatal: repository 'https://github.com/acme/nope.git/' not found\n",
      type: ConfigError,
      message: "git could not fetch branch 'main': remote: Repository not found. / fatal: repository 'https://github.com/acme/nope.git/' not found",
    },
    {
      name: 'progress lines are dropped, the rejection kept',
      text: "Enumerating objects: 5, done.\nCounting objects: 100% (5/5), done.\nremote: Compressing objects: 100% (2/2), done.\nWriting objects: 100% (3/3), 280 bytes\nTotal 3 (delta 0), reused 0 (delta 0)\nremote: error: hook declined\n ! [remote rejected] HEAD -> main (pre-receive hook declined)\nerror: failed to push some refs to '/srv/fleet.git'\n",
      type: ConfigError,
      message: "git could not fetch branch 'main': remote: error: hook declined / ! [remote rejected] HEAD -> main (pre-receive hook declined) / error: failed to push some refs to '/srv/fleet.git'",
    },
    {
      name: 'only the last three lines are kept',
      text: 'first\nsecond\nthird\nfourth\n',
      type: ConfigError,
      message: "git could not fetch branch 'main': second / third / fourth",
    },
    {
      name: 'a known secret and credentials in a URL are redacted',
      text: "fatal: unable to access 'https://bot:pa55word@git.example.com/x.git/': header tok-123456789 refused\nfatal: could not read Username",
      type: TransientError,
      message: "git could not fetch branch 'main': fatal: unable to access 'https://<redacted>@git.example.com/x.git/': header <redacted> refused / fatal: could not read Username",
    },
  ])('$name', ({ text, type, message }) => {
    const cause = new Error(text);
    const error = gitError(tree, "fetch branch 'main'", cause);
    expect(error).toBeInstanceOf(type);
    expect({ name: error.name, message: error.message, stage: error.stage }).toStrictEqual({ name: type.name, message, stage: 'publish' });
    expect(error.cause).toBe(cause);
  });

  it('the silence bound without known bounds says only that the remote did not answer', () => {
    expect(gitError({ secrets: [] }, 'push', new Error('block timeout reached')).message).toBe('git could not push: the remote did not answer; run again later');
  });

  it('a thrown non-Error is read as text', () => {
    expect(gitError({ secrets: [] }, 'commit', 'fatal: bad object HEAD').message).toBe('git could not commit: fatal: bad object HEAD');
  });
});

describe('boundedSshCommand', () => {
  it.each([
    { name: 'whole seconds', command: 'ssh', seconds: 10, expected: 'ssh -o BatchMode=yes -o ConnectTimeout=10 -o ServerAliveInterval=10 -o ServerAliveCountMax=3' },
    { name: 'a fraction rounds up', command: 'ssh', seconds: 2.2, expected: 'ssh -o BatchMode=yes -o ConnectTimeout=3 -o ServerAliveInterval=3 -o ServerAliveCountMax=3' },
    { name: 'zero becomes one second (0 would mean no timeout to ssh)', command: 'ssh', seconds: 0, expected: 'ssh -o BatchMode=yes -o ConnectTimeout=1 -o ServerAliveInterval=1 -o ServerAliveCountMax=3' },
    {
      name: 'the caller\'s command and options come first, so they win (ssh keeps the first value)',
      command: 'ssh -i /keys/deploy -o ConnectTimeout=5',
      seconds: 30,
      expected: 'ssh -i /keys/deploy -o ConnectTimeout=5 -o BatchMode=yes -o ConnectTimeout=30 -o ServerAliveInterval=30 -o ServerAliveCountMax=3',
    },
  ])('$name', ({ command, seconds, expected }) => {
    expect(boundedSshCommand(command, { connectTimeoutSeconds: seconds, silenceTimeoutMs: 1000 })).toBe(expected);
  });
});

describe('runGitStep', () => {
  it('passes the step\'s result through, and turns its failure into a redacted, typed error naming the step', async () => {
    const tree = { secrets: ['s3cret-value'] } as unknown as WorkTree;
    await expect(runGitStep(tree, 'read a tree', async () => 'abc')).resolves.toBe('abc');
    const failure = await runGitStep(tree, 'read a tree', async () => {
      throw new Error('fatal: s3cret-value is not a tree');
    }).catch((e: unknown) => e as Error);
    expect([failure.name, failure.message]).toStrictEqual(['ConfigError', 'git could not read a tree: fatal: <redacted> is not a tree']);
  });
});

describe('openWorkTree on an empty folder', () => {
  it('makes a repository with origin, marks it as the tool\'s clone and as busy, sets a local identity and safe settings; the caller\'s GIT_* and editor variables are not passed on', async () => {
    // Were GIT_DIR passed on, git would work in `elsewhere`; were EDITOR, simple-git would refuse to run.
    const elsewhere = tempDir('elsewhere-');
    git(elsewhere, 'init', '-q');
    const elsewhereConfig = readFileSync(path.join(elsewhere, '.git/config'), 'utf8');
    const env = { ...process.env, GIT_DIR: path.join(elsewhere, '.git'), GIT_WORK_TREE: elsewhere, EDITOR: 'vi', PAGER: 'less' };
    const repo = 'https://git.example.com/acme/fleet.git';
    const tree = await openWorkTree(path.join(tempDir('work-tree-'), 'work'), { repo, token: 'tok-123456789', env }, AUTHOR);
    expect(readFileSync(path.join(tree.dir, '.git', CLONE_MARKER), 'utf8')).toBe(`${JSON.stringify({ repo })}\n`);
    expect(existsSync(path.join(tree.dir, '.git', BUSY_MARKER))).toBe(true);
    expect(git(tree.dir, 'remote', 'get-url', 'origin').trim()).toBe(repo);
    const config = (key: string) => git(tree.dir, 'config', '--local', '--get', key).trim();
    expect(['user.name', 'user.email', 'commit.gpgsign', 'core.autocrlf', 'core.quotepath', 'gc.auto', 'maintenance.auto'].map(config)).toStrictEqual([
      'Sync Bot',
      'bot@example.com',
      'false',
      'false',
      'false',
      '0',
      'false',
    ]);
    // The token is never stored: not in the repository's config, and both it and the header carrying it are redacted.
    expect(readFileSync(path.join(tree.dir, '.git/config'), 'utf8')).not.toContain('tok-123456789');
    expect(tree.secrets).toStrictEqual(['tok-123456789', `AUTHORIZATION: basic ${Buffer.from('x-access-token:tok-123456789').toString('base64')}`]);
    expect(readFileSync(path.join(elsewhere, '.git/config'), 'utf8')).toBe(elsewhereConfig);
  });
});

describe('git steps on real repositories', () => {
  /** A remote with two commits on main (filters allowed), and copies of a clone of it: checked out, or empty. */
  let shared: string;
  let clone: () => WorkTreeCopy;
  let empty: () => WorkTree;
  beforeAll(() => {
    shared = bareRepo({ 'a.txt': '1\n', 'fleet/f.txt': 'f\n' });
    commitFiles(shared, { 'a.txt': '2\n' }, 'second');
    git(shared, 'config', 'uploadpack.allowFilter', 'true');
    clone = workTreeCopies(shared);
    const emptyCopies = workTreeCopies(shared, null);
    empty = () => emptyCopies().tree;
  });

  describe('fetchBranch', () => {
    it.concurrent('returns the head of the branch, fetched shallow (one commit of history), not partial', async () => {
      const tree = empty();
      expect(await fetchBranch(tree, 'main')).toBe(headOf(shared));
      expect(git(tree.dir, 'rev-list', '--count', 'refs/remotes/origin/main').trim()).toBe('1');
      expect(await isPartialClone(tree)).toBe(false);
    });

    it.concurrent('a branch the remote does not have (deleted since the last fetch): null, and its stale remote-tracking ref is gone', async () => {
      const { tree, head } = clone();
      // As if fetched before the branch was deleted on the remote.
      git(tree.dir, 'update-ref', 'refs/remotes/origin/gone', head!);
      expect(await fetchBranch(tree, 'gone')).toBeNull();
      expect(git(tree.dir, 'for-each-ref', 'refs/remotes/origin/gone').trim()).toBe('');
    });

    it.concurrent('blobless makes a partial clone; a later full fetch makes it whole again', async () => {
      const tree = empty();
      await fetchBranch(tree, 'main', 1, true);
      expect(await isPartialClone(tree)).toBe(true);
      await fetchBranch(tree, 'main');
      expect(await isPartialClone(tree)).toBe(false);
      // Whole again: the blob is read without a lazy fetch (which a promisor-less clone could not do).
      expect(git(tree.dir, 'cat-file', '-p', 'refs/remotes/origin/main:a.txt')).toBe('2\n');
    });
  });

  describe('resetWorkTree', () => {
    it.concurrent('to a commit: the branch points there, and local changes and untracked files are gone', async () => {
      const { tree, head } = clone();
      write(tree, 'a.txt', 'edited\n');
      write(tree, 'new/untracked.txt', 'u\n');
      git(tree.dir, 'checkout', '-q', '-b', 'elsewhere');
      await resetWorkTree(tree, 'main', head);
      expect(git(tree.dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
      expect(git(tree.dir, 'rev-parse', 'HEAD').trim()).toBe(head);
      expect(git(tree.dir, 'status', '--porcelain', '--ignored')).toBe('');
    });

    it.concurrent('to null: an unborn branch, an empty index and an empty work tree', async () => {
      const { tree } = clone();
      write(tree, 'untracked.txt', 'u\n');
      await resetWorkTree(tree, 'fresh', null);
      expect(git(tree.dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/fresh');
      expect(git(tree.dir, 'for-each-ref', 'refs/heads/fresh').trim()).toBe('');
      expect(git(tree.dir, 'ls-files').trim()).toBe('');
      expect(readdirSync(tree.dir)).toStrictEqual(['.git']);
    });
  });

  describe('stageFolder, commitStaged, treeOf', () => {
    it.concurrent('stages added, changed and removed files under the folder only; true when something is staged', async () => {
      const { tree } = clone();
      write(tree, 'fleet/sub/new.txt', 'n\n');
      rmSync(path.join(tree.dir, 'fleet/f.txt'));
      write(tree, 'fleet/g.txt', 'g\n');
      write(tree, 'a.txt', 'edited outside the folder\n');
      write(tree, 'fleet-other/x.txt', 'a sibling with the same prefix\n');
      expect(await stageFolder(tree, 'fleet')).toBe(true);
      expect(git(tree.dir, 'diff', '--cached', '--name-status').trim().split('\n')).toStrictEqual(['D\tfleet/f.txt', 'A\tfleet/g.txt', 'A\tfleet/sub/new.txt']);
    });

    it.concurrent('false when nothing under the folder changed (changes elsewhere do not count)', async () => {
      const { tree } = clone();
      write(tree, 'a.txt', 'edited\n');
      write(tree, 'other/b.txt', 'b\n');
      expect(await stageFolder(tree, 'fleet')).toBe(false);
      expect(git(tree.dir, 'diff', '--cached', '--name-only').trim()).toBe('');
    });

    it.concurrent('commits with the message byte for byte and the given author (committer: the clone\'s identity); returns the new HEAD', async () => {
      const { tree, head } = clone();
      write(tree, 'a.txt', '3\n');
      git(tree.dir, 'add', 'a.txt');
      const message = 'iotedge-gitops: 1 changed\n\n# not a comment\ntrailing spaces   \n\n\nTool-Version: 0.1.0\n';
      const commit = await commitStaged(tree, message, { name: 'Other Bot', email: 'other@example.com' });
      expect(git(tree.dir, 'rev-parse', 'HEAD', `${commit}^`).trim().split('\n')).toStrictEqual([commit, head]);
      const raw = git(tree.dir, 'cat-file', 'commit', commit);
      expect(raw.slice(raw.indexOf('\n\n') + 2)).toBe(message);
      expect(git(tree.dir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', commit).trim()).toBe('Other Bot <other@example.com>|Sync Bot <bot@example.com>');
    });

    it.concurrent('treeOf: two commits of the same content have the same tree, whatever their message', async () => {
      const { tree, head } = clone();
      git(tree.dir, 'commit', '-q', '--allow-empty', '-m', 'nothing changed');
      const again = git(tree.dir, 'rev-parse', 'HEAD').trim();
      expect(again).not.toBe(head);
      const [a, b] = await Promise.all([treeOf(tree, again), treeOf(tree, head!)]);
      expect(a).toBe(b);
      expect(b).toBe(git(tree.dir, 'rev-parse', `${head}:`).trim());
    });
  });

  describe('pushHead', () => {
    /** A remote whose branches each test creates at `base`, and a clone with one commit of ours on top of `base`. */
    let remote: string;
    let base: string;
    let ours: () => WorkTreeCopy;
    beforeAll(() => {
      remote = bareRepo({ 'a.txt': '1\n' });
      base = headOf(remote)!;
      const copies = workTreeCopies(remote);
      ours = () => {
        const copy = copies();
        write(copy.tree, 'a.txt', 'ours\n');
        git(copy.tree.dir, 'commit', '-q', '-am', 'ours');
        return { tree: copy.tree, head: git(copy.tree.dir, 'rev-parse', 'HEAD').trim() };
      };
    });

    it.concurrent.each([
      { name: 'a fast-forward: pushed', branch: 'ff', remoteMoves: false, result: 'pushed' },
      { name: 'the remote moved meanwhile: rejected, never forced', branch: 'moved', remoteMoves: true, result: 'rejected' },
    ])('without a lease, $name', async ({ branch, remoteMoves, result }) => {
      git(remote, 'branch', branch, base);
      const theirs = remoteMoves ? otherWriterCommit(remote, branch, base) : null;
      const { tree, head: local } = ours();
      expect(await pushHead(tree, branch)).toBe(result);
      expect(headOf(remote, branch)).toBe(result === 'pushed' ? local : theirs);
    });

    it.concurrent.each([
      { name: 'lease "" on a branch that does not exist: created', branch: 'lease-new', lease: () => '', pushed: true },
      { name: 'lease "" on a branch that exists: rejected', branch: 'lease-exists', lease: () => (git(remote, 'branch', 'lease-exists', base), ''), pushed: false },
      { name: 'a lease on the remote\'s current head: forced over it', branch: 'lease-current', lease: () => otherWriterCommit(remote, 'lease-current', base), pushed: true },
      { name: 'a stale lease: rejected', branch: 'lease-stale', lease: () => (otherWriterCommit(remote, 'lease-stale', base), base), pushed: false },
    ])('force-with-lease: $name', async ({ branch, lease, pushed }) => {
      const expected = lease();
      const before = headOf(remote, branch);
      const { tree, head: local } = ours();
      expect(await pushHead(tree, branch, expected)).toBe(pushed ? 'pushed' : 'rejected');
      expect(headOf(remote, branch)).toBe(pushed ? local : before);
    });
  });

  describe('releaseWorkTree', () => {
    /** A checked-out clone with the busy marker a run leaves. */
    function busy(): WorkTree {
      const { tree } = clone();
      writeFileSync(path.join(tree.dir, '.git', BUSY_MARKER), 'busy\n');
      return tree;
    }

    it.concurrent('not clean: changes, untracked and ignored files are dropped; the busy marker goes', async () => {
      const tree = busy();
      write(tree, '.git/info/exclude', '*.log\n');
      write(tree, 'a.txt', 'edited\n');
      write(tree, 'new.txt', 'n\n');
      write(tree, 'debug.log', 'l\n');
      await releaseWorkTree(tree, false);
      expect(git(tree.dir, 'status', '--porcelain', '--ignored')).toBe('');
      expect(readdirSync(tree.dir).sort()).toStrictEqual(['.git', 'a.txt', 'fleet']);
      expect(existsSync(path.join(tree.dir, '.git', BUSY_MARKER))).toBe(false);
    });

    it.concurrent('clean: the work tree is not touched, the busy marker goes', async () => {
      const tree = busy();
      write(tree, 'new.txt', 'left on purpose by the test\n');
      await releaseWorkTree(tree, true);
      expect(readFileSync(path.join(tree.dir, 'new.txt'), 'utf8')).toBe('left on purpose by the test\n');
      expect(existsSync(path.join(tree.dir, '.git', BUSY_MARKER))).toBe(false);
    });

    it.concurrent('not clean on an unborn branch: staged files are dropped too', async () => {
      const tree = empty();
      write(tree, 'a.txt', '1\n');
      git(tree.dir, 'add', 'a.txt');
      await releaseWorkTree(tree, false);
      expect(git(tree.dir, 'ls-files').trim()).toBe('');
      expect(readdirSync(tree.dir)).toStrictEqual(['.git']);
    });
  });
});
