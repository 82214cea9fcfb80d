/** diffWorkloads: per module, what differs between the workloads in Git and this run's, by resource name. */
import { diffWorkloads, type ModuleChange } from '../../../src/publish/changes/module-changes.js';
import type { WorkloadFacts } from '../../../src/publish/changes/workload-facts.js';

function facts(module: string, props: Partial<Omit<WorkloadFacts, 'env'>> & { env?: Record<string, string> } = {}): WorkloadFacts {
  return { module, image: props.image ?? null, replicas: props.replicas ?? null, ports: props.ports ?? [], env: new Map(Object.entries(props.env ?? {})) };
}
const none = { portsAdded: [], portsRemoved: [], envAdded: [], envRemoved: [], envChanged: [] };
const one = (before: WorkloadFacts | undefined, after: WorkloadFacts | undefined) => diffWorkloads(new Map(before ? [['m', before]] : []), new Map(after ? [['m', after]] : []));

describe('diffWorkloads', () => {
  it.each<{ name: string; before?: WorkloadFacts; after?: WorkloadFacts; expected: ModuleChange[] }>([
    {
      name: 'a new module: everything it has is added',
      after: facts('Sensor', { image: 'i:1', replicas: 1, ports: ['80/TCP'], env: { A: '"1"' } }),
      expected: [{ module: 'Sensor', kind: 'added', image: { from: null, to: 'i:1' }, replicas: { from: null, to: 1 }, ...none, portsAdded: ['80/TCP'], envAdded: ['A'] }],
    },
    {
      name: 'a new module with no facts at all is still listed',
      after: facts('Bare'),
      expected: [{ module: 'Bare', kind: 'added', ...none }],
    },
    {
      name: 'a module that goes: everything it had is removed, named as it was',
      before: facts('Sensor', { image: 'i:1', replicas: 1, ports: ['80/TCP'], env: { A: '"1"' } }),
      expected: [{ module: 'Sensor', kind: 'removed', image: { from: 'i:1', to: null }, replicas: { from: 1, to: null }, ...none, portsRemoved: ['80/TCP'], envRemoved: ['A'] }],
    },
    { name: 'identical facts are no change', before: facts('M', { image: 'i', replicas: 1, ports: ['1/TCP'], env: { A: 'x' } }), after: facts('M', { image: 'i', replicas: 1, ports: ['1/TCP'], env: { A: 'x' } }), expected: [] },
    {
      name: 'only the image differs: no replicas entry',
      before: facts('M', { image: 'i:1', replicas: 1 }),
      after: facts('M', { image: 'i:2', replicas: 1 }),
      expected: [{ module: 'M', kind: 'changed', image: { from: 'i:1', to: 'i:2' }, ...none }],
    },
    {
      name: 'replicas from unset to 1 is a change',
      before: facts('M', { image: 'i' }),
      after: facts('M', { image: 'i', replicas: 1 }),
      expected: [{ module: 'M', kind: 'changed', replicas: { from: null, to: 1 }, ...none }],
    },
    {
      name: 'ports added and removed, in the order each side lists them',
      before: facts('M', { ports: ['1/TCP', '2/TCP', '3/TCP'] }),
      after: facts('M', { ports: ['2/TCP', '4/UDP', '0/TCP'] }),
      expected: [{ module: 'M', kind: 'changed', ...none, portsAdded: ['4/UDP', '0/TCP'], portsRemoved: ['1/TCP', '3/TCP'] }],
    },
    {
      name: 'env by name: added, removed, value changed; each list in ordinal order',
      before: facts('M', { env: { keep: '1', b_old: 'x', Z: 'old', a: 'old' } }),
      after: facts('M', { env: { keep: '1', new: 'y', B: 'y', Z: 'new', a: 'new' } }),
      expected: [{ module: 'M', kind: 'changed', ...none, envAdded: ['B', 'new'], envRemoved: ['b_old'], envChanged: ['Z', 'a'] }],
    },
    {
      name: 'a module renamed in its annotation takes the new name',
      before: facts('Old', { image: 'i:1' }),
      after: facts('New', { image: 'i:2' }),
      expected: [{ module: 'New', kind: 'changed', image: { from: 'i:1', to: 'i:2' }, ...none }],
    },
    { name: 'a module renamed with nothing else different is no change', before: facts('Old', { image: 'i' }), after: facts('New', { image: 'i' }), expected: [] },
  ])('$name', ({ before, after, expected }) => {
    expect(one(before, after)).toStrictEqual(expected);
  });

  it('one entry per resource name of either side, in ordinal order', () => {
    const before = new Map([['b', facts('b', { image: '1' })], ['a', facts('a', { image: '1' })], ['same', facts('same', { image: '1' })]]);
    const after = new Map([['C', facts('C', { image: '1' })], ['b', facts('b', { image: '2' })], ['same', facts('same', { image: '1' })]]);
    expect(diffWorkloads(before, after).map((c) => [c.module, c.kind])).toEqual([
      ['C', 'added'],
      ['a', 'removed'],
      ['b', 'changed'],
    ]);
  });
});
