import { ConfigError } from '../../src/errors.js';
import { resolveInputSource, type InputFlags } from '../../src/cli/input-options.js';

const env = { IOTHUB_CONNECTION_STRING: 'HostName=h.azure-devices.net;SharedAccessKeyName=r;SharedAccessKey=a2V5', OTHER: 'HostName=x' };

describe('resolveInputSource: argv → input source', () => {
  it.each<{ name: string; flags: InputFlags; env?: Record<string, string>; expected: unknown }>([
    { name: 'a snapshot file', flags: { snapshot: 's.json' }, expected: { kind: 'snapshot', file: 's.json' } },
    { name: 'the two az CLI lists with a hub', flags: { configurations: 'c.json', twins: 't.json', hub: 'h' }, expected: { kind: 'split', configurations: 'c.json', twins: 't.json', hub: 'h' } },
    { name: 'no file: the live hub from the default variable', flags: {}, expected: { kind: 'live', connectionStringEnv: 'IOTHUB_CONNECTION_STRING', pageSize: 100 } },
    { name: 'live hub from a named variable and page size', flags: { connectionStringEnv: 'OTHER', pageSize: '1000' }, expected: { kind: 'live', connectionStringEnv: 'OTHER', pageSize: 1000 } },
  ])('$name', ({ flags, expected }) => {
    expect(resolveInputSource(flags, env)).toStrictEqual(expected);
  });

  it.each<{ name: string; flags: InputFlags; env: Record<string, string>; message: RegExp }>([
    { name: 'snapshot with split files', flags: { snapshot: 's', twins: 't' }, env, message: /cannot be combined/ },
    { name: 'snapshot with hub', flags: { snapshot: 's', hub: 'h' }, env, message: /cannot be combined/ },
    { name: 'configurations without twins', flags: { configurations: 'c', hub: 'h' }, env, message: /must be given together/ },
    { name: 'twins without hub', flags: { configurations: 'c', twins: 't' }, env, message: /must be given together/ },
    { name: 'nothing at all and no variable', flags: {}, env: {}, message: /no input: .*IOTHUB_CONNECTION_STRING/ },
    { name: 'named variable unset', flags: { connectionStringEnv: 'MISSING' }, env, message: /set MISSING/ },
    { name: 'variable name that is not one', flags: { connectionStringEnv: 'A=B' }, env, message: /must name an environment variable/ },
    { name: 'page size zero', flags: { pageSize: '0' }, env, message: /--page-size/ },
    { name: 'page size not a number', flags: { pageSize: 'ten' }, env, message: /--page-size/ },
  ])('rejects $name before any I/O', ({ flags, env: e, message }) => {
    expect(() => resolveInputSource(flags, e)).toThrow(ConfigError);
    expect(() => resolveInputSource(flags, e)).toThrow(message);
  });

  it('never puts the connection string into the source or an error', () => {
    expect(JSON.stringify(resolveInputSource({}, env))).not.toContain('a2V5');
    try {
      resolveInputSource({ pageSize: 'x' }, env);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('a2V5');
    }
  });
});
