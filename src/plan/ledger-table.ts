/**
 * The fidelity ledgers of a run as inventory.json stores them: each distinct module ledger once, in a table keyed
 * by a hash of its rows, and each device pointing at its modules' rows. Devices of one family, and modules that
 * several families share, have equal rows; one copy per device made inventory.json about 26 KB per device
 * (260 MB at 10,000 devices, over GitHub's 100 MB per-file limit) and a third of synth's heap.
 * Pure: a per-run cache, no I/O.
 */
import { createHash } from 'node:crypto';
import { InternalError } from '../errors.js';
import type { InventoryLedgerRow, LedgerRefs } from './inventory.js';
import type { LedgerEntry } from '../translate/ledger.js';

/** Most distinct ledgers compared per bucket before falling back to hashing (never wrong, only slower). */
const MAX_PER_BUCKET = 32;
/** Hex digits of SHA-256 kept in a ledger id: 64 bits, and a collision is detected, not trusted. */
const ID_LENGTH = 16;

interface Stored {
  readonly id: string;
  readonly rows: readonly InventoryLedgerRow[];
}

/** Per-run table of module ledgers; `add` each device's ledger, then `rows()` for inventory.json. */
export class LedgerTable {
  private readonly _byId = new Map<string, Stored>();
  private readonly _buckets = new Map<string, Stored[]>();

  /** Module name → ledger id for one device's ledger (any order; rows keep theirs within a module). */
  add(ledger: readonly LedgerEntry[]): LedgerRefs {
    const byModule = new Map<string, LedgerEntry[]>();
    for (const entry of ledger) {
      const rows = byModule.get(entry.module);
      if (rows === undefined) byModule.set(entry.module, [entry]);
      else rows.push(entry);
    }
    // No prototype: a module may be called `__proto__`, and it must stay an ordinary key.
    const refs = Object.create(null) as Record<string, string>;
    for (const [module, entries] of byModule) refs[module] = this._store(module, entries).id;
    return refs;
  }

  /**
   * Takes a device's ledger from an earlier inventory (`refs` into its `ledgers` table) without translating the
   * device again: module name → rows. Undefined, and nothing taken, when a reference is missing or its rows no
   * longer hash to their id (an edited file): the caller then translates the device.
   */
  adopt(refs: LedgerRefs, previous: Readonly<Record<string, readonly InventoryLedgerRow[]>> | undefined): Map<string, readonly InventoryLedgerRow[]> | undefined {
    // Both come from a file that may have been edited by hand: anything but objects means translate again.
    if (previous === null || typeof previous !== 'object' || refs === null || typeof refs !== 'object') return undefined;
    const found: Stored[] = [];
    for (const id of Object.values(refs)) {
      const stored = this._byId.get(id) ?? _verified(id, Object.hasOwn(previous, id) ? previous[id] : undefined);
      if (stored === undefined) return undefined;
      found.push(stored);
    }
    const byModule = new Map<string, readonly InventoryLedgerRow[]>();
    Object.keys(refs).forEach((module, i) => {
      this._byId.set(found[i]!.id, found[i]!);
      byModule.set(module, found[i]!.rows);
    });
    return byModule;
  }

  /** Every ledger added so far, by id, ids sorted (the `ledgers` table of inventory.json). */
  rows(): Record<string, readonly InventoryLedgerRow[]> {
    const table: Record<string, readonly InventoryLedgerRow[]> = {};
    for (const id of [...this._byId.keys()].sort()) table[id] = this._byId.get(id)!.rows;
    return table;
  }

  private _store(module: string, entries: readonly LedgerEntry[]): Stored {
    const first = entries[0]!;
    const last = entries[entries.length - 1]!;
    const key = `${module}\u0000${entries.length}\u0000${first.configurationId}\u0000${first.jsonPath}\u0000${last.jsonPath}`;
    const bucket = this._buckets.get(key) ?? [];
    for (const candidate of bucket) if (_equal(candidate.rows, entries)) return candidate;
    const rows = entries.map(inventoryLedgerRow);
    const text = JSON.stringify(rows);
    const id = _idOf(text);
    let stored = this._byId.get(id);
    if (stored === undefined) {
      stored = { id, rows };
      this._byId.set(id, stored);
    } else if (JSON.stringify(stored.rows) !== text) {
      throw new InternalError(`two different ledgers hash to the same id ${id}`, { stage: 'translate' });
    }
    if (bucket.length < MAX_PER_BUCKET) bucket.push(stored);
    this._buckets.set(key, bucket);
    return stored;
  }
}

/** A ledger row as inventory.json stores it, in its key order (device and module are implied by the reference). */
export function inventoryLedgerRow(entry: InventoryLedgerRow): InventoryLedgerRow {
  return {
    key: entry.key,
    fidelity: entry.fidelity,
    configurationId: entry.configurationId,
    jsonPath: entry.jsonPath,
    target: entry.target,
    reason: entry.reason,
  };
}

function _idOf(rowsJson: string): string {
  return createHash('sha256').update(rowsJson).digest('hex').slice(0, ID_LENGTH);
}

/** Rows read back from a file, kept only when they are well-formed and still hash to their id. */
function _verified(id: string, rows: unknown): Stored | undefined {
  if (!Array.isArray(rows)) return undefined;
  const copy = rows.map((row) => (row !== null && typeof row === 'object' ? inventoryLedgerRow(row as InventoryLedgerRow) : null));
  if (copy.some((row) => row === null || typeof row.key !== 'string' || typeof row.fidelity !== 'string')) return undefined;
  return _idOf(JSON.stringify(copy)) === id ? { id, rows: copy as InventoryLedgerRow[] } : undefined;
}

function _equal(rows: readonly InventoryLedgerRow[], ledger: readonly LedgerEntry[]): boolean {
  if (rows.length !== ledger.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const b = ledger[i]!;
    if (a.key !== b.key || a.fidelity !== b.fidelity || a.configurationId !== b.configurationId || a.jsonPath !== b.jsonPath || a.target !== b.target || a.reason !== b.reason) return false;
  }
  return true;
}
