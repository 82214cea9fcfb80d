/**
 * Nested edge: `$upstream:<port>/<repo>:<tag>` is the documented image form for a child device (IoT Edge docs,
 * "Connect downstream IoT Edge devices": the agent replaces $upstream with its parent's host name). On
 * Kubernetes the nodes pull from `--upstream-host`, else from the parent device id of the twin's parentScopes.
 */
import YAML from 'yaml';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { baseModulesContent, edgeConfiguration, edgeModule, edgeTwin } from '../builders.js';

const IMAGE = '$upstream:443/azureiotedge-simulated-temperature-sensor:1.5';

function snapshot(twinExtra: JsonObject): HubSnapshot {
  const modulesContent = baseModulesContent({ modules: { sensor: edgeModule(IMAGE) } });
  return { hub: 'hub1', configurations: [edgeConfiguration({ modulesContent })], devices: [{ ...edgeTwin({ deviceId: 'child-1' }), ...twinExtra }] } as unknown as HubSnapshot;
}

function sensorImage(result: ReturnType<typeof synthesize>): unknown {
  const file = [...result.plan.files].find(([name]) => name.endsWith('/deployment-sensor.yaml'));
  const deployment = YAML.parse(file![1]) as { spec: { template: { spec: { containers: { image: string }[] } } } };
  return deployment.spec.template.spec.containers[0]!.image;
}

describe('$upstream images', () => {
  // parentDeviceId's rules: test/model/parent-device.test.ts.
  it('pulls from the parent device of the twin, recorded as approximate', () => {
    const result = synthesize(snapshot({ parentScopes: ['ms-azure-iot-edge://gateway-1-637000000000000000'] }));
    expect(result.messages).toStrictEqual([]);
    expect(sensorImage(result)).toBe('gateway-1:443/azureiotedge-simulated-temperature-sensor:1.5');
  });

  it('--upstream-host wins over the parent', () => {
    const result = synthesize(snapshot({ parentScopes: ['ms-azure-iot-edge://gateway-1-637000000000000000'] }), { upstreamHost: 'registry.plant-a.example' });
    expect(result.messages).toStrictEqual([]);
    expect(sensorImage(result)).toBe('registry.plant-a.example:443/azureiotedge-simulated-temperature-sensor:1.5');
  });

  it('--upstream-host serves a device without a parent', () => {
    const result = synthesize(snapshot({}), { upstreamHost: '10.0.0.5' });
    expect(sensorImage(result)).toBe('10.0.0.5:443/azureiotedge-simulated-temperature-sensor:1.5');
  });

  it('without a parent and without --upstream-host the device fails, saying why', () => {
    const result = synthesize(snapshot({}));
    expect(result.failed).toBe(1);
    expect(result.messages).toStrictEqual([
      expect.stringContaining("module 'sensor', at content.modulesContent.$edgeAgent[\"properties.desired\"].modules.sensor.settings.image: settings.image pulls from $upstream (nested edge), but the device has no parent in IoT Hub (parentScopes) and no --upstream-host was given"),
    ]);
  });
});
