/**
 * The one error a user sees when the output cannot be written: `cannot write <path>: <reason>`, with the
 * reason in words (a full disk, a read-only file system, a path through a file) and the errno kept as cause.
 */
import { ConfigError } from '../../errors.js';
import { fileSystemReason } from './file-system-error.js';

/** ConfigError `cannot write <target>: <reason>`; the reason is `fileSystemReason`, else the errno code, else the message. */
export function writeError(target: string, error: unknown): ConfigError {
  const why = fileSystemReason(error, target) ?? (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new ConfigError(`cannot write ${target}: ${why}`, { stage: 'publish', cause: error });
}
