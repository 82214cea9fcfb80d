/**
 * A family template fills in the strings that differ between devices, never their directory: the directory is in
 * none of the files, so each device's comes from its intent as it is (named once, by `deviceIdentity`).
 */
import { compileDeviceTemplate, renderWithTemplate } from '../../src/render/device-template.js';
import { renderDevice } from '../../src/render/render-device.js';
import { baseModulesContent, edgeModule, manifestTargetOf } from '../builders.js';
import { OPTIONS, translateTarget } from '../translate/translate-helpers.js';

const CONTENT = baseModulesContent({ modules: { sensor: edgeModule('contoso.azurecr.io/sensor:1.2') } });
const intentOf = (deviceId: string, cluster: string) => translateTarget(manifestTargetOf(CONTENT, { deviceId, tags: { cluster } }), OPTIONS).intent;

describe('compileDeviceTemplate and renderWithTemplate', () => {
  const reference = intentOf('line-1', 'plant-a');
  const template = compileDeviceTemplate(reference, intentOf('probe-device', 'probe-cluster'));

  it('the strings that differ are slots, the directory is not', () => {
    expect(template).not.toBeNull();
    expect([...template!.slots]).toEqual(expect.arrayContaining(['/deviceId', '/namespace', '/cluster']));
    expect(template!.slots.has('/dir')).toBe(false);
  });

  it('a third device of the family: the files renderDevice writes, in its own directory', () => {
    const third = intentOf('line-2', 'plant-b');
    const filled = renderWithTemplate(template!, third);
    expect(filled?.dir).toBe('devices/plant-b/msiot-myhub-line-2');
    expect(filled).toEqual(renderDevice(third));
  });

  it('the directory is taken as the intent carries it, even one the YAML writer would have to quote', () => {
    // `: ` would be quoted in YAML: as a slot value it would make the template refuse the device.
    const kept = { ...intentOf('line-3', 'plant-a'), dir: 'devices/plant-a/kept: here' };
    const filled = renderWithTemplate(template!, kept);
    expect(filled?.dir).toBe('devices/plant-a/kept: here');
    expect(filled).toEqual(renderDevice(kept));
  });
});
