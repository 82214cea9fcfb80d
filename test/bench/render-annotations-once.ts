/**
 * Usage: node lib/test/bench/render-annotations-once.js <count>. Renders one device whose module has <count> pod
 * and Service annotations (what createOptions.Labels become) and prints {"ms": …}. Render must stay linear in
 * their number (cdk8s's own metadata conversion is quadratic, so render sets them by patch).
 */
import { renderDevice } from '../../src/render/render-device.js';
import type { ServiceIntent } from '../../src/translate/device-intent.js';
import { deviceIntent, workloadIntent } from '../builders.js';

const count = Number(process.argv[2] ?? '10000');
const labels = Object.fromEntries(Array.from({ length: count }, (_, i) => [`com.contoso.label${i}`, `v${i}`]));
const service: ServiceIntent = { type: 'ClusterIP', ports: [{ name: 'http', port: 8080, targetPort: 8080, protocol: 'TCP' }], annotations: labels };
const workload = workloadIntent('sensor', { podAnnotations: labels, service });
const started = performance.now();
const rendered = renderDevice(deviceIntent({ workloads: [workload] }));
const ms = performance.now() - started;
for (const file of ['deployment-sensor.yaml', 'service-sensor.yaml']) {
  if (!rendered.files.get(file)?.includes(`com.contoso.label${count - 1}`)) throw new Error(`annotations missing in ${file}`);
}
console.log(JSON.stringify({ ms }));
