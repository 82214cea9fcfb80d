import { App, Chart } from 'cdk8s';
import { ApplicationSet } from '../../../imports/argocd-applicationset-argoproj.io.js';
import { manifestsYaml, type ClusterTemplateProps } from './cluster-template-props.js';

/**
 * An Argo CD ApplicationSet for one cluster: a git directory generator over `devices/<cluster>/*` creates one
 * Application per device directory, so one device that fails to sync never blocks the others. The directory
 * name is the namespace, and the Namespace object is in the directory, hence CreateNamespace=false. Automated
 * sync with prune and self-heal; the resources finalizer makes a removed device directory delete its objects.
 */
export function argoApplicationSetYaml(props: ClusterTemplateProps): string {
  const app = new App();
  const chart = new Chart(app, `argocd-${props.cluster}`, { disableResourceNameHashes: true });
  new ApplicationSet(chart, 'devices', {
    metadata: { name: `iotedge-gitops-${props.cluster}`, namespace: 'argocd' },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ git: { repoUrl: props.repoUrl, revision: props.branch, directories: [{ path: `${props.devicesPath}/*` }] } }],
      template: {
        metadata: {
          // The directory name is the device's namespace: unique per hub and device, a DNS label of at most 63
          // characters (hash suffix only when cut), so it is a valid Application name and instance label as is.
          name: '{{.path.basename}}',
          labels: { 'app.kubernetes.io/managed-by': 'iotedge-gitops', 'iotedge-gitops/cluster': props.cluster },
          finalizers: ['resources-finalizer.argocd.argoproj.io'],
        },
        spec: {
          project: 'default',
          source: { repoUrl: props.repoUrl, targetRevision: props.branch, path: '{{.path.path}}' },
          destination: { server: 'https://kubernetes.default.svc', namespace: '{{.path.basename}}' },
          syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=false'] },
        },
      },
    },
  });
  return manifestsYaml(chart.toJson());
}
