import type { Inventory } from './inventory.js';

/** The previous run's inventory and the device directories present now. */
export interface PreviousOutput {
  readonly inventory: Inventory;
  /** `devices/<cluster>/<namespace>` directories present under the root when it was read. */
  readonly presentDirs: ReadonlySet<string>;
  /**
   * Present directories whose files on disk no longer have the `filesHash` the inventory recorded for them: edited,
   * added to or cut outside the tool since. The pipeline renders them again. @default none
   */
  readonly editedDirs?: ReadonlySet<string>;
}
