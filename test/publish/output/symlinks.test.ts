/**
 * Symbolic links never lead the tool outside its output (issue 19 item 1): `synth` refuses a linked `devices/`
 * or cluster folder under `--out`, and `sync` refuses a committed link as the managed folder, as `devices/` or
 * as a cluster folder, before anything is read, written or deleted; a link where a device directory or
 * inventory.json goes (the tool's own entries) is replaced, never written or deleted through. Every case checks
 * that the folder the link points to is byte-for-byte and mtime-for-mtime as it was.
 */
import { existsSync, lstatSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import type { CommandIo } from '../../../src/cli/io.js';
import { ConfigError } from '../../../src/errors.js';
import { publishToGit } from '../../../src/publish/git/git-publish.js';
import { parseDeletionLimit } from '../../../src/publish/output/deletion-limit.js';
import { parseAuthor } from '../../../src/publish/git/git-author.js';
import { readTree } from '../../helpers/output-tree.js';
import { tempDirs } from '../../helpers/temp-dirs.js';
import { bareRepo, commitSymlinks, git, headOf, lsTree } from '../git-helpers.js';
import { buildPlan, type DeviceProps } from '../../builders.js';

const EXAMPLE = path.resolve('examples/hub-snapshot.json');
const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');
const GUARD = { maxDeletions: parseDeletionLimit('10'), allowEmpty: false };
const temp = tempDirs('symlinks-');

/** A folder outside every output, holding what a device directory looks like, and a way to see it is untouched. */
function victim(): { dir: string; unchanged: () => void } {
  const dir = temp();
  mkdirSync(path.join(dir, 'msiot-contoso-hub-old-device'));
  writeFileSync(path.join(dir, 'msiot-contoso-hub-old-device', 'kustomization.yaml'), 'resources: []\n');
  writeFileSync(path.join(dir, 'precious.txt'), 'not the tool\'s\n');
  const before = readTree(dir);
  const mtimes = _mtimes(dir);
  return {
    dir,
    unchanged: () => {
      expect(readTree(dir)).toStrictEqual(before);
      expect(_mtimes(dir)).toStrictEqual(mtimes);
    },
  };
}

function _mtimes(dir: string): Record<string, number> {
  const all: Record<string, number> = { '.': statSync(dir).mtimeMs };
  for (const file of readTree(dir).keys()) {
    all[file] = statSync(path.join(dir, file)).mtimeMs;
    all[path.dirname(file)] = statSync(path.join(dir, path.dirname(file))).mtimeMs;
  }
  return all;
}

async function synth(out: string) {
  const err: string[] = [];
  const io: CommandIo = { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) }, env: {}, cwd: path.dirname(out) };
  const code = await main(['synth', '--snapshot', EXAMPLE, '--out', out, '--quiet'], io);
  return { code, err: err.join('') };
}

describe('synth never follows a symbolic link under --out', () => {
  it.each([
    { name: 'devices/ is a link', link: 'devices', expected: /refusing to write through .*: the devices folder 'devices' is a symbolic link/ },
    { name: 'a cluster folder is a link', link: 'devices/plant-a', expected: /refusing to write through .*: a cluster folder 'devices\/plant-a' is a symbolic link/ },
  ])('$name: refused with exit 1, the link target untouched', async ({ link, expected }) => {
    const target = victim();
    const out = temp();
    mkdirSync(path.dirname(path.join(out, link)), { recursive: true });
    symlinkSync(target.dir, path.join(out, link));
    const run = await synth(out);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(expected);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    target.unchanged();
    expect(existsSync(path.join(out, 'inventory.json'))).toBe(false);
    expect(existsSync(path.join(out, 'devices/field/inventory.json'))).toBe(false);
  });

  it('a second run over a linked devices/ deletes nothing in the target', async () => {
    const target = victim();
    const out = temp();
    expect((await synth(out)).code).toBe(0);
    // Someone swaps devices/ for a link to a folder that looks like a device tree.
    const plantA = path.join(target.dir, 'plant-a');
    mkdirSync(plantA);
    writeFileSync(path.join(plantA, 'keep.yaml'), 'kind: Keep\n');
    const check = victim();
    symlinkSync(check.dir, path.join(plantA, 'nested'));
    const before = readTree(target.dir);
    rmSync(path.join(out, 'devices'), { recursive: true });
    symlinkSync(target.dir, path.join(out, 'devices'));
    expect((await synth(out)).code).toBe(1);
    expect(readTree(target.dir)).toStrictEqual(before);
    check.unchanged();
  });

  it('a link where a device directory goes is replaced by the directory; its target untouched', async () => {
    const target = victim();
    const out = temp();
    const device = path.join(out, 'devices/plant-a/msiot-contoso-hub-factory-line-1');
    mkdirSync(path.dirname(device), { recursive: true });
    symlinkSync(path.join(target.dir, 'msiot-contoso-hub-old-device'), device);
    const stray = path.join(out, 'devices/plant-a/msiot-contoso-hub-not-a-device');
    symlinkSync(target.dir, stray);
    const run = await synth(out);
    expect(run).toStrictEqual({ code: 0, err: '' });
    expect(lstatSync(device).isDirectory()).toBe(true);
    expect(readTree(device).get('kustomization.yaml')).toContain('namespace.yaml');
    // A link the plan does not want is removed: the link itself, never what it points to.
    expect(lstatSync(stray, { throwIfNoEntry: false })).toBeUndefined();
    target.unchanged();
  });

  it("a link in place of a cluster's inventory.json is replaced by the file; its target untouched", async () => {
    const target = victim();
    const out = temp();
    expect((await synth(out)).code).toBe(0);
    const fresh = readTree(out).get('devices/plant-a/inventory.json')!;
    // The target even holds the same text: comparing through the link would leave the link in place.
    writeFileSync(path.join(target.dir, 'inventory.json'), fresh);
    rmSync(path.join(out, 'devices/plant-a/inventory.json'));
    symlinkSync(path.join(target.dir, 'inventory.json'), path.join(out, 'devices/plant-a/inventory.json'));
    const before = readTree(target.dir);
    expect((await synth(out)).code).toBe(0);
    expect(lstatSync(path.join(out, 'devices/plant-a/inventory.json')).isFile()).toBe(true);
    expect(readTree(out).get('devices/plant-a/inventory.json')).toBe(fresh);
    expect(readTree(target.dir)).toStrictEqual(before);
  });

  it('a link in place of the root inventory.json an older version wrote is removed (the link, not its target)', async () => {
    const target = victim();
    const out = temp();
    expect((await synth(out)).code).toBe(0);
    writeFileSync(path.join(target.dir, 'inventory.json'), '{"devices":[]}\n');
    symlinkSync(path.join(target.dir, 'inventory.json'), path.join(out, 'inventory.json'));
    const before = readTree(target.dir);
    expect((await synth(out)).code).toBe(0);
    expect(existsSync(path.join(out, 'inventory.json'))).toBe(false);
    expect(readTree(target.dir)).toStrictEqual(before);
  });
});

describe('sync never follows a symbolic link committed to the GitOps repository', () => {
  const devices: DeviceProps[] = [1, 2].map((i) => ({ deviceId: `dev${i}`, modules: [{ name: 'sensor', image: 'repo/sensor:1.0' }] }));
  const publish = (remote: string, extra: { path?: string } = {}) =>
    publishToGit({ plan: buildPlan({ devices }), access: { repo: remote }, author: AUTHOR, guard: GUARD, workDir: path.join(temp(), 'work'), ...extra });

  it.each([
    { name: 'devices/ is a link', link: 'devices', path: '.', expected: /the devices folder 'devices' is a symbolic link/ },
    { name: 'a cluster folder is a link', link: 'devices/default', path: '.', expected: /a cluster folder 'devices\/default' is a symbolic link/ },
    { name: 'the managed folder (--path) is a link', link: 'fleet', path: 'fleet', expected: /the managed folder \(--path\) 'fleet' is a symbolic link/ },
    { name: 'a folder above the managed folder is a link', link: 'gitops', path: 'gitops/fleet', expected: /the managed folder \(--path\) 'gitops' is a symbolic link/ },
  ])('$name: refused, nothing pushed, the link target untouched', async ({ link, path: folder, expected }) => {
    const target = victim();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    commitSymlinks(remote, { [link]: target.dir }, 'a link');
    const head = headOf(remote);
    const failure = await publish(remote, { path: folder }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).message).toMatch(expected);
    expect(headOf(remote)).toBe(head);
    target.unchanged();
  });

  it('a committed link where a device directory goes is replaced by the directory in the commit', async () => {
    const target = victim();
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    commitSymlinks(remote, { 'devices/default/msiot-hub1-dev1': target.dir, 'devices/default/msiot-hub1-gone': target.dir }, 'links');
    const result = await publish(remote);
    expect(result.pushed).toBe(true);
    const entries = git(remote, 'ls-tree', 'main', 'devices/default/').trim().split('\n').map((l) => l.replace(/ [0-9a-f]{40}/, ''));
    expect(entries).toStrictEqual(['100644 blob\tdevices/default/inventory.json', '040000 tree\tdevices/default/msiot-hub1-dev1', '040000 tree\tdevices/default/msiot-hub1-dev2']);
    expect(lsTree(remote, 'main')).toContain('devices/default/msiot-hub1-dev1/deployment-sensor.yaml');
    target.unchanged();
  });
});
