import { ConfigError, InternalError } from '../../src/errors.js';
import type { JsonObject } from '../../src/model/json.js';
import { canonicalManifest } from '../../src/render/canonical-manifest.js';
import { deviceDir } from '../../src/names.js';
import { jsonPointer } from '../../src/render/json-pointer.js';
import { manifestFileName } from '../../src/render/manifest-file-name.js';
import { manifestYaml } from '../../src/render/manifest-yaml.js';
import { renderKustomization } from '../../src/render/render-kustomization.js';

describe('canonicalManifest', () => {
  it.each<{ name: string; input: JsonObject; keys: string[] }>([
    { name: 'apiVersion, kind, metadata lead', input: { spec: {}, metadata: {}, kind: 'K', apiVersion: 'v1' }, keys: ['apiVersion', 'kind', 'metadata', 'spec'] },
    { name: 'other top-level keys sorted', input: { stringData: {}, data: {}, kind: 'K', type: 'x' }, keys: ['kind', 'data', 'stringData', 'type'] },
    { name: 'code-unit order, upper case first', input: { b: 1, B: 2, a: 3 }, keys: ['B', 'a', 'b'] },
  ])('top level: $name', ({ input, keys }) => {
    expect(Object.keys(canonicalManifest(input))).toStrictEqual(keys);
  });

  it('nested maps sorted (metadata too), arrays keep their order, undefined dropped', () => {
    const result = canonicalManifest({
      metadata: { name: 'n', labels: { z: '1', a: '2' } },
      spec: { z: [{ b: 1, a: 2 }, 3], a: undefined as unknown as string },
    });
    expect(JSON.stringify(result)).toBe('{"metadata":{"labels":{"a":"2","z":"1"},"name":"n"},"spec":{"z":[{"a":2,"b":1},3]}}');
  });
});

describe('manifestFileName', () => {
  it.each([
    { name: 'Namespace → namespace.yaml', object: { kind: 'Namespace', metadata: { name: 'msiot-h-d' } }, expected: 'namespace.yaml' },
    { name: 'kind lower-cased + name', object: { kind: 'Deployment', metadata: { name: 'edgehub' } }, expected: 'deployment-edgehub.yaml' },
    { name: 'camel-case kind', object: { kind: 'PersistentVolumeClaim', metadata: { name: 'data' } }, expected: 'persistentvolumeclaim-data.yaml' },
    { name: 'CRD kind', object: { kind: 'ExternalSecret', metadata: { name: 'reg' } }, expected: 'externalsecret-reg.yaml' },
  ])('$name', ({ object, expected }) => {
    expect(manifestFileName(object)).toBe(expected);
  });

  it.each([
    { name: 'no kind', object: { metadata: { name: 'x' } } },
    { name: 'no name', object: { kind: 'Service', metadata: {} } },
  ])('InternalError: $name', ({ object }) => {
    expect(() => manifestFileName(object as unknown as JsonObject)).toThrow(InternalError);
  });
});

describe('deviceDir', () => {
  it.each([
    { name: 'default cluster', cluster: 'default', expected: 'devices/default/msiot-h-d' },
    { name: 'cluster with dots and upper case kept', cluster: 'Plant.A_1', expected: 'devices/Plant.A_1/msiot-h-d' },
  ])('$name', ({ cluster, expected }) => {
    expect(deviceDir(cluster, 'msiot-h-d')).toBe(expected);
  });

  it.each(['..', '.', '', 'a/b', 'a\\b', 'c:', 'tab\there'])('unsafe cluster %j → ConfigError', (cluster) => {
    expect(() => deviceDir(cluster, 'msiot-h-d', 'dev')).toThrow(ConfigError);
  });

  it('namespace that is not a DNS label → InternalError', () => {
    expect(() => deviceDir('default', 'ns/../x')).toThrow(InternalError);
  });
});

describe('renderKustomization', () => {
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

describe('manifestYaml', () => {
  it.each<{ name: string; value: JsonObject; expected: string }>([
    { name: 'YAML 1.1 boolean word is quoted', value: { v: 'off' }, expected: 'v: "off"\n' },
    { name: 'YAML 1.1 sexagesimal is quoted', value: { v: '1:20' }, expected: 'v: "1:20"\n' },
    { name: 'date is quoted (no timestamp)', value: { v: '2024-01-02' }, expected: 'v: "2024-01-02"\n' },
    { name: 'number stays a number', value: { v: 5671 }, expected: 'v: 5671\n' },
    { name: 'long string is never folded', value: { v: 'x '.repeat(100).trim() }, expected: `v: ${'x '.repeat(100).trim()}\n` },
    { name: 'an object used twice is written twice, no alias', value: (() => { const l = { a: '1' }; return { p: l, q: l }; })(), expected: 'p:\n  a: "1"\nq:\n  a: "1"\n' },
    { name: 'a map key that is a YAML 1.1 boolean (y) is quoted', value: { y: 1 }, expected: '"y": 1\n' },
  ])('$name', ({ value, expected }) => {
    expect(manifestYaml(value)).toBe(expected);
  });
});

describe('jsonPointer', () => {
  it.each([
    { name: 'plain segments', segments: ['spec', 'template', 0], expected: '/spec/template/0' },
    { name: 'slash escaped as ~1', segments: ['labels', 'cdk8s.io/metadata.addr'], expected: '/labels/cdk8s.io~1metadata.addr' },
    { name: 'tilde escaped as ~0 first', segments: ['a~/b'], expected: '/a~0~1b' },
  ])('$name', ({ segments, expected }) => {
    expect(jsonPointer(...segments)).toBe(expected);
  });
});
