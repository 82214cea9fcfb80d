import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { constants } from 'node:buffer';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { readSnapshotFile, readSplitSnapshotFiles } from '../../src/source/read-snapshot.js';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'read-snapshot-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('readSnapshotFile', () => {
  it('reads hub, host name and both lists', async () => {
    const p = file('ok.json', JSON.stringify({ hub: 'h1', configurations: [{ id: 'a' }], devices: [] }));
    expect(await readSnapshotFile(p)).toStrictEqual({ hub: 'h1', hostName: 'h1.azure-devices.net', configurations: [{ id: 'a' }], devices: [] });
  });

  it('derives the hub from hostName when hub is missing, and strips a UTF-8 BOM', async () => {
    const p = file('bom.json', '\uFEFF' + JSON.stringify({ hostName: 'myhub.azure-devices.net', configurations: [], devices: [] }));
    expect((await readSnapshotFile(p)).hub).toBe('myhub');
  });

  it.each([
    ['invalid JSON with line and column', 'bad.json', '{\n  "hub": "h",\n  "configurations": [,]\n}', /bad\.json: invalid JSON at line 3 column 22/],
    ['a top-level array', 'arr.json', '[]', /must be a JSON object/],
    ['configurations not an array', 'cfg.json', '{"hub":"h","configurations":{},"devices":[]}', /configurations must be a JSON array, found object/],
    ['devices missing', 'dev.json', '{"hub":"h","configurations":[]}', /devices must be a JSON array, found nothing/],
    ['no hub', 'nohub.json', '{"configurations":[],"devices":[]}', /hub must be a non-empty string/],
    ['hub not a string', 'hubnum.json', '{"hub":3,"configurations":[],"devices":[]}', /hub must be a non-empty string/],
  ])('rejects %s', async (_name, name, content, message) => {
    const p = file(name, content);
    await expect(readSnapshotFile(p)).rejects.toThrow(ConfigError);
    await expect(readSnapshotFile(p)).rejects.toThrow(message);
  });

  it('rejects bytes that are not UTF-8, naming the offset', async () => {
    const p = file('latin1.json', Buffer.concat([Buffer.from('{"hub":"h'), Buffer.from([0xe9]), Buffer.from('"}')]));
    await expect(readSnapshotFile(p)).rejects.toThrow(/not valid UTF-8 \(byte 9\)/);
  });

  it('names a missing file without a stack', async () => {
    await expect(readSnapshotFile(path.join(dir, 'nope.json'))).rejects.toThrow(/nope\.json: cannot read file \(ENOENT\)/);
  });
});

describe('readSplitSnapshotFiles', () => {
  it('reads the two az CLI lists and a hub name or host name', async () => {
    const c = file('c.json', '[{"id":"x"}]');
    const t = file('t.json', '[{"deviceId":"d"}]');
    expect(await readSplitSnapshotFiles({ configurations: c, twins: t, hub: 'h2' })).toStrictEqual({
      hub: 'h2', hostName: 'h2.azure-devices.net', configurations: [{ id: 'x' }], devices: [{ deviceId: 'd' }],
    });
    expect((await readSplitSnapshotFiles({ configurations: c, twins: t, hub: 'h3.azure-devices.net' })).hub).toBe('h3');
  });

  it('rejects a twin file that is an object, naming the file', async () => {
    const c = file('c2.json', '[]');
    const t = file('t2.json', '{"value":[]}');
    await expect(readSplitSnapshotFiles({ configurations: c, twins: t, hub: 'h' })).rejects.toThrow(/t2\.json: the file must be a JSON array/);
  });
});

describe('a snapshot longer than the longest string this Node.js holds (issue 19 item 15)', () => {
  const TOO_LONG = (p: string, bytes: number, max: number) =>
    `snapshot ${p} is ${bytes} bytes, more than this Node.js can read as one string (${max} characters, buffer.constants.MAX_STRING_LENGTH); read the live hub instead, or pass the configurations and the twins as two files (--configurations, --twins)`;

  it('a 4 GiB file (sparse: no disk used) is refused from its size, before reading, with a true message', async () => {
    const p = path.join(dir, 'huge.json');
    writeFileSync(p, '');
    truncateSync(p, 4 * 1024 ** 3);
    const error = (await readSnapshotFile(p).catch((e: Error) => e)) as Error;
    expect([error.name, error.message]).toStrictEqual(['ConfigError', TOO_LONG(p, 4294967296, constants.MAX_STRING_LENGTH)]);
  });

  it.each([
    { name: '146 ASCII bytes (146 characters), limit 100 characters: refused after decoding', text: `{"hub":"h","configurations":[],"devices":[],"x":"${'a'.repeat(95)}"}`, refused: true },
    { name: '96 ASCII bytes, limit 100: read', text: `{"hub":"h","configurations":[],"devices":[],"x":"${'a'.repeat(45)}"}`, refused: false },
    { name: '141 bytes that are 81 characters (€ is 3 bytes, 1 character), limit 100: read', text: `{"hub":"h","configurations":[],"devices":[],"x":"${'€'.repeat(30)}"}`, refused: false },
    { name: '321 bytes, over 3 × the limit: refused from its size', text: `{"hub":"h","configurations":[],"devices":[],"x":"${'€'.repeat(90)}"}`, refused: true },
  ])('$name', async ({ name, text, refused }) => {
    const p = file(`limit-${name.length}.json`, text);
    const bytes = Buffer.byteLength(text);
    const result = await readSnapshotFile(p, { maxStringLength: 100 }).then(
      (s) => s.hub,
      (e: Error) => e.message,
    );
    expect(result).toBe(refused ? TOO_LONG(p, bytes, 100) : 'h');
  });
});
