/**
 * managedFolder: `--path` as a POSIX path relative to the repository root ('.' for the root): backslashes become
 * slashes, `.` and `..` segments and repeated or trailing slashes are resolved. Absolute paths, paths that climb
 * out of the repository and any `.git` segment are ConfigErrors of stage publish quoting the text given.
 */
import { ConfigError } from '../../../src/errors.js';
import { managedFolder } from '../../../src/publish/git/managed-folder.js';

describe('managedFolder', () => {
  it.each([
    { name: './ is the root', text: './', expected: '.' },
    { name: 'a folder and its parent cancel out', text: 'a/..', expected: '.' },
    { name: '.. that stays inside the repository', text: 'a/b/../c', expected: 'a/c' },
    { name: 'repeated slashes collapse', text: 'a//b///', expected: 'a/b' },
    { name: 'Windows separators throughout, trailing one dropped', text: 'clusters\\edge\\', expected: 'clusters/edge' },
    { name: '.github is not .git', text: '.github/out', expected: '.github/out' },
    { name: 'a name that starts with .git is not .git', text: 'x/.gitops', expected: 'x/.gitops' },
  ])('$name: $text → $expected', ({ text, expected }) => {
    expect(managedFolder(text)).toBe(expected);
  });

  it.each([
    { name: 'parent then a folder', text: '../sibling' },
    { name: 'parent with a backslash', text: '..\\sibling' },
    { name: 'climbing out after a dot segment', text: './..' },
    { name: 'a UNC path (absolute once slashes are turned)', text: '\\\\server\\share' },
    { name: 'a Windows drive path', text: 'C:\\repo' },
    { name: 'a drive-relative Windows path', text: 'd:gitops' },
    { name: 'a Windows root-relative path', text: '\\out' },
    { name: '.git itself', text: '.git' },
    { name: '.git deeper down', text: 'a/.git' },
    { name: '.git reached through ..', text: 'a/../.git/x' },
  ])('rejects $name ($text), quoting it', ({ text }) => {
    expect(() => managedFolder(text)).toThrow(new ConfigError(`--path must be a folder inside the repository, got '${text}'`));
    try {
      managedFolder(text);
    } catch (error) {
      expect([error instanceof ConfigError, (error as ConfigError).stage]).toStrictEqual([true, 'publish']);
    }
  });
});

describe('managedFolder: common forms', () => {
  it.each([
    { name: 'root', text: '.', expected: '.' },
    { name: 'empty means root', text: '', expected: '.' },
    { name: 'sub folder', text: 'gitops', expected: 'gitops' },
    { name: 'trailing slash', text: 'clusters/edge/', expected: 'clusters/edge' },
    { name: 'dot segments inside', text: './a/./b', expected: 'a/b' },
    { name: 'backslashes', text: 'a\\b', expected: 'a/b' },
  ])('$name', ({ text, expected }) => {
    expect(managedFolder(text)).toBe(expected);
  });

  it.each([
    { name: 'absolute', text: '/etc' },
    { name: 'parent', text: '..' },
    { name: 'climbing out', text: 'a/../../b' },
    { name: 'the git dir', text: '.git/hooks' },
  ])('rejects $name', ({ text }) => {
    expect(() => managedFolder(text)).toThrow(/^--path must be a folder inside the repository/);
  });
});
