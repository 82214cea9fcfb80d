/**
 * Writes a hub snapshot in the format `synth --snapshot` reads: sorted and pretty-printed so that two
 * snapshots of the same hub are byte-identical and a change shows as a small diff; written atomically so
 * that a crash or a full disk leaves the previous file intact.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { HubSnapshot } from '../model/hub-snapshot.js';
import { isJsonObject, type JsonValue } from '../model/json.js';
import { sortJsonKeys } from '../model/sort-json-keys.js';
import { compareOrdinal } from '../ordinal-compare.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * The snapshot as text: `{hub, hostName, configurations, devices}` in that order, configurations sorted by
 * `id`, devices by `deviceId` (code-unit order; items without an id last, ties by canonical text), every
 * object's keys sorted, arrays inside items kept in order, 2-space indent and a trailing newline.
 * Does not redact: callers pass the result of `redactSnapshot`.
 */
export function formatSnapshot(snapshot: HubSnapshot): string {
  const ordered = {
    hub: snapshot.hub,
    ...(snapshot.hostName === undefined ? {} : { hostName: snapshot.hostName }),
    configurations: _sortBy(snapshot.configurations, 'id'),
    devices: _sortBy(snapshot.devices, 'deviceId'),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/**
 * Writes `formatSnapshot(snapshot)` to `file`: parent directories are created, the text goes to a
 * temporary file in the same directory, is flushed to disk, and is renamed over `file`, so readers see
 * the old file or the new one, never half of one. A failure removes the temporary file and throws a
 * ConfigError naming the file and the system error code (ENOSPC, EACCES, EROFS ...).
 */
export async function writeSnapshotFile(file: string, snapshot: HubSnapshot): Promise<void> {
  const text = formatSnapshot(snapshot);
  const target = path.resolve(file);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(`cannot write snapshot ${file}: ${code}`, { stage: 'source' });
  }
}

function _sortBy(items: readonly JsonValue[], key: string): JsonValue[] {
  const idOf = (item: JsonValue): string | undefined => (isJsonObject(item) && typeof item[key] === 'string' ? (item[key] as string) : undefined);
  const keyed = items.map((item) => ({ id: idOf(item), item: sortJsonKeys(item) }));
  // Ties (items without an id, duplicate ids) fall back to the canonical text, so the output does not
  // depend on the order in which the hub happened to return them.
  return keyed.sort((a, b) => _compare(a.id, b.id) || _compare(JSON.stringify(a.item), JSON.stringify(b.item))).map((entry) => entry.item);
}

function _compare(a: string | undefined, b: string | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return compareOrdinal(a, b);
}
