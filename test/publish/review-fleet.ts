/**
 * A synthetic fleet before and after one review-worthy change, through the real pipeline: the corpus snapshot with
 * module `m0` (test/faults/synthetic-fleet.ts) over 4 clusters `c0`…`c3`. `after` bumps m0's image 1.2.0 → 1.3.0
 * and adds env LOG_LEVEL; with `extras` it also adds the credential env DB_PASSWORD to m0, a route from m0 to
 * upstream, and a layered deployment `privileged-sensor` (cluster c1) that makes module sensor privileged.
 */
import { syntheticFleet } from '../faults/synthetic-fleet.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';

/** Route name and text the `extras` add to edgeHub. */
export const NEW_ROUTE = { name: 'm0ToUpstream', route: 'FROM /messages/modules/m0/outputs/* INTO $upstream' };

/** The fleet before the change: m0 on image 1.2.0. */
export function fleetBefore(devices: number): HubSnapshot {
  return _fleet(devices, '1.2.0');
}

/** The fleet after the change (see the file comment). */
export function fleetAfter(devices: number, extras = true): HubSnapshot {
  const snapshot = _fleet(devices, '1.3.0') as any;
  const base = snapshot.configurations[0];
  base.etag = 'Mg==';
  const m0 = base.content.modulesContent.$edgeAgent['properties.desired'].modules.m0;
  m0.env = { LOG_LEVEL: { value: 'debug' } };
  if (extras) {
    m0.env.DB_PASSWORD = { value: 'not-a-real-password-7f3a' };
    base.content.modulesContent.$edgeHub['properties.desired'].routes[NEW_ROUTE.name] = NEW_ROUTE.route;
    snapshot.configurations.push({
      id: 'privileged-sensor',
      schemaVersion: '1.0',
      labels: {},
      targetCondition: "tags.cluster = 'c1'",
      priority: 20,
      createdTimeUtc: '2024-01-02T00:00:00Z',
      etag: 'MQ==',
      content: {
        modulesContent: {
          $edgeAgent: {
            'properties.desired.modules.sensor': {
              version: '1.0',
              type: 'docker',
              status: 'running',
              restartPolicy: 'always',
              settings: { image: 'mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5', createOptions: JSON.stringify({ HostConfig: { Privileged: true } }) },
            },
          },
        },
      },
    });
  }
  return snapshot;
}

function _fleet(devices: number, tag: string): HubSnapshot {
  return JSON.parse(syntheticFleet(devices, tag, 1));
}
