/**
 * Objects a Kubernetes API server would refuse are not written (issue 19 item 15): over 1.5 MiB (etcd's default
 * request limit) or with more than 256 KiB of annotations. The error names the device, the module and the file;
 * the pipeline turns it into "keeps its last good output".
 */
import { ConfigError } from '../../src/errors.js';
import { renderDevice } from '../../src/render/render-device.js';
import { checkObjectSizes } from '../../src/render/object-size-limit.js';
import { containerIntent, DEVICE_ID, deviceIntent, NAMESPACE, workloadIntent } from '../builders.js';

const ORIGINAL_ID = { 'net.azure-devices.edge.original-moduleid': 'sensor' }; // 40 + 6 = 46 bytes

function check(workload: ReturnType<typeof workloadIntent>): ConfigError | 'accepted' {
  const intent = deviceIntent({ workloads: [workload] });
  try {
    checkObjectSizes(intent, renderDevice(intent));
    return 'accepted';
  } catch (error) {
    return error as ConfigError;
  }
}
const withEnvValue = (length: number) => workloadIntent('sensor', { container: containerIntent('sensor', { env: [{ name: 'BLOB', value: 'x'.repeat(length) }] }) });
const withPodAnnotations = (extra: Record<string, string>) => workloadIntent('sensor', { podAnnotations: { ...ORIGINAL_ID, ...extra } });

it('a Deployment of 2 MiB and more (a 2 MiB env value): refused, naming device, module and file', () => {
  const error = check(withEnvValue(2 * 1024 * 1024));
  expect(error).toBeInstanceOf(ConfigError);
  const e = error as ConfigError;
  expect([e.deviceId, e.module, e.message]).toStrictEqual([
    DEVICE_ID,
    'sensor',
    `devices/default/${NAMESPACE}/deployment-sensor.yaml would be 2.0 MiB, more than the 1.5 MiB a Kubernetes API server accepts for one object (etcd's default request limit)`,
  ]);
});

it('a Deployment of 1.4 MiB: accepted', () => {
  expect(check(withEnvValue(1.4 * 1024 * 1024))).toBe('accepted');
});

it.each([
  // 3,000 × (10-character key + 92-character value) + 46 = 306,046 bytes = 298.9 KiB
  { name: '298.9 KiB of pod annotations', extra: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`label-${String(i).padStart(4, '0')}`, 'v'.repeat(92)])), refused: 'the Deployment\'s pod annotations (createOptions.Labels) total 298.9 KiB, more than the 256.0 KiB Kubernetes accepts' },
  // 46 + 3 + 262,095 = 262,144 bytes: exactly the limit
  { name: 'exactly 256 KiB of pod annotations', extra: { big: 'v'.repeat(262_095) }, refused: null },
])('$name', ({ extra, refused }) => {
  const result = check(withPodAnnotations(extra));
  if (refused === null) expect(result).toBe('accepted');
  else expect([(result as ConfigError).module, (result as ConfigError).message]).toStrictEqual(['sensor', refused]);
});
