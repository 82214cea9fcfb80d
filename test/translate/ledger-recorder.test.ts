/**
 * Every ledger entry and input error of a module names the device, the module, the configuration and the JSON
 * path of the field inside that configuration (STYLE habits 5 and 6), so `explain` and `--strict` point at the input.
 */
import { ConfigError } from '../../src/errors.js';
import { LedgerRecorder } from '../../src/translate/ledger-recorder.js';

const MODULE_PATH = 'content.modulesContent.$edgeAgent["properties.desired"].modules.sensor';

function recorder(): LedgerRecorder {
  return new LedgerRecorder('edge-01', 'sensor', { configurationId: 'base', jsonPath: MODULE_PATH });
}

describe('LedgerRecorder', () => {
  it.each<{ name: string; path: (string | number)[]; expected: string }>([
    { name: 'no keys: the module itself', path: [], expected: MODULE_PATH },
    { name: 'identifiers joined with dots', path: ['settings', 'image'], expected: `${MODULE_PATH}.settings.image` },
    { name: 'array index in brackets', path: ['settings', 'createOptions', 'Env', 2], expected: `${MODULE_PATH}.settings.createOptions.Env[2]` },
    { name: 'a key that is no identifier quoted in brackets', path: ['settings', 'createOptions', 'HostConfig', 'PortBindings', '5671/tcp', 0], expected: `${MODULE_PATH}.settings.createOptions.HostConfig.PortBindings["5671/tcp"][0]` },
    { name: 'an env name with ":" quoted', path: ['env', 'Logging:LogLevel'], expected: `${MODULE_PATH}.env["Logging:LogLevel"]` },
  ])('pathOf: $name', ({ path, expected }) => {
    expect(recorder().pathOf(...path)).toBe(expected);
  });

  it('record: one entry with device, module, configuration, path below the module, key, fidelity, target and reason', () => {
    const rec = recorder();
    rec.record('HostConfig.Privileged', 'exact', 'containers[].securityContext.privileged', 'Same meaning.', ['settings', 'createOptions', 'HostConfig', 'Privileged']);
    expect(rec.entries).toStrictEqual([
      {
        deviceId: 'edge-01',
        module: 'sensor',
        configurationId: 'base',
        jsonPath: `${MODULE_PATH}.settings.createOptions.HostConfig.Privileged`,
        key: 'HostConfig.Privileged',
        fidelity: 'exact',
        target: 'containers[].securityContext.privileged',
        reason: 'Same meaning.',
      },
    ]);
    expect(rec.errors).toStrictEqual([]);
  });

  it.each([
    { name: 'exact keeps the target', fidelity: 'exact' as const, expected: 'Deployment.spec.replicas' },
    { name: 'approximate keeps the target', fidelity: 'approximate' as const, expected: 'Deployment.spec.replicas' },
    { name: 'dropped has no target, whatever the caller passed', fidelity: 'dropped' as const, expected: '' },
  ])('record: $name', ({ fidelity, expected }) => {
    const rec = recorder();
    rec.record('status', fidelity, 'Deployment.spec.replicas', 'why', ['status']);
    expect(rec.entries[0]!.target).toBe(expected);
  });

  it('entries keep the order they were recorded in', () => {
    const rec = recorder();
    rec.record('b', 'exact', 't', 'r', ['b']);
    rec.record('a', 'exact', 't', 'r', ['a']);
    expect(rec.entries.map((e) => e.key)).toStrictEqual(['b', 'a']);
  });

  it('revise: the entry of that key changes fidelity, target and reason, and keeps its place and JSON path', () => {
    const rec = recorder();
    rec.record('k8s-experimental.serviceOptions', 'exact', 'Service.spec.type', 'Copied as written.', ['settings', 'createOptions', 'k8s-experimental', 'serviceOptions']);
    rec.record('status', 'exact', 'Deployment.spec.replicas', 'r', ['status']);
    rec.revise('k8s-experimental.serviceOptions', 'dropped', 'ignored', 'no port: no Service.', ['elsewhere']);
    expect(rec.entries.map((e) => [e.key, e.fidelity, e.target, e.reason, e.jsonPath])).toStrictEqual([
      ['k8s-experimental.serviceOptions', 'dropped', '', 'no port: no Service.', `${MODULE_PATH}.settings.createOptions.k8s-experimental.serviceOptions`],
      ['status', 'exact', 'Deployment.spec.replicas', 'r', `${MODULE_PATH}.status`],
    ]);
  });

  it('revise: with no entry of that key, it records one at the path given', () => {
    const rec = recorder();
    rec.revise('status', 'approximate', 'Deployment.spec.replicas', 'r', ['status']);
    expect(rec.entries.map((e) => [e.key, e.fidelity, e.jsonPath])).toStrictEqual([['status', 'approximate', `${MODULE_PATH}.status`]]);
  });

  it('fail: a ConfigError of stage translate with the full context; nothing thrown, so every error is collected', () => {
    const rec = recorder();
    expect(() => {
      rec.fail('settings.image is not a valid image reference', ['settings', 'image']);
      rec.fail('module type is not supported', ['type']);
    }).not.toThrow();
    expect(rec.errors).toHaveLength(2);
    const [first] = rec.errors;
    expect(first).toBeInstanceOf(ConfigError);
    expect(first!.describe()).toBe(`configuration 'base', device 'edge-01', module 'sensor', at ${MODULE_PATH}.settings.image: settings.image is not a valid image reference`);
    expect(first!.stage).toBe('translate');
    expect(rec.entries).toStrictEqual([]);
  });
});
