/** README.md of a GitOps repository `init` writes: layout, adopting it with Flux or Argo CD, secrets, safety. */
import { templateReadme, type TemplateReadmeProps } from '../../../src/publish/repo-template/template-readme.js';

const BASE: TemplateReadmeProps = { clusters: ['plant-a', 'field'], branch: 'main', path: '.', action: 'iotedge-gitops/iotedge-gitops@v1.0.0' };

describe('templateReadme', () => {
  it.each<{ name: string; props: TemplateReadmeProps; has: string[]; hasNot: string[] }>([
    {
      name: 'devices at the repository root: layout rows without a prefix',
      props: BASE,
      has: ['| `devices/<cluster>/<namespace>/` | Written by `iotedge-gitops sync`', '| `devices/<cluster>/inventory.json` |', 'Flux applies `./devices/plant-a`'],
      hasNot: ['`./devices/<cluster>'],
    },
    {
      name: 'a managed folder prefixes the device paths, not the Flux, Argo CD or workflow files',
      props: { ...BASE, path: 'gitops' },
      has: ['| `gitops/devices/<cluster>/<namespace>/` |', 'Do not edit files under `gitops/devices/` by hand', 'Flux applies `./gitops/devices/plant-a`', '| `flux/<cluster>/iotedge-gitops.yaml` |', '| `.github/workflows/iotedge-gitops.yml` |'],
      hasNot: ['`gitops/flux/', '| `devices/<cluster>/'],
    },
    {
      name: 'the clusters are listed, and the Flux and Argo CD steps use the first one',
      props: BASE,
      has: ['Clusters in this template: `plant-a`, `field`.', '--path=flux/plant-a', '`flux get kustomizations iotedge-gitops-plant-a`', '`kubectl apply -n argocd -f argocd/plant-a/iotedge-gitops-applicationset.yaml`'],
      hasNot: ['flux/field', 'argocd/field'],
    },
    {
      name: 'the one-job workflow opens one pull request from iotedge-gitops/<branch>',
      props: { ...BASE, branch: 'prod' },
      has: ['| Scheduled sync that opens or updates one pull request |', 'It pushes the branch\n   `iotedge-gitops/prod` and opens one pull request', '(default branch `prod`)', 'never force-pushes `prod`'],
      hasNot: ['shards pushes its'],
    },
    {
      name: 'a sharded workflow: one hub read, one pull request per shard',
      props: { ...BASE, shards: 4 },
      has: ['| Scheduled: one hub read, then 4 shard syncs, one pull request per shard |', 'Each of its 4 shards pushes its\n   own branch `iotedge-gitops/main--shard-I-of-4`', 'This workflow is sharded (`init --matrix 4`)'],
      hasNot: ['Scheduled sync that opens or updates one pull request'],
    },
  ])('$name', ({ props, has, hasNot }) => {
    const text = templateReadme(props);
    for (const part of has) expect(text).toContain(part);
    for (const part of hasNot) expect(text).not.toContain(part);
  });

  it.each([
    { name: 'one job', props: BASE, line: 'Regenerate this skeleton with `iotedge-gitops init <dir> --cluster plant-a --cluster field`.\n' },
    { name: 'sharded', props: { ...BASE, shards: 16 }, line: 'Regenerate this skeleton with `iotedge-gitops init <dir> --cluster plant-a --cluster field --matrix 16`.\n' },
  ])('ends with the init command that regenerates it ($name)', ({ props, line }) => {
    expect(templateReadme(props).endsWith(line)).toBe(true);
  });

  it('the provision snippet uses the workflow\'s action; the scale section comes once, right before Safety', () => {
    const text = templateReadme({ ...BASE, action: 'acme/fork@0123456789abcdef0123456789abcdef01234567' });
    expect(text).toContain('      - name: Provision module identities and Key Vault secrets\n        uses: acme/fork@0123456789abcdef0123456789abcdef01234567\n');
    expect(text.match(/^## Running at scale$/gm)).toHaveLength(1);
    expect(text).toMatch(/sparse checkout\); one branch per cluster keeps that fetch small\.\n\n## Safety\n/);
    expect(text.startsWith('# IoT Edge GitOps repository\n\n')).toBe(true);
  });
});
