import YAML from 'yaml';

/** What the per-cluster template objects need. */
export interface ClusterTemplateProps {
  readonly cluster: string;
  readonly repoUrl: string;
  readonly branch: string;
  /** `devices/<cluster>` inside the repository (under the managed folder). */
  readonly devicesPath: string;
}

/** Multi-document YAML of the chart objects, in construction order, with a trailing newline. */
export function manifestsYaml(objects: readonly unknown[]): string {
  return objects.map((o) => YAML.stringify(o, { lineWidth: 0 })).join('---\n');
}
