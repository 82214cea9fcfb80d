import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/errors.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import { formatSnapshot, writeSnapshotFile } from '../../src/source/write-snapshot.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'write-snapshot-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SNAPSHOT: HubSnapshot = {
  devices: [{ deviceId: 'b', tags: { z: 1, a: [3, 1] } }, { deviceId: 'B' }, { deviceId: 'a' }],
  configurations: [{ priority: 1, id: 'z' }, { id: 'a', content: { modulesContent: { m: { y: 1, x: 2 } } } }],
  hostName: 'h.azure-devices.net',
  hub: 'h',
};

describe('formatSnapshot', () => {
  it('orders top-level fields, sorts items by id in code-unit order, sorts keys, keeps arrays, 2-space indent, trailing newline', () => {
    // 'B' (0x42) sorts before 'a' (0x61) and 'b': code units, not locale
    const expected =
      '{\n' +
      '  "hub": "h",\n' +
      '  "hostName": "h.azure-devices.net",\n' +
      '  "configurations": [\n' +
      '    {\n      "content": {\n        "modulesContent": {\n          "m": {\n            "x": 2,\n            "y": 1\n          }\n        }\n      },\n      "id": "a"\n    },\n' +
      '    {\n      "id": "z",\n      "priority": 1\n    }\n' +
      '  ],\n' +
      '  "devices": [\n' +
      '    {\n      "deviceId": "B"\n    },\n' +
      '    {\n      "deviceId": "a"\n    },\n' +
      '    {\n      "deviceId": "b",\n      "tags": {\n        "a": [\n          3,\n          1\n        ],\n        "z": 1\n      }\n    }\n' +
      '  ]\n' +
      '}\n';
    expect(formatSnapshot(SNAPSHOT)).toBe(expected);
  });

  const withoutIds = { ...SNAPSHOT, devices: [{ x: 1 }, ...SNAPSHOT.devices, { x: 2 }] };
  it.each<{ name: string; input: HubSnapshot }>([
    { name: 'reversed devices and configurations', input: { ...withoutIds, devices: [...withoutIds.devices].reverse(), configurations: [...SNAPSHOT.configurations].reverse() } },
    { name: 'items without an id swapped (ties broken by canonical text)', input: { ...withoutIds, devices: [{ x: 2 }, ...SNAPSHOT.devices, { x: 1 }] } },
    { name: 'keys written in another order', input: { ...withoutIds, devices: [{ x: 1 }, { tags: { a: [3, 1], z: 1 }, deviceId: 'b' }, { deviceId: 'B' }, { deviceId: 'a' }, { x: 2 }] } },
  ])('is independent of input order: $name', ({ input }) => {
    expect(formatSnapshot(input)).toBe(formatSnapshot(withoutIds));
  });

  it('puts items without an id last', () => {
    const text = formatSnapshot(withoutIds);
    expect(text.indexOf('"x": 1')).toBeGreaterThan(text.indexOf('"deviceId": "b"'));
  });
});

describe('writeSnapshotFile', () => {
  it('writes the formatted text; writing twice gives the same bytes', async () => {
    const file = path.join(dir, 'nested', 'snap.json');
    await writeSnapshotFile(file, SNAPSHOT);
    const first = await readFile(file);
    await writeSnapshotFile(file, { ...SNAPSHOT, devices: [...SNAPSHOT.devices].reverse() });
    const second = await readFile(file);
    expect(first.toString('utf8')).toBe(formatSnapshot(SNAPSHOT));
    expect(second.equals(first)).toBe(true);
    expect(await readdir(path.join(dir, 'nested'))).toStrictEqual(['snap.json']);
  });

  it('replaces an existing file in one step (rename), leaving no temporary file', async () => {
    const file = path.join(dir, 'snap.json');
    await writeFile(file, 'old');
    await writeSnapshotFile(file, SNAPSHOT);
    expect(await readFile(file, 'utf8')).toBe(formatSnapshot(SNAPSHOT));
    expect(await readdir(dir)).toStrictEqual(['snap.json']);
  });

  it.each([
    { name: 'the target is a directory (EISDIR)', setup: async () => (await import('node:fs/promises')).mkdir(path.join(dir, 'snap.json', 'x'), { recursive: true }), target: () => path.join(dir, 'snap.json'), code: /E(ISDIR|NOTEMPTY|EXIST)/ },
    { name: 'a parent is a file (ENOTDIR/EEXIST)', setup: async () => writeFile(path.join(dir, 'file'), 'keep'), target: () => path.join(dir, 'file', 'snap.json'), code: /E(NOTDIR|EXIST)/ },
  ])('a failed write is a ConfigError naming the file and code, and leaves nothing behind: $name', async ({ setup, target, code }) => {
    await setup();
    const before = (await readdir(dir)).sort();
    const error = await writeSnapshotFile(target(), SNAPSHOT).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot write snapshot ${target().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${code.source}$`));
    expect((await readdir(dir)).sort()).toStrictEqual(before);
  });
});
