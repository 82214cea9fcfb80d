/**
 * The output layout read back from paths (`outputPlace`): what device-changes, the guard and the writer take
 * from a path found on disk or in a plan, instead of each splitting it their own way.
 */
import { outputPlace } from '../src/names.js';
import { ConfigError, InternalError } from '../src/errors.js';
import { deviceDir } from '../src/names.js';

describe('outputPlace', () => {
  it('reads a cluster folder, its inventory, a device directory and a file in one', () => {
    expect(outputPlace('devices/plant-a')).toEqual({ cluster: 'plant-a', inventory: false });
    expect(outputPlace('devices/plant-a/inventory.json')).toEqual({ cluster: 'plant-a', inventory: true });
    expect(outputPlace('devices/plant-a/msiot-hub1-dev1')).toEqual({ cluster: 'plant-a', inventory: false, namespace: 'msiot-hub1-dev1', dir: 'devices/plant-a/msiot-hub1-dev1' });
    expect(outputPlace('devices/plant-a/msiot-hub1-dev1/deployment-edgehub.yaml')).toEqual({
      cluster: 'plant-a',
      inventory: false,
      namespace: 'msiot-hub1-dev1',
      dir: 'devices/plant-a/msiot-hub1-dev1',
      file: 'deployment-edgehub.yaml',
    });
  });

  it('a file named inventory.json inside a device directory is that device\'s file, not a cluster inventory', () => {
    expect(outputPlace('devices/plant-a/msiot-hub1-dev1/inventory.json')).toMatchObject({ inventory: false, file: 'inventory.json' });
  });

  it('places nothing outside devices/<cluster>/ or below a device directory\'s files', () => {
    for (const other of ['inventory.json', 'devices', 'devices/', 'clusters/plant-a/devices.yaml', 'fleet/devices/plant-a', 'devices/plant-a/ns/sub/file.yaml']) {
      expect(outputPlace(other)).toBeUndefined();
    }
  });
});

describe('deviceDir', () => {
  it.each([
    { name: 'default cluster', cluster: 'default', expected: 'devices/default/msiot-h-d' },
    { name: 'cluster with dots and upper case kept', cluster: 'Plant.A_1', expected: 'devices/Plant.A_1/msiot-h-d' },
  ])('$name', ({ cluster, expected }) => {
    expect(deviceDir(cluster, 'msiot-h-d')).toBe(expected);
  });

  it.each(['..', '.', '', 'a/b', 'a\\b', 'c:', 'tab\there'])('unsafe cluster %j → ConfigError', (cluster) => {
    expect(() => deviceDir(cluster, 'msiot-h-d', 'dev')).toThrow(ConfigError);
  });

  it('namespace that is not a DNS label → InternalError', () => {
    expect(() => deviceDir('default', 'ns/../x')).toThrow(InternalError);
  });
});
