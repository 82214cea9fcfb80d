import fc from 'fast-check';
import {
  CREATE_OPTIONS_CHUNK_SIZE,
  createOptionsChunkKey,
  joinCreateOptions,
  parseCreateOptions,
} from '../../src/model/create-options.js';
import type { JsonObject } from '../../src/model/json.js';
import type { Problem } from '../../src/model/problem.js';

/** `n` chunk keys as the agent writes them, each holding `value`. */
function chunks(n: number, value: (i: number) => string): JsonObject {
  const settings: JsonObject = { image: 'x:1' };
  for (let i = 0; i < n; i++) settings[createOptionsChunkKey(i)] = value(i);
  return settings;
}

interface Row {
  name: string;
  settings: JsonObject;
  options: JsonObject | null;
  form: string;
  /** [key the problem points at, message fragment] when the agent rejects the module. */
  problem?: [string, string];
}

const rows: Row[] = [
  { name: 'no createOptions key: none', settings: { image: 'x:1' }, options: null, form: 'absent' },
  { name: 'one string is parsed', settings: { image: 'x:1', createOptions: '{"Hostname":"h"}' }, options: { Hostname: 'h' }, form: 'string' },
  {
    name: 'chunk boundary inside a JSON string joins raw',
    settings: { createOptions: '{"Env":["FOO=ba', createOptions01: 'r"]}' },
    options: { Env: ['FOO=bar'] },
    form: 'chunked',
  },
  { name: 'chunk boundary inside a number', settings: { createOptions: '{"a":1', createOptions01: '23}' }, options: { a: 123 }, form: 'chunked' },
  {
    name: 'spaces at chunk edges are kept (never trim a chunk)',
    settings: { createOptions: '{"Cmd":["a ', createOptions01: ' b"]}' },
    options: { Cmd: ['a  b'] },
    form: 'chunked',
  },
  { name: 'key case is ignored: createoptions01', settings: { createOptions: '{"a":', createoptions01: '1}' }, options: { a: 1 }, form: 'chunked' },
  { name: 'one-digit suffix createOptions1 is chunk 1', settings: { createOptions: '{"a":', createOptions1: '2}' }, options: { a: 2 }, form: 'chunked' },
  { name: 'three-digit suffix createOptions001 is chunk 1', settings: { createOptions: '{"a":', createOptions001: '3}' }, options: { a: 3 }, form: 'chunked' },
  { name: 'unanchored match: xcreateOptions is chunk 0', settings: { xcreateOptions: '{"a":4}' }, options: { a: 4 }, form: 'string' },
  { name: 'a null chunk counts as empty text', settings: { createOptions: '{"a":', createOptions01: null, createOptions02: '5}' }, options: { a: 5 }, form: 'chunked' },
  { name: 'gap createOptions, createOptions02', settings: { createOptions: '{}', createOptions02: '' }, options: null, form: 'chunked', problem: ['createOptions02', 'expected createOptions01'] },
  { name: 'missing base: createOptions01 alone', settings: { createOptions01: '{}' }, options: null, form: 'string', problem: ['createOptions01', "start with a plain 'createOptions'"] },
  { name: 'createOptions00 after createOptions', settings: { createOptions: '{', createOptions00: '}' }, options: null, form: 'chunked', problem: ['createOptions00', 'expected createOptions01'] },
  { name: 'createOptions00 alone', settings: { createOptions00: '{}' }, options: null, form: 'string', problem: ['createOptions00', "start with a plain 'createOptions'"] },
  { name: 'two unnumbered keys differing in case', settings: { createOptions: '{}', CreateOptions: '{}' }, options: null, form: 'chunked', problem: ['CreateOptions', 'without a number'] },
  {
    name: 'ordinal sort puts createOptions10 before createOptions2 (agent quirk)',
    settings: { createOptions: '{', createOptions1: '', createOptions2: '', createOptions10: '}' },
    options: null,
    form: 'chunked',
    problem: ['createOptions10', 'expected createOptions02'],
  },
  { name: "'' means none", settings: { createOptions: '' }, options: null, form: 'string' },
  { name: 'whitespace means none', settings: { createOptions: ' \t\n ' }, options: null, form: 'string' },
  { name: "'null' means none", settings: { createOptions: 'null' }, options: null, form: 'string' },
  { name: "'NULL' means none (case-insensitive)", settings: { createOptions: 'NULL' }, options: null, form: 'string' },
  { name: "' null ' parses as JSON null: none", settings: { createOptions: ' null ' }, options: null, form: 'string' },
  { name: 'object form is accepted', settings: { createOptions: { HostConfig: { Privileged: true } } }, options: { HostConfig: { Privileged: true } }, form: 'object' },
  { name: 'object form mixed with chunks', settings: { createOptions: {}, createOptions01: '{}' }, options: null, form: 'chunked', problem: ['createOptions', 'cannot be combined'] },
  { name: 'array JSON is not create options', settings: { createOptions: '[1,2]' }, options: null, form: 'string', problem: ['createOptions', 'must be a JSON object'] },
  { name: 'number JSON is not create options', settings: { createOptions: '42' }, options: null, form: 'string', problem: ['createOptions', 'must be a JSON object'] },
  { name: 'invalid JSON after joining', settings: { createOptions: '{"a":', createOptions01: '}' }, options: null, form: 'chunked', problem: ['createOptions', 'not valid JSON'] },
  { name: 'a number chunk', settings: { createOptions: 5 }, options: null, form: 'string', problem: ['createOptions', 'must be a string'] },
  {
    // The agent joins chunks with no length check (edge-agent DockerConfig.ReadJson); 512 is where tooling splits.
    name: 'a single createOptions of 608 characters is read',
    settings: { createOptions: `{"a":"${'x'.repeat(600)}"}` },
    options: { a: 'x'.repeat(600) },
    form: 'string',
  },
  {
    name: 'a chunk over 512 characters among chunks is read',
    settings: { createOptions: `{"a":"${'x'.repeat(700)}`, createOptions01: '"}' },
    options: { a: 'x'.repeat(700) },
    form: 'chunked',
  },
  {
    // IoT Hub: a twin string value holds at most 4 KB.
    name: 'a chunk of exactly 4096 bytes is read',
    settings: { createOptions: `{"a":"${'x'.repeat(4088)}"}` },
    options: { a: 'x'.repeat(4088) },
    form: 'string',
  },
  {
    name: 'a chunk of 4097 bytes is over the IoT Hub twin string limit',
    settings: { createOptions: `{"a":"${'x'.repeat(4089)}"}` },
    options: null,
    form: 'string',
    problem: ['createOptions', 'is 4097 bytes long; IoT Hub holds a twin string value of at most 4 KB'],
  },
  {
    name: 'the 4 KB limit counts UTF-8 bytes: 2,045 two-byte characters are 4,098 bytes',
    settings: { createOptions: `{"a":"${'é'.repeat(2045)}"}` },
    options: null,
    form: 'string',
    problem: ['createOptions', 'is 4098 bytes long'],
  },
  {
    name: '100 chunks are read',
    settings: chunks(100, (i) => (i === 0 ? '{"a":"' : i === 99 ? '"}' : 'y')),
    options: { a: 'y'.repeat(98) },
    form: 'chunked',
  },
  {
    name: '101 chunks named like the agent: createOptions100 sorts before createOptions11',
    settings: chunks(101, (i) => (i === 0 ? '{"a":"' : i === 100 ? '"}' : 'y')),
    options: null,
    form: 'chunked',
    problem: ['createOptions100', 'expected createOptions11'],
  },
  {
    name: '101 chunks with three-digit numbers: the agent would drop the last',
    settings: (() => {
      const settings: JsonObject = { createOptions: '{"a":"' };
      for (let i = 1; i <= 100; i++) settings[`createOptions${String(i).padStart(3, '0')}`] = i === 99 ? '"}' : i === 100 ? 'dropped' : 'z';
      return settings;
    })(),
    options: null,
    form: 'chunked',
    problem: ['createOptions100', 'at most 100'],
  },
];

describe('parseCreateOptions (agent chunk rules)', () => {
  it.each(rows)('$name', ({ settings, options, form, problem }) => {
    const problems: Problem[] = [];
    const result = parseCreateOptions(settings, problems);
    expect(result.options).toStrictEqual(options);
    expect(result.form).toBe(form);
    if (problem === undefined) {
      expect(problems).toStrictEqual([]);
    } else {
      expect(problems).toHaveLength(1);
      expect(problems[0]!.path).toStrictEqual([problem[0]]);
      expect(problems[0]!.message).toContain(problem[1]);
    }
  });

  it('never quotes the createOptions text in a message (it may hold secrets)', () => {
    const problems: Problem[] = [];
    parseCreateOptions({ createOptions: '{"Env":["PASSWORD=hunter2"' }, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).not.toContain('hunter2');
  });

  it('joinCreateOptions returns the raw concatenation', () => {
    expect(joinCreateOptions({ createOptions: ' {"a"', createOptions01: ': 1} ' }, [])).toStrictEqual({ text: ' {"a": 1} ', form: 'chunked' });
  });
});

describe('createOptions round trip (property)', () => {
  it('splitting any JSON object into 512-character chunks named like the agent and joining gives it back', () => {
    // Member names start with 'x' so none is a Docker member, which the agent would rename or convert
    // (that reading has its own tests in docker-create-options.test.ts); the join itself must be exact.
    const objects = fc.record({ filler: fc.string({ maxLength: 3000 }), rest: fc.dictionary(fc.string().map((k) => `x${k}`), fc.jsonValue({ maxDepth: 3 })) });
    fc.assert(
      fc.property(objects, ({ filler, rest }) => {
        const text = JSON.stringify({ ...rest, xfiller: filler });
        const settings: JsonObject = { image: 'x:1' };
        for (let i = 0; i * CREATE_OPTIONS_CHUNK_SIZE < text.length; i++) {
          settings[createOptionsChunkKey(i)] = text.slice(i * CREATE_OPTIONS_CHUNK_SIZE, (i + 1) * CREATE_OPTIONS_CHUNK_SIZE);
        }
        expect(joinCreateOptions(settings, []).text).toBe(text);
        const problems: Problem[] = [];
        const { options } = parseCreateOptions(settings, problems);
        expect(problems).toStrictEqual([]);
        expect(options).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });
});
