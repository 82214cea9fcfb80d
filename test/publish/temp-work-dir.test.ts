/**
 * The folder a run clones into: the one given (kept), or a new temporary folder removed afterwards; a removal
 * that fails after the work succeeded is a note, never an error. `rm` is wrapped so that a test can make it fail
 * (the tests run as root, where permissions cannot make a folder undeletable).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';

const actual = await import('node:fs/promises');
/** Error code every `rm` of the code under test fails with (null: an error without a code); undefined = the real `rm`. */
let rmFailure: string | null | undefined;
jest.unstable_mockModule('node:fs/promises', () => ({
  ...actual,
  rm: async (...args: Parameters<typeof actual.rm>) => {
    if (rmFailure === null) throw new Error('rm failed');
    if (rmFailure !== undefined) throw Object.assign(new Error(`rm failed: ${rmFailure}`), { code: rmFailure });
    return actual.rm(...args);
  },
}));
const { inWorkDir, removeTemporaryClone } = await import('../../src/publish/temp-work-dir.js');

const leftBehind: string[] = [];
afterEach(() => {
  rmFailure = undefined;
  for (const dir of leftBehind.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tempChildren = () => new Set(readdirSync(os.tmpdir()).filter((n) => n.startsWith('iotedge-gitops-')));

describe('inWorkDir', () => {
  it('runs in the folder given and leaves it, creating no temporary folder', async () => {
    const given = mkdtempSync(path.join(os.tmpdir(), 'given-work-dir-'));
    leftBehind.push(given);
    const before = tempChildren();
    const result = await inWorkDir(given, async (dir) => {
      writeFileSync(path.join(dir, 'clone.txt'), 'x');
      return { dir, notes: ['kept'] };
    });
    expect(result).toEqual({ dir: given, notes: ['kept'] });
    expect(existsSync(path.join(given, 'clone.txt'))).toBe(true);
    expect(tempChildren()).toEqual(before);
  });

  it('without a folder: a new iotedge-gitops-* folder under the system temp folder, there during the work, gone after', async () => {
    const seen: string[] = [];
    const result = await inWorkDir(undefined, async (dir) => {
      seen.push(dir, String(existsSync(dir)));
      mkdirSync(path.join(dir, 'repo/.git'), { recursive: true });
      writeFileSync(path.join(dir, 'repo/.git/HEAD'), 'ref: refs/heads/main\n');
      return { notes: [] as string[] };
    });
    expect(path.dirname(seen[0]!)).toBe(os.tmpdir());
    expect(path.basename(seen[0]!)).toMatch(/^iotedge-gitops-.+/);
    expect(seen[1]).toBe('true');
    expect(existsSync(seen[0]!)).toBe(false);
    expect(result).toEqual({ notes: [] });
  });

  it('two runs get two different folders', async () => {
    const dirs = await Promise.all([1, 2].map(() => inWorkDir(undefined, async (dir) => ({ dir, notes: [] }))));
    expect(dirs[0]!.dir).not.toBe(dirs[1]!.dir);
  });

  it('work that fails: the folder is removed and the same error reaches the caller', async () => {
    let used = '';
    const failure = new Error('push rejected');
    await expect(
      inWorkDir(undefined, async (dir) => {
        used = dir;
        writeFileSync(path.join(dir, 'half-written'), 'x');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(existsSync(used)).toBe(false);
  });

  it('a folder that cannot be removed after the work succeeded: the result, with a note after its own', async () => {
    let used = '';
    const result = await inWorkDir(undefined, async (dir) => {
      used = dir;
      leftBehind.push(dir);
      rmFailure = 'EBUSY';
      return { commit: 'abc123', notes: ['pushed 1 commit'] };
    });
    expect(result).toEqual({
      commit: 'abc123',
      notes: ['pushed 1 commit', `the temporary clone ${used} could not be removed (EBUSY); the run itself is done, remove the folder by hand`],
    });
  });

  it('a removal that fails after failed work does not hide the work\'s error', async () => {
    const failure = new Error('clone failed');
    await expect(
      inWorkDir(undefined, async (dir) => {
        leftBehind.push(dir);
        rmFailure = 'EPERM';
        throw failure;
      }),
    ).rejects.toBe(failure);
  });
});

describe('removeTemporaryClone', () => {
  it.each([
    { name: 'a folder with nested files', make: (dir: string) => mkdirSync(path.join(dir, 'a/b'), { recursive: true }) },
    { name: 'a folder that is already gone', make: (dir: string) => rmSync(dir, { recursive: true }) },
  ])('removes $name: null, no note', async ({ make }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'remove-clone-'));
    leftBehind.push(dir);
    make(dir);
    await expect(removeTemporaryClone(dir)).resolves.toBeNull();
    expect(existsSync(dir)).toBe(false);
  });

  it('a removal that fails: a note naming the folder and the error code, not an exception', async () => {
    rmFailure = 'ENOTEMPTY';
    await expect(removeTemporaryClone('/tmp/iotedge-gitops-x')).resolves.toBe(
      'the temporary clone /tmp/iotedge-gitops-x could not be removed (ENOTEMPTY); the run itself is done, remove the folder by hand',
    );
  });

  it('an error without a code is named "unknown error"', async () => {
    rmFailure = null;
    await expect(removeTemporaryClone('/tmp/iotedge-gitops-y')).resolves.toBe(
      'the temporary clone /tmp/iotedge-gitops-y could not be removed (unknown error); the run itself is done, remove the folder by hand',
    );
  });

  it('the real rm failing: a path below a file is ENOTDIR, which force does not forgive', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'remove-clone-')), 'file');
    leftBehind.push(path.dirname(file));
    writeFileSync(file, 'x');
    await expect(removeTemporaryClone(path.join(file, 'below'))).resolves.toBe(`the temporary clone ${path.join(file, 'below')} could not be removed (ENOTDIR); the run itself is done, remove the folder by hand`);
  });
});
