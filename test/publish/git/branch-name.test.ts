/**
 * Issue 19 item 16 (b): `--branch` is a branch name. `refs/heads/x` is normalised to `x`; `HEAD`, other refs and
 * every name git refuses are refused with the reason. The refusals are checked against the real
 * `git check-ref-format --branch`, so the table cannot drift from git's rules.
 */
import { execFileSync } from 'node:child_process';
import { ConfigError } from '../../../src/errors.js';
import { checkBranchName } from '../../../src/publish/git/branch-name.js';

function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('checkBranchName', () => {
  it.each([
    { name: 'a plain name', input: 'main', expected: 'main' },
    { name: 'a name with slashes, dots, digits', input: 'release/1.0_rc-2', expected: 'release/1.0_rc-2' },
    { name: 'a full branch ref is normalised', input: 'refs/heads/release/1.0', expected: 'release/1.0' },
  ])('accepts $name', ({ input, expected }) => {
    expect(checkBranchName(input)).toBe(expected);
    expect(gitAccepts(expected)).toBe(true);
  });

  it.each([
    { name: 'HEAD', input: 'HEAD', reason: "'HEAD' names the current commit, not a branch" },
    { name: 'refs/heads/HEAD', input: 'refs/heads/HEAD', reason: "'HEAD' names the current commit, not a branch" },
    { name: 'a double dot', input: 'a..b', reason: "it contains '..'" },
    { name: 'a .lock part', input: 'x.lock', reason: "a part ends with '.lock'" },
    { name: 'a .lock part inside', input: 'a.lock/b', reason: "a part ends with '.lock'" },
    { name: 'a trailing slash', input: 'x/', reason: "it has an empty part between '/'" },
    { name: 'a leading slash', input: '/x', reason: "it has an empty part between '/'" },
    { name: 'two slashes', input: 'a//b', reason: "it has an empty part between '/'" },
    { name: 'a space', input: 'a b', reason: "only letters, digits and '.', '_', '/', '-' are accepted (git refuses spaces and ~^:?*[\\ )" },
    ...['~', '^', ':', '?', '*', '[', '\\'].map((c) => ({ name: `'${c}'`, input: `a${c}b`, reason: "only letters, digits and '.', '_', '/', '-' are accepted (git refuses spaces and ~^:?*[\\ )" })),
    { name: 'a part starting with a dot', input: 'a/.b', reason: "a part starts with '.'" },
    { name: 'a leading dot', input: '.x', reason: "a part starts with '.'" },
    { name: 'a trailing dot', input: 'a.', reason: "it ends with '.'" },
    { name: 'a leading dash', input: '-x', reason: "it starts with '-'" },
    { name: 'empty', input: '', reason: 'it is empty' },
    { name: 'an empty full ref', input: 'refs/heads/', reason: 'it is empty' },
    { name: 'a newline (shown as ?, one line)', input: 'a\nb', reason: "only letters, digits and '.', '_', '/', '-' are accepted (git refuses spaces and ~^:?*[\\ )" },
  ])('refuses $name, as git does', ({ input, reason }) => {
    const shown = input.replace('\n', '?');
    expect(() => checkBranchName(input)).toThrow(ConfigError);
    expect(() => checkBranchName(input)).toThrow(`--branch is not a valid branch name: '${shown}': ${reason}`);
    expect(gitAccepts(input.startsWith('refs/heads/') ? input.slice('refs/heads/'.length) : input)).toBe(false);
  });

  it.each([
    { name: 'a tag ref', input: 'refs/tags/v1' },
    { name: 'a remote ref', input: 'refs/remotes/origin/main' },
  ])('refuses $name: only branches', ({ input }) => {
    expect(() => checkBranchName(input)).toThrow(`--branch is not a valid branch name: '${input}': only a branch is accepted (a full ref must start with refs/heads/)`);
  });

  it('names the flag it checks', () => {
    expect(() => checkBranchName('HEAD', '--base')).toThrow(/^--base is not a valid branch name/);
  });
});
