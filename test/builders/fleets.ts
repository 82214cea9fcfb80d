/** Fleets built from the corpus' good snapshot: one base deployment over many edge twins in 4 clusters. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';

/**
 * A fleet big enough that writing its output takes a while, as snapshot JSON text: the corpus' good snapshot with
 * `modules` extra modules on image tag `tag`, and `devices` twins over 4 clusters.
 */
export function syntheticFleet(devices: number, tag: string, modules = 4): string {
  const snapshot = JSON.parse(readFileSync(path.join(import.meta.dirname, '../corpus/good-snapshot.json'), 'utf8'));
  const desired = snapshot.configurations[0].content.modulesContent.$edgeAgent['properties.desired'];
  for (let i = 0; i < modules; i++) {
    desired.modules[`m${i}`] = {
      ...desired.modules.sensor,
      settings: { image: `example.azurecr.io/m${i}:${tag}`, createOptions: JSON.stringify({ HostConfig: { PortBindings: { [`${8000 + i}/tcp`]: [{ HostPort: String(8000 + i) }] } } }) },
    };
  }
  const twin = snapshot.devices[0];
  snapshot.devices = Array.from({ length: devices }, (_, i) => ({ ...twin, deviceId: `dev-${String(i).padStart(5, '0')}`, tags: { ring: 'good', cluster: `c${i % 4}` } }));
  return JSON.stringify(snapshot);
}

/*
 * A synthetic fleet before and after one review-worthy change: the syntheticFleet with module `m0` over 4 clusters
 * `c0`…`c3`. `fleetAfter` bumps m0's image 1.2.0 → 1.3.0 and adds env LOG_LEVEL; with `extras` it also adds the
 * credential env DB_PASSWORD to m0, a route from m0 to upstream, and a layered deployment `privileged-sensor`
 * (cluster c1) that makes module sensor privileged.
 */

/** Route name and text the `extras` of fleetAfter add to edgeHub. */
export const NEW_ROUTE = { name: 'm0ToUpstream', route: 'FROM /messages/modules/m0/outputs/* INTO $upstream' };

/** The fleet before the change: m0 on image 1.2.0. */
export function fleetBefore(devices: number): HubSnapshot {
  return _fleet(devices, '1.2.0');
}

/** The fleet after the change (see above). */
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
