import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deviceFilesHash } from '../../plan/device-files-hash.js';
import { ConfigError } from '../../errors.js';
import { fileSystemReason } from './file-system-error.js';

/**
 * `deviceFilesHash` of a device directory as it is on disk, read in one synchronous pass (a no-op run reads every
 * reused directory once; sync reads of a handful of small files cost less than awaiting each). `null` when the
 * directory is gone.
 * Throws ConfigError `cannot read <dir>: <reason>` for an unreadable directory.
 */
export function readDeviceFilesHash(absolute: string): string | null {
  const files: [string, Buffer | null][] = [];
  try {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      files.push([entry.name, entry.isFile() ? readFileSync(path.join(absolute, entry.name)) : null]);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    const why = fileSystemReason(error, absolute) ?? (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`cannot read ${absolute}: ${why}`, { stage: 'publish', cause: error });
  }
  return deviceFilesHash(files);
}
