/** What `renderDevice` returns for one device: a directory and its files, nothing written yet. */
export interface RenderedDevice {
  /** Directory relative to the output root, POSIX separators: `devices/<cluster>/<namespace>`. */
  readonly dir: string;
  /**
   * File name (no directory) → YAML text. Iterates in file-name order. Holds one file per object plus
   * `kustomization.yaml`, whose `resources` lists every other file.
   */
  readonly files: ReadonlyMap<string, string>;
}
