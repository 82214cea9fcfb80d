/**
 * Labels and annotations of translated objects (k8s-mapping.md §1.3 and §7.1 "Labels/annotations (ours)"): the
 * historical `net.azure-devices.edge.*` keys with label-safe values, the original ids in annotations of the same
 * keys, `app.kubernetes.io/managed-by: iotedge-gitops`, and selectors of device + module only.
 *
 * `net.azure-devices.edge.original-moduleid` exists for compatibility with the IoT Edge on Kubernetes runtime,
 * which wrote the agent's module-set names there: `edgeHub` and `edgeAgent` for the system modules (their
 * identities `$edgeHub` / `$edgeAgent` stay in `net.azure-devices.edge.module`).
 */
import { isLabelValue } from '../../src/names.js';
import { deviceAnnotations, deviceLabels, moduleAnnotations, moduleLabels, moduleSelectorLabels, originalModuleId } from '../../src/translate/labels.js';
import { translateModuleM } from './translate-helpers.js';

describe('net.azure-devices.edge.original-moduleid', () => {
  it.each([
    { name: 'edgeHub without $', module: '$edgeHub', expected: 'edgeHub' },
    { name: 'edgeAgent without $', module: '$edgeAgent', expected: 'edgeAgent' },
    { name: 'a user module as named', module: 'SimulatedTemperatureSensor', expected: 'SimulatedTemperatureSensor' },
    { name: 'a user module spelled like a system module keeps its name', module: 'edgeHub2', expected: 'edgeHub2' },
  ])('$name', ({ module, expected }) => {
    expect(originalModuleId(module)).toBe(expected);
  });

  it('edgeHub objects carry edgeHub there and $edgeHub in net.azure-devices.edge.module', () => {
    const { intent } = translateModuleM(null);
    const hub = intent.workloads.find((w) => w.module === '$edgeHub')!;
    expect([hub.annotations['net.azure-devices.edge.original-moduleid'], hub.podAnnotations['net.azure-devices.edge.original-moduleid'], hub.annotations['net.azure-devices.edge.module']]).toStrictEqual(['edgeHub', 'edgeHub', '$edgeHub']);
    const user = intent.workloads.find((w) => w.module === 'm')!;
    expect(user.annotations['net.azure-devices.edge.original-moduleid']).toBe('m');
  });
});

describe('device and module labels', () => {
  it('device objects: managed-by, device id and hub as label values; the ids as written in annotations', () => {
    expect(deviceLabels('my_hub', 'Line 4/Press#2')).toStrictEqual({
      'app.kubernetes.io/managed-by': 'iotedge-gitops',
      'net.azure-devices.edge.deviceid': 'Line-4-Press-2',
      'net.azure-devices.edge.hub': 'my_hub',
    });
    expect(deviceAnnotations('my_hub', 'Line 4/Press#2')).toStrictEqual({ 'net.azure-devices.edge.deviceid': 'Line 4/Press#2', 'net.azure-devices.edge.hub': 'my_hub' });
  });

  it('a device id too long for a label value (IoT Hub allows 128 characters) still gives a valid label; the annotation keeps it whole', () => {
    const id = `plant-${'x'.repeat(122)}`;
    expect(isLabelValue(deviceLabels('h', id)['net.azure-devices.edge.deviceid']!)).toBe(true);
    expect(deviceAnnotations('h', id)['net.azure-devices.edge.deviceid']).toBe(id);
  });

  it('module objects: the device labels plus app.kubernetes.io/name and the module label, both the resource name', () => {
    expect(moduleLabels('myhub', 'dev-1', 'edgehub')).toStrictEqual({
      'app.kubernetes.io/managed-by': 'iotedge-gitops',
      'net.azure-devices.edge.deviceid': 'dev-1',
      'net.azure-devices.edge.hub': 'myhub',
      'app.kubernetes.io/name': 'edgehub',
      'net.azure-devices.edge.module': 'edgehub',
    });
  });

  it('selector labels: device and module only, never hub, name or managed-by (a selector is immutable)', () => {
    expect(moduleSelectorLabels('Dev#1', 'sensor-a')).toStrictEqual({ 'net.azure-devices.edge.deviceid': 'Dev-1', 'net.azure-devices.edge.module': 'sensor-a' });
  });

  it.each([
    { name: 'edgeHub: its identity in the module annotation, the module-set name in original-moduleid', module: '$edgeHub', original: 'edgeHub' },
    { name: 'a user module as written in both', module: 'Sensor_A', original: 'Sensor_A' },
  ])('module annotations, $name', ({ module, original }) => {
    expect(moduleAnnotations('myhub', 'Dev#1', module)).toStrictEqual({
      'net.azure-devices.edge.deviceid': 'Dev#1',
      'net.azure-devices.edge.hub': 'myhub',
      'net.azure-devices.edge.module': module,
      'net.azure-devices.edge.original-moduleid': original,
    });
  });
});
