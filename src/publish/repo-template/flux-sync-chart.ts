import { App, Chart } from 'cdk8s';
import { GitRepository } from '../../../imports/fluxcd-gitrepository-source.toolkit.fluxcd.io.js';
import { Kustomization, KustomizationSpecSourceRefKind } from '../../../imports/fluxcd-kustomization-kustomize.toolkit.fluxcd.io.js';
import { manifestsYaml, type ClusterTemplateProps } from './cluster-template-props.js';
import { fluxClusterIgnore } from './flux-cluster-ignore.js';

/**
 * Flux objects for one cluster: a GitRepository for the GitOps repository and a Kustomization that applies
 * `./devices/<cluster>` with prune (removed device directories are deleted from the cluster), wait (health
 * checks gate readiness) and a timeout. Each device directory carries its own kustomization.yaml, so Flux builds
 * them all from the one path. The GitRepository fetches and packs only that cluster's folder (flux-cluster-ignore.ts).
 */
export function fluxSyncYaml(props: ClusterTemplateProps): string {
  const app = new App();
  const chart = new Chart(app, `flux-${props.cluster}`, { disableResourceNameHashes: true });
  new GitRepository(chart, 'source', {
    metadata: { name: 'iotedge-gitops', namespace: 'flux-system' },
    spec: { url: props.repoUrl, ref: { branch: props.branch }, interval: '1m', ignore: fluxClusterIgnore(props.devicesPath), sparseCheckout: [props.devicesPath] },
  });
  new Kustomization(chart, 'devices', {
    metadata: { name: `iotedge-gitops-${props.cluster}`, namespace: 'flux-system' },
    spec: {
      interval: '10m',
      retryInterval: '2m',
      path: `./${props.devicesPath}`,
      prune: true,
      wait: true,
      timeout: '5m',
      sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: 'iotedge-gitops' },
    },
  });
  return manifestsYaml(chart.toJson());
}
