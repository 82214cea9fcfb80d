/**
 * A failed device-directory write crosses from the writer thread to the main thread as plain data: postMessage
 * keeps neither an Error's class nor its errno fields, so `encodeWriteFailure` flattens and `decodeWriteFailure`
 * rebuilds the error the inline writer would have thrown (ConfigError, raw errno Error, or InternalError).
 */
import { ConfigError, InternalError } from '../../../src/errors.js';
import { decodeWriteFailure, encodeWriteFailure, type WriteFailure } from '../../../src/publish/output/write-failure.js';

/** A Node file-system error as fs throws it: message plus errno fields. */
function errnoError(fields: { code: string; errno?: number; syscall?: string; path?: string }, message = `${fields.code}: failed`): NodeJS.ErrnoException {
  return Object.assign(new Error(message), fields);
}

describe('encodeWriteFailure', () => {
  it.each([
    {
      name: 'a ConfigError with a file-system cause keeps the message and every errno field of the cause',
      error: () => new ConfigError('cannot write /o/devices/a/ns: the disk is full', { cause: errnoError({ code: 'ENOSPC', errno: -28, syscall: 'write', path: '/o/devices/a/ns/x.yaml' }, 'ENOSPC: no space left') }),
      expected: { kind: 'config', message: 'cannot write /o/devices/a/ns: the disk is full', cause: { message: 'ENOSPC: no space left', code: 'ENOSPC', errno: -28, syscall: 'write', path: '/o/devices/a/ns/x.yaml' } },
    },
    {
      name: 'a ConfigError without a cause has no cause key',
      error: () => new ConfigError('cannot write /o: it is a directory'),
      expected: { kind: 'config', message: 'cannot write /o: it is a directory' },
    },
    {
      name: 'a ConfigError whose cause is not an errno error drops the cause',
      error: () => new ConfigError('cannot write /o: odd', { cause: new Error('no code') }),
      expected: { kind: 'config', message: 'cannot write /o: odd' },
    },
    {
      name: 'an errno field that is absent stays absent (no undefined keys)',
      error: () => errnoError({ code: 'EISDIR' }, 'EISDIR: illegal operation on a directory'),
      expected: { kind: 'file-system', error: { message: 'EISDIR: illegal operation on a directory', code: 'EISDIR' } },
    },
    {
      name: 'a raw file-system error is carried as such, not as a ConfigError',
      error: () => errnoError({ code: 'EACCES', errno: -13, syscall: 'scandir', path: '/o/devices/a/ns' }, "EACCES: permission denied, scandir '/o/devices/a/ns'"),
      expected: { kind: 'file-system', error: { message: "EACCES: permission denied, scandir '/o/devices/a/ns'", code: 'EACCES', errno: -13, syscall: 'scandir', path: '/o/devices/a/ns' } },
    },
    { name: 'any other Error is internal, with its message', error: () => new TypeError('x is not a function'), expected: { kind: 'internal', message: 'x is not a function' } },
    { name: 'a thrown non-Error is internal, as text', error: () => 'plain string', expected: { kind: 'internal', message: 'plain string' } },
  ])('$name', ({ error, expected }) => {
    const encoded = encodeWriteFailure(error());
    expect(encoded).toStrictEqual(expected);
    // What postMessage does to it: the structured clone must be the same plain data.
    expect(structuredClone(encoded)).toStrictEqual(expected);
  });
});

describe('decodeWriteFailure', () => {
  it('config: a ConfigError of stage publish with the same message, and an errno Error as cause', () => {
    const decoded = decodeWriteFailure({ kind: 'config', message: 'cannot write /o/x: the disk is full', cause: { message: 'ENOSPC: no space left', code: 'ENOSPC', errno: -28, syscall: 'write', path: '/o/x' } });
    expect(decoded).toBeInstanceOf(ConfigError);
    expect({ message: decoded.message, stage: (decoded as ConfigError).stage }).toStrictEqual({ message: 'cannot write /o/x: the disk is full', stage: 'publish' });
    const cause = (decoded as ConfigError).cause as NodeJS.ErrnoException;
    expect(cause).toBeInstanceOf(Error);
    expect({ message: cause.message, code: cause.code, errno: cause.errno, syscall: cause.syscall, path: cause.path }).toStrictEqual({
      message: 'ENOSPC: no space left',
      code: 'ENOSPC',
      errno: -28,
      syscall: 'write',
      path: '/o/x',
    });
  });

  it('config without a cause: a ConfigError with no cause', () => {
    const decoded = decodeWriteFailure({ kind: 'config', message: 'cannot write /o: it is a directory' });
    expect(decoded).toBeInstanceOf(ConfigError);
    expect((decoded as ConfigError).cause).toBeUndefined();
  });

  it('file-system: a plain Error (not one of the tool errors) with the errno fields back on it', () => {
    const decoded = decodeWriteFailure({ kind: 'file-system', error: { message: 'EACCES: permission denied', code: 'EACCES', syscall: 'open', path: '/o/a' } }) as NodeJS.ErrnoException;
    expect(decoded).not.toBeInstanceOf(ConfigError);
    expect(decoded).not.toBeInstanceOf(InternalError);
    expect({ name: decoded.name, message: decoded.message, code: decoded.code, syscall: decoded.syscall, path: decoded.path, errno: decoded.errno }).toStrictEqual({
      name: 'Error',
      message: 'EACCES: permission denied',
      code: 'EACCES',
      syscall: 'open',
      path: '/o/a',
      errno: undefined,
    });
  });

  it('internal: an InternalError saying the writer failed, with the original message', () => {
    const decoded = decodeWriteFailure({ kind: 'internal', message: 'x is not a function' });
    expect(decoded).toBeInstanceOf(InternalError);
    expect(decoded.message).toBe('the device directory writer failed: x is not a function');
  });

  it.each<{ name: string; failure: WriteFailure; className: string }>([
    { name: 'config', failure: { kind: 'config', message: 'cannot write /a: read-only file system' }, className: 'ConfigError' },
    { name: 'internal', failure: { kind: 'internal', message: 'boom' }, className: 'InternalError' },
  ])('a round trip through encode keeps the class ($name)', ({ failure, className }) => {
    const decoded = decodeWriteFailure(failure);
    expect(decoded.name).toBe(className);
    const again = encodeWriteFailure(decoded);
    // An internal failure is re-encoded with its decorated message: only a ConfigError round-trips exactly.
    if (failure.kind === 'config') expect(again).toStrictEqual(failure);
    else expect(again).toStrictEqual({ kind: 'internal', message: 'the device directory writer failed: boom' });
  });
});
