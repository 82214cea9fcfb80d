/** Defaults more than one stage or command falls back to, declared once. */

/** The GitOps branch sync commits to (the pull request base with --pull-request), and Flux and Argo CD follow. */
export const DEFAULT_BRANCH = 'main';

/** The managed folder inside the GitOps repository (`--path`): its `devices/` and nothing else. */
export const DEFAULT_MANAGED_PATH = '.';

/** The output directory of synth (`--out`). */
export const DEFAULT_OUT = 'dist';
