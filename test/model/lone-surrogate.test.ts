/**
 * Text with a lone UTF-16 surrogate (JSON `"\ud800"`) has no UTF-8 form, so no YAML file or Kubernetes object can
 * hold it: the model refuses it where it enters, naming configuration, module and JSON path (or the twin).
 */
import { loadModel } from '../../src/model/load-model.js';
import type { JsonObject } from '../../src/model/json.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';

const AGENT = 'content.modulesContent.$edgeAgent["properties.desired"]';
const REFUSED = 'holds a lone UTF-16 surrogate';

function errorsOf(modulesContent: JsonObject): string[] {
  const model = loadModel({ hub: 'h', configurations: [edgeConfiguration({ id: 'base', modulesContent })], devices: [] });
  return (model.deploymentErrors.get('base') ?? []).map((e) => e.describe());
}

describe('lone surrogates are refused where they enter', () => {
  it.each<{ name: string; content: JsonObject; expected: string }>([
    {
      name: 'env value of a base module',
      content: baseModulesContent({ modules: { m: edgeModule('i:1', { env: { E: { value: 'a\ud800' } } }) } }),
      expected: `configuration 'base', module 'm', at ${AGENT}.modules.m.env.E.value: this key or value ${REFUSED}`,
    },
    {
      name: 'a low surrogate alone, as a key of a module twin',
      content: baseModulesContent({ twins: { m: { ['k\udc00']: 1 } } }),
      expected: `configuration 'base', module 'm', at content.modulesContent.m["properties.desired"]["k\\udc00"]: this key or value ${REFUSED}`,
    },
    {
      name: 'inside createOptions, written as a JSON escape',
      content: baseModulesContent({ modules: { m: edgeModule('i:1', { settings: { image: 'i:1', createOptions: '{"Cmd":["x","\\ud800"]}' } }) } }),
      expected: `configuration 'base', module 'm', at ${AGENT}.modules.m.settings.createOptions: createOptions at Cmd[1]: this key or value ${REFUSED}`,
    },
  ])('$name', ({ content, expected }) => {
    const errors = errorsOf(content);
    expect(errors.filter((e) => e.includes(REFUSED))).toStrictEqual([expect.stringContaining(expected)]);
  });

  it('a layered deployment: the module named in the key', () => {
    const layer = edgeConfiguration({
      id: 'layer',
      modulesContent: { $edgeAgent: { 'properties.desired.modules.m': edgeModule('i:1', { env: { E: { value: '\udfff' } } }) } },
    });
    const model = loadModel({ hub: 'h', configurations: [layer], devices: [] });
    expect(model.deploymentErrors.get('layer')!.map((e) => [e.module, e.jsonPath])).toStrictEqual([
      ['m', 'content.modulesContent.$edgeAgent["properties.desired.modules.m"].env.E.value'],
    ]);
  });

  it('a device id: the twin is an error and ignored', () => {
    const model = loadModel({ hub: 'h', configurations: [], devices: [edgeTwin({ deviceId: 'dev\ud800' }), edgeTwin({ deviceId: 'ok' })] });
    expect(model.devices.map((d) => d.deviceId)).toStrictEqual(['ok']);
    expect(model.errors.map((e) => e.describe())).toStrictEqual([`at devices[0].deviceId: the deviceId ${REFUSED} (a \\uD800–\\uDFFF escape that is not half of a pair): not Unicode text, so no Kubernetes object (UTF-8) can hold it; this twin is ignored`]);
  });

  it('a surrogate pair (an emoji) is text like any other', () => {
    expect(errorsOf(baseModulesContent({ modules: { m: edgeModule('i:1', { env: { E: { value: '😀' } } }) } }))).toStrictEqual([]);
  });
});
