/**
 * The "Running at scale" section of the GitOps repository README: the sharded workflow of `init --matrix`, the
 * per-cluster branch recipe, and what each cluster's Flux and Argo CD fetch.
 */
import { MATRIX_SNAPSHOT_FILE } from './matrix-sync-workflow.js';

/** What the section needs. */
export interface ScaleSectionProps {
  readonly clusters: readonly string[];
  readonly branch: string;
  /** Managed folder ('.' = repository root). */
  readonly path: string;
  /** The action the workflow uses, `owner/name@ref`. */
  readonly action: string;
  /** Shard jobs of the workflow; absent for the one-job workflow. */
  readonly shards?: number;
}

/** Markdown, starting with its `## ` heading and ending with a blank line. */
export function templateReadmeScaleSection(props: ScaleSectionProps): string {
  const prefix = props.path === '.' ? '' : `${props.path}/`;
  const first = props.clusters[0]!;
  const workflow =
    props.shards === undefined
      ? `The workflow above is one job. For a large hub, \`iotedge-gitops init <dir> --matrix N\` (N from 2 to 256)
writes it sharded instead: a job \`snapshot\` reads the hub once`
      : `This workflow is sharded (\`init --matrix ${props.shards}\`): a job \`snapshot\` reads the hub once`;
  return `## Running at scale

${workflow} (the only step that holds
\`IOTHUB_CONNECTION_STRING\`) and uploads \`${MATRIX_SNAPSHOT_FILE}\` as an artifact kept one day; then a job
\`sync\` with a matrix of shards (\`shard: I/N\`) downloads it and syncs, in each shard, only the clusters that
shard owns. A cluster always belongs to the same shard (by a hash of its name, whatever other clusters exist), so
the shards write disjoint \`${prefix}devices/<cluster>/\` folders, each with its own
\`${prefix}devices/<cluster>/inventory.json\`, and a push that loses a race is retried on top of the others' commits.
Each shard opens or updates its own pull request, from \`iotedge-gitops/${props.branch}--shard-I-of-N\`. One workflow run
at a time; the shards of a run work in parallel, and a failing shard does not stop the others.

**One branch per cluster** instead: in the sharded workflow, replace \`shard: [...]\` by
\`cluster: [${props.clusters.join(', ')}]\`, and the inputs of the sync step by

\`\`\`yaml
          command: sync
          snapshot: ${MATRIX_SNAPSHOT_FILE}
          cluster: \${{ matrix.cluster }}
          branch: iotedge-gitops-\${{ matrix.cluster }}
\`\`\`

(no \`pull-request\`: each job commits to its cluster's branch, which the first sync creates holding only that
cluster). Then point each cluster's Flux and Argo CD files at its branch (\`ref.branch\`, \`revision\` and
\`targetRevision\`), as \`iotedge-gitops init <other-dir> --cluster ${first} --branch iotedge-gitops-${first}\` writes them.

**What each cluster fetches.** Flux: the GitRepository in \`flux/<cluster>/iotedge-gitops.yaml\` has \`spec.ignore\`
rules that keep only \`${prefix}devices/<cluster>/\` in the artifact that source-controller packs and
kustomize-controller downloads, so other clusters' devices never reach the cluster, and \`spec.sparseCheckout\` so
that source-controller checks out only that folder of the commit it clones (Flux 2.6 and later; on an older Flux
delete the \`sparseCheckout\` lines: the ignore rules alone keep the artifact to the cluster). Argo CD: the
ApplicationSet's git directory generator makes Applications for \`${prefix}devices/<cluster>/*\` only, and each
Application renders only its device folder, but the repo-server still fetches the whole repository (Argo CD has no
sparse checkout); one branch per cluster keeps that fetch small.

`;
}
