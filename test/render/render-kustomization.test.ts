/**
 * renderKustomization: the `kustomization.yaml` of a device directory: kustomize.config.k8s.io/v1beta1
 * Kustomization whose `resources` are the file names given, in UTF-16 code-unit order (not locale order), and
 * nothing else.
 */
import { KUSTOMIZATION_FILE, renderKustomization } from '../../src/render/render-kustomization.js';

const HEADER = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

describe('renderKustomization', () => {
  it('the file is called kustomization.yaml (the name kustomize looks for)', () => {
    expect(KUSTOMIZATION_FILE).toBe('kustomization.yaml');
  });

  it.each<{ name: string; resources: Iterable<string>; expected: string }>([
    { name: 'no resources → an empty list', resources: [], expected: `${HEADER}resources: []\n` },
    { name: "'-' (0x2d) sorts before '.' (0x2e)", resources: ['a.yaml', 'a-b.yaml'], expected: `${HEADER}resources:\n  - a-b.yaml\n  - a.yaml\n` },
    { name: 'upper case before lower case (code units, not locale)', resources: ['b.yaml', 'B.yaml', 'a.yaml'], expected: `${HEADER}resources:\n  - B.yaml\n  - a.yaml\n  - b.yaml\n` },
    { name: 'any iterable: a Set', resources: new Set(['service-x.yaml', 'namespace.yaml']), expected: `${HEADER}resources:\n  - namespace.yaml\n  - service-x.yaml\n` },
  ])('$name', ({ resources, expected }) => {
    expect(renderKustomization(resources)).toBe(expected);
  });

  it('does not reorder the array it is given', () => {
    const resources = ['z.yaml', 'a.yaml'];
    renderKustomization(resources);
    expect(resources).toStrictEqual(['z.yaml', 'a.yaml']);
  });
});

describe('renderKustomization: basic cases', () => {
  it('sorted resources, fixed header, nothing else', () => {
    expect(renderKustomization(['service-b.yaml', 'namespace.yaml', 'deployment-b.yaml'])).toBe(
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - deployment-b.yaml',
        '  - namespace.yaml',
        '  - service-b.yaml',
        '',
      ].join('\n'),
    );
  });
});
