/**
 * A device's place, named once: namespace, cluster and directory as README "Output layout" and "Names" define them.
 * Expected values are worked out by hand from those rules; hash suffixes from `printf '<hub>\0<deviceId>' | sha256sum`.
 */
import fc from 'fast-check';
import { loadModel } from '../../src/model/load-model.js';
import type { EdgeDevice } from '../../src/model/edge-device.js';
import type { JsonObject } from '../../src/model/json.js';
import { isDnsLabel } from '../../src/names.js';
import { deviceIdentity } from '../../src/translate/device-identity.js';
import { edgeTwin } from '../builders.js';

/** The edge device a hub read gives for one twin (through the model, as synth reads it). */
function edgeDevice(hub: string, deviceId: string, tags: JsonObject): EdgeDevice {
  const model = loadModel({ hub, hostName: `${hub}.azure-devices.net`, configurations: [], devices: [edgeTwin({ deviceId, tags })] });
  const device = model.devices[0];
  if (device === undefined) throw new Error(`no edge device: ${model.errors.map((e) => e.describe()).join('; ')}`);
  return device;
}

describe('deviceIdentity', () => {
  it.each<{ name: string; hub: string; deviceId: string; tags: JsonObject; clusterTag?: string; namespace: string; cluster: string }>([
    {
      // msiot-Hub-1-Dev_01 has upper case and `_`: lower-cased, `_` → `-`, then -<first 8 hex of SHA-256("Hub-1\0Dev_01")>.
      name: 'a namespace that needs cleaning and a hash; a tag value with a space and upper case',
      hub: 'Hub-1',
      deviceId: 'Dev_01',
      tags: { cluster: 'Plant A' },
      namespace: 'msiot-hub-1-dev-01-76ec825c',
      cluster: 'plant-a',
    },
    {
      name: "README's example device: msiot-<hub>-<deviceId> as it is",
      hub: 'contoso-hub',
      deviceId: 'factory-line-1',
      tags: { cluster: 'plant-a' },
      namespace: 'msiot-contoso-hub-factory-line-1',
      cluster: 'plant-a',
    },
    {
      name: 'README "Names" example without a cluster tag → default',
      hub: 'contoso-hub',
      deviceId: 'Line3_Gateway.Telemetry',
      tags: {},
      namespace: 'msiot-contoso-hub-line3-gateway-telemetry-0bb28491',
      cluster: 'default',
    },
    { name: 'another cluster tag (--cluster-tag site): `cluster` is then just a tag', hub: 'h', deviceId: 'd', tags: { cluster: 'north', site: 'Berlin_2' }, clusterTag: 'site', namespace: 'msiot-h-d', cluster: 'berlin-2' },
    { name: 'a tag set to null is absent → default', hub: 'h', deviceId: 'd', tags: { cluster: null }, namespace: 'msiot-h-d', cluster: 'default' },
    // The synth loop reports such a tag (clusterTagError) and keeps the device where its last good output is.
    { name: 'a tag that is not a string → default', hub: 'h', deviceId: 'd', tags: { cluster: 3 }, namespace: 'msiot-h-d', cluster: 'default' },
    { name: 'a tag value that looks like a credential is never a directory → default', hub: 'h', deviceId: 'd', tags: { cluster: 'mongodb://a:b@h' }, namespace: 'msiot-h-d', cluster: 'default' },
    { name: 'a tag value with no letter or digit → default', hub: 'h', deviceId: 'd', tags: { cluster: '__' }, namespace: 'msiot-h-d', cluster: 'default' },
  ])('$name', ({ hub, deviceId, tags, clusterTag, namespace, cluster }) => {
    expect(deviceIdentity(hub, edgeDevice(hub, deviceId, tags), clusterTag)).toStrictEqual({ deviceId, namespace, cluster, dir: `devices/${cluster}/${namespace}` });
  });

  it('whatever the device id and tag value: the directory is devices/<cluster>/<namespace>, each one safe path segment', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ maxLength: 80 }), (deviceId, tag) => {
        const device: EdgeDevice = { deviceId, twin: { deviceId, tags: { cluster: tag } }, tags: { cluster: tag }, index: 0 };
        const identity = deviceIdentity('contoso-hub', device);
        expect(identity.deviceId).toBe(deviceId);
        expect(isDnsLabel(identity.namespace)).toBe(true);
        expect(isDnsLabel(identity.cluster)).toBe(true);
        expect(identity.dir).toBe(`devices/${identity.cluster}/${identity.namespace}`);
      }),
    );
  });
});
