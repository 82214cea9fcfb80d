/**
 * Every printed line is one line (issue 19 §11): ids, module names and paths holding line breaks must not start a
 * line of their own, where GitHub Actions would run them as workflow commands (`::add-mask::`, `::warning::`,
 * `::error::`). Expected escapes are written by hand from `oneLine` and the `@actions/core` escaping rules.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { githubAnnotation } from '../../src/cli/github-annotation.js';
import { main } from '../../src/cli/main.js';
import { ConfigError } from '../../src/errors.js';
import { oneLine } from '../../src/one-line.js';
import { createReadProgress } from '../../src/source/live/read-progress.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';
import { ensureBuilt, runCli } from '../faults/cli-process.js';
import { recordingIo } from '../helpers/recording-io.js';

const INJECT = '\n::add-mask::x\r::warning::y';
const CONFIG_ID = `base${INJECT}\u2028::error::z`;
const MODULE = `m${INJECT}`;
const DEVICE_ID = `dev${INJECT}`;
// The same, as oneLine prints them.
const CONFIG_SHOWN = 'base\\n::add-mask::x\\r::warning::y\\u2028::error::z';
const MODULE_SHOWN = 'm\\n::add-mask::x\\r::warning::y';
const DEVICE_SHOWN = 'dev\\n::add-mask::x\\r::warning::y';

describe('oneLine', () => {
  it.each([
    { name: 'newline and carriage return', input: 'a\nb\r\nc', expected: 'a\\nb\\r\\nc' },
    { name: 'tab', input: 'a\tb', expected: 'a\\tb' },
    { name: 'other C0 controls and escape', input: '\x00\x1b[31m', expected: '\\x00\\x1B[31m' },
    { name: 'DEL and C1 controls (NEL)', input: '\x7f\x85\x9b', expected: '\\x7F\\x85\\x9B' },
    { name: 'line and paragraph separators', input: 'a\u2028b\u2029', expected: 'a\\u2028b\\u2029' },
    { name: 'printable text, backslashes and non-ASCII unchanged', input: 'C:\\x ü 😀 ::x', expected: 'C:\\x ü 😀 ::x' },
  ])('$name', ({ input, expected }) => {
    expect(oneLine(input)).toBe(expected);
  });
});

describe('githubAnnotation', () => {
  it.each([
    {
      name: 'data: %, CR and LF; properties also : and ,',
      error: new ConfigError('50% done\r\nnext', { configurationId: 'a:b,c', module: 'm%' }),
      expected: '::error title=configuration a%3Ab%2Cc%2C module m%25::configuration \'a:b,c\', module \'m%25\': 50%25 done%0D%0Anext',
    },
    {
      name: 'an injected workflow command stays inside the message',
      error: new ConfigError('bad', { deviceId: 'd\n::add-mask::x' }),
      expected: "::error title=device d%0A%3A%3Aadd-mask%3A%3Ax::device 'd%0A::add-mask::x': bad",
    },
    { name: 'no context: the tool\'s name as title', error: new ConfigError('x'), expected: '::error title=iotedge-gitops::x' },
  ])('$name', ({ error, expected }) => {
    expect(githubAnnotation(error)).toBe(expected);
  });
});

describe('live read progress (a host name or an IoT Hub message may hold line breaks)', () => {
  it.each([true, false])('tty %s: notes and status lines stay one line', (isTTY) => {
    const written: string[] = [];
    const progress = createReadProgress({ isTTY, write: (t: string) => written.push(t) }, false);
    progress.status(`IoT Hub h${INJECT}: 1 page(s)`);
    progress.note(`throttled${INJECT}; retry 1/3`);
    progress.done();
    const expected = isTTY
      ? ['\r\x1b[KIoT Hub h\\n::add-mask::x\\r::warning::y: 1 page(s)', '\r\x1b[K', 'throttled\\n::add-mask::x\\r::warning::y; retry 1/3\n']
      : ['throttled\\n::add-mask::x\\r::warning::y; retry 1/3\n'];
    expect(written).toStrictEqual(expected);
  });
});

let dir: string;
let snapshotFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'one-line-output-'));
  snapshotFile = path.join(dir, 'snapshot.json');
  const modulesContent = baseModulesContent({ modules: { [MODULE]: edgeModule('registry.example.com/m:1') } });
  writeFileSync(snapshotFile, JSON.stringify({ hub: 'h', configurations: [edgeConfiguration({ id: CONFIG_ID, modulesContent })], devices: [edgeTwin({ deviceId: DEVICE_ID })] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The process test runs lib/ (compiled here when src/ is newer): on a busy machine that takes a while.
beforeAll(() => ensureBuilt(), 300_000);

async function run(argv: string[], env: Record<string, string> = {}) {
  const { io, out, err } = recordingIo(dir, env);
  const code = await main(argv, io);
  return { code, text: out() + err() };
}

/** Lines as any reader may split them: LF, CR, NEL, U+2028 and U+2029 all end a line somewhere. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|[\n\r\x85\u2028\u2029]/);
}

/** The tool's output is one line per message: no raw control character but the newlines ending lines. */
function expectOneLinePerMessage(text: string): void {
  expect(text.endsWith('\n')).toBe(true);
  expect(text.slice(0, -1).split('\n').filter((line) => /[\x00-\x1f\x7f-\x9f\u2028\u2029]/.test(line))).toStrictEqual([]);
}

describe('names holding line breaks print on one line', () => {
  it('validate in GitHub Actions: one annotation per problem, each on one line; nothing else starts with ::', async () => {
    const { code, text } = await run(['validate', '--snapshot', snapshotFile], { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    expectOneLinePerMessage(text);
    const lines = linesOf(text);
    const errors = lines.filter((l) => l.startsWith('error: '));
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(errors.length).toBeGreaterThan(0);
    expect(annotations).toHaveLength(errors.length);
    for (const a of annotations) expect(a).toMatch(/^::error title=configuration base%0A%3A%3Aadd-mask%3A%3Ax%0D%3A%3Awarning%3A%3Ay\\u2028%3A%3Aerror%3A%3Az%2C module m%0A%3A%3Aadd-mask%3A%3Ax%0D%3A%3Awarning%3A%3Ay::[^\n]*$/);
    expect(errors[0]).toContain(`error: configuration '${CONFIG_SHOWN}', module '${MODULE_SHOWN}', at `);
  });

  it('synth: the error naming device, configuration and module is one line', async () => {
    const { code, text } = await run(['synth', '--snapshot', snapshotFile, '--out', path.join(dir, 'out')]);
    expect(code).toBe(2);
    expectOneLinePerMessage(text);
    expect(linesOf(text).filter((l) => l.startsWith('::'))).toStrictEqual([]);
    expect(text).toContain(`error: device '${DEVICE_SHOWN}': configuration '${CONFIG_SHOWN}', module '${MODULE_SHOWN}', at `);
  });

  it.each([[[]], [['--json']]])('explain %j: the device id and every value on one line', async (flags) => {
    const { code, text } = await run(['explain', DEVICE_ID, '--snapshot', snapshotFile, ...flags]);
    expect(code).toBe(2);
    expectOneLinePerMessage(text);
    expect(linesOf(text).filter((l) => l.trimStart().startsWith('::'))).toStrictEqual([]);
    if (flags.length === 0) expect(text).toContain(`device '${DEVICE_SHOWN}' → namespace `);
    else expect(JSON.parse(text).deviceId).toBe(DEVICE_ID);
  });

  it.each([
    { name: 'an error naming a file path (main)', argv: ['synth', '--snapshot', path.join('missing', `f${INJECT}`)], shown: `f\\n::add-mask::x\\r::warning::y` },
    { name: 'the same with --debug (stack frames)', argv: ['--debug', 'synth', '--snapshot', `g${INJECT}`], shown: `g\\n::add-mask::x\\r::warning::y` },
    { name: 'a flag commander refuses', argv: [`--x${INJECT}`], shown: `--x\\n::add-mask::x\\r::warning::y` },
  ])('$name', async ({ argv, shown }) => {
    const { code, text } = await run(argv);
    expect(code).toBe(1);
    expectOneLinePerMessage(text);
    expect(linesOf(text).filter((l) => l.startsWith('::'))).toStrictEqual([]);
    expect(text).toContain(shown);
  });

  it('the real process in GitHub Actions: stdout and stderr hold no workflow command but its annotations', async () => {
    const result = await runCli(['validate', '--snapshot', snapshotFile], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(1);
    expectOneLinePerMessage(result.stdout);
    const commands = linesOf(result.stdout + result.stderr).filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((l) => !l.startsWith('::error title=configuration base%0A'))).toStrictEqual([]);
  });
});
