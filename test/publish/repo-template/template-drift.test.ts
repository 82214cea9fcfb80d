/**
 * templateDrift: why a file of the GitOps repository differs from what `init` would write now. `other-repo-url`
 * (with the URL found) only when the file is exactly what init writes for another `--repo-url` (the clone URL
 * is the only difference, in Flux's `url:` or Argo CD's `repoURL:`); every other difference is `edited`: a file
 * with no clone URL, one that already has the current URL, an unacceptable URL, or another change as well.
 * (The words init prints for each: test/cli/commands/init.test.ts.)
 */
import { renderRepoTemplate, type RepoTemplateProps } from '../../../src/publish/repo-template/render-repo-template.js';
import { templateDrift } from '../../../src/publish/repo-template/template-drift.js';

const OLD = 'https://github.com/acme/old.git';
const NEW = 'https://github.com/acme/new.git';
const FLUX = 'flux/edge/iotedge-gitops.yaml';
const ARGO = 'argocd/edge/iotedge-gitops-applicationset.yaml';
const PROPS: RepoTemplateProps = { clusters: ['edge'], repoUrl: NEW };

/** The file `init` writes for these props. */
function written(file: string, props: RepoTemplateProps): string {
  const text = renderRepoTemplate(props).get(file);
  if (text === undefined) throw new Error(`the template has no ${file}`);
  return text;
}

describe('templateDrift', () => {
  it.each([
    { name: 'Flux file (url:)', file: FLUX },
    { name: 'Argo CD ApplicationSet (repoURL:)', file: ARGO },
  ])('$name written for another --repo-url, otherwise untouched → other-repo-url with that URL', ({ file }) => {
    expect(templateDrift(file, written(file, { ...PROPS, repoUrl: OLD }), PROPS)).toStrictEqual({ kind: 'other-repo-url', repoUrl: OLD });
  });

  it('an ssh clone URL (the form Flux documents) is recognised as another --repo-url too', () => {
    const ssh = 'ssh://git@github.com/acme/old.git';
    expect(templateDrift(FLUX, written(FLUX, { ...PROPS, repoUrl: ssh }), PROPS)).toStrictEqual({ kind: 'other-repo-url', repoUrl: ssh });
  });

  it.each<{ name: string; file: string; current: () => string }>([
    { name: 'another URL and a hand edit', file: FLUX, current: () => written(FLUX, { ...PROPS, repoUrl: OLD }).replace('interval: ', 'interval: 1') },
    { name: 'another URL and another branch', file: ARGO, current: () => written(ARGO, { ...PROPS, repoUrl: OLD, branch: 'release' }) },
    { name: 'the current URL and a hand edit', file: FLUX, current: () => `${written(FLUX, PROPS)}# local note\n` },
    { name: 'a file with no clone URL (README)', file: 'README.md', current: () => `${written('README.md', PROPS)}\nMore notes.\n` },
    { name: 'a workflow changed by hand', file: '.github/workflows/iotedge-gitops.yml', current: () => written('.github/workflows/iotedge-gitops.yml', PROPS).replace('cron:', 'cron: ') },
    {
      name: 'a URL init refuses (credentials), even if the rest matches',
      file: FLUX,
      current: () => written(FLUX, { ...PROPS, repoUrl: OLD }).replace(OLD, 'https://user:pw@github.com/acme/old.git'),
    },
    { name: 'a file emptied by hand', file: FLUX, current: () => '' },
  ])('$name → edited', ({ file, current }) => {
    expect(templateDrift(file, current(), PROPS)).toStrictEqual({ kind: 'edited' });
  });
});
