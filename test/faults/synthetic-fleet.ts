/** A fleet big enough that writing its output takes a while: one base deployment, `devices` edge twins. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The corpus' good snapshot with `modules` extra modules on image tag `tag`, and `devices` twins over 4 clusters. */
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
