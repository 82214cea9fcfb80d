/** What provision must make exist, from a synth run's inventory: every module of every device written, edgeHub included. */
import { moduleIdentityTargets } from '../../src/provision/module-identity-targets.js';
import type { Inventory } from '../../src/plan/inventory.js';

const device = (deviceId: string, modules: string[], extra: Partial<Inventory['devices'][number]> = {}): Inventory['devices'][number] => ({
  deviceId,
  cluster: 'default',
  namespace: `msiot-h-${deviceId.toLowerCase()}`,
  path: `devices/default/msiot-h-${deviceId.toLowerCase()}`,
  baseDeployment: 'base',
  layeredDeployments: [],
  modules,
  ...extra,
});

describe('moduleIdentityTargets', () => {
  const inventory = {
    hub: 'h',
    devices: [
      device('dev-b', ['$edgeHub', 'sensor']),
      device('dev-a', ['sensor', '$edgeHub']),
      device('unmanaged', [], { path: null, baseDeployment: null }),
      device('broken', ['$edgeHub', 'x'], { errors: ['bad deployment'] }),
    ],
  } as unknown as Inventory;
  const plan = moduleIdentityTargets(inventory, 'h');

  it('lists every module of the devices written, sorted by device then module; edgeHub without a gateway', () => {
    expect(plan.targets).toStrictEqual([
      { deviceId: 'dev-a', moduleId: '$edgeHub', remoteKey: expect.stringMatching(/^h--dev-a--edgehub--connection-string---[0-9a-f]{32}$/) },
      { deviceId: 'dev-a', moduleId: 'sensor', remoteKey: 'h--dev-a--sensor--connection-string', gatewayHostName: 'edgehub' },
      { deviceId: 'dev-b', moduleId: '$edgeHub', remoteKey: expect.stringMatching(/^h--dev-b--edgehub--connection-string---[0-9a-f]{32}$/) },
      { deviceId: 'dev-b', moduleId: 'sensor', remoteKey: 'h--dev-b--sensor--connection-string', gatewayHostName: 'edgehub' },
    ]);
  });

  it('unmanaged devices own nothing; failed devices are skipped, not guessed', () => {
    expect(plan.managedDevices).toStrictEqual(['dev-a', 'dev-b']);
    expect(plan.skippedDevices).toStrictEqual(['broken']);
  });
});
