/**
 * device-intent.ts is the intent's types; its one function, intentContent, gives what hashes and templates
 * compare: the intent without `dir`, which follows from the cluster and namespace and is in no file.
 */
import { intentContent } from '../../src/translate/device-intent.js';
import { deepFreeze, deviceIntent, workloadIntent } from '../builders.js';

describe('intentContent', () => {
  it('is the intent without dir, every other field as it is', () => {
    const intent = deviceIntent({ workloads: [workloadIntent('sensor')], podSecurityLevel: 'baseline' });
    const { dir: _dir, ...expected } = intent;
    expect(intentContent(intent)).toStrictEqual(expected);
    expect('dir' in intentContent(intent)).toBe(false);
  });

  it('two devices in different output folders with the same content compare equal', () => {
    const a = deviceIntent();
    const b = { ...deviceIntent(), dir: 'devices/elsewhere/msiot-contoso-hub-edge-01' };
    expect(intentContent(a)).toStrictEqual(intentContent(b));
  });

  it('does not change the intent it reads', () => {
    const intent = deepFreeze(deviceIntent());
    expect(() => intentContent(intent)).not.toThrow();
    expect(intent.dir).toBe('devices/default/msiot-contoso-hub-edge-01');
  });
});
