/**
 * readDeviceFilesHash: `deviceFilesHash` of a device directory as it is on disk (every entry by name; a regular
 * file by its bytes, anything else — a sub-directory, a symlink — as "not a file"); null when the directory is
 * gone; a ConfigError of stage publish `cannot read <dir>: <reason>` when it cannot be read.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../../src/errors.js';
import { deviceFilesHash } from '../../../src/plan/device-files-hash.js';
import { readDeviceFilesHash } from '../../../src/publish/output/read-device-files-hash.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('read-device-files-hash-');

/** A fresh directory holding `files` (name → content). */
function dirWith(files: Record<string, string | Buffer>): string {
  const dir = temp();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('readDeviceFilesHash', () => {
  it.each<{ name: string; files: Record<string, string | Buffer> }>([
    { name: 'an empty directory', files: {} },
    { name: 'the files a render writes', files: { 'kustomization.yaml': 'resources:\n  - namespace.yaml\n', 'namespace.yaml': 'kind: Namespace\n' } },
    { name: 'hidden files count', files: { '.hand-note': 'x', 'namespace.yaml': 'kind: Namespace\n' } },
    { name: 'bytes that are not UTF-8 are hashed as they are', files: { 'blob.bin': Buffer.from([0xff, 0xfe, 0x00, 0x80]) } },
    { name: 'an empty file', files: { 'empty.yaml': '' } },
  ])('the hash of the files written: $name', ({ files }) => {
    expect(readDeviceFilesHash(dirWith(files))).toBe(deviceFilesHash(Object.entries(files)));
  });

  it('a sub-directory counts as an entry that is not a file, and differs from an empty file of that name', () => {
    const dir = dirWith({ 'namespace.yaml': 'kind: Namespace\n' });
    mkdirSync(path.join(dir, 'extra'));
    const hash = readDeviceFilesHash(dir);
    expect(hash).toBe(deviceFilesHash([['namespace.yaml', 'kind: Namespace\n'], ['extra', null]]));
    expect(hash).not.toBe(deviceFilesHash([['namespace.yaml', 'kind: Namespace\n'], ['extra', '']]));
  });

  it('a symlink to a file with the same content is not that file: it never matches what the tool writes', () => {
    const outside = dirWith({ 'target.yaml': 'kind: Namespace\n' });
    const dir = temp();
    symlinkSync(path.join(outside, 'target.yaml'), path.join(dir, 'namespace.yaml'));
    expect(readDeviceFilesHash(dir)).toBe(deviceFilesHash([['namespace.yaml', null]]));
  });

  it('an edit, an added file and a removed file each change the hash', () => {
    const files = { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 2\n' };
    const written = deviceFilesHash(Object.entries(files));
    const hashes = [
      readDeviceFilesHash(dirWith({ ...files, 'a.yaml': 'a: 2\n' })),
      readDeviceFilesHash(dirWith({ ...files, 'c.yaml': '' })),
      readDeviceFilesHash(dirWith({ 'a.yaml': 'a: 1\n' })),
    ];
    expect(hashes.map((h) => h === written)).toStrictEqual([false, false, false]);
  });

  it.each([
    { name: 'the directory was removed', where: (root: string) => path.join(root, 'gone') },
    { name: 'its parent does not exist either', where: (root: string) => path.join(root, 'no', 'such', 'dir') },
  ])('null when $name', ({ where }) => {
    expect(readDeviceFilesHash(where(temp()))).toBeNull();
  });

  it.each([
    { name: 'the path is a file', where: (file: string) => file },
    { name: 'the path goes through a file', where: (file: string) => path.join(file, 'sub') },
  ])('ConfigError "cannot read <dir>: <reason>" when $name', ({ where }) => {
    const file = path.join(dirWith({ 'plain.txt': 'x' }), 'plain.txt');
    const dir = where(file);
    let error: unknown;
    try {
      readDeviceFilesHash(dir);
    } catch (e) {
      error = e;
    }
    expect([error instanceof ConfigError, (error as ConfigError).message, (error as ConfigError).stage]).toStrictEqual([
      true,
      `cannot read ${dir}: a part of the path is a file, not a directory`,
      'publish',
    ]);
    expect((error as ConfigError).cause).toHaveProperty('code', 'ENOTDIR');
  });
});
