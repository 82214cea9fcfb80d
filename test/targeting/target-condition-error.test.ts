/**
 * The error of a target condition that does not parse (src/targeting/target-condition-error.ts): a ConfigError of
 * the targeting stage at `targetCondition` that carries the 0-based position where the parser gave up, and that
 * `withContext` extends (typically with the configuration id) without losing message, position or context.
 */
import { ConfigError } from '../../src/errors.js';
import { TargetConditionError } from '../../src/targeting/target-condition-error.js';

const contextOf = (e: TargetConditionError) => ({ stage: e.stage, configurationId: e.configurationId, deviceId: e.deviceId, module: e.module, jsonPath: e.jsonPath });

describe('TargetConditionError', () => {
  it('is a ConfigError (bad input: exit code of a configuration problem) named after its class', () => {
    const error = new TargetConditionError("expected ')' at 9", 9);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.name).toBe('TargetConditionError');
  });

  it.each([
    { name: 'no context: stage targeting, path targetCondition', context: undefined, expected: { stage: 'targeting', configurationId: undefined, deviceId: undefined, module: undefined, jsonPath: 'targetCondition' } },
    { name: 'a configuration id is added to the defaults', context: { configurationId: 'base' }, expected: { stage: 'targeting', configurationId: 'base', deviceId: undefined, module: undefined, jsonPath: 'targetCondition' } },
    { name: 'a given path or stage replaces the default', context: { stage: 'cli', jsonPath: 'configurations[2].targetCondition' }, expected: { stage: 'cli', configurationId: undefined, deviceId: undefined, module: undefined, jsonPath: 'configurations[2].targetCondition' } },
  ])('constructor: $name', ({ context, expected }) => {
    const error = new TargetConditionError('bad', 3, context);
    expect(contextOf(error)).toStrictEqual(expected);
    expect([error.message, error.position]).toStrictEqual(['bad', 3]);
  });

  describe('withContext', () => {
    const original = new TargetConditionError("unexpected token '=' at 18", 18, { deviceId: 'edge-1' });

    it('keeps message, position, stage, path and the known context, and adds the new fields', () => {
      const extended = original.withContext({ configurationId: 'base' });
      expect(extended).toBeInstanceOf(TargetConditionError);
      expect([extended.message, extended.position]).toStrictEqual(["unexpected token '=' at 18", 18]);
      expect(contextOf(extended)).toStrictEqual({ stage: 'targeting', configurationId: 'base', deviceId: 'edge-1', module: undefined, jsonPath: 'targetCondition' });
    });

    it('a field given again replaces the old value', () => {
      const extended = original.withContext({ configurationId: 'a' }).withContext({ configurationId: 'b', deviceId: 'edge-2' });
      expect([extended.configurationId, extended.deviceId]).toStrictEqual(['b', 'edge-2']);
    });

    it('returns a new error and leaves the original as it was', () => {
      const extended = original.withContext({ configurationId: 'base' });
      expect(extended).not.toBe(original);
      expect(contextOf(original)).toStrictEqual({ stage: 'targeting', configurationId: undefined, deviceId: 'edge-1', module: undefined, jsonPath: 'targetCondition' });
    });

    it('describe() then names the configuration and the path before the message', () => {
      expect(original.withContext({ configurationId: 'base' }).describe()).toBe("configuration 'base', device 'edge-1', at targetCondition: unexpected token '=' at 18");
    });
  });
});
