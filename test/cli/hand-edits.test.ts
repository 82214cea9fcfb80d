/**
 * Issue 19 item 3: a device directory edited by hand (in Git or on disk) must not survive a run just because the
 * recorded hashes say its input did not change. The hub is the source of truth: synth renders such a device again,
 * restores its files and names it. Expected values: the restored directory equals what the first run wrote
 * (the hub did not change), every other device stays untouched, and files outside `devices/` and inventory.json
 * keep the user's bytes.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { deviceFilesHash } from '../../src/plan/device-files-hash.js';
import { readTree } from '../helpers/output-tree.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { readInventory } from '../helpers/read-inventory.js';
import { recordingIo } from '../helpers/recording-io.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleFile = path.join(root, 'examples/hub-snapshot.json');
const temp = tempDirs('iotedge-gitops-hand-edits-');

const LINE1 = 'devices/plant-a/msiot-contoso-hub-factory-line-1';
const CAMERA = 'devices/plant-b/msiot-contoso-hub-camera-01';

async function synth(cwd: string) {
  const { io, out, err } = recordingIo(cwd);
  const code = await main(['synth', '--snapshot', exampleFile, '--out', 'out', '--quiet'], io);
  return { code, out: out(), err: err() };
}

/** Replaces the image of the first container of a Deployment file and makes it privileged, as an attacker would. */
function backdoor(file: string): void {
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/image: .*/, 'image: evil.example.com/backdoor').replace('securityContext: {}', 'securityContext:\n            privileged: true');
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
}

describe('synth restores device directories edited outside the tool', () => {
  it.each([
    { name: 'a file edited (image → backdoor, privileged)', edit: (dir: string) => backdoor(path.join(dir, 'deployment-grafana.yaml')) },
    { name: 'a file added', edit: (dir: string) => writeFileSync(path.join(dir, 'deployment-backdoor.yaml'), 'kind: Deployment\n') },
    { name: 'a file removed', edit: (dir: string) => rmSync(path.join(dir, 'service-grafana.yaml')) },
    { name: 'a sub-directory added', edit: (dir: string) => mkdirSync(path.join(dir, 'extra')) },
    { name: 'a file emptied', edit: (dir: string) => writeFileSync(path.join(dir, 'namespace.yaml'), '') },
  ])('$name: the next synth renders it again, restores it and names it', async ({ edit }) => {
    const cwd = temp();
    const out = path.join(cwd, 'out');
    expect((await synth(cwd)).code).toBe(0);
    const written = readTree(out);
    // The user's own file next to the managed ones, and an unrelated device's mtime: neither may change.
    writeFileSync(path.join(out, 'README.md'), 'ours\n');
    const cameraMtime = statSync(path.join(out, CAMERA, 'namespace.yaml')).mtimeMs;

    edit(path.join(out, LINE1));
    const second = await synth(cwd);

    expect(second.code).toBe(0);
    expect(second.out).toContain('re-rendered 1 device(s) edited outside the tool: factory-line-1\n');
    expect(second.out).toMatch(/: 0 added, 1 changed, 0 removed, \d+ unchanged/);
    const after = readTree(out);
    expect(after.get('README.md')).toBe('ours\n');
    after.delete('README.md');
    expect(after).toEqual(written);
    expect(statSync(path.join(out, CAMERA, 'namespace.yaml')).mtimeMs).toBe(cameraMtime);

    // Restored: a third run finds nothing edited and says nothing about it.
    const third = await synth(cwd);
    expect(third.out).not.toContain('edited outside');
    expect(third.out).toMatch(/: 0 added, 0 changed, 0 removed, \d+ unchanged/);
  });

  it('records each device directory\'s files hash in inventory.json, and only files there count', async () => {
    const cwd = temp();
    const out = path.join(cwd, 'out');
    await synth(cwd);
    const inventory = readInventory(out);
    const line1 = inventory.devices.find((d: { deviceId: string }) => d.deviceId === 'factory-line-1');
    const files = [...readTree(path.join(out, LINE1))];
    expect(files.length).toBeGreaterThan(3);
    expect(line1.filesHash).toBe(deviceFilesHash(files));
    // The hash is the SHA-256 spelled out in deviceFilesHash: name, NUL, byte length, NUL, content, in name order.
    // 'é' is two bytes in UTF-8, so its length is 2, not 1.
    expect(deviceFilesHash([['b', 'é'], ['a', 'xy']])).toBe(createHash('sha256').update('a\u00002\u0000xyb\u00002\u0000é').digest('hex'));
    // An unmanaged device records none.
    expect(inventory.devices.find((d: { deviceId: string }) => d.deviceId === 'spare-01').filesHash).toBeUndefined();
  });

  it("a hand edit of a cluster's inventory.json alone (a hash rewritten) makes the device render again, with the same files", async () => {
    const cwd = temp();
    const out = path.join(cwd, 'out');
    await synth(cwd);
    const written = readTree(out);
    // factory-line-1 is in cluster plant-a.
    const file = path.join(out, 'devices/plant-a/inventory.json');
    const inventory = JSON.parse(readFileSync(file, 'utf8'));
    const line1 = inventory.devices.find((d: { deviceId: string }) => d.deviceId === 'factory-line-1');
    line1.filesHash = '0'.repeat(64);
    writeFileSync(file, JSON.stringify(inventory, null, 2) + '\n');
    const second = await synth(cwd);
    expect(second.out).toContain('re-rendered 1 device(s) edited outside the tool: factory-line-1\n');
    // Rendered again, identical to the disk: nothing rewritten, inventory.json repaired.
    expect(second.out).toMatch(/: 0 added, 0 changed, 0 removed, \d+ unchanged/);
    expect(readTree(out)).toEqual(written);
  });
});
