/**
 * Text no device directory can carry is refused where it enters, naming configuration, module and JSON path (or
 * the twin): a lone UTF-16 surrogate (JSON `"\ud800"`) has no UTF-8 form, and DEL, C1 controls, U+2028, U+2029,
 * U+FFFE and U+FFFF do not come through kustomize however they are quoted (test/properties/yaml-round-trip.test.ts).
 */
import { loadModel } from '../../src/model/load-model.js';
import type { JsonObject } from '../../src/model/json.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';

const AGENT = 'content.modulesContent.$edgeAgent["properties.desired"]';
const REFUSED = 'holds a lone UTF-16 surrogate';
const KUSTOMIZE = 'a control character, line separator or non-character that kustomize (which Flux and Argo CD run) cannot carry however it is quoted';

function errorsOf(modulesContent: JsonObject): string[] {
  const model = loadModel({ hub: 'h', configurations: [edgeConfiguration({ id: 'base', modulesContent })], devices: [] });
  return (model.deploymentErrors.get('base') ?? []).map((e) => e.describe());
}

describe('text no device directory can carry is refused where it enters', () => {
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
    {
      name: 'DEL in an env value',
      content: baseModulesContent({ modules: { m: edgeModule('i:1', { env: { E: { value: 'a\x7f' } } }) } }),
      expected: `configuration 'base', module 'm', at ${AGENT}.modules.m.env.E.value: this key or value holds U+007F, ${KUSTOMIZE}`,
    },
    {
      name: 'a C1 control in a module twin property',
      content: baseModulesContent({ twins: { m: { p: ['ok', '\x9b'] } } }),
      expected: `configuration 'base', module 'm', at content.modulesContent.m["properties.desired"].p[1]: this key or value holds U+009B, ${KUSTOMIZE}`,
    },
    {
      name: 'U+2028 (line separator) in a twin property key',
      content: baseModulesContent({ twins: { m: { ['a\u2028b']: 'v' } } }),
      expected: `configuration 'base', module 'm', at content.modulesContent.m["properties.desired"]["a\u2028b"]: this key or value holds U+2028, ${KUSTOMIZE}`,
    },
    {
      name: 'U+FFFE inside createOptions, written as a JSON escape',
      content: baseModulesContent({ modules: { m: edgeModule('i:1', { settings: { image: 'i:1', createOptions: '{"Labels":{"a":"\\ufffe"}}' } }) } }),
      expected: `configuration 'base', module 'm', at ${AGENT}.modules.m.settings.createOptions: createOptions at Labels.a: this key or value holds U+FFFE, ${KUSTOMIZE}`,
    },
  ])('$name', ({ content, expected }) => {
    const errors = errorsOf(content);
    expect(errors.filter((e) => e.includes('this key or value holds'))).toStrictEqual([expect.stringContaining(expected)]);
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

  it('a device id with U+FFFF: the twin is an error and ignored', () => {
    const model = loadModel({ hub: 'h', configurations: [], devices: [edgeTwin({ deviceId: 'dev\uffff' })] });
    expect(model.devices).toStrictEqual([]);
    expect(model.errors.map((e) => e.describe())).toStrictEqual([`at devices[0].deviceId: the deviceId holds U+FFFF, ${KUSTOMIZE}; this twin is ignored`]);
  });

  it.each([
    ['a surrogate pair (an emoji)', '😀'],
    ['U+FEFF, tab and C0 controls (escaped by the YAML writer)', '\ufeff\x00\x1b\r\t'],
    ['the highest code points but U+FFFE and U+FFFF', '\ufffd\u{10ffff}'],
  ])('%s is text like any other', (_name, value) => {
    expect(errorsOf(baseModulesContent({ modules: { m: edgeModule('i:1', { env: { E: { value } } }) } }))).toStrictEqual([]);
  });
});
