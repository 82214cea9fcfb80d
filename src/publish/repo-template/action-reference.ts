import { ConfigError } from '../../errors.js';
import { TOOL_VERSION } from '../../tool-version.js';

/** The GitHub repository that publishes the iotedge-gitops action (action.yml at its root). */
export const ACTION_REPOSITORY = 'iotedge-gitops/iotedge-gitops';

/** `owner/name@v<version>`: the release tag of this version of the tool, the ref `init` pins the workflow to. */
export function defaultActionReference(version: string = TOOL_VERSION): string {
  return `${ACTION_REPOSITORY}@v${version}`;
}

/** `owner/name@ref` or `owner/name/folder@ref`, as GitHub reads `uses:`; anything else is a ConfigError. */
export function checkActionReference(reference: string): string {
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_./-]+$/.test(reference)) {
    throw new ConfigError(`--action must be owner/name@ref (a release tag or a full commit SHA), got '${reference}'`, { stage: 'cli' });
  }
  return reference;
}

/**
 * The `uses:` line of a workflow step, indented for a step's keys, with the comment that tells how to pin the
 * release tag to a commit instead: the same in every workflow `init` writes.
 */
export function pinnedUses(action: string): string {
  return `        # Pinned to a release tag. To pin to a commit instead, replace the tag by the full 40-character commit
        # SHA of that release (shown on its release page), e.g. ${action.replace(/@.*$/, '')}@<commit-sha> # v…
        uses: ${action}`;
}
