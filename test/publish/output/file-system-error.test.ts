/**
 * The words a user reads for a file-system failure caused by where they pointed the tool (`fileSystemReason`), and
 * the `cannot <operation> <path>: <reason>` line of the CLI's last-resort report (`describeFileSystemError`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeFileSystemError, fileSystemReason } from '../../../src/publish/output/file-system-error.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('file-system-error-');

function errnoError(code: string, fields: { syscall?: string; path?: string } = {}): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code, ...fields });
}

/**
 * The error fs itself throws for `action`, with its fields copied onto an Error of this realm: under jest's VM
 * modules, errors made by node's fs are of another realm, so `instanceof Error` (which the code under test checks,
 * and which holds in a real process) would be false.
 */
function thrownBy(action: () => unknown): NodeJS.ErrnoException {
  try {
    action();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return Object.assign(new Error(e.message), { code: e.code, errno: e.errno, syscall: e.syscall, path: e.path });
  }
  throw new Error('expected the action to throw');
}

describe('fileSystemReason', () => {
  it.each([
    { code: 'ENOSPC', reason: 'the disk is full' },
    { code: 'EDQUOT', reason: 'the disk quota is exhausted' },
    { code: 'EROFS', reason: 'read-only file system' },
    { code: 'EACCES', reason: 'permission denied' },
    { code: 'EPERM', reason: 'operation not permitted' },
    { code: 'ENOTDIR', reason: 'a part of the path is a file, not a directory' },
    { code: 'EISDIR', reason: 'it is a directory' },
  ])('$code is worded as "$reason"', ({ code, reason }) => {
    expect(fileSystemReason(errnoError(code))).toBe(reason);
  });

  it.each([
    { name: 'an errno code the user did not cause by a path (EMFILE)', error: errnoError('EMFILE') },
    { name: 'an Error without a code', error: new Error('boom') },
    { name: 'a numeric code (not an errno name)', error: Object.assign(new Error('x'), { code: 42 }) },
    { name: 'undefined', error: undefined },
    { name: 'a string', error: 'ENOSPC' },
  ])('undefined for $name', ({ error }) => {
    expect(fileSystemReason(error)).toBeUndefined();
  });

  it('ENOENT under a writable folder is "no such file or directory", from the target given or the error\'s own path', () => {
    const dir = temp();
    const missing = path.join(dir, 'a', 'b', 'c.yaml');
    expect(fileSystemReason(errnoError('ENOENT'), missing)).toBe('no such file or directory');
    expect(fileSystemReason(errnoError('ENOENT', { path: missing }))).toBe('no such file or directory');
    // Neither a target nor a path on the error: nothing to look up, the plain reason.
    expect(fileSystemReason(errnoError('ENOENT'))).toBe('no such file or directory');
  });

  it('a real ENOTDIR from fs (a path through a file) is worded as such', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'file'), '');
    expect(fileSystemReason(thrownBy(() => mkdirSync(path.join(dir, 'file', 'sub'))))).toBe('a part of the path is a file, not a directory');
  });
});

describe('describeFileSystemError', () => {
  it('`cannot <syscall> <path>: <reason>` for a real fs error', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'file'), '');
    const target = path.join(dir, 'file', 'sub');
    expect(describeFileSystemError(thrownBy(() => mkdirSync(target)))).toBe(`cannot mkdir ${target}: a part of the path is a file, not a directory`);
  });

  it.each([
    { name: 'an errno error without a syscall', error: errnoError('ENOSPC', { path: '/o/x' }) },
    { name: 'an errno error without a path', error: errnoError('ENOSPC', { syscall: 'write' }) },
    { name: 'a code the tool has no words for', error: errnoError('EMFILE', { syscall: 'open', path: '/o/x' }) },
    { name: 'a plain object shaped like an errno error (not an Error)', error: { code: 'ENOSPC', syscall: 'write', path: '/o/x', message: 'x' } },
    { name: 'a string', error: 'ENOSPC' },
  ])('null for $name', ({ error }) => {
    expect(describeFileSystemError(error)).toBeNull();
  });

  it.each([
    { code: 'ENOSPC', syscall: 'write', expected: 'cannot write /o/devices/a/x.yaml: the disk is full' },
    { code: 'EACCES', syscall: 'open', expected: 'cannot open /o/devices/a/x.yaml: permission denied' },
    { code: 'EISDIR', syscall: 'read', expected: 'cannot read /o/devices/a/x.yaml: it is a directory' },
  ])('$code during $syscall', ({ code, syscall, expected }) => {
    expect(describeFileSystemError(errnoError(code, { syscall, path: '/o/devices/a/x.yaml' }))).toBe(expected);
  });
});
