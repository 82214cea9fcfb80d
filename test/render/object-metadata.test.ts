/**
 * objectMetadata: the cdk8s metadata of one object: its name, its namespace (none for the cluster-scoped
 * Namespace), and copies of the intent's label and annotation maps, so that nothing cdk8s does to the maps it
 * keeps can reach the read-only intent.
 */
import { objectMetadata } from '../../src/render/object-metadata.js';

describe('objectMetadata', () => {
  it.each<{ name: string; namespace: string | undefined }>([
    { name: 'a namespaced object names its namespace', namespace: 'msiot-a-b' },
    { name: 'the Namespace itself has none', namespace: undefined },
  ])('$name', ({ namespace }) => {
    const metadata = objectMetadata('edgehub', namespace, { a: '1' }, { b: '2' });
    expect([metadata.name, metadata.namespace, metadata.labels, metadata.annotations]).toStrictEqual(['edgehub', namespace, { a: '1' }, { b: '2' }]);
  });

  it('labels and annotations are copies: changing them leaves the intent maps alone', () => {
    const labels = { a: '1' };
    const annotations = { b: '2' };
    const metadata = objectMetadata('n', 'ns', labels, annotations);
    expect([metadata.labels === labels, metadata.annotations === annotations]).toStrictEqual([false, false]);
    metadata.labels!['x'] = 'y';
    metadata.annotations!['x'] = 'y';
    expect([labels, annotations]).toStrictEqual([{ a: '1' }, { b: '2' }]);
  });

  it('empty maps are passed on as empty maps (cdk8s leaves them out of the output)', () => {
    const metadata = objectMetadata('n', 'ns', {}, {});
    expect([metadata.labels, metadata.annotations]).toStrictEqual([{}, {}]);
  });
});
