/**
 * Any string the tool writes reads back as the same string in every YAML reader that meets the output (issue 19
 * §12): the `yaml` package (YAML 1.1 and 1.2 core), PyYAML, and go-yaml through `kubectl kustomize` (what Flux
 * and Argo CD run). Strings are arbitrary Unicode (lone surrogates aside: the model refuses those, see
 * test/model/lone-surrogate.test.ts), biased towards the characters and words readers disagree on. The PyYAML
 * and kustomize checks run once per test over every generated case. Characters kustomize refuses however they
 * are quoted (DEL, C1 controls but NEL, U+FFFE, U+FFFF) are left out of the kustomize builds: the model refuses them
 * (test/model/unwritable-text.test.ts), and the last test here shows why.
 */
import fc from 'fast-check';
import { parse } from 'yaml';
import { synthesize } from '../../src/plan/synthesize.js';
import type { JsonObject } from '../../src/model/json.js';
import { unwritableTextReason } from '../../src/model/unwritable-text.js';
import { manifestYaml } from '../../src/render/manifest-yaml.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';
import { buildWithKustomize, hasKubectl, hasPyYaml, loadWithPyYaml } from '../helpers/yaml-readers.js';

if (!hasPyYaml) console.warn('python3 with PyYAML not found: PyYAML round trips skipped (CI installs python3-yaml)');
if (!hasKubectl) console.warn('kubectl not found on PATH: kustomize round trips skipped (CI installs kubectl)');

const SEED = Number(process.env['FC_SEED'] ?? 19);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);

// Characters and words on which YAML readers or versions disagree, or which YAML syntax gives a meaning.
const TRICKY_CHARS = [
  '\u2028', '\u2029', '\ufffe', '\uffff', '\ufeff', '\x7f', '\x85', '\x80', '\x9f', '\xa0', '\x00', '\x1b', '\t', '\n', '\r', ' ',
  '"', "'", '\\', '#', ':', '-', '?', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '<', '=', '~',
  '0', '1', '7', '9', 'o', 'O', 'x', 'X', 'b', 'B', 'e', 'E', '.', '+', '_', 'y', 'n', '😀', 'é',
];
const TRICKY_WORDS = [
  '0o022', '0O17', '0B1', '0b1', '0X1f', '0x1f', '0x_1', '+0o7', '-0b1', '0777', '1_000', '1e3', '1E+5', '.5', '1.', '.inf', '-.Inf', '.NaN',
  '1:20', '190:20:30', '2001-12-14', '2001-12-14t21:59:43.10-05:00', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'null', 'Null', '~', '',
  '<<', '=', '---', '...', '- a', 'a: b', '# c', '%YAML', '!tag', '&a', '*a', '@x', '`x',
];

/** Arbitrary Unicode text, often built from the tricky characters or words. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), maxLength: 10 }),
  fc.constantFrom(...TRICKY_WORDS),
  fc.tuple(fc.constantFrom(...TRICKY_WORDS), fc.constantFrom(...TRICKY_CHARS), fc.constantFrom(...TRICKY_WORDS)).map(([a, b, c]) => a + b + c),
);

/** One document holding `s` as a value, a key, a list item and inside multi-line text. */
function documentOf(s: string): JsonObject {
  return { value: s, keys: { [s]: s }, list: [s, `${s}\n${s}`, `line\n${s}\n`] };
}

it('every string reads back the same from the YAML written, in the yaml package, PyYAML and kustomize', () => {
  const strings: string[] = [];
  fc.assert(
    fc.property(text, (s) => {
      const doc = documentOf(s);
      const yaml = manifestYaml(doc);
      expect(parse(yaml, { version: '1.1' })).toStrictEqual(doc);
      expect(parse(yaml, { version: '1.2', schema: 'core' })).toStrictEqual(doc);
      strings.push(s);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  const all = [...new Set([...strings, ...TRICKY_WORDS, ...TRICKY_CHARS])];

  if (hasPyYaml) {
    const loaded = loadWithPyYaml(all.map((s) => manifestYaml(documentOf(s))));
    const wrong = all.filter((s, i) => JSON.stringify(loaded[i]) !== JSON.stringify({ ok: documentOf(s) }));
    expect(wrong.map((s) => JSON.stringify(s))).toStrictEqual([]);
  }

  if (hasKubectl) {
    const kept = all.filter((s) => unwritableTextReason(s) === null);
    expect(kept.length).toBeGreaterThan(all.length / 2);
    // One ConfigMap with every string as a data value (one-line and multi-line) and as an annotation value.
    const data: Record<string, string> = {};
    const annotations: Record<string, string> = {};
    kept.forEach((s, i) => {
      data[`v${i}`] = s;
      data[`m${i}`] = `${s}\n${s}`;
      annotations[`example.com/a${i}`] = s;
    });
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'strings', annotations }, data };
    const [built] = buildWithKustomize(new Map([['configmap.yaml', manifestYaml(configMap)]])) as JsonObject[];
    const builtData = built!['data'] as Record<string, unknown>;
    const builtAnnotations = (built!['metadata'] as JsonObject)['annotations'] as Record<string, unknown>;
    const wrong = kept.filter((s, i) => builtData[`v${i}`] !== s || builtData[`m${i}`] !== `${s}\n${s}` || builtAnnotations[`example.com/a${i}`] !== s);
    expect(wrong.map((s) => JSON.stringify(s))).toStrictEqual([]);
  }
});

/** Strings the model lets through to render (see unwritable-text.ts). */
const writable = text.filter((s) => unwritableTextReason(s) === null);

it('strings in every position of a device (device id, env value, args, annotations, twin properties) read back the same', () => {
  const texts: { name: string; text: string }[] = [];
  const devices = new Map<string, Map<string, string>>();
  fc.assert(
    fc.property(writable.filter((s) => s !== ''), writable, writable, writable, writable, (deviceId, envValue, arg, labelValue, twinValue) => {
      const createOptions = JSON.stringify({ Cmd: [arg], Labels: { 'example.com/label': labelValue } });
      const modulesContent = baseModulesContent({
        modules: { m: edgeModule('registry.example.com/m:1', { env: { E: { value: envValue } }, settings: { image: 'registry.example.com/m:1', createOptions } }) },
        twins: { m: { p: twinValue, [twinValue]: 1 } },
      });
      const result = synthesize({ hub: 'h', configurations: [edgeConfiguration({ id: 'base', modulesContent })], devices: [edgeTwin({ deviceId })] });
      expect(result.messages).toStrictEqual([]);
      const dir = result.plan.deviceDirs[0]!;
      const read = (name: string): Record<string, any> => {
        const yaml = result.plan.files.get(`${dir}/${name}`)!;
        const value = parse(yaml, { version: '1.1' });
        expect(parse(yaml, { version: '1.2', schema: 'core' })).toStrictEqual(value);
        return value;
      };
      const deployment = read('deployment-m.yaml');
      const container = deployment['spec']['template']['spec']['containers'][0];
      const env = Object.fromEntries(container['env'].map((e: { name: string; value?: string }) => [e.name, e.value]));
      expect([env['E'], env['IOTEDGE_DEVICEID'], container['args']]).toStrictEqual([envValue, deviceId, [arg]]);
      expect(deployment['spec']['template']['metadata']['annotations']['example.com/label']).toBe(labelValue);
      expect(deployment['metadata']['annotations']['net.azure-devices.edge.deviceid']).toBe(deviceId);
      expect(read('namespace.yaml')['metadata']['annotations']['net.azure-devices.edge.deviceid']).toBe(deviceId);
      expect(JSON.parse(read('configmap-m-twin.yaml')['data']['twin.json'])).toStrictEqual({ p: twinValue, [twinValue]: 1 });
      // Every file of the device, for PyYAML and kustomize below (one device per namespace).
      const files = new Map<string, string>();
      for (const [file, content] of result.plan.files) if (file.startsWith(`${dir}/`)) files.set(file.slice(dir.length + 1), content);
      for (const [name, content] of files) if (name !== 'kustomization.yaml') texts.push({ name: `${dir}/${name}`, text: content });
      devices.set(dir, files);
    }),
    { numRuns: Math.ceil(RUNS / 10), seed: SEED },
  );

  const expected = texts.map(({ text }) => parse(text, { version: '1.1' }) as JsonObject);
  if (hasPyYaml) {
    const loaded = loadWithPyYaml(texts.map((t) => t.text));
    const wrong = texts.filter((_t, i) => JSON.stringify(loaded[i]) !== JSON.stringify({ ok: expected[i] }));
    expect(wrong.map((t) => `${t.name}: ${JSON.stringify(t.text)}`)).toStrictEqual([]);
  }
  if (hasKubectl) {
    const files = new Map<string, string>();
    const resources: string[] = [];
    [...devices.values()].forEach((deviceFiles, i) => {
      for (const [name, content] of deviceFiles) files.set(`d${i}/${name}`, content);
      resources.push(`d${i}`);
    });
    const key = (o: JsonObject) => JSON.stringify([o['kind'], (o['metadata'] as JsonObject)['namespace'] ?? null, (o['metadata'] as JsonObject)['name']]);
    const built = new Map((buildWithKustomize(files, resources) as JsonObject[]).map((o) => [key(o), o]));
    expect(built.size).toBe(expected.length);
    const wrong = expected.filter((o) => JSON.stringify(built.get(key(o))) !== JSON.stringify(o) && !_deepEqual(built.get(key(o)), o));
    expect(wrong.map(key)).toStrictEqual([]);
  }
});

(hasKubectl ? it.each : it.skip.each)(['\x7f', '\x80', '\x9f', '\ufffe', '\uffff'])(
  'kustomize fails on %j in a resource although the YAML escapes it (why the model refuses it)',
  (char) => {
    const yaml = manifestYaml(configMapOf(`a${char}`));
    expect(parse(yaml)).toStrictEqual(configMapOf(`a${char}`));
    expect(() => buildWithKustomize(new Map([['configmap.yaml', yaml]]))).toThrow(/control characters are not allowed/);
  },
);

(hasKubectl ? it.each : it.skip.each)(['a\x85b', 'a\u2028b', 'a\nb\u2029'])(
  'kustomize changes %j although the YAML escapes it (why the model refuses it)',
  (value) => {
    const yaml = manifestYaml(configMapOf(value));
    expect(parse(yaml)).toStrictEqual(configMapOf(value));
    const [built] = buildWithKustomize(new Map([['configmap.yaml', yaml]])) as JsonObject[];
    expect((built!['data'] as JsonObject)['v']).not.toBe(value);
  },
);

function configMapOf(value: string): JsonObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { v: value } };
}

function _deepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toStrictEqual(b);
    return true;
  } catch {
    return false;
  }
}
