/**
 * writeError: the one ConfigError (stage publish) a user reads when output cannot be written:
 * `cannot write <target>: <reason>`, the reason in words for the file-system errors a user causes (see
 * file-system-error.test.ts for every code), else the errno code, else the error's message; the error is kept as
 * the cause. It is returned, not thrown.
 */
import path from 'node:path';
import { ConfigError } from '../../../src/errors.js';
import { writeError } from '../../../src/publish/output/write-error.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('write-error-');

const errno = (code: string, message = `${code}: failed`): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

describe('writeError', () => {
  it.each([
    { name: 'a full disk in words', error: errno('ENOSPC'), reason: 'the disk is full' },
    { name: 'a path through a file in words', error: errno('ENOTDIR'), reason: 'a part of the path is a file, not a directory' },
    { name: 'an errno code with no words: the code', error: errno('EMFILE'), reason: 'EMFILE' },
    { name: 'an error without a code: its message', error: new Error('disk on fire'), reason: 'disk on fire' },
  ])('$name', ({ error, reason }) => {
    const target = '/out/devices/default/msiot-a-b/namespace.yaml';
    const result = writeError(target, error);
    expect([result instanceof ConfigError, result.message, result.stage, result.cause]).toStrictEqual([true, `cannot write ${target}: ${reason}`, 'publish', error]);
  });

  it('ENOENT is judged against the target: under a writable folder it is "no such file or directory"', () => {
    const target = path.join(temp(), 'missing', 'file.yaml');
    expect(writeError(target, errno('ENOENT')).message).toBe(`cannot write ${target}: no such file or directory`);
  });
});
