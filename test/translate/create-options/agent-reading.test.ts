/**
 * createOptions that the IoT Edge agent runs although they are not exactly-cased, strictly typed JSON
 * (Newtonsoft reads member names case-insensitively and converts primitives to typed members; its reader
 * takes unquoted names): translated like their canonical form, each reading recorded in the ledger.
 */
import { userMounts, translateModuleM, IMAGE } from '../translate-helpers.js';

const settings = (createOptions: string) => ({ settings: { image: IMAGE, createOptions } });

describe('createOptions read as the IoT Edge agent reads them', () => {
  it('"hostConfig": {"privileged": "true", "binds": [...]} gives a privileged container with the mount', () => {
    const { w, ledger } = translateModuleM(null, settings('{"hostConfig":{"privileged":"true","binds":["/data:/data"]}}'));
    expect(w.container.securityContext).toStrictEqual({ privileged: true });
    expect(userMounts(w).map((m) => m.mountPath)).toStrictEqual(['/data']);
    expect(ledger.filter((e) => e.key === 'HostConfig.Privileged').map((e) => e.fidelity)).toStrictEqual(['exact']);
    expect(ledger.filter((e) => e.key === 'settings.createOptions (reading)').map((e) => [e.fidelity, e.reason])).toStrictEqual([
      ['exact', "Read as the IoT Edge agent reads createOptions: member names matched case-insensitively: HostConfig, HostConfig.Binds, HostConfig.Privileged; values converted to the member's type: HostConfig.Privileged."],
    ]);
  });

  it('unquoted member names are read, and the ledger says so', () => {
    const { w, ledger } = translateModuleM(null, settings('{Env:["LEVEL=debug"]}'));
    expect(w.container.env.find((e) => e.name === 'LEVEL')).toStrictEqual({ name: 'LEVEL', value: 'debug' });
    expect(ledger.filter((e) => e.key === 'settings.createOptions (reading)').map((e) => e.reason)).toStrictEqual([
      'Read as the IoT Edge agent reads createOptions: not strict JSON (unquoted member names, single quotes or comments), read as Newtonsoft reads it.',
    ]);
  });

  it('a string the agent cannot convert fails the module, naming the member', () => {
    expect(() => translateModuleM(null, settings('{"HostConfig":{"Privileged":"yes"}}'))).toThrow(/HostConfig\.Privileged: a string that is not true or false/);
  });
});
