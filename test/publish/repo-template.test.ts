import path from 'node:path';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
import { Ajv } from 'ajv';
import { renderRepoTemplate } from '../../src/publish/repo-template/render-repo-template.js';
import { run as runInit } from '../../src/cli/commands/init.js';
import { SYNC_FLAGS } from '../../src/cli/commands/sync.js';
import { removeDir, tempDir } from './git-helpers.js';

const TEMPLATE_DIR = path.resolve('repo-template');

function readTree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of readTree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function crdValidator(file: string, version: string) {
  const crd = YAML.parse(readFileSync(path.resolve('imports/crds', file), 'utf8'));
  const schema = crd.spec.versions.find((v: { name: string }) => v.name === version).schema.openAPIV3Schema;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
}

const docs = (text: string) => YAML.parseAllDocuments(text).map((d) => d.toJSON());

describe('repo-template/', () => {
  it('is exactly the output of init for cluster default (regenerate with `iotedge-gitops init repo-template`)', () => {
    expect(readTree(TEMPLATE_DIR)).toEqual(renderRepoTemplate({ clusters: ['default'] }));
  });

  it('Flux: a GitRepository and a Kustomization applying ./devices/<cluster> with prune, wait and a timeout, valid against the CRDs', () => {
    const [source, kustomization] = docs(renderRepoTemplate({ clusters: ['edge'], repoUrl: 'https://github.com/acme/fleet.git' }).get('flux/edge/iotedge-gitops.yaml')!);
    expect(source).toMatchObject({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', spec: { url: 'https://github.com/acme/fleet.git', ref: { branch: 'main' } } });
    // Only devices/edge/ is checked out and packed (flux-cluster-ignore.test.ts proves the rules with git).
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

  it('Argo CD: an ApplicationSet with a git directory generator over devices/<cluster>/*, one Application per device namespace', () => {
    const [appSet] = docs(renderRepoTemplate({ clusters: ['edge'], repoUrl: 'https://github.com/acme/fleet.git', branch: 'prod' }).get('argocd/edge/iotedge-gitops-applicationset.yaml')!);
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

  it('a managed folder moves the watched paths and adds --path to the workflow', () => {
    const files = renderRepoTemplate({ clusters: ['a', 'b'], path: 'gitops' });
    expect([...files.keys()]).toEqual([
      '.github/workflows/iotedge-gitops.yml',
      'README.md',
      'argocd/a/iotedge-gitops-applicationset.yaml',
      'argocd/b/iotedge-gitops-applicationset.yaml',
      'flux/a/iotedge-gitops.yaml',
      'flux/b/iotedge-gitops.yaml',
      'gitops/devices/a/.gitkeep',
      'gitops/devices/b/.gitkeep',
    ]);
    expect(docs(files.get('flux/b/iotedge-gitops.yaml')!)[1].spec.path).toBe('./gitops/devices/b');
    expect(docs(files.get('flux/b/iotedge-gitops.yaml')!)[0].spec.sparseCheckout).toEqual(['gitops/devices/b']);
    expect(YAML.parse(files.get('.github/workflows/iotedge-gitops.yml')!).jobs.sync.steps[0].with.path).toBe('gitops');
  });

  it.each([
    { name: 'cluster not a DNS label', props: { clusters: ['Edge_1'] }, error: /^--cluster must be a DNS label/ },
    { name: 'repo URL with credentials', props: { repoUrl: 'https://user:pw@github.com/a/b.git' }, error: /^--repo-url must be a plain clone URL/ },
    { name: 'branch with shell characters', props: { branch: "main';rm -rf /" }, error: /^--branch is not a valid branch name/ },
    { name: 'path outside the repository', props: { path: '../x' }, error: /^--path must be a folder inside/ },
  ])('rejects $name', ({ props, error }) => {
    expect(() => renderRepoTemplate(props)).toThrow(error);
  });
});

describe('the sync workflow', () => {
  const workflow = YAML.parse(renderRepoTemplate().get('.github/workflows/iotedge-gitops.yml')!);
  const steps = workflow.jobs.sync.steps as { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }[];

  it('runs on a schedule and on demand, one at a time, with only the write permissions sync needs', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency).toEqual({ group: 'iotedge-gitops-main', 'cancel-in-progress': false });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.sync.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('is one step: the action pinned to the release tag of this version, nothing installed at run time', () => {
    expect(steps).toHaveLength(1);
    expect(steps[0]!.uses).toBe('iotedge-gitops/iotedge-gitops@v0.1.0');
    expect(steps[0]!.run).toBeUndefined();
    expect(JSON.stringify(workflow)).not.toMatch(/setup-node|npx|npm install/);
  });

  it('passes the connection string only through the environment, and sets inputs the action declares', () => {
    expect(steps[0]!.env).toEqual({ IOTHUB_CONNECTION_STRING: '${{ secrets.IOTHUB_CONNECTION_STRING }}' });
    expect(steps[0]!.with).toEqual({ command: 'sync', branch: 'main', 'pull-request': true });
    const action = YAML.parse(readFileSync(path.resolve('action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    for (const input of Object.keys(steps[0]!.with!)) expect(Object.keys(action.inputs)).toContain(input);
    // Each flag input is the sync flag of the same name.
    for (const input of ['branch', 'pull-request']) expect(Object.values(SYNC_FLAGS)).toContain(`--${input}`);
  });

  it('pins to another ref with --action, and refuses one that is not owner/name@ref', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const pinned = YAML.parse(renderRepoTemplate({ action: `acme/iotedge-gitops@${sha}` }).get('.github/workflows/iotedge-gitops.yml')!);
    expect(pinned.jobs.sync.steps[0].uses).toBe(`acme/iotedge-gitops@${sha}`);
    expect(() => renderRepoTemplate({ action: 'acme/iotedge-gitops' })).toThrow("--action must be owner/name@ref (a release tag or a full commit SHA), got 'acme/iotedge-gitops'");
    expect(() => renderRepoTemplate({ action: "a/b@v1'\n  run: x" })).toThrow(/^--action must be owner\/name@ref/);
  });
});

describe('init command', () => {
  it('tells files written for another --repo-url from edited ones', async () => {
    const dir = tempDir('init-');
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: dir };
    const old = 'https://github.com/acme/old.git';
    await runInit({ dir: 'repo', cluster: ['edge'], repoUrl: old }, io);
    writeFileSync(path.join(dir, 'repo/README.md'), 'mine\n');
    await expect(runInit({ dir: 'repo', cluster: ['edge'], repoUrl: 'https://github.com/acme/new.git' }, io)).rejects.toThrow(
      `init would overwrite 1 edited file(s): README.md and 2 file(s) written for --repo-url ${old} (now https://github.com/acme/new.git): argocd/edge/iotedge-gitops-applicationset.yaml, flux/edge/iotedge-gitops.yaml in repo; pass --force to replace them`,
    );
    // An edit beside the URL change is an edit.
    const flux = path.join(dir, 'repo/flux/edge/iotedge-gitops.yaml');
    writeFileSync(flux, readFileSync(flux, 'utf8').replace('interval: ', 'interval:  '));
    await expect(runInit({ dir: 'repo', cluster: ['edge'], repoUrl: 'https://github.com/acme/new.git' }, io)).rejects.toThrow(/edited file\(s\): README.md, flux\/edge\/iotedge-gitops.yaml and 1 file\(s\) written for --repo-url/);
  });


  it('writes the template, leaves identical files alone, and refuses to overwrite an edited file unless --force', async () => {
    const dir = tempDir('init-');
    try {
      const out: string[] = [];
      const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => true }, env: {}, cwd: dir };
      expect(await runInit({ dir: 'repo', cluster: ['edge'] }, io)).toBe(0);
      expect(readTree(path.join(dir, 'repo'))).toEqual(renderRepoTemplate({ clusters: ['edge'] }));
      await runInit({ dir: 'repo', cluster: ['edge'] }, io);
      expect(out).toEqual(['init: 5 file(s) written, 0 unchanged in repo\n', 'init: 0 file(s) written, 5 unchanged in repo\n']);
      writeFileSync(path.join(dir, 'repo/README.md'), 'mine\n');
      await expect(runInit({ dir: 'repo', cluster: ['edge'] }, io)).rejects.toThrow('init would overwrite 1 edited file(s): README.md in repo; pass --force to replace them');
      expect(readFileSync(path.join(dir, 'repo/README.md'), 'utf8')).toBe('mine\n');
      await runInit({ dir: 'repo', cluster: ['edge'], force: true }, io);
      expect(readFileSync(path.join(dir, 'repo/README.md'), 'utf8')).toContain('# IoT Edge GitOps repository');
    } finally {
      removeDir(dir);
    }
  });
});
