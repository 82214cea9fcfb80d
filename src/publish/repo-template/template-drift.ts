/**
 * Why a file of the GitOps repository differs from what `init` would write now: someone edited it, or it was
 * written for another `--repo-url` (the only difference is the clone URL that Flux and Argo CD read). The
 * second is what re-running init with a new URL looks like, and it deserves its own words: the user is about
 * to repoint clusters, not to lose an edit.
 */
import { renderRepoTemplate, type RepoTemplateProps } from './render-repo-template.js';

/** The clone URL a Flux GitRepository (`url:`) or Argo CD ApplicationSet (`repoURL:`) file holds. */
const CLONE_URL = /^\s*(?:url|repoURL): (\S+)\s*$/m;

export type TemplateDrift = { readonly kind: 'edited' } | { readonly kind: 'other-repo-url'; readonly repoUrl: string };

/** How `current` (the file on disk) differs from the template's `file` for `props`. */
export function templateDrift(file: string, current: string, props: RepoTemplateProps): TemplateDrift {
  const written = CLONE_URL.exec(current)?.[1];
  if (written === undefined || written === (props.repoUrl ?? '')) return { kind: 'edited' };
  try {
    if (renderRepoTemplate({ ...props, repoUrl: written }).get(file) === current) return { kind: 'other-repo-url', repoUrl: written };
  } catch {
    // The URL in the file is not one init accepts: the file was edited.
  }
  return { kind: 'edited' };
}
