/**
 * Words for the file-system failures a user causes by where they point the tool (a full disk, a read-only
 * mount, a path through a file), shared by the output writer and the CLI's last-resort error report.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file or directory',
};

/**
 * The reason for a Node file-system error, or undefined for anything else. ENOENT on a path whose nearest
 * existing ancestor is on a read-only file system is reported as read-only: Linux answers `mkdir -p` and
 * renames there with ENOENT for the missing part.
 */
export function fileSystemReason(error: unknown, target?: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  const where = target ?? (error as NodeJS.ErrnoException).path;
  if (code === 'ENOENT' && where !== undefined && _onReadOnlyFileSystem(where)) return REASONS['EROFS'];
  return REASONS[code];
}

/** `cannot <operation> <path>: <reason>` for a file-system error that carries its syscall and path; else null. */
export function describeFileSystemError(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException | undefined;
  if (!(error instanceof Error) || typeof e?.syscall !== 'string' || typeof e.path !== 'string') return null;
  const why = fileSystemReason(error);
  return why === undefined ? null : `cannot ${e.syscall} ${e.path}: ${why}`;
}

function _onReadOnlyFileSystem(target: string): boolean {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    try {
      accessSync(dir, constants.W_OK);
      return false;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EROFS') return true;
      if (code !== 'ENOENT' || dir === path.dirname(dir)) return false;
    }
  }
}
