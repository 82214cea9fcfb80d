/**
 * The synchronous read-compare-replace of one device directory, shared by the inline writer (main thread) and
 * the writer thread (`device-dir-worker.ts`). Each directory is replaced whole through renames, so a process
 * killed at any point leaves it with its old files or its new ones; `openOutput` repairs the rest next run.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeError } from './write-error.js';

/** Part of the name of every temporary sibling the writers create; such names are never device directories. */
export const TEMP_MARK = '.iotedge-gitops-tmp-';

/** What writing one device directory did to it. */
export type DeviceDirOutcome = 'added' | 'changed' | 'unchanged';

/**
 * Makes `absolute` hold exactly `files`. `exists` says whether the directory was there when the output was
 * opened: only then is it read back and compared (a fresh root costs only the writes), and an identical one is
 * not touched at all (its mtimes stay). `beforeChange` runs once before the directory changes, never for an
 * unchanged one. Throws ConfigError `cannot write <absolute>: <reason>` when the replacement fails; a failed
 * replacement leaves the previous directory and no temporary behind.
 */
export function applyDeviceDir(absolute: string, files: ReadonlyMap<string, string>, exists: boolean, beforeChange: () => void): DeviceDirOutcome {
  const current = exists ? _readDirSync(absolute) : null;
  if (current !== null && _sameFiles(current, files)) return 'unchanged';
  beforeChange();
  _replaceDir(absolute, files, current !== null);
  return current === null ? 'added' : 'changed';
}

/** Writes the WRITING_MARKER file at `file` (its folder made first); throws ConfigError `cannot write <file>: <reason>`. */
export function writeWritingMarker(file: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'iotedge-gitops is writing here; if no run is, one was stopped: the next run renders every device\n');
  } catch (error) {
    throw writeError(file, error);
  }
}

/**
 * Synchronous on purpose: one device directory is a handful of small files, and awaiting each write through
 * the libuv thread pool cost about as much again as the writes themselves (issue 7 benchmark).
 */
function _replaceDir(absolute: string, files: ReadonlyMap<string, string>, exists: boolean): void {
  const suffix = randomBytes(4).toString('hex');
  const fresh = `${absolute}${TEMP_MARK}new-${suffix}`;
  const old = `${absolute}${TEMP_MARK}old-${suffix}`;
  try {
    mkdirSync(fresh, { recursive: true });
    for (const [name, content] of files) writeFileSync(path.join(fresh, name), content);
    let hadOld = exists;
    if (exists) {
      try {
        renameSync(absolute, old);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        hadOld = false;
      }
    }
    renameSync(fresh, absolute);
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } catch (error) {
    try {
      rmSync(fresh, { recursive: true, force: true });
    } catch {
      // The cause is what the user must see: where `fresh` could not be made (a file in the way), removing it fails too.
    }
    throw writeError(absolute, error);
  }
}

function _readDirSync(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) files.set(entry.name, readFileSync(path.join(dir, entry.name), 'utf8'));
    else files.set(entry.name, '\u0000not-a-file');
  }
  return files;
}

function _sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, content] of b) if (a.get(name) !== content) return false;
  return true;
}
