/**
 * secretValueAt: the value at the place translation named, read from a real device manifest (model → targeting),
 * and an InternalError naming device and place when nothing is there (translation and provision disagree: a bug).
 */
import { InternalError } from '../../src/errors.js';
import type { JsonObject } from '../../src/model/json.js';
import { secretValueAt } from '../../src/provision/secret-value-at.js';
import type { SecretValuePlace } from '../../src/translate/secret-value-source.js';
import { baseModulesContent, edgeModule, manifestTargetOf } from '../builders.js';

function manifest() {
  const content = baseModulesContent({
    registryCredentials: { acr: { username: 'fleet', password: 'acr-password-1', address: 'fleet.azurecr.io' } },
    modules: {
      sensor: edgeModule('fleet.azurecr.io/sensor:1.0', {
        env: { API_KEY: { value: 'api-key-1' }, COUNT: { value: 3 }, DEBUG: { value: true } },
        settings: {
          image: 'fleet.azurecr.io/sensor:1.0',
          createOptions: JSON.stringify({ Env: ['TOKEN=tok-1', 'MODE=fast', 'EMPTY='], Cmd: ['--token=cmd-1', 'run'], Entrypoint: '--key=entry-1' }),
        },
      }),
    },
  });
  const agent = (content['$edgeAgent'] as JsonObject)['properties.desired'] as JsonObject;
  ((agent['systemModules'] as JsonObject)['edgeHub'] as JsonObject)['env'] = { HUB_SECRET: { value: 'hub-1' } };
  return manifestTargetOf(content).manifest!;
}

describe('secretValueAt', () => {
  const m = manifest();

  it.each<{ name: string; place: SecretValuePlace; expected: string }>([
    { name: 'a registry password', place: { kind: 'registry password', credential: 'acr' }, expected: 'acr-password-1' },
    { name: 'a module env value', place: { kind: 'module env', module: 'sensor', name: 'API_KEY' }, expected: 'api-key-1' },
    { name: 'a number env value, as Kubernetes takes it', place: { kind: 'module env', module: 'sensor', name: 'COUNT' }, expected: '3' },
    { name: 'a boolean env value', place: { kind: 'module env', module: 'sensor', name: 'DEBUG' }, expected: 'true' },
    { name: "edgeHub's env ($edgeHub)", place: { kind: 'module env', module: '$edgeHub', name: 'HUB_SECRET' }, expected: 'hub-1' },
    { name: 'a createOptions Env entry after NAME=', place: { kind: 'createOptions', module: 'sensor', field: 'Env', index: 0, prefix: 'TOKEN=' }, expected: 'tok-1' },
    { name: 'an empty value after its prefix', place: { kind: 'createOptions', module: 'sensor', field: 'Env', index: 2, prefix: 'EMPTY=' }, expected: '' },
    { name: 'a Cmd argument after --token=', place: { kind: 'createOptions', module: 'sensor', field: 'Cmd', index: 0, prefix: '--token=' }, expected: 'cmd-1' },
    { name: 'an Entrypoint given as one string: index 0 (Docker makes it a one-element list)', place: { kind: 'createOptions', module: 'sensor', field: 'Entrypoint', index: 0, prefix: '--key=' }, expected: 'entry-1' },
  ])('$name', ({ place, expected }) => {
    expect(secretValueAt(m, place, 'device-1')).toBe(expected);
  });

  it.each<{ name: string; place: SecretValuePlace; where: string }>([
    { name: 'an unknown registry credential', place: { kind: 'registry password', credential: 'other' }, where: 'registryCredentials.other.password' },
    { name: 'an unknown module', place: { kind: 'module env', module: 'ghost', name: 'API_KEY' }, where: "module 'ghost' env.API_KEY" },
    { name: 'an env name the module does not set', place: { kind: 'module env', module: 'sensor', name: 'NOPE' }, where: "module 'sensor' env.NOPE" },
    { name: 'an Env entry with another name', place: { kind: 'createOptions', module: 'sensor', field: 'Env', index: 1, prefix: 'TOKEN=' }, where: "module 'sensor' createOptions.Env[1]" },
    { name: 'an index past the end', place: { kind: 'createOptions', module: 'sensor', field: 'Cmd', index: 5, prefix: '--token=' }, where: "module 'sensor' createOptions.Cmd[5]" },
    { name: 'index 1 of an Entrypoint given as one string', place: { kind: 'createOptions', module: 'sensor', field: 'Entrypoint', index: 1, prefix: '--key=' }, where: "module 'sensor' createOptions.Entrypoint[1]" },
    { name: 'a createOptions field the module does not set', place: { kind: 'createOptions', module: '$edgeHub', field: 'Cmd', index: 0, prefix: '' }, where: "module '$edgeHub' createOptions.Cmd[0]" },
  ])('nothing at $name: an InternalError naming device and place', ({ place, where }) => {
    expect(() => secretValueAt(m, place, 'device-1')).toThrow(new InternalError(`device 'device-1': no value where translation found a secret (${where})`));
    const error = (() => {
      try {
        secretValueAt(m, place, 'device-1');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InternalError);
    expect((error as InternalError).deviceId).toBe('device-1');
  });
});
