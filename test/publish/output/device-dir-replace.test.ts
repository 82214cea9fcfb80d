/**
 * One device directory is replaced whole (`applyDeviceDir`): read back and compared only when it existed, left
 * untouched when identical, otherwise swapped in through renames so it is never half old, half new, and a failure
 * leaves the old directory and no temporary. `writeWritingMarker` marks a cluster folder before it changes.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../../src/errors.js';
import { applyDeviceDir, TEMP_MARK, writeWritingMarker } from '../../../src/publish/output/device-dir-replace.js';
import { readTree } from '../../helpers/output-tree.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('device-dir-replace-');
const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

/** `<root>/devices/a/ns` holding `before` (nothing when null), and the cluster folder. */
function deviceDir(before: Record<string, string> | null): { root: string; dir: string } {
  const root = temp();
  const dir = path.join(root, 'devices/a/ns');
  mkdirSync(path.dirname(dir), { recursive: true });
  if (before !== null) {
    mkdirSync(dir);
    for (const [name, text] of Object.entries(before)) writeFileSync(path.join(dir, name), text);
  }
  return { root, dir };
}

/** Names in the cluster folder holding TEMP_MARK: what a replacement must never leave. */
const temporaries = (dir: string) => readdirSync(path.dirname(dir)).filter((name) => name.includes(TEMP_MARK));

/** The class name and message `action` throws. */
function failureOf(action: () => unknown): { name: string; message: string } | null {
  try {
    action();
    return null;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

describe('applyDeviceDir', () => {
  it.each<{ name: string; before: Record<string, string> | null; exists: boolean; after: Record<string, string>; outcome: string; marks: number }>([
    { name: 'a new directory is added', before: null, exists: false, after: { 'x.yaml': '1\n' }, outcome: 'added', marks: 1 },
    { name: 'a new directory with no files is added, empty', before: null, exists: false, after: {}, outcome: 'added', marks: 1 },
    { name: 'identical files: unchanged, never marked', before: { 'x.yaml': '1\n', 'y.yaml': '2\n' }, exists: true, after: { 'y.yaml': '2\n', 'x.yaml': '1\n' }, outcome: 'unchanged', marks: 0 },
    { name: 'one file\'s content differs: changed', before: { 'x.yaml': '1\n' }, exists: true, after: { 'x.yaml': '1b\n' }, outcome: 'changed', marks: 1 },
    { name: 'a file no longer produced: changed, and the file goes', before: { 'x.yaml': '1\n', 'old.yaml': 'o\n' }, exists: true, after: { 'x.yaml': '1\n' }, outcome: 'changed', marks: 1 },
    { name: 'a file more: changed', before: { 'x.yaml': '1\n' }, exists: true, after: { 'x.yaml': '1\n', 'y.yaml': '2\n' }, outcome: 'changed', marks: 1 },
    { name: 'a file renamed with the same content: changed', before: { 'x.yaml': '1\n' }, exists: true, after: { 'z.yaml': '1\n' }, outcome: 'changed', marks: 1 },
  ])('$name', ({ before, exists, after, outcome, marks }) => {
    const { dir } = deviceDir(before);
    let marked = 0;
    expect(applyDeviceDir(dir, files(after), exists, () => marked++)).toBe(outcome);
    expect(marked).toBe(marks);
    expect(readTree(dir)).toStrictEqual(files(after));
    expect(temporaries(dir)).toStrictEqual([]);
  });

  it('a sub-folder in an existing directory is not a file: changed, and the folder goes', () => {
    const { dir } = deviceDir({ 'x.yaml': '1\n' });
    mkdirSync(path.join(dir, 'x.yaml.d'));
    writeFileSync(path.join(dir, 'x.yaml.d', 'inner'), 'i\n');
    expect(applyDeviceDir(dir, files({ 'x.yaml': '1\n' }), true, () => undefined)).toBe('changed');
    expect(readdirSync(dir)).toStrictEqual(['x.yaml']);
  });

  it('an unchanged directory is left as it is (same folder, same file mtimes)', async () => {
    const { dir } = deviceDir({ 'x.yaml': '1\n' });
    const folder = statSync(dir);
    const file = statSync(path.join(dir, 'x.yaml'));
    await new Promise((resolve) => setTimeout(resolve, 15));
    applyDeviceDir(dir, files({ 'x.yaml': '1\n' }), true, () => undefined);
    expect(statSync(dir).ino).toBe(folder.ino);
    expect(statSync(path.join(dir, 'x.yaml')).mtimeMs).toBe(file.mtimeMs);
  });

  it('a changed directory is a new folder swapped in whole (another inode), not files rewritten in place', () => {
    const { dir } = deviceDir({ 'x.yaml': '1\n' });
    const before = statSync(dir).ino;
    applyDeviceDir(dir, files({ 'x.yaml': '2\n' }), true, () => undefined);
    expect(statSync(dir).ino).not.toBe(before);
  });

  it('beforeChange runs before anything changes: when it throws, the directory is as it was', () => {
    const { dir } = deviceDir({ 'x.yaml': '1\n' });
    expect(() =>
      applyDeviceDir(dir, files({ 'x.yaml': '2\n' }), true, () => {
        throw new ConfigError('cannot write marker');
      }),
    ).toThrow('cannot write marker');
    expect(readTree(dir)).toStrictEqual(files({ 'x.yaml': '1\n' }));
    expect(temporaries(dir)).toStrictEqual([]);
  });

  it('a cluster folder that is a file: ConfigError `cannot write <dir>: <reason>`, nothing left behind', () => {
    const root = temp();
    mkdirSync(path.join(root, 'devices'));
    writeFileSync(path.join(root, 'devices/a'), 'in the way\n');
    const dir = path.join(root, 'devices/a/ns');
    expect(failureOf(() => applyDeviceDir(dir, files({ 'x.yaml': '1\n' }), false, () => undefined))).toStrictEqual({
      name: 'ConfigError',
      message: `cannot write ${dir}: a part of the path is a file, not a directory`,
    });
    expect(readdirSync(path.join(root, 'devices'))).toStrictEqual(['a']);
  });

  it('a file that cannot be written (a name into a missing sub-folder) fails the whole replacement: the old directory stays', () => {
    const { dir } = deviceDir({ 'x.yaml': '1\n' });
    expect(failureOf(() => applyDeviceDir(dir, files({ 'x.yaml': '2\n', 'missing/y.yaml': 'y\n' }), true, () => undefined))).toStrictEqual({
      name: 'ConfigError',
      message: `cannot write ${dir}: no such file or directory`,
    });
    expect(readTree(dir)).toStrictEqual(files({ 'x.yaml': '1\n' }));
    expect(temporaries(dir)).toStrictEqual([]);
  });
});

describe('writeWritingMarker', () => {
  const TEXT = 'iotedge-gitops is writing here; if no run is, one was stopped: the next run renders every device\n';

  it('writes the marker into an existing cluster folder, saying what it means', () => {
    const root = temp();
    mkdirSync(path.join(root, 'devices/a'), { recursive: true });
    writeWritingMarker(path.join(root, 'devices/a/.marker'));
    expect(readTree(root)).toStrictEqual(new Map([['devices/a/.marker', TEXT]]));
  });

  it.each([
    { name: 'a cluster folder not there yet: nothing written, nothing created', make: () => undefined },
    { name: 'a file where the cluster folder would be: nothing written', make: (root: string) => (mkdirSync(path.join(root, 'devices')), writeFileSync(path.join(root, 'devices/a'), 'file\n')) },
  ])('$name', ({ make }) => {
    const root = temp();
    make(root);
    const before = readTree(root);
    writeWritingMarker(path.join(root, 'devices/a/.marker'));
    expect(readTree(root)).toStrictEqual(before);
    expect(existsSync(path.join(root, 'devices/a/.marker'))).toBe(false);
  });

  it('a marker that cannot be written: ConfigError `cannot write <file>: <reason>`', () => {
    const root = temp();
    mkdirSync(path.join(root, 'devices/a/.marker'), { recursive: true });
    const file = path.join(root, 'devices/a/.marker');
    expect(failureOf(() => writeWritingMarker(file))).toStrictEqual({ name: 'ConfigError', message: `cannot write ${file}: it is a directory` });
  });
});
