/**
 * One run at a time per output (`--out`) or clone (`--work-dir`): two runs writing the same directories mix
 * their outputs, and no later run would know to repair them. The lock is a file created atomically (a link of a
 * fully written temporary file, so it is never seen half-written) holding who owns it, so a second run fails at
 * once naming the holder. A lock whose process is gone (same host, pid not running) is stale and taken over.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { writeError } from './write-error.js';

/** Who holds a lock: written into the lock file as JSON. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO 8601 UTC. */
  readonly started: string;
  /** The command line, credentials in URLs removed. */
  readonly command: string;
}

/** A held lock. */
export interface RunLock {
  readonly file: string;
  /** Removes the lock file if it is still this run's. Idempotent. */
  release(): Promise<void>;
}

/** A lock file that does not parse is taken as a run starting up for this long, then as stale. */
const UNREADABLE_GRACE_MS = 10_000;

/**
 * Takes the lock `file` for `what` (e.g. `--out /x`), or throws ConfigError naming the holder:
 * `--out /x is in use by another iotedge-gitops run (pid 41 on host ci-7, started …, command: …); …`.
 * The lock is also released when the process exits, however it exits (short of SIGKILL).
 */
export async function acquireRunLock(file: string, what: string, command: string): Promise<RunLock> {
  const me: LockHolder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString(), command };
  const text = JSON.stringify(me) + '\n';
  // A folder that cannot be made is reported by the CLI as `cannot mkdir <path>: <reason>`.
  await mkdir(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await _create(file, text)) return _held(file, text);
    const seen = await _read(file);
    if (seen === undefined) continue; // released meanwhile: try again
    const holder = _parse(seen.text);
    const stale = holder === null ? Date.now() - seen.mtimeMs > UNREADABLE_GRACE_MS : holder.host === me.host && !_alive(holder.pid);
    if (!stale) throw _heldError(file, what, holder);
    await _takeOver(file, seen.text);
  }
  throw new ConfigError(`${what} is in use: could not take the lock ${file} (other runs keep taking it)`, { stage: 'publish' });
}

/** The one-line description of a holder used in errors. */
export function describeHolder(holder: LockHolder): string {
  return `pid ${holder.pid} on host ${holder.host}, started ${holder.started}, command: ${holder.command}`;
}

function _heldError(file: string, what: string, holder: LockHolder | null): ConfigError {
  const who = holder === null ? 'a run that is starting' : describeHolder(holder);
  return new ConfigError(`${what} is in use by another iotedge-gitops run (${who}); wait for it to end, or delete ${file} if that process is gone`, { stage: 'publish' });
}

/** Creates `file` holding `text` atomically; false when it exists. */
async function _create(file: string, text: string): Promise<boolean> {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeError(file, error);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Moves a stale lock aside and deletes it, unless what was moved is not the stale lock any more (another run
 * took it over first): then it is put back and the caller looks again.
 */
async function _takeOver(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw writeError(file, error);
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== staleText) await link(aside, file).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

function _held(file: string, text: string): RunLock {
  let released = false;
  const releaseSync = () => {
    if (released) return;
    released = true;
    process.off('exit', releaseSync);
    try {
      if (readFileSync(file, 'utf8') === text) unlinkSync(file);
    } catch {
      // Gone already, or unreadable: either way it is not ours to remove.
    }
  };
  // Whatever ends the process (an error, process.exit after a second signal) leaves no lock behind.
  process.on('exit', releaseSync);
  return { file, release: async () => releaseSync() };
}

async function _read(file: string): Promise<{ text: string; mtimeMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { text, mtimeMs: info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw writeError(file, error);
  }
}

function _parse(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, started: String(value.started ?? '?'), command: String(value.command ?? '?') };
  } catch {
    return null;
  }
}

/** True while a process with this pid exists (EPERM: it exists, owned by someone else). */
function _alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
