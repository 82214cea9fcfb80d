import { manifestYaml } from './manifest-yaml.js';

/** File name of the kustomization in every device directory. */
export const KUSTOMIZATION_FILE = 'kustomization.yaml';

/**
 * The `kustomization.yaml` of a device directory: apiVersion `kustomize.config.k8s.io/v1beta1`, kind
 * `Kustomization`, and `resources` = the given file names sorted by code unit. Nothing else: no
 * namespace or label transformers, because every object already carries its namespace and labels, so
 * `kubectl kustomize` outputs the objects exactly as written.
 */
export function renderKustomization(resources: Iterable<string>): string {
  const sorted = [...resources].sort();
  return manifestYaml({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: sorted,
  });
}
