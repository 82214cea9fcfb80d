/**
 * Applies an OutputPlan to a directory (`--out`, or the managed folder of a Git work tree). Each device
 * directory is replaced as a whole by a rename, so a run killed at any point leaves every device either
 * with its previous files or with its new ones, never half-written; the next run repairs the rest.
 * Unchanged device directories are not touched at all, so Git and file watchers see only real changes.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { DEVICES_DIR, INVENTORY_FILE } from '../render/inventory.js';
import type { OutputPlan } from './output-plan.js';

/** Device directories (relative to the root) by what happened to them. */
export interface WriteSummary {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

const TEMP_MARK = '.iotedge-gitops-tmp-';

/** Makes `root` hold exactly `plan` under `devices/` and `inventory.json`; everything else is left alone. */
export async function writeOutput(root: string, plan: OutputPlan): Promise<WriteSummary> {
  const byDir = groupFilesByDeviceDir(plan);
  await mkdir(root, { recursive: true });
  await _removeLeftovers(path.join(root, DEVICES_DIR));
  const existing = await listDeviceDirs(root);
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const dir of plan.unchanged ?? []) {
    // The pipeline skipped these because a previous run wrote them; they must still be here.
    if (!existing.has(dir)) throw new ConfigError(`cannot reuse ${dir}: the directory is gone since the inventory was read`, { stage: 'publish' });
    unchanged.push(dir);
  }
  for (const [dir, files] of byDir) {
    const absolute = path.join(root, dir);
    const current = existing.has(dir) ? await _readDir(absolute) : null;
    if (current !== null && _sameFiles(current, files)) {
      unchanged.push(dir);
      continue;
    }
    _replaceDir(absolute, files, current !== null);
    (current === null ? added : changed).push(dir);
  }
  unchanged.sort();
  const wanted = new Set([...plan.deviceDirs, ...plan.keep]);
  const removed = [...existing].filter((dir) => !wanted.has(dir)).sort();
  for (const dir of removed) await rm(path.join(root, dir), { recursive: true, force: true });
  await _removeEmptyClusterDirs(path.join(root, DEVICES_DIR));
  const inventory = plan.files.get(INVENTORY_FILE);
  if (inventory !== undefined) await writeFileAtomic(path.join(root, INVENTORY_FILE), inventory);
  return { added, changed, removed, unchanged };
}

/** Device directories (`devices/<cluster>/<namespace>`) present under `root`, relative, sorted. */
export async function listDeviceDirs(root: string): Promise<Set<string>> {
  const found = new Set<string>();
  for (const cluster of await _subdirs(path.join(root, DEVICES_DIR))) {
    for (const namespace of await _subdirs(path.join(root, DEVICES_DIR, cluster))) {
      if (!namespace.includes(TEMP_MARK)) found.add(`${DEVICES_DIR}/${cluster}/${namespace}`);
    }
  }
  return found;
}

/** Writes a file through a temporary sibling and a rename, so readers never see half a file. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}${TEMP_MARK}${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw _writeError(file, error);
  }
}

/** Splits plan.files by device directory; rejects any path that would leave `devices/<cluster>/<namespace>/`. */
export function groupFilesByDeviceDir(plan: OutputPlan): Map<string, Map<string, string>> {
  const byDir = new Map<string, Map<string, string>>();
  for (const dir of plan.deviceDirs) byDir.set(dir, new Map());
  for (const [file, content] of plan.files) {
    if (file === INVENTORY_FILE) continue;
    const parts = file.split('/');
    const dir = parts.slice(0, 3).join('/');
    const safe = parts.length === 4 && parts[0] === DEVICES_DIR && parts.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\\'));
    const files = byDir.get(dir);
    if (!safe || files === undefined) throw new ConfigError(`refusing to write '${file}': not inside a planned device directory`, { stage: 'publish' });
    files.set(parts[3]!, content);
  }
  return byDir;
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
    rmSync(fresh, { recursive: true, force: true });
    throw _writeError(absolute, error);
  }
}

/** A run killed between the two renames leaves `<dir>…old-*` without `<dir>`: put it back, drop the rest. */
async function _removeLeftovers(devicesRoot: string): Promise<void> {
  for (const cluster of await _subdirs(devicesRoot)) {
    const clusterDir = path.join(devicesRoot, cluster);
    const names = await _subdirs(clusterDir);
    const present = new Set(names.filter((n) => !n.includes(TEMP_MARK)));
    for (const name of names) {
      const at = name.indexOf(TEMP_MARK);
      if (at < 0) continue;
      const original = name.slice(0, at);
      if (name.slice(at + TEMP_MARK.length).startsWith('old-') && !present.has(original)) {
        await rename(path.join(clusterDir, name), path.join(clusterDir, original));
        present.add(original);
      } else {
        await rm(path.join(clusterDir, name), { recursive: true, force: true });
      }
    }
  }
}

async function _removeEmptyClusterDirs(devicesRoot: string): Promise<void> {
  for (const cluster of await _subdirs(devicesRoot)) {
    const dir = path.join(devicesRoot, cluster);
    if ((await readdir(dir)).length === 0) await rm(dir, { recursive: true, force: true });
  }
}

async function _readDir(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile()) files.set(entry.name, await readFile(path.join(dir, entry.name), 'utf8'));
    else files.set(entry.name, '\u0000not-a-file');
  }
  return files;
}

function _sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, content] of b) if (a.get(name) !== content) return false;
  return true;
}

async function _subdirs(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw _writeError(dir, error);
  }
}

function _writeError(target: string, error: unknown): ConfigError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC' ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied (read-only or not writable)'
    : (code ?? (error as Error).message);
  return new ConfigError(`cannot write ${target}: ${why}`, { stage: 'publish', cause: error });
}
