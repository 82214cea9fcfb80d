import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import { PLACEHOLDER_REPO_URL, renderRepoTemplate, type RepoTemplateProps } from '../../../src/publish/repo-template/render-repo-template.js';

const TEMPLATE_DIR = path.resolve('repo-template');
const WORKFLOW = '.github/workflows/iotedge-gitops.yml';

function readTree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of readTree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const docs = (text: string) => YAML.parseAllDocuments(text).map((d) => d.toJSON());

describe('renderRepoTemplate', () => {
  it('is exactly the checked-in repo-template/ for cluster default (regenerate with `iotedge-gitops init repo-template`)', () => {
    expect(readTree(TEMPLATE_DIR)).toEqual(renderRepoTemplate({ clusters: ['default'] }));
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
    expect(YAML.parse(files.get(WORKFLOW)!).jobs.sync.steps[0].with.path).toBe('gitops');
  });

  it.each<{ name: string; props: RepoTemplateProps; files: string[] }>([
    { name: 'no clusters given: the one cluster default', props: {}, files: ['argocd/default', 'devices/default/.gitkeep', 'flux/default'] },
    { name: 'an empty cluster list: the one cluster default', props: { clusters: [] }, files: ['argocd/default', 'devices/default/.gitkeep', 'flux/default'] },
    {
      name: 'clusters given twice and out of order: one set of files each',
      props: { clusters: ['field', 'edge', 'field'] },
      files: ['argocd/edge', 'argocd/field', 'devices/edge/.gitkeep', 'devices/field/.gitkeep', 'flux/edge', 'flux/field'],
    },
    { name: "path './gitops/' is the folder gitops", props: { clusters: ['x'], path: './gitops/' }, files: ['argocd/x', 'flux/x', 'gitops/devices/x/.gitkeep'] },
  ])('$name', ({ props, files }) => {
    const rendered = renderRepoTemplate(props);
    // Per cluster: one Flux file, one Argo CD file, an empty .gitkeep; plus the workflow and the README.
    const perCluster = [...rendered.keys()].filter((f) => f !== WORKFLOW && f !== 'README.md').map((f) => f.replace(/\/iotedge-gitops(-applicationset)?\.yaml$/, ''));
    expect(perCluster).toEqual(files);
    for (const [file, text] of rendered) if (file.endsWith('.gitkeep')) expect(text).toBe('');
  });

  it('without --repo-url, Flux and Argo CD read the placeholder URL; --branch refs/heads/<b> is branch <b> everywhere', () => {
    const files = renderRepoTemplate({ clusters: ['edge'], branch: 'refs/heads/prod' });
    const [source] = docs(files.get('flux/edge/iotedge-gitops.yaml')!);
    expect(source.spec).toMatchObject({ url: PLACEHOLDER_REPO_URL, ref: { branch: 'prod' } });
    const [appSet] = docs(files.get('argocd/edge/iotedge-gitops-applicationset.yaml')!);
    expect(appSet.spec.generators[0].git).toMatchObject({ repoURL: PLACEHOLDER_REPO_URL, revision: 'prod' });
    expect(YAML.parse(files.get(WORKFLOW)!).jobs.sync.steps[0].with.branch).toBe('prod');
    expect(files.get('README.md')).toContain('(default branch `prod`)');
  });

  it.each([
    { name: 'cluster not a DNS label', props: { clusters: ['Edge_1'] }, error: /^--cluster must be a DNS label/ },
    { name: 'every bad cluster named at once, in sorted order', props: { clusters: ['x_y', 'ok', 'Bad'] }, error: "--cluster must be a DNS label (lower-case letters, digits, '-'): 'Bad', 'x_y'" },
    { name: 'cluster of 64 characters (a DNS label has at most 63)', props: { clusters: ['a'.repeat(64)] }, error: /^--cluster must be a DNS label/ },
    { name: 'repo URL with credentials', props: { repoUrl: 'https://user:pw@github.com/a/b.git' }, error: /^--repo-url must be a plain clone URL/ },
    { name: 'https repo URL with a token as the user name', props: { repoUrl: 'https://ghp_token@github.com/a/b.git' }, error: /^--repo-url must be a plain clone URL/ },
    { name: 'ssh repo URL with a password', props: { repoUrl: 'ssh://git:pw@github.com/a/b.git' }, error: /^--repo-url must be a plain clone URL/ },
    { name: 'repo URL with a space', props: { repoUrl: 'https://github.com/a/b c.git' }, error: '--repo-url must be a plain clone URL without spaces or credentials' },
    { name: 'branch with shell characters', props: { branch: "main';rm -rf /" }, error: /^--branch is not a valid branch name/ },
    { name: 'path outside the repository', props: { path: '../x' }, error: /^--path must be a folder inside/ },
    { name: '--matrix of one shard', props: { matrix: 1 }, error: /^--matrix must be a whole number of shards from 2 to 256/ },
  ])('rejects $name', ({ props, error }) => {
    expect(() => renderRepoTemplate(props)).toThrow(error);
  });

  it('accepts an ssh URL with a user name only, the form Flux documents for SSH (ssh://git@github.com/<org>/<repo>)', () => {
    const files = renderRepoTemplate({ repoUrl: 'ssh://git@github.com/acme/fleet.git', clusters: ['edge'] });
    expect(docs(files.get('argocd/edge/iotedge-gitops-applicationset.yaml')!)[0].spec.generators[0].git.repoURL).toBe('ssh://git@github.com/acme/fleet.git');
  });

  it('pins to another ref with --action, and refuses one that is not owner/name@ref', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const pinned = YAML.parse(renderRepoTemplate({ action: `acme/iotedge-gitops@${sha}` }).get(WORKFLOW)!);
    expect(pinned.jobs.sync.steps[0].uses).toBe(`acme/iotedge-gitops@${sha}`);
    expect(() => renderRepoTemplate({ action: 'acme/iotedge-gitops' })).toThrow("--action must be owner/name@ref (a release tag or a full commit SHA), got 'acme/iotedge-gitops'");
    expect(() => renderRepoTemplate({ action: "a/b@v1'\n  run: x" })).toThrow(/^--action must be owner\/name@ref/);
  });
});

