/**
 * The argv the action builds from its inputs: each input is the flag of the same name of the chosen command
 * (GitHub passes every input as INPUT_<NAME>, '' when unset), repeatable flags take one value per line as
 * multi-line inputs are written in a workflow (`expose-from: |`), booleans are YAML 1.2 core booleans as
 * `core.getBooleanInput` reads them.
 */
import { Option } from 'commander';
import { actionArgv, takesOneValuePerLine } from '../../src/action/action-argv.js';
import { collectFlag } from '../../src/cli/isolation-flags.js';
import { ConfigError } from '../../src/errors.js';

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('actionArgv', () => {
  it('a multi-line input of a repeatable flag gives the flag once per non-empty line', () => {
    expect(actionArgv('sync', inputs({ 'expose-from': '10.0.0.0/8\n\n  namespace:team=a  \n', 'dry-run': 'true' }))).toEqual([
      'sync',
      '--dry-run',
      '--expose-from',
      '10.0.0.0/8',
      '--expose-from',
      'namespace:team=a',
    ]);
  });

  it('provision is a command, with its own flags', () => {
    expect(actionArgv('provision', inputs({ 'key-vault-url': 'https://fleet.vault.azure.net', prune: 'false', concurrency: '4' }))).toEqual([
      'provision',
      '--concurrency',
      '4',
      '--key-vault-url',
      'https://fleet.vault.azure.net',
    ]);
  });

  it('an input the command has no flag for is refused, naming the input', () => {
    expect(() => actionArgv('sync', inputs({ 'key-vault-url': 'https://fleet.vault.azure.net' }))).toThrow(new ConfigError("input 'key-vault-url' is not an option of 'sync': remove it or choose another command", { stage: 'cli' }));
  });

  it('a boolean input must be a YAML boolean', () => {
    expect(() => actionArgv('sync', inputs({ 'dry-run': 'yes' }))).toThrow("input 'dry-run' must be true or false; got 'yes'");
  });

  it('snapshot is a command: out is the snapshot file; an input it has no flag for is refused', () => {
    expect(actionArgv('snapshot', inputs({ out: 'iotedge-gitops-snapshot.json', 'page-size': '500' }))).toEqual(['snapshot', '--out', 'iotedge-gitops-snapshot.json', '--page-size', '500']);
    expect(() => actionArgv('snapshot', inputs({ out: 'hub.json', 'pull-request': 'true' }))).toThrow("input 'pull-request' is not an option of 'snapshot': remove it or choose another command");
  });

  it('a flag that is repeatable or takes several values (<name...>) takes one value per line; a plain value flag takes the whole input', () => {
    expect(takesOneValuePerLine(new Option('--cluster <name...>'))).toBe(true);
    expect(takesOneValuePerLine(new Option('--expose-from <source>').argParser(collectFlag))).toBe(true);
    expect(takesOneValuePerLine(new Option('--shard <i/n>'))).toBe(false);
    expect(takesOneValuePerLine(new Option('--dry-run'))).toBe(false);
  });

  it('an unknown command is refused', () => {
    expect(() => actionArgv('deploy', inputs({}))).toThrow("input 'command' must be one of sync, synth, validate, provision, snapshot; got 'deploy'");
  });
});
