/**
 * Module connection strings as the IoT Edge simulator hands them to modules (src/provision/module-connection-string.ts):
 * `HostName=…;DeviceId=…;ModuleId=…;SharedAccessKey=…`, plus `GatewayHostName=…` for a module that connects through
 * edgeHub. Values go in verbatim: the key is base64 and ends in `=` padding, ids are case-sensitive.
 */
import { moduleConnectionString } from '../../src/provision/module-connection-string.js';

describe('moduleConnectionString', () => {
  it.each([
    { name: 'a module behind edgeHub', args: ['h.azure-devices.net', 'd', 'm', 'a2V5', 'edgehub'], expected: 'HostName=h.azure-devices.net;DeviceId=d;ModuleId=m;SharedAccessKey=a2V5;GatewayHostName=edgehub' },
    { name: 'edgeHub itself (connects to IoT Hub)', args: ['h.azure-devices.net', 'd', 'm', 'a2V5', undefined], expected: 'HostName=h.azure-devices.net;DeviceId=d;ModuleId=m;SharedAccessKey=a2V5' },
    {
      name: 'values verbatim: base64 padding, system module id, device id case',
      args: ['Hub-1.azure-devices.net', 'Line3-GW', '$edgeHub', 'c2VjcmV0a2V5MQ==', undefined],
      expected: 'HostName=Hub-1.azure-devices.net;DeviceId=Line3-GW;ModuleId=$edgeHub;SharedAccessKey=c2VjcmV0a2V5MQ==',
    },
  ] as { name: string; args: [string, string, string, string, string | undefined]; expected: string }[])('$name', ({ args, expected }) => {
    expect(moduleConnectionString(...args)).toBe(expected);
  });
});
