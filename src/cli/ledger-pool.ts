/**
 * Inventory ledgers shared between devices. Devices of one family get ledgers that are equal row for row
 * (same modules, fields and configurations); at 10,000 devices one copy each was a third of synth's heap.
 * Pure: a per-run cache, no I/O.
 */
import type { InventoryLedgerEntry } from '../render/inventory.js';
import type { LedgerEntry } from '../translate/ledger.js';

/** Most distinct ledgers kept per bucket; a bucket this full simply stops sharing (never wrong, only bigger). */
const MAX_PER_BUCKET = 16;

/** A device's ledger as translate returned it and its inventory rows (possibly shared with other devices). */
export interface PooledLedger {
  readonly entries: readonly LedgerEntry[];
  readonly inventory: readonly InventoryLedgerEntry[];
}

/** Per-run pool: `share` returns inventory rows equal to the ledger's, reusing an equal array seen before. */
export class LedgerPool {
  private readonly _buckets = new Map<string, InventoryLedgerEntry[][]>();

  /** Inventory rows for `ledger` (deviceId dropped: the inventory entry names the device); treat as immutable. */
  share(ledger: readonly LedgerEntry[]): PooledLedger {
    const first = ledger[0];
    const key = first === undefined ? '' : `${ledger.length}\u0000${first.configurationId}\u0000${first.jsonPath}\u0000${ledger[ledger.length - 1]!.jsonPath}`;
    const bucket = this._buckets.get(key) ?? [];
    for (const candidate of bucket) if (_equal(candidate, ledger)) return { entries: ledger, inventory: candidate };
    const inventory = ledger.map(inventoryLedgerEntry);
    if (bucket.length < MAX_PER_BUCKET) bucket.push(inventory);
    this._buckets.set(key, bucket);
    return { entries: ledger, inventory };
  }
}

/** A ledger row as inventory.json stores it, in its key order. */
export function inventoryLedgerEntry(entry: LedgerEntry): InventoryLedgerEntry {
  return {
    module: entry.module,
    key: entry.key,
    fidelity: entry.fidelity,
    configurationId: entry.configurationId,
    jsonPath: entry.jsonPath,
    target: entry.target,
    reason: entry.reason,
  };
}

function _equal(rows: readonly InventoryLedgerEntry[], ledger: readonly LedgerEntry[]): boolean {
  if (rows.length !== ledger.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const b = ledger[i]!;
    if (a.module !== b.module || a.key !== b.key || a.fidelity !== b.fidelity || a.configurationId !== b.configurationId || a.jsonPath !== b.jsonPath || a.target !== b.target || a.reason !== b.reason) return false;
  }
  return true;
}
