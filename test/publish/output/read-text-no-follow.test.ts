/**
 * inventory.json is read without following a symbolic link: a link there is "no file", so a foreign file is never
 * trusted as the previous run's inventory. Missing is "no file" too; anything else that stops the read is thrown.
 * The async and the sync reader keep the same rules.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTextNoFollow, readTextNoFollowSync } from '../../../src/publish/output/read-text-no-follow.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('read-text-no-follow-');

const readers = [
  { reader: 'readTextNoFollow', read: (file: string) => readTextNoFollow(file) },
  { reader: 'readTextNoFollowSync', read: async (file: string) => readTextNoFollowSync(file) },
];

/** A folder holding `real.json` ('{"devices":[]}\n'), a folder, a file used as a folder, and links. */
function layout(): string {
  const dir = temp();
  writeFileSync(path.join(dir, 'real.json'), '{"devices":[]}\n');
  writeFileSync(path.join(dir, 'empty.json'), '');
  writeFileSync(path.join(dir, 'utf8.json'), '{"hub":"Zürich-ハブ"}');
  mkdirSync(path.join(dir, 'folder'));
  symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'link-to-file.json'));
  symlinkSync(path.join(dir, 'nowhere.json'), path.join(dir, 'dangling.json'));
  symlinkSync(path.join(dir, 'folder'), path.join(dir, 'link-to-folder'));
  return dir;
}

const cases = [
  { name: 'a regular file: its text', file: 'real.json', expected: '{"devices":[]}\n' },
  { name: 'an empty file: the empty text, not "no file"', file: 'empty.json', expected: '' },
  { name: 'a file in UTF-8: decoded as UTF-8', file: 'utf8.json', expected: '{"hub":"Zürich-ハブ"}' },
  { name: 'a missing file: undefined', file: 'missing.json', expected: undefined },
  { name: 'a missing folder on the way: undefined', file: 'no-folder/inventory.json', expected: undefined },
  { name: 'a link to a real file: undefined (never followed)', file: 'link-to-file.json', expected: undefined },
  { name: 'a dangling link: undefined', file: 'dangling.json', expected: undefined },
];

describe.each(readers)('$reader', ({ read }) => {
  it.each(cases)('$name', async ({ file, expected }) => {
    expect(await read(path.join(layout(), file))).toBe(expected);
  });

  // Only the last part is checked: a link to a folder on the way is the user's layout (e.g. --out itself).
  it('a file reached through a linked folder is read', async () => {
    const dir = layout();
    writeFileSync(path.join(dir, 'folder', 'inventory.json'), 'through\n');
    expect(await read(path.join(dir, 'link-to-folder', 'inventory.json'))).toBe('through\n');
  });

  it.each([
    { name: 'a folder where the file should be', file: 'folder', code: 'EISDIR' },
    { name: 'a file where a folder should be', file: 'real.json/inventory.json', code: 'ENOTDIR' },
  ])('$name: thrown ($code)', async ({ file, code }) => {
    await expect(read(path.join(layout(), file))).rejects.toMatchObject({ code });
  });
});
