/**
 * locateSource (src/model/locate-source.ts): like sourceOf, but the JSON path reaches the value itself
 * (segments below the write are appended), and when nothing wrote there it falls back to the twin's first
 * write, else the first write at all, with a path built from the twin; configuration '' only without writes.
 * Paths are written out by hand in the json-path.ts notation (plain keys dotted, others bracketed).
 */
import type { DesiredWrite, MergedDesired } from '../../src/model/merged-desired.js';
import { locateSource } from '../../src/model/locate-source.js';

const AGENT_BASE = 'content.modulesContent.$edgeAgent["properties.desired"]';
const AGENT_LAYER = 'content.modulesContent.$edgeAgent["properties.desired.modules.m0"]';
const HUB_LAYER = 'content.modulesContent.$edgeHub["properties.desired.routes.r1"]';

const writes: DesiredWrite[] = [
  { twin: '$edgeAgent', path: [], source: { configurationId: 'base', jsonPath: AGENT_BASE } },
  { twin: '$edgeAgent', path: ['modules', 'm0'], source: { configurationId: 'layer', jsonPath: AGENT_LAYER } },
  { twin: '$edgeHub', path: ['routes', 'r1'], source: { configurationId: 'hub-layer', jsonPath: HUB_LAYER } },
];
const MERGED: MergedDesired = { twins: {}, writes };

describe('locateSource', () => {
  it.each<{ name: string; twin: string; path: string[]; configurationId: string; jsonPath: string }>([
    {
      name: 'inside a layered module: the layer key, then the segments below it',
      twin: '$edgeAgent',
      path: ['modules', 'm0', 'settings', 'image'],
      configurationId: 'layer',
      jsonPath: `${AGENT_LAYER}.settings.image`,
    },
    { name: 'exactly the layered key: the key itself', twin: '$edgeAgent', path: ['modules', 'm0'], configurationId: 'layer', jsonPath: AGENT_LAYER },
    {
      name: 'an ancestor of the layered key: that write, nothing appended',
      twin: '$edgeAgent',
      path: ['modules'],
      configurationId: 'layer',
      jsonPath: AGENT_LAYER,
    },
    {
      name: 'a module only the base wrote: the base key and the whole path below it',
      twin: '$edgeAgent',
      path: ['modules', 'm1', 'status'],
      configurationId: 'base',
      jsonPath: `${AGENT_BASE}.modules.m1.status`,
    },
    {
      name: 'keys that are not plain identifiers are bracketed',
      twin: '$edgeAgent',
      path: ['modules', 'm0', 'env', 'MY VAR'],
      configurationId: 'layer',
      jsonPath: `${AGENT_LAYER}.env["MY VAR"]`,
    },
    {
      name: 'nothing wrote there, the twin has writes: its first write names the configuration, the path is built from the twin',
      twin: '$edgeHub',
      path: ['storeAndForwardConfiguration', 'timeToLiveSecs'],
      configurationId: 'hub-layer',
      jsonPath: 'content.modulesContent.$edgeHub["properties.desired"].storeAndForwardConfiguration.timeToLiveSecs',
    },
    {
      name: 'a twin nobody wrote: the first write of all names the configuration',
      twin: 'sensor',
      path: ['interval'],
      configurationId: 'base',
      jsonPath: 'content.modulesContent.sensor["properties.desired"].interval',
    },
    {
      name: 'a twin nobody wrote, whole document',
      twin: 'sensor',
      path: [],
      configurationId: 'base',
      jsonPath: 'content.modulesContent.sensor["properties.desired"]',
    },
  ])('$name', ({ twin, path, configurationId, jsonPath }) => {
    expect(locateSource(MERGED, twin, path)).toStrictEqual({ configurationId, jsonPath });
  });

  it('no writes at all: configuration id is empty, the path still points into the twin', () => {
    expect(locateSource({ twins: {}, writes: [] }, '$edgeAgent', ['schemaVersion'])).toStrictEqual({
      configurationId: '',
      jsonPath: `${AGENT_BASE}.schemaVersion`,
    });
  });

  it('the last matching write wins when two writes cover the path', () => {
    const again: DesiredWrite = { twin: '$edgeAgent', path: ['modules'], source: { configurationId: 'later', jsonPath: 'content.modulesContent.$edgeAgent["properties.desired.modules"]' } };
    expect(locateSource({ twins: {}, writes: [...writes, again] }, '$edgeAgent', ['modules', 'm0', 'type'])).toStrictEqual({
      configurationId: 'later',
      jsonPath: 'content.modulesContent.$edgeAgent["properties.desired.modules"].m0.type',
    });
  });
});
