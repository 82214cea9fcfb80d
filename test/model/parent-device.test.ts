/**
 * The parent of a nested-edge child (src/model/parent-device.ts): the device id inside the first of the twin's
 * `parentScopes`, which IoT Hub writes as `ms-azure-iot-edge://<deviceId>-<generationId>` (IoT Hub docs, "Device
 * scopes and parent devices"). Anything else means "no parent known".
 */
import type { JsonObject } from '../../src/model/json.js';
import { parentDeviceId } from '../../src/model/parent-device.js';

describe('parentDeviceId', () => {
  it.each<{ name: string; twin: JsonObject; expected: string | undefined }>([
    { name: 'a device scope', twin: { parentScopes: ['ms-azure-iot-edge://gateway-1-637000000000000000'] }, expected: 'gateway-1' },
    { name: 'a parent id with dashes and digits: only the last -<digits> is the generation', twin: { parentScopes: ['ms-azure-iot-edge://plant-2-gw-7-1234'] }, expected: 'plant-2-gw-7' },
    { name: 'a parent id that is all digits', twin: { parentScopes: ['ms-azure-iot-edge://42-1'] }, expected: '42' },
    { name: 'a parent id with other device-id characters (. : _), kept verbatim and in its case', twin: { parentScopes: ['ms-azure-iot-edge://Plant.A:GW_1-637'] }, expected: 'Plant.A:GW_1' },
    { name: 'only the first scope counts', twin: { parentScopes: ['ms-azure-iot-edge://first-1', 'ms-azure-iot-edge://second-2'] }, expected: 'first' },
    { name: 'a first scope in another form hides a valid second one', twin: { parentScopes: ['gateway-1', 'ms-azure-iot-edge://second-2'] }, expected: undefined },
    { name: 'no parentScopes', twin: {}, expected: undefined },
    { name: 'an empty list', twin: { parentScopes: [] }, expected: undefined },
    { name: 'another form', twin: { parentScopes: ['gateway-1'] }, expected: undefined },
    { name: 'parentScopes as a string, not a list', twin: { parentScopes: 'ms-azure-iot-edge://gateway-1-1' }, expected: undefined },
    { name: 'a first scope that is not a string', twin: { parentScopes: [null, 'ms-azure-iot-edge://gateway-1-1'] }, expected: undefined },
    { name: 'a scope without its generation id', twin: { parentScopes: ['ms-azure-iot-edge://gateway'] }, expected: undefined },
    { name: 'a generation id that is not numeric', twin: { parentScopes: ['ms-azure-iot-edge://gateway-abc'] }, expected: undefined },
    { name: 'a scope with no device id before the generation', twin: { parentScopes: ['ms-azure-iot-edge://-1'] }, expected: undefined },
    { name: 'another scheme', twin: { parentScopes: ['https://gateway-1-1'] }, expected: undefined },
    { name: 'the own deviceScope is not a parent', twin: { deviceScope: 'ms-azure-iot-edge://self-1' }, expected: undefined },
  ])('$name', ({ twin, expected }) => {
    expect(parentDeviceId(twin)).toBe(expected);
  });
});
