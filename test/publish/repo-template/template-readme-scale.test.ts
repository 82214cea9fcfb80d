/** The README's "Running at scale" section: the sharded workflow, one branch per cluster, what each cluster fetches. */
import { templateReadmeScaleSection, type ScaleSectionProps } from '../../../src/publish/repo-template/template-readme-scale.js';

const BASE: ScaleSectionProps = { clusters: ['plant-a', 'field'], branch: 'main', path: '.', action: 'iotedge-gitops/iotedge-gitops@v1.0.0' };

describe('templateReadmeScaleSection', () => {
  it('is one Markdown section: its own ## heading first, a blank line last', () => {
    const text = templateReadmeScaleSection(BASE);
    expect(text.startsWith('## Running at scale\n\n')).toBe(true);
    expect(text.endsWith('.\n\n')).toBe(true);
    expect(text.match(/^## /gm)).toHaveLength(1);
  });

  it.each<{ name: string; props: ScaleSectionProps; has: string[]; hasNot: string[] }>([
    {
      name: 'the one-job workflow: says how to shard it',
      props: BASE,
      has: ['The workflow above is one job. For a large hub, `iotedge-gitops init <dir> --matrix N` (N from 2 to 256)\nwrites it sharded instead'],
      hasNot: ['This workflow is sharded'],
    },
    {
      name: 'a sharded workflow: says how many shards it has',
      props: { ...BASE, shards: 8 },
      has: ['This workflow is sharded (`init --matrix 8`): a job `snapshot` reads the hub once'],
      hasNot: ['The workflow above is one job'],
    },
    {
      name: 'devices at the repository root: device paths without a prefix',
      props: BASE,
      has: ['disjoint `devices/<cluster>/` folders', '`devices/<cluster>/inventory.json`', 'Applications for `devices/<cluster>/*` only'],
      hasNot: ['`./devices', '`/devices'],
    },
    {
      name: 'a managed folder prefixes every device path',
      props: { ...BASE, path: 'fleet/eu' },
      has: ['disjoint `fleet/eu/devices/<cluster>/` folders', '`fleet/eu/devices/<cluster>/inventory.json`', 'keep only `fleet/eu/devices/<cluster>/` in the artifact', 'Applications for `fleet/eu/devices/<cluster>/*` only'],
      hasNot: ['`devices/<cluster>/'],
    },
    {
      name: 'the shard branches follow the base branch; the cluster matrix lists the clusters; the example is the first cluster',
      props: { ...BASE, branch: 'prod' },
      has: ['from `iotedge-gitops/prod--shard-I-of-N`', '`cluster: [plant-a, field]`', '`iotedge-gitops init <other-dir> --cluster plant-a --branch iotedge-gitops-plant-a`'],
      hasNot: ['--cluster field --branch'],
    },
  ])('$name', ({ props, has, hasNot }) => {
    const text = templateReadmeScaleSection(props);
    for (const part of has) expect(text).toContain(part);
    for (const part of hasNot) expect(text).not.toContain(part);
  });

  it('the per-cluster step inputs read the snapshot file the snapshot job uploads', () => {
    expect(templateReadmeScaleSection(BASE)).toContain(
      '```yaml\n          command: sync\n          snapshot: iotedge-gitops-snapshot.json\n          cluster: ${{ matrix.cluster }}\n          branch: iotedge-gitops-${{ matrix.cluster }}\n```',
    );
  });
});
