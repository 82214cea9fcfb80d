/**
 * manifestsYaml: the chart objects of one cluster file as multi-document YAML, in the order given, one `---`
 * line between documents (none before the first or after the last), each document ending in a newline, and
 * long values never folded. (ClusterTemplateProps itself is a type.)
 */
import YAML from 'yaml';
import { manifestsYaml } from '../../../src/publish/repo-template/cluster-template-props.js';

describe('manifestsYaml', () => {
  it.each<{ name: string; objects: unknown[]; expected: string }>([
    { name: 'no objects → empty text', objects: [], expected: '' },
    { name: 'one object: no separator', objects: [{ kind: 'GitRepository' }], expected: 'kind: GitRepository\n' },
    {
      name: 'objects in the order given, separated by ---',
      objects: [{ kind: 'Kustomization', spec: { prune: true } }, { kind: 'GitRepository' }],
      expected: 'kind: Kustomization\nspec:\n  prune: true\n---\nkind: GitRepository\n',
    },
  ])('$name', ({ objects, expected }) => {
    expect(manifestsYaml(objects)).toBe(expected);
  });

  it('a long value stays on one line (no folding at 80 columns)', () => {
    const ignore = `${'/devices/'.repeat(20)}*`;
    expect(manifestsYaml([{ spec: { ignore } }])).toBe(`spec:\n  ignore: ${ignore}\n`);
  });

  it('reads back as the same documents', () => {
    const objects = [{ apiVersion: 'v1', kind: 'A', metadata: { name: 'a' } }, { apiVersion: 'v1', kind: 'B', data: { 'x.yaml': 'a: 1\nb: 2\n' } }];
    expect(YAML.parseAllDocuments(manifestsYaml(objects)).map((d) => d.toJSON())).toStrictEqual(objects);
  });
});
