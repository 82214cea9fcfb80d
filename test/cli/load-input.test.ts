/**
 * Reading the input a command was given (src/cli/load-input.ts): a snapshot file or the two az CLI lists, their
 * paths resolved against the command's working directory (io.cwd, not the process's), or the live hub whose
 * connection string is in the environment variable the source names. The live cases fail before any request.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../src/errors.js';
import type { CommandIo } from '../../src/cli/io.js';
import { loadInput } from '../../src/cli/load-input.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const temp = tempDirs('load-input-');
const io = (cwd: string, env: Record<string, string> = {}): CommandIo => ({ stdout: { write: () => true }, stderr: { write: () => true }, env, cwd });
const twin = { deviceId: 'gw', capabilities: { iotEdge: true } };
const configuration = { id: 'base', content: { modulesContent: {} } };

function workDir(): string {
  const dir = temp();
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in', 'snapshot.json'), JSON.stringify({ hub: 'h', configurations: [configuration], devices: [twin] }));
  writeFileSync(path.join(dir, 'in', 'configurations.json'), JSON.stringify([configuration]));
  writeFileSync(path.join(dir, 'in', 'twins.json'), JSON.stringify([twin]));
  return dir;
}

describe('loadInput', () => {
  it('a snapshot file relative to the working directory', async () => {
    const dir = workDir();
    await expect(loadInput({ kind: 'snapshot', file: 'in/snapshot.json' }, io(dir))).resolves.toStrictEqual({ hub: 'h', hostName: 'h.azure-devices.net', configurations: [configuration], devices: [twin] });
  });

  it('an absolute snapshot path is read as given', async () => {
    const dir = workDir();
    const snapshot = await loadInput({ kind: 'snapshot', file: path.join(dir, 'in', 'snapshot.json') }, io(temp()));
    expect(snapshot.hub).toBe('h');
  });

  it('the two lists relative to the working directory, with the hub given by its host name', async () => {
    const dir = workDir();
    const source = { kind: 'split', configurations: 'in/configurations.json', twins: 'in/twins.json', hub: 'myhub.azure-devices.net' } as const;
    await expect(loadInput(source, io(dir))).resolves.toStrictEqual({ hub: 'myhub', hostName: 'myhub.azure-devices.net', configurations: [configuration], devices: [twin] });
  });

  it.each([
    { name: 'a snapshot file', source: { kind: 'snapshot', file: 'in/missing.json' } as const },
    { name: 'a twins list', source: { kind: 'split', configurations: 'in/configurations.json', twins: 'in/missing.json', hub: 'h' } as const },
  ])('a missing file ($name) is a ConfigError naming the path resolved against the working directory', async ({ source }) => {
    const dir = workDir();
    const error = await loadInput(source, io(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(`${path.join(dir, 'in', 'missing.json')}: cannot read file (ENOENT)`);
  });

  it('live: the connection string comes from the variable the source names', async () => {
    const error = await loadInput({ kind: 'live', connectionStringEnv: 'MY_HUB', pageSize: 100 }, io(temp(), { MY_HUB: 'HostName=h.azure-devices.net' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/^MY_HUB is not an IoT Hub service connection string: missing SharedAccessKeyName, SharedAccessKey /);
  });

  it('live: the source\'s page size reaches the reader', async () => {
    const env = { MY_HUB: 'HostName=h.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=a2V5' };
    await expect(loadInput({ kind: 'live', connectionStringEnv: 'MY_HUB', pageSize: 0 }, io(temp(), env))).rejects.toThrow(/^page size must be an integer from 1 to \d+, got 0$/);
  });
});
