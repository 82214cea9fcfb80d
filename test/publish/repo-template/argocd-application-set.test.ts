/**
 * The Argo CD ApplicationSet of one cluster: a git directory generator over `<devicesPath>/*` makes one
 * Application per device directory (its name is the device namespace), checked against the ApplicationSet CRD in
 * imports/crds.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { Ajv } from 'ajv';
import { argoApplicationSetYaml } from '../../../src/publish/repo-template/argocd-application-set.js';
import type { ClusterTemplateProps } from '../../../src/publish/repo-template/cluster-template-props.js';

function crdValidator(file: string, version: string) {
  const crd = YAML.parse(readFileSync(path.resolve('imports/crds', file), 'utf8'));
  const schema = crd.spec.versions.find((v: { name: string }) => v.name === version).schema.openAPIV3Schema;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
}

const EDGE: ClusterTemplateProps = { cluster: 'edge', repoUrl: 'https://github.com/acme/fleet.git', branch: 'prod', devicesPath: 'devices/edge' };
const appSetOf = (props: ClusterTemplateProps) => {
  const all = YAML.parseAllDocuments(argoApplicationSetYaml(props)).map((d) => d.toJSON());
  expect(all).toHaveLength(1);
  return all[0];
};

describe('argoApplicationSetYaml', () => {
  it('a git directory generator over devices/<cluster>/*, one Application per device namespace, valid against the CRD', () => {
    const appSet = appSetOf(EDGE);
    expect(appSet.spec.generators).toEqual([{ git: { repoURL: 'https://github.com/acme/fleet.git', revision: 'prod', directories: [{ path: 'devices/edge/*' }] } }]);
    expect(appSet.spec.template.spec).toEqual({
      project: 'default',
      source: { repoURL: 'https://github.com/acme/fleet.git', targetRevision: 'prod', path: '{{.path.path}}' },
      destination: { server: 'https://kubernetes.default.svc', namespace: '{{.path.basename}}' },
      syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=false'] },
    });
    // The device directory's name is its namespace (a DNS label ≤ 63, unique per hub and device): the Application name.
    expect(appSet.spec.template.metadata.name).toBe('{{.path.basename}}');
    const valid = crdValidator('argoproj.io_applicationsets.yaml', 'v1alpha1');
    expect([valid(appSet), valid.errors]).toEqual([true, null]);
  });

  it('named per cluster in namespace argocd; Go templates fail on a missing key; the finalizer deletes a removed device', () => {
    const appSet = appSetOf({ ...EDGE, cluster: 'field', devicesPath: 'devices/field' });
    expect(appSet.metadata).toEqual({ name: 'iotedge-gitops-field', namespace: 'argocd' });
    expect([appSet.spec.goTemplate, appSet.spec.goTemplateOptions]).toEqual([true, ['missingkey=error']]);
    expect(appSet.spec.template.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(appSet.spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/managed-by': 'iotedge-gitops', 'iotedge-gitops/cluster': 'field' });
  });

  it('devices under a managed folder: the generator globs <folder>/devices/<cluster>/*', () => {
    expect(appSetOf({ ...EDGE, devicesPath: 'gitops/eu/devices/edge' }).spec.generators[0].git.directories).toEqual([{ path: 'gitops/eu/devices/edge/*' }]);
  });
});
