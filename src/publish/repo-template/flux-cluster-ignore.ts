/**
 * What one cluster's Flux GitRepository keeps of the repository: only `<path>/devices/<cluster>/`. Without it,
 * source-controller packs every cluster's devices (and the workflow, README, inventories) into each cluster's
 * artifact, so every cluster downloads the whole fleet.
 *
 * `spec.ignore` uses .gitignore syntax; source-controller appends it to the repository's `.sourceignore` rules
 * and filters the archive with them (fluxcd/source-controller internal/controller/gitrepository_controller.go,
 * `reconcileArtifact`: `sourceignore.ReadPatterns(obj.Spec.Ignore)` → `storage.SourceIgnoreFilter`). Given, it
 * replaces the default exclusions, which `/*` covers anyway. `spec.sparseCheckout` (Flux 2.6+) also keeps the
 * clone itself to that folder; the ignore rules alone already decide what the artifact holds, on any Flux 2.
 */

/**
 * The `spec.ignore` text for a cluster's devices folder (`devices/<cluster>` or `<path>/devices/<cluster>`,
 * POSIX, relative to the repository root). Git cannot re-include a file whose parent folder is excluded, so each
 * level is excluded as a whole (`/a/*`) and only the next folder on the way is re-included (`!/a/b/`).
 */
export function fluxClusterIgnore(devicesPath: string): string {
  const lines = ['# Only this cluster\'s device folder goes into the artifact.', '/*'];
  const segments = devicesPath.split('/');
  for (let i = 1; i <= segments.length; i++) {
    const folder = segments.slice(0, i).map(_escapeGitignore).join('/');
    lines.push(`!/${folder}/`);
    if (i < segments.length) lines.push(`/${folder}/*`);
  }
  return `${lines.join('\n')}\n`;
}

/** A folder name as a literal in a gitignore pattern: glob characters and a trailing space escaped with `\`. */
function _escapeGitignore(segment: string): string {
  return segment.replace(/[\\*?[\]]/g, '\\$&').replace(/ $/, '\\ ');
}
