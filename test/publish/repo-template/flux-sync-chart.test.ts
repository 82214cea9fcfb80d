/**
 * The Flux objects of one cluster: a GitRepository for the GitOps repository and a Kustomization applying the
 * cluster's device folder, checked against the Flux CRDs in imports/crds. Which files the GitRepository keeps
 * (`spec.ignore`) is proven with git in flux-cluster-ignore.test.ts.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { Ajv } from 'ajv';
import { fluxSyncYaml } from '../../../src/publish/repo-template/flux-sync-chart.js';
import type { ClusterTemplateProps } from '../../../src/publish/repo-template/cluster-template-props.js';

function crdValidator(file: string, version: string) {
  const crd = YAML.parse(readFileSync(path.resolve('imports/crds', file), 'utf8'));
  const schema = crd.spec.versions.find((v: { name: string }) => v.name === version).schema.openAPIV3Schema;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
}

const docs = (text: string) => YAML.parseAllDocuments(text).map((d) => d.toJSON());
const EDGE: ClusterTemplateProps = { cluster: 'edge', repoUrl: 'https://github.com/acme/fleet.git', branch: 'main', devicesPath: 'devices/edge' };

describe('fluxSyncYaml', () => {
  it('a GitRepository and a Kustomization applying ./devices/<cluster> with prune, wait and a timeout, valid against the CRDs', () => {
    const [source, kustomization] = docs(fluxSyncYaml(EDGE));
    expect(source).toMatchObject({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', spec: { url: 'https://github.com/acme/fleet.git', ref: { branch: 'main' } } });
    // Only devices/edge/ is checked out and packed.
    expect(source.spec.sparseCheckout).toEqual(['devices/edge']);
    expect(source.spec.ignore).toBe("# Only this cluster's device folder goes into the artifact.\n/*\n!/devices/\n/devices/*\n!/devices/edge/\n");
    expect(kustomization).toMatchObject({
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'iotedge-gitops-edge', namespace: 'flux-system' },
      spec: { path: './devices/edge', prune: true, wait: true, timeout: '5m', sourceRef: { kind: 'GitRepository', name: source.metadata.name } },
    });
    const validSource = crdValidator('source.toolkit.fluxcd.io_gitrepositories.yaml', 'v1');
    const validKustomization = crdValidator('kustomize.toolkit.fluxcd.io_kustomizations.yaml', 'v1');
    expect([validSource(source), validSource.errors]).toEqual([true, null]);
    expect([validKustomization(kustomization), validKustomization.errors]).toEqual([true, null]);
  });

  it.each([
    { name: 'the repository root', props: EDGE, path: './devices/edge', sparse: ['devices/edge'] },
    { name: 'a managed folder', props: { ...EDGE, cluster: 'b', devicesPath: 'gitops/devices/b' }, path: './gitops/devices/b', sparse: ['gitops/devices/b'] },
  ])('devices under $name: the Kustomization path and the sparse checkout are that folder', ({ props, path: expected, sparse }) => {
    const [source, kustomization] = docs(fluxSyncYaml(props));
    expect(kustomization.spec.path).toBe(expected);
    expect(source.spec.sparseCheckout).toEqual(sparse);
  });

  it('the GitRepository polls every minute in flux-system; the Kustomization reconciles every 10 minutes and retries after 2', () => {
    const [source, kustomization] = docs(fluxSyncYaml({ ...EDGE, branch: 'prod' }));
    expect(source.metadata).toEqual({ name: 'iotedge-gitops', namespace: 'flux-system' });
    expect(source.spec.interval).toBe('1m');
    expect(source.spec.ref).toEqual({ branch: 'prod' });
    expect([kustomization.spec.interval, kustomization.spec.retryInterval]).toEqual(['10m', '2m']);
  });

  it('is two YAML documents, the GitRepository first, with one trailing newline', () => {
    const text = fluxSyncYaml(EDGE);
    expect(text.split('\n---\n')).toHaveLength(2);
    expect(docs(text).map((d) => d.kind)).toEqual(['GitRepository', 'Kustomization']);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });
});
