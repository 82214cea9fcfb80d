import { ConfigError } from '../errors.js';
import { jsonPathOf } from '../model/json-path.js';
import type { SourceRef } from '../model/source-ref.js';
import type { Fidelity, LedgerEntry } from './ledger.js';

/**
 * Collects the ledger entries and input errors of one module. Every entry and error carries the device,
 * the module and the configuration + JSON path that supplied the field, so `explain` and `--strict` can
 * point at the exact input. Reasons are written by the translator and never contain input values that
 * could be secrets.
 */
export class LedgerRecorder {
  readonly entries: LedgerEntry[] = [];
  readonly errors: ConfigError[] = [];

  constructor(
    readonly deviceId: string,
    readonly module: string,
    /** Where the module (or hub/twin document) sits in its configuration. */
    readonly source: SourceRef,
  ) {}

  /** JSON path of a field below the module's own path. */
  pathOf(...keys: (string | number)[]): string {
    return jsonPathOf(this.source.jsonPath, ...keys);
  }

  /** Records what became of one field. `path` is relative to the module (`['settings', 'image']`). */
  record(key: string, fidelity: Fidelity, target: string, reason: string, path: readonly (string | number)[]): void {
    this.entries.push({
      deviceId: this.deviceId,
      module: this.module,
      configurationId: this.source.configurationId,
      jsonPath: this.pathOf(...path),
      key,
      fidelity,
      target: fidelity === 'dropped' ? '' : target,
      reason,
    });
  }

  /**
   * Changes what the entry of `key` says, keeping where it came from: for a field whose fate is known only once the
   * whole module is read (one entry per key per module). Records a new entry at `path` when there is none.
   */
  revise(key: string, fidelity: Fidelity, target: string, reason: string, path: readonly (string | number)[]): void {
    const at = this.entries.findIndex((entry) => entry.key === key);
    if (at === -1) return this.record(key, fidelity, target, reason, path);
    this.entries[at] = { ...this.entries[at]!, fidelity, target: fidelity === 'dropped' ? '' : target, reason };
  }

  /** Records an input error; translation continues so that every error is reported at once. */
  fail(message: string, path: readonly (string | number)[]): void {
    this.errors.push(
      new ConfigError(message, {
        stage: 'translate',
        configurationId: this.source.configurationId,
        deviceId: this.deviceId,
        module: this.module,
        jsonPath: this.pathOf(...path),
      }),
    );
  }
}
