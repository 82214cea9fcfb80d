/**
 * One canonical JSON order for the whole tool (snapshots, hashes, ConfigMap JSON, manifests), keeping every
 * key: `__proto__` is a legal JSON member name (a module twin may hold one) and must survive as data.
 */
import YAML from 'yaml';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import { sortJsonKeys } from '../../src/model/sort-json-keys.js';
import { canonicalManifest } from '../../src/render/canonical-manifest.js';
import { canonicalJson, stableJson } from '../../src/translate/stable-json.js';
import { baseModulesContent, edgeConfiguration, edgeTwin } from '../builders.js';

const withProto = (): JsonObject => JSON.parse('{"b":1,"__proto__":{"x":2},"a":[{"d":1,"c":2}]}');

describe('canonical JSON keeps every key', () => {
  it.each<{ name: string; text: (v: JsonObject) => string; expected: string }>([
    { name: 'sortJsonKeys', text: (v) => JSON.stringify(sortJsonKeys(v)), expected: '{"__proto__":{"x":2},"a":[{"c":2,"d":1}],"b":1}' },
    { name: 'canonicalJson (hashes)', text: (v) => canonicalJson(v), expected: '{"__proto__":{"x":2},"a":[{"c":2,"d":1}],"b":1}' },
    { name: 'stableJson (ConfigMap JSON)', text: (v) => stableJson(v), expected: '{\n  "__proto__": {\n    "x": 2\n  },\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n' },
    {
      name: 'canonicalManifest (manifests)',
      text: (v) => JSON.stringify(canonicalManifest({ kind: 'ConfigMap', data: v, apiVersion: 'v1' })),
      expected: '{"apiVersion":"v1","kind":"ConfigMap","data":{"__proto__":{"x":2},"a":[{"c":2,"d":1}],"b":1}}',
    },
  ])('$name', ({ text, expected }) => {
    expect(text(withProto())).toBe(expected);
  });

  it('never changes the prototype of the copy', () => {
    const sorted = sortJsonKeys(withProto()) as JsonObject;
    expect(Object.getPrototypeOf(sorted)).toBe(Object.prototype);
    expect(Object.keys(sorted)).toStrictEqual(['__proto__', 'a', 'b']);
  });

  it('undefined members are left out, as JSON has none', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(JSON.stringify(sortJsonKeys({ a: undefined as unknown as JsonValue, b: 1 }))).toBe('{"b":1}');
  });

  it('a module twin {"__proto__": …} reaches its ConfigMap whole', () => {
    const twins = { SimulatedTemperatureSensor: JSON.parse('{"__proto__":{"level":"debug"},"interval":5}') as JsonObject };
    const snapshot = { hub: 'hub1', configurations: [edgeConfiguration({ modulesContent: baseModulesContent({ twins }) })], devices: [edgeTwin()] } as unknown as HubSnapshot;
    const result = synthesize(snapshot);
    expect(result.messages).toStrictEqual([]);
    const [, text] = [...result.plan.files].find(([name]) => name.endsWith('/configmap-simulatedtemperaturesensor-twin.yaml'))!;
    const data = (YAML.parse(text) as { data: Record<string, string> }).data;
    expect(Object.values(data)).toStrictEqual(['{\n  "__proto__": {\n    "level": "debug"\n  },\n  "interval": 5\n}\n']);
  });
});
