/**
 * sourceOf (src/model/merged-desired.ts): which configuration supplied a value of a merged twin. Rule from
 * its contract: the last surviving write (in application order, base first) whose path is a prefix of the
 * asked path, or that the asked path is a prefix of; other twins never count; undefined when none.
 */
import type { DesiredWrite, MergedDesired } from '../../src/model/merged-desired.js';
import { sourceOf } from '../../src/model/merged-desired.js';

const write = (configurationId: string, twin: string, path: string[]): DesiredWrite => ({
  twin,
  path,
  source: { configurationId, jsonPath: `${configurationId}:${twin}:${path.join('.')}` },
});

const MERGED: MergedDesired = {
  twins: {},
  writes: [
    write('base', '$edgeAgent', []),
    write('l-module', '$edgeAgent', ['modules', 'm0']),
    write('l-image', '$edgeAgent', ['modules', 'm0', 'settings', 'image']),
    write('l-other', '$edgeAgent', ['modules', 'm1']),
    write('hub-route', '$edgeHub', ['routes', 'r1']),
  ],
};

describe('sourceOf', () => {
  it.each<{ name: string; twin: string; path: string[]; expected: string | undefined }>([
    { name: 'a value only the base wrote → the base', twin: '$edgeAgent', path: ['runtime', 'type'], expected: 'base' },
    { name: 'inside a layered module → that layer, not the base before it', twin: '$edgeAgent', path: ['modules', 'm0', 'status'], expected: 'l-module' },
    { name: 'a deeper layer write wins over the shallower one before it', twin: '$edgeAgent', path: ['modules', 'm0', 'settings', 'image'], expected: 'l-image' },
    { name: 'below the deeper write → still the deeper write', twin: '$edgeAgent', path: ['modules', 'm0', 'settings', 'image', 'x'], expected: 'l-image' },
    { name: 'a sibling of the deeper write → the module layer', twin: '$edgeAgent', path: ['modules', 'm0', 'settings', 'createOptions'], expected: 'l-module' },
    { name: 'an ancestor of several writes → the last of them', twin: '$edgeAgent', path: ['modules'], expected: 'l-other' },
    { name: 'the whole desired document → the last write of the twin', twin: '$edgeAgent', path: [], expected: 'l-other' },
    { name: 'a module with a name that only starts like a written one is not inside it', twin: '$edgeAgent', path: ['modules', 'm00'], expected: 'base' },
    { name: 'another twin: its own writes only', twin: '$edgeHub', path: ['routes', 'r1'], expected: 'hub-route' },
    { name: 'another twin, nothing wrote there → undefined', twin: '$edgeHub', path: ['routes', 'r2'], expected: undefined },
    { name: 'a twin nobody wrote → undefined', twin: 'sensor', path: ['interval'], expected: undefined },
  ])('$name', ({ twin, path, expected }) => {
    expect(sourceOf(MERGED, twin, path)?.configurationId).toBe(expected);
  });

  it('returns the write’s own SourceRef, unchanged', () => {
    expect(sourceOf(MERGED, '$edgeHub', ['routes', 'r1', 'priority'])).toStrictEqual({ configurationId: 'hub-route', jsonPath: 'hub-route:$edgeHub:routes.r1' });
  });

  it('no writes at all → undefined', () => {
    expect(sourceOf({ twins: {}, writes: [] }, '$edgeAgent', [])).toBeUndefined();
  });
});
