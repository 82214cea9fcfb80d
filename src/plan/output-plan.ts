import type { Inventory } from './inventory.js';
import type { ClusterSelection } from './cluster-selection.js';

/**
 * Everything one run wants the output tree to be: the files to write and the device directories to leave
 * untouched. The synth writer applies it to `--out`, the sync command to the managed folder of a Git work tree.
 * Only `devices/**` (each cluster's `devices/<cluster>/inventory.json` included) and a root `inventory.json` an older
 * version left are managed; nothing else under the root is ever touched.
 */
export interface OutputPlan {
  /** POSIX path relative to the output root → file content (UTF-8). Includes each cluster's `devices/<cluster>/inventory.json`. */
  readonly files: ReadonlyMap<string, string>;
  /** Device directories produced by this run (e.g. `devices/default/msiot-hub-dev1`), sorted. */
  readonly deviceDirs: readonly string[];
  /** Device directories to keep exactly as they are (the device's configuration failed this run), sorted. */
  readonly keep: readonly string[];
  /**
   * Device directories whose inputs are unchanged since the run that wrote them (same `inputHash` in
   * inventory.json) and that were not rendered again: a subset of `keep`, so every consumer that honours
   * `keep` leaves them exactly as they are. Listed separately so summaries can tell them from failed devices.
   * Additive field (issue 7). @default []
   */
  readonly unchanged?: readonly string[];
  /**
   * Device directories (a subset of `deviceDirs`) whose files were handed to a streaming writer while the
   * pipeline ran (`SynthOptions.onDevice`, used by `synth` so a fleet's files are never all in memory): they are
   * already on disk and their files are not in `files`; nor is inventory.json (the writer serializes `inventory`).
   * Only `writeOutput` / `openOutput(...).finish` apply such a plan; publishing refuses it.
   * Additive field (issue 7). @default []
   */
  readonly delivered?: readonly string[];
  /**
   * Namespaces whose device directory is kept in whatever cluster it is (`devices/<any>/<namespace>`): devices that
   * failed because their cluster is unknown this run (a cluster tag that is not a string), so the directory their
   * last good output is in cannot be named. Every consumer that honours `keep` honours these too. @default []
   */
  readonly keepNamespaces?: readonly string[];
  /** The run's devices (its selection's only), as one; each cluster's file holds its part (`clusterInventories`). */
  readonly inventory: Inventory;
  /**
   * The clusters the run works on: device directories, inventories and markers in any other cluster's folder are
   * neither written nor removed, nor counted by the deletion guard, and a root inventory.json is left as it is.
   * @default every cluster
   */
  readonly selection?: ClusterSelection;
}
