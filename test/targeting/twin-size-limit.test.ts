/**
 * IoT Hub holds at most 32 KB of desired properties per twin (spec "Limits"; the IoT Hub quotas page): a device
 * whose merged deployments give a twin more is refused, as IoT Hub would not apply them (issue 19 item 15).
 */
import { targetDevices } from '../../src/targeting/index.js';
import { baseContent, deployment, edgeDevice, hubModel, moduleSpec } from '../builders.js';

/** A base whose module twin `sim` holds {"blob":"x…"}: 11 bytes of JSON around the value. */
function target(blobLength: number, layerKeys = 0) {
  const base = deployment({ id: 'base', priority: 0, modulesContent: baseContent({ sim: moduleSpec('sim:1') }, {}, { sim: { blob: 'x'.repeat(blobLength) } }) });
  const layer = deployment({ id: 'big-layer', priority: 5, modulesContent: { sim: Object.fromEntries(Array.from({ length: layerKeys }, (_, i) => [`properties.desired.k${i}`, i])) } });
  const [result] = targetDevices(hubModel([base, layer], [edgeDevice('dev1')]));
  return result!;
}

it.each([
  { name: 'exactly 32 KB (32,768 bytes of JSON)', blob: 32_768 - 11, layerKeys: 0, errors: [] },
  {
    name: '33 KB from the base',
    blob: 33 * 1024 - 11,
    layerKeys: 0,
    errors: ["configuration 'base', device 'dev1', module 'sim', at content.modulesContent.sim: the merged desired properties of twin 'sim' are 33.0 KB, more than the 32 KB IoT Hub accepts for a twin: IoT Hub would not apply these deployments to the device"],
  },
  {
    // {"blob":"x"} is 12 bytes; each key k<i> of d digits adds ,"k<i>":<i>, 5 + 2d bytes:
    // 10 × 7 + 90 × 9 + 900 × 11 + 9,000 × 13 = 127,780 → 127,792 bytes = 124.8 KB
    name: 'a layer of 10,000 keys (124.8 KB)',
    blob: 1,
    layerKeys: 10_000,
    errors: ["configuration 'big-layer', device 'dev1', module 'sim', at content.modulesContent.sim: the merged desired properties of twin 'sim' are 124.8 KB, more than the 32 KB IoT Hub accepts for a twin: IoT Hub would not apply these deployments to the device"],
  },
])('$name', ({ blob, layerKeys, errors }) => {
  const result = target(blob, layerKeys);
  expect(result.errors.map((e) => e.describe())).toStrictEqual(errors);
  expect(result.manifest === null).toBe(errors.length > 0);
});
