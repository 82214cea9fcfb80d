/**
 * Issue 7: device directories are written on a worker thread while the main thread renders the next devices.
 * The rule under test is "no difference but the speed": the thread writer (which only the compiled lib/ can
 * start, so it is imported from there) must leave the same bytes, report the same summary, keep the marker and
 * error rules of the inline writer, hold at most `maxInFlight` directories, and never keep a process alive.
 * Expected values are worked out by hand from the write rules (added/changed/unchanged/removed, the marker,
 * `cannot write <path>: <reason>`), not taken from either writer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as srcErrors from '../../../src/errors.js';
import * as srcWriter from '../../../src/publish/output/device-dir-writer.js';
import type { OutputPlan } from '../../../src/plan/output-plan.js';
import * as srcOutput from '../../../src/publish/output/write-output.js';
import { ensureBuilt, ROOT } from '../../faults/cli-process.js';
import { readTree } from '../../helpers/output-tree.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

interface Modules {
  readonly output: typeof srcOutput;
  readonly writer: typeof srcWriter;
  readonly errors: typeof srcErrors;
}
const libUrl = (file: string) => pathToFileURL(path.join(ROOT, 'lib/src', file)).href;
const src: Modules = { output: srcOutput, writer: srcWriter, errors: srcErrors };
let lib: Modules;

beforeAll(async () => {
  ensureBuilt();
  lib = {
    output: (await import(libUrl('publish/output/write-output.js'))) as typeof srcOutput,
    writer: (await import(libUrl('publish/output/device-dir-writer.js'))) as typeof srcWriter,
    errors: (await import(libUrl('errors.js'))) as typeof srcErrors,
  };
}, 240_000);

const temp = tempDirs('device-dir-writer-');

/** A streamed plan: device files went through writeDevice, the plan carries each cluster's inventory text only. */
function plan(deviceDirs: string[]): OutputPlan {
  const clusters = [...new Set(deviceDirs.map((dir) => dir.split('/')[1]!))].sort();
  const files = new Map(clusters.map((c) => [`devices/${c}/inventory.json`, JSON.stringify({ devices: deviceDirs.filter((d) => d.split('/')[1] === c).sort() }) + '\n']));
  return { files, deviceDirs: [...deviceDirs].sort(), keep: [], inventory: { hub: 'h', hostName: 'h.azure-devices.net', configurations: [], devices: [], ledgers: {} } };
}
const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

/** Each writer, opened from where it can run: inline from the sources, the thread from the compiled lib/. */
const writers = [
  { name: 'inline writer (sources)', modules: () => src, options: { writer: 'inline' as const } },
  { name: 'thread writer (compiled lib/)', modules: () => lib, options: { writer: 'thread' as const } },
  { name: 'thread writer, one directory in flight', modules: () => lib, options: { writer: 'thread' as const, maxInFlight: 1 } },
];

describe('which writer openOutput uses by default', () => {
  it.each([
    { name: 'sources under jest: no compiled worker next to the module, so inline', modules: () => src, expected: 'inline' },
    { name: 'compiled lib/: the worker file is there, so a thread', modules: () => lib, expected: 'thread' },
  ])('$name', ({ modules, expected }) => {
    expect(modules().writer.defaultDeviceDirWriterKind()).toBe(expected);
  });
});

describe('the same tree and summary from every writer', () => {
  it.each(writers)('$name: added, then changed / unchanged / added / removed', async ({ modules, options }) => {
    const root = temp();
    const { openOutput } = modules().output;
    const first = await openOutput(root, options);
    first.writeDevice('devices/a/keep', files({ 'x.yaml': 'k\n' }));
    first.writeDevice('devices/a/change', files({ 'x.yaml': '1\n', 'old.yaml': 'o\n' }));
    first.writeDevice('devices/b/gone', files({ 'g.yaml': 'g\n' }));
    expect(await first.finish(plan(['devices/a/keep', 'devices/a/change', 'devices/b/gone']))).toStrictEqual({
      added: ['devices/a/change', 'devices/a/keep', 'devices/b/gone'],
      changed: [],
      removed: [],
      unchanged: [],
    });
    const kept = statSync(path.join(root, 'devices/a/keep/x.yaml'));
    const keptDir = statSync(path.join(root, 'devices/a/keep'));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const second = await openOutput(root, options);
    second.writeDevice('devices/a/keep', files({ 'x.yaml': 'k\n' }));
    second.writeDevice('devices/a/change', files({ 'x.yaml': '2\n' }));
    second.writeDevice('devices/c/new', files({ 'n.yaml': 'n\n' }));
    expect(await second.finish(plan(['devices/a/change', 'devices/a/keep', 'devices/c/new']))).toStrictEqual({
      added: ['devices/c/new'],
      changed: ['devices/a/change'],
      removed: ['devices/b/gone'],
      unchanged: ['devices/a/keep'],
    });
    // Rule: a changed directory is replaced whole (old.yaml goes); the removed one's empty cluster goes too.
    expect(readTree(root)).toStrictEqual(
      new Map([
        ['devices/a/change/x.yaml', '2\n'],
        ['devices/a/inventory.json', '{"devices":["devices/a/change","devices/a/keep"]}\n'],
        ['devices/a/keep/x.yaml', 'k\n'],
        ['devices/c/inventory.json', '{"devices":["devices/c/new"]}\n'],
        ['devices/c/new/n.yaml', 'n\n'],
      ]),
    );
    expect(readdirSync(path.join(root, 'devices')).sort()).toStrictEqual(['a', 'c']);
    // Rule: an unchanged directory is not touched at all (same inode, same mtime).
    expect(statSync(path.join(root, 'devices/a/keep')).ino).toBe(keptDir.ino);
    expect(statSync(path.join(root, 'devices/a/keep/x.yaml')).mtimeMs).toBe(kept.mtimeMs);
  });

  it.each(writers)('$name: finish with no device written writes nothing', async ({ modules, options }) => {
    const root = temp();
    const output = await modules().output.openOutput(root, options);
    expect(await output.finish(plan([]))).toStrictEqual({ added: [], changed: [], removed: [], unchanged: [] });
    expect(readTree(root)).toStrictEqual(new Map());
  });
});

describe('back-pressure of the thread writer', () => {
  const dirsOf = (count: number) => Array.from({ length: count }, (_, i) => `devices/c${(count - i) % 7}/ns-${String(i).padStart(2, '0')}`);

  it.each([
    { name: 'one in flight', maxInFlight: 1 },
    { name: 'three in flight', maxInFlight: 3 },
    { name: 'the default limit', maxInFlight: undefined },
  ])('$name: every directory is applied, in the order handed over', async ({ maxInFlight }) => {
    const root = temp();
    const order = dirsOf(30);
    const applied: string[] = [];
    const writer = lib.writer.createDeviceDirWriter('thread', {
      root,
      marker: 'marker',
      mark: () => {
        throw new Error('the thread writes the marker itself');
      },
      onApplied: (dir) => applied.push(dir),
      ...(maxInFlight !== undefined ? { maxInFlight } : {}),
    });
    for (const dir of order) writer.write(dir, files({ 'x.yaml': `${dir}\n` }), false);
    await writer.drain();
    expect(applied).toStrictEqual(order);
    for (const dir of order) expect(readFileSync(path.join(root, dir, 'x.yaml'), 'utf8')).toBe(`${dir}\n`);
  });

  it('with one in flight, a writeDevice returns only once the previous directory is on disk', async () => {
    const root = temp();
    const output = await lib.output.openOutput(root, { writer: 'thread', maxInFlight: 1 });
    const order = dirsOf(12);
    order.forEach((dir, i) => {
      output.writeDevice(dir, files({ 'x.yaml': `${i}\n` }));
      if (i > 0) expect(readFileSync(path.join(root, order[i - 1]!, 'x.yaml'), 'utf8')).toBe(`${i - 1}\n`);
    });
    expect((await output.finish(plan(order))).added).toStrictEqual([...order].sort());
  });
});

describe('a write error', () => {
  // `<root>/devices/c` is a regular file, so `devices/c/ns` cannot be created (ENOTDIR).
  const reason = 'a part of the path is a file, not a directory';

  it.each([
    { name: 'inline: thrown by the writeDevice of that directory', modules: () => src, options: { writer: 'inline' as const }, writeNext: true, thrownBy: 'writeDevice c' },
    { name: 'thread, one in flight: thrown by the next writeDevice', modules: () => lib, options: { writer: 'thread' as const, maxInFlight: 1 }, writeNext: true, thrownBy: 'writeDevice d' },
    { name: 'thread, last directory: thrown by finish', modules: () => lib, options: { writer: 'thread' as const }, writeNext: false, thrownBy: 'finish' },
    // Both directories are posted before the thread has even started (it boots in milliseconds), so the next one
    // is already queued when the first fails: the thread must skip it.
    { name: 'thread, next directory already queued: not written, thrown by finish', modules: () => lib, options: { writer: 'thread' as const }, writeNext: true, thrownBy: 'finish' },
  ])('$name', async ({ modules, options, writeNext, thrownBy }) => {
    const root = temp();
    mkdirSync(path.join(root, 'devices'));
    writeFileSync(path.join(root, 'devices/c'), 'in the way\n');
    const { output: m, errors } = modules();
    const output = await m.openOutput(root, options);
    let step = '';
    let caught: unknown;
    try {
      step = 'writeDevice c';
      output.writeDevice('devices/c/ns', files({ 'x.yaml': '1\n' }));
      if (writeNext) {
        step = 'writeDevice d';
        output.writeDevice('devices/d/ns', files({ 'x.yaml': '2\n' }));
      }
      step = 'finish';
      await output.finish(plan(writeNext ? ['devices/c/ns', 'devices/d/ns'] : ['devices/c/ns']));
      step = 'none';
    } catch (error) {
      caught = error;
    }
    const message = `cannot write ${path.join(root, 'devices/c/ns')}: ${reason}`;
    expect({ step, name: (caught as Error)?.name, message: (caught as Error)?.message }).toStrictEqual({ step: thrownBy, name: 'ConfigError', message });
    expect(caught).toBeInstanceOf(errors.ConfigError);
    // Rule: after the first error nothing more is written (d/ns never appears), and the error stays.
    expect(() => output.writeDevice('devices/e/ns', files({ 'x.yaml': '3\n' }))).toThrow(message);
    expect(readdirSync(path.join(root, 'devices'))).toStrictEqual(['c']);
    // No cluster folder could hold a marker (devices/c is a file), and no root marker is written any more.
    expect(existsSync(path.join(root, srcOutput.WRITING_MARKER))).toBe(false);
  });
});

describe('the writing marker with the thread writer', () => {
  const waitFor = async (check: () => boolean) => {
    for (const deadline = Date.now() + 10_000; !check(); ) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const read = (root: string, file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined);

  it.each([
    { name: 'a changed directory: present once it is written, gone after finish', content: '1b\n', markedBeforeFinish: true },
    { name: 'an unchanged directory: never written', content: '1\n', markedBeforeFinish: false },
  ])('$name', async ({ content, markedBeforeFinish }) => {
    const root = temp();
    await srcOutput.writeOutput(root, { ...plan(['devices/a/ns-1', 'devices/a/ns-2']), files: new Map([['devices/a/ns-1/x.yaml', '1\n'], ['devices/a/ns-2/y.yaml', '2\n'], ['devices/a/inventory.json', '{}\n']]) });
    const output = await lib.output.openOutput(root, { writer: 'thread', maxInFlight: 1 });
    output.writeDevice('devices/a/ns-1', files({ 'x.yaml': content }));
    // With one in flight, this returns only after ns-1 is handled.
    output.writeDevice('devices/a/ns-2', files({ 'y.yaml': '2\n' }));
    await waitFor(() => read(root, 'devices/a/ns-1/x.yaml') === content);
    expect(existsSync(path.join(root, 'devices/a', srcOutput.WRITING_MARKER))).toBe(markedBeforeFinish);
    await output.finish(plan(['devices/a/ns-1', 'devices/a/ns-2']));
    expect(existsSync(path.join(root, 'devices/a', srcOutput.WRITING_MARKER))).toBe(false);
  });
});

describe('a process using the thread writer exits by itself', () => {
  // Each scenario runs in its own node process on the compiled lib/; a thread left running would keep it
  // alive until the timeout kills it (signal SIGTERM instead of a normal exit).
  const script = (scenario: string) => `
    import { mkdirSync, writeFileSync } from 'node:fs';
    const { openOutput } = await import(${JSON.stringify(libUrl('publish/output/write-output.js'))});
    const root = process.env.ROOT;
    const plan = (deviceDirs) => ({ files: new Map([['devices/a/inventory.json', '{}\\n']]), deviceDirs, keep: [], inventory: { hub: 'h', configurations: [], devices: [] } });
    const say = (x) => process.stdout.write(JSON.stringify(x) + '\\n');
    try { ${scenario} } catch (error) { say({ name: error.name, message: error.message }); }
  `;
  const devices = "for (let i = 0; i < 40; i++) output.writeDevice('devices/a/ns-' + i, new Map([['x.yaml', String(i)]]));";

  it.each([
    {
      name: 'after a successful run',
      scenario: `const output = await openOutput(root, { writer: 'thread' }); ${devices} say((await output.finish(plan([]))).added.length);`,
      expected: () => '40',
    },
    { name: 'after a run that wrote nothing', scenario: "const output = await openOutput(root, { writer: 'thread' }); say(await output.finish(plan([])));", expected: () => '{"added":[],"changed":[],"removed":[],"unchanged":[]}' },
    {
      name: 'after a write error thrown by writeDevice',
      scenario: `mkdirSync(root + '/devices'); writeFileSync(root + '/devices/a', ''); const output = await openOutput(root, { writer: 'thread', maxInFlight: 2 }); ${devices}`,
      expected: (root: string) => JSON.stringify({ name: 'ConfigError', message: `cannot write ${root}/devices/a/ns-0: a part of the path is a file, not a directory` }),
    },
    {
      name: 'after a run stopped by another error before finish (the thread is still writing)',
      scenario: `const output = await openOutput(root, { writer: 'thread' }); ${devices} throw new Error('rendering failed');`,
      expected: () => JSON.stringify({ name: 'Error', message: 'rendering failed' }),
    },
  ])('$name', ({ scenario, expected }) => {
    const root = temp();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script(scenario)], { env: { ...process.env, ROOT: root }, encoding: 'utf8', timeout: 30_000 });
    expect({ status: run.status, signal: run.signal, stdout: run.stdout.trim(), stderr: run.stderr }).toStrictEqual({ status: 0, signal: null, stdout: expected(root), stderr: '' });
  });
});
