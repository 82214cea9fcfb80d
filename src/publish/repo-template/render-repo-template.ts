import { ConfigError } from '../../errors.js';
import { isDnsLabel } from '../../names.js';
import { checkBranchName } from '../git/branch-name.js';
import { managedFolder } from '../git/managed-folder.js';
import { argoApplicationSetYaml } from './argocd-application-set.js';
import { fluxSyncYaml } from './flux-sync-chart.js';
import { syncWorkflowYaml } from './sync-workflow.js';
import { checkShardCount, matrixSyncWorkflowYaml } from './matrix-sync-workflow.js';
import { checkActionReference, defaultActionReference } from './action-reference.js';
import { templateReadme } from './template-readme.js';
import { DEFAULT_BRANCH, DEFAULT_MANAGED_PATH } from '../../defaults.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** Placeholder URL written when `--repo-url` is not given. */
export const PLACEHOLDER_REPO_URL = 'https://github.com/OWNER/REPO.git';

/** Options of the GitOps repository skeleton. */
export interface RepoTemplateProps {
  /** Cluster names (DNS labels), one Flux and one Argo CD file each. @default ['default'] */
  readonly clusters?: readonly string[];
  /** Clone URL Flux and Argo CD read. @default PLACEHOLDER_REPO_URL */
  readonly repoUrl?: string;
  /** Branch they follow and the workflow targets. @default 'main' */
  readonly branch?: string;
  /** Managed folder of `sync --path`. @default '.' */
  readonly path?: string;
  /** The action the workflow uses, `owner/name@ref` (a tag or a commit SHA). @default defaultActionReference() */
  readonly action?: string;
  /** Shard jobs of the workflow (`--matrix`, 2..256): one hub read, then a matrix of shard syncs. @default one sync job */
  readonly matrix?: number | string;
}

/**
 * The files of a new GitOps repository (POSIX path → content), pure: Flux and Argo CD objects per cluster
 * (generated with cdk8s from the imported CRDs), the scheduled workflow, a README, and `devices/<cluster>/.gitkeep`
 * so the paths Flux and Argo CD watch exist before the first sync.
 */
export function renderRepoTemplate(props: RepoTemplateProps = {}): Map<string, string> {
  const clusters = [...new Set(props.clusters && props.clusters.length > 0 ? props.clusters : ['default'])].sort();
  const bad = clusters.filter((c) => !isDnsLabel(c));
  if (bad.length > 0) throw new ConfigError(`--cluster must be a DNS label (lower-case letters, digits, '-'): ${bad.map((c) => `'${c}'`).join(', ')}`, { stage: 'cli' });
  const repoUrl = props.repoUrl ?? PLACEHOLDER_REPO_URL;
  if (/\s/.test(repoUrl) || _hasCredentials(repoUrl)) {
    // Flux and Argo CD take credentials from Secrets; a URL with a password would be committed in clear.
    throw new ConfigError('--repo-url must be a plain clone URL without spaces or credentials', { stage: 'cli' });
  }
  const branch = checkBranchName(props.branch ?? DEFAULT_BRANCH);
  const folder = managedFolder(props.path ?? DEFAULT_MANAGED_PATH);
  const prefix = folder === '.' ? '' : `${folder}/`;
  const files = new Map<string, string>();
  const action = checkActionReference(props.action ?? defaultActionReference());
  const shards = props.matrix === undefined ? undefined : checkShardCount(props.matrix);
  files.set('README.md', templateReadme({ clusters, branch, path: folder, action, ...(shards === undefined ? {} : { shards }) }));
  files.set('.github/workflows/iotedge-gitops.yml', shards === undefined ? syncWorkflowYaml({ branch, path: folder, action }) : matrixSyncWorkflowYaml({ branch, path: folder, action, shards }));
  for (const cluster of clusters) {
    const chartProps = { cluster, repoUrl, branch, devicesPath: `${prefix}devices/${cluster}` };
    files.set(`flux/${cluster}/iotedge-gitops.yaml`, fluxSyncYaml(chartProps));
    files.set(`argocd/${cluster}/iotedge-gitops-applicationset.yaml`, argoApplicationSetYaml(chartProps));
    files.set(`${prefix}devices/${cluster}/.gitkeep`, '');
  }
  return new Map([...files].sort(([a], [b]) => compareOrdinal(a, b)));
}

/**
 * True when the URL carries a secret: a password (`user:secret@`) in any scheme, or any user part of an http(s)
 * URL (a token alone can be the user name). An ssh user name alone (`ssh://git@github.com/…`, the form Flux
 * documents for SSH) is not a secret.
 */
function _hasCredentials(url: string): boolean {
  const userInfo = /^([a-z][a-z0-9+.-]*):\/\/([^/@]*)@/i.exec(url);
  return userInfo !== null && (/^https?$/i.test(userInfo[1]!) || userInfo[2]!.includes(':'));
}
