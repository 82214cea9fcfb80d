import type { Fidelity } from '../translate/ledger.js';
import type { PodSecurityLevel } from '../translate/pod-security-level.js';

/** A ledger row as stored in inventory.json's `ledgers` table (device and module are implied by the reference). */
export interface InventoryLedgerRow {
  readonly key: string;
  readonly fidelity: Fidelity;
  readonly configurationId: string;
  readonly jsonPath: string;
  readonly target: string;
  readonly reason: string;
}

/** A device's ledger in inventory.json: module name → ledger id. */
export type LedgerRefs = Readonly<Record<string, string>>;

/** One edge device in inventory.json. */
export interface InventoryDevice {
  readonly deviceId: string;
  readonly cluster: string;
  readonly namespace: string;
  /** Device directory relative to the output root; null when no base deployment targets the device. */
  readonly path: string | null;
  /** Winning base deployment id; null when none targets the device (unmanaged: no directory, nothing deleted). */
  readonly baseDeployment: string | null;
  /** Applied layered deployment ids, in merge order. */
  readonly layeredDeployments: readonly string[];
  /** Module names as written in the manifest, sorted. */
  readonly modules: readonly string[];
  /**
   * The Pod Security Standards level the device's pods need, as labelled on its namespace (so that a change of
   * level shows between two inventories); absent for unmanaged and failed devices.
   */
  readonly podSecurity?: PodSecurityLevel;
  /** Present only when the device kept its last good output: why. */
  readonly errors?: readonly string[];
  /**
   * Fidelity ledger of the device: module name (as written) → id of its rows in `Inventory.ledgers`, modules
   * sorted. Absent for unmanaged and failed devices.
   */
  readonly ledger?: LedgerRefs;
  /**
   * Hash of the device's render input (tool version and its DeviceIntent in canonical JSON), which determines
   * its files; absent for unmanaged and failed devices. A later run with the same hash and the directory present
   * does not render the device again.
   */
  readonly inputHash?: string;
  /**
   * Hash of the device's translate input (tool version, options, device id, cluster, and its deployments' ids and
   * modulesContent in merge order); absent for unmanaged and failed devices. A later run with the same hash and
   * the directory present neither translates nor renders the device: it keeps this entry's ledger and inputHash.
   */
  readonly sourceHash?: string;
  /**
   * `deviceFilesHash` of the directory's files as the tool wrote them; absent for unmanaged and failed devices.
   * A later run reuses the directory (see `inputHash`, `sourceHash`) only when the files on disk still have this
   * digest: a file edited, added or removed outside the tool makes it render the device again and say so.
   */
  readonly filesHash?: string;
}

/** One edge deployment as recorded in inventory.json (for commit trailers and PR metadata). */
export interface InventoryConfiguration {
  readonly id: string;
  readonly kind: 'base' | 'layered';
  readonly priority: number;
  readonly etag: string | null;
}

/** `<out>/inventory.json`: what the run produced, sorted, no timestamps. */
export interface Inventory {
  readonly hub: string;
  readonly hostName: string;
  /** Edge deployments, sorted by id. */
  readonly configurations: readonly InventoryConfiguration[];
  /** Every edge device, sorted by deviceId. */
  readonly devices: readonly InventoryDevice[];
  /**
   * Each distinct module ledger once, by id (16 hex digits of SHA-256 of its rows), ids sorted; the devices'
   * `ledger` point here. Devices of one family share their rows, so the file grows with the fleet's variety,
   * not its size.
   */
  readonly ledgers: Readonly<Record<string, readonly InventoryLedgerRow[]>>;
}
