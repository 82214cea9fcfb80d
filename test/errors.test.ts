/**
 * src/errors.ts: the typed errors (STYLE habit 6) and the one-line context prefix that every error and
 * ledger entry prints. Expected strings follow the documented format
 * `configuration 'x', device 'y', module 'z', at path: message`.
 */
import {
  ConfigError,
  ConfigErrors,
  describeContext,
  InternalError,
  IotEdgeGitopsError,
  StoppedError,
  TransientError,
  type ErrorContext,
} from '../src/errors.js';

describe('describeContext', () => {
  it.each<{ name: string; context: ErrorContext; expected: string }>([
    { name: 'nothing known: no prefix at all', context: {}, expected: '' },
    { name: 'stage and cause are never part of the prefix', context: { stage: 'model', cause: new Error('x') }, expected: '' },
    { name: 'configuration alone', context: { configurationId: 'prod-base' }, expected: "configuration 'prod-base': " },
    { name: 'device alone', context: { deviceId: 'edge-01' }, expected: "device 'edge-01': " },
    { name: 'module alone', context: { module: '$edgeHub' }, expected: "module '$edgeHub': " },
    { name: 'path alone', context: { jsonPath: 'targetCondition' }, expected: 'at targetCondition: ' },
    {
      name: 'all four, always in the order configuration, device, module, path',
      context: { jsonPath: 'content.modulesContent', module: 'sensor', deviceId: 'edge-01', configurationId: 'prod-base' },
      expected: "configuration 'prod-base', device 'edge-01', module 'sensor', at content.modulesContent: ",
    },
    { name: 'an empty id is still named (it is known, just empty)', context: { configurationId: '' }, expected: "configuration '': " },
    { name: 'ids are printed verbatim, quotes included', context: { deviceId: "operator'sDevice" }, expected: "device 'operator'sDevice': " },
  ])('$name', ({ context, expected }) => {
    expect(describeContext(context)).toBe(expected);
  });
});

describe('IotEdgeGitopsError subclasses', () => {
  const context: ErrorContext = { stage: 'targeting', configurationId: 'c', deviceId: 'd', module: 'm', jsonPath: 'p', cause: 'why' };

  it.each([
    { name: 'ConfigError: bad input', make: () => new ConfigError('boom', context), className: 'ConfigError' },
    { name: 'TransientError: retry may help', make: () => new TransientError('boom', context), className: 'TransientError' },
    { name: 'InternalError: a bug', make: () => new InternalError('boom', context), className: 'InternalError' },
  ])('$name keeps every context field and is named after its class', ({ make, className }) => {
    const error = make();
    expect(error).toBeInstanceOf(IotEdgeGitopsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(className);
    expect([error.stage, error.configurationId, error.deviceId, error.module, error.jsonPath, error.cause]).toStrictEqual(['targeting', 'c', 'd', 'm', 'p', 'why']);
    expect(error.message).toBe('boom');
    expect(error.describe()).toBe("configuration 'c', device 'd', module 'm', at p: boom");
  });

  it('the three kinds are distinct classes, so the exit point can tell them apart', () => {
    expect(new TransientError('x')).not.toBeInstanceOf(ConfigError);
    expect(new InternalError('x')).not.toBeInstanceOf(ConfigError);
    expect(new ConfigError('x')).not.toBeInstanceOf(TransientError);
  });

  it('without context, describe() is the bare message', () => {
    expect(new ConfigError('bad flag').describe()).toBe('bad flag');
  });

  it('a subclass declared elsewhere still gets its own name', () => {
    class WidgetError extends ConfigError {}
    expect(new WidgetError('x').name).toBe('WidgetError');
  });
});

describe('ConfigErrors', () => {
  const first = new ConfigError('image missing', { configurationId: 'a', module: 'm' });
  const second = new ConfigError('route does not parse', { configurationId: 'b' });

  it('is a ConfigError whose message is one described error per line, in the order given', () => {
    const all = new ConfigErrors([first, second]);
    expect(all).toBeInstanceOf(ConfigError);
    expect(all.name).toBe('ConfigErrors');
    expect(all.errors).toStrictEqual([first, second]);
    expect(all.message).toBe("configuration 'a', module 'm': image missing\nconfiguration 'b': route does not parse");
  });

  it('describe() does not prefix its own context: each line already names where it points', () => {
    const all = new ConfigErrors([first], { configurationId: 'outer', deviceId: 'dev' });
    expect(all.deviceId).toBe('dev');
    expect(all.describe()).toBe("configuration 'a', module 'm': image missing");
  });

  it('nested: the inner ConfigErrors contributes its lines unprefixed', () => {
    const inner = new ConfigErrors([first, second], { configurationId: 'ignored' });
    expect(new ConfigErrors([inner]).message).toBe(inner.message);
  });

  it('an empty list gives an empty message', () => {
    expect(new ConfigErrors([]).message).toBe('');
  });
});

describe('StoppedError', () => {
  it.each([
    { signal: 'SIGINT' as const, exitCode: 128 + 2 },
    { signal: 'SIGTERM' as const, exitCode: 128 + 15 },
  ])('$signal exits 128 + its signal number ($exitCode), as a shell reports it', ({ signal, exitCode }) => {
    const error = new StoppedError(signal);
    expect(error.exitCode).toBe(exitCode);
    expect(error.signal).toBe(signal);
    expect(error.stage).toBe('cli');
    expect(error.name).toBe('StoppedError');
    expect(error.message).toContain(`stopped by ${signal}`);
  });

  it('is not a ConfigError: a stop is not bad input', () => {
    expect(new StoppedError('SIGINT')).not.toBeInstanceOf(ConfigError);
    expect(new StoppedError('SIGINT')).toBeInstanceOf(IotEdgeGitopsError);
  });
});
