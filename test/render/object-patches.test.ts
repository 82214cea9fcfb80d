/**
 * ObjectPatches: JSON patches kept per object (kind + name) and applied to the final Kubernetes JSON, so
 * that values reach the manifest exactly as given (RFC 6902 add/replace/remove, in the order queued).
 */
import { JsonPatch } from 'cdk8s';
import type { JsonObject } from '../../src/model/json.js';
import { ObjectPatches } from '../../src/render/object-patches.js';

describe('ObjectPatches', () => {
  it('applies the patches of the matching kind and name only, in order', () => {
    const patches = new ObjectPatches();
    patches.add('Service', 'a', JsonPatch.add('/spec/x', 1), JsonPatch.replace('/spec/x', 2));
    patches.add('Service', 'a', JsonPatch.remove('/spec/y'));
    const a = patches.applyTo({ kind: 'Service', metadata: { name: 'a' }, spec: { y: true } });
    const b = patches.applyTo({ kind: 'Service', metadata: { name: 'b' }, spec: { y: true } });
    const c = patches.applyTo({ kind: 'Deployment', metadata: { name: 'a' }, spec: { y: true } });
    expect([a['spec'], b['spec'], c['spec']]).toStrictEqual([{ x: 2 }, { y: true }, { y: true }]);
  });

  it('writes values as given (no cdk8s prop conversion): a quantity string and an upper-case key survive', () => {
    const patches = new ObjectPatches();
    patches.add('Deployment', 'd', JsonPatch.add('/spec/hostIPC', true), JsonPatch.add('/spec/limits', { memory: '1G' }));
    expect(patches.applyTo({ kind: 'Deployment', metadata: { name: 'd' }, spec: {} })['spec']).toStrictEqual({
      hostIPC: true,
      limits: { memory: '1G' },
    });
  });

  it('a remove of a path that is not there changes nothing', () => {
    const patches = new ObjectPatches();
    patches.add('Service', 's', JsonPatch.remove('/spec/externalIPs'));
    expect(patches.applyTo({ kind: 'Service', metadata: { name: 's' }, spec: { type: 'ClusterIP' } })).toStrictEqual({ kind: 'Service', metadata: { name: 's' }, spec: { type: 'ClusterIP' } });
  });

  it('the object itself is changed and returned, with or without queued patches', () => {
    const patches = new ObjectPatches();
    patches.add('ConfigMap', 'patched', JsonPatch.add('/data/b', '2'));
    const patched: JsonObject = { kind: 'ConfigMap', metadata: { name: 'patched' }, data: { a: '1' } };
    const untouched: JsonObject = { kind: 'ConfigMap', metadata: { name: 'other' }, data: { a: '1' } };
    expect(patches.applyTo(patched)).toBe(patched);
    expect(patched['data']).toStrictEqual({ a: '1', b: '2' });
    expect(patches.applyTo(untouched)).toBe(untouched);
  });
});
