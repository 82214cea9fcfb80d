/**
 * One device's change in IoT Edge terms, from device directories shaped as render writes them: a Deployment per
 * module (module name in the `net.azure-devices.edge.module` annotation), the edgeHub ConfigMap
 * `edgehub-config.json` (routes and storeAndForwardConfiguration, as edgeHub's desired properties schema 1.1 has
 * them: a route is a string or `{route, priority, timeToLiveSecs}`, Azure/iotedge edge-hub
 * `Microsoft.Azure.Devices.Edge.Hub.Core.Config.EdgeHubDesiredProperties_1_1` and `RouteSpec`), a `<module>-twin` ConfigMap with `twin.json`, and the ExternalSecret `iotedge-identity`.
 */
import YAML from 'yaml';
import { reviewDeviceChange } from '../../../src/publish/changes/review-device-change.js';
import { diffWorkloads } from '../../../src/publish/changes/module-changes.js';
import { readWorkloads } from '../../../src/publish/changes/workload-facts.js';
import { readDeviceFiles } from '../../../src/publish/changes/device-file-documents.js';

interface ModuleSpec {
  readonly image?: string;
  readonly replicas?: number;
  readonly env?: Record<string, string | { secret: string }>;
  readonly privileged?: boolean;
  readonly hostNetwork?: boolean;
  readonly capabilities?: string[];
  readonly hostPaths?: Record<string, string>;
  readonly devices?: string[];
  readonly memory?: string;
}

interface DeviceSpec {
  readonly modules: Record<string, ModuleSpec>;
  readonly routes?: Record<string, string | { route: string; priority?: number }>;
  readonly ttl?: number;
  readonly twins?: Record<string, unknown>;
  readonly remoteKeys?: Record<string, string>;
}

function files(spec: DeviceSpec): Map<string, string> {
  const out = new Map<string, string>();
  for (const [module, m] of Object.entries(spec.modules)) {
    const resource = module.replace(/\$/g, '').toLowerCase();
    const volumes = [
      ...Object.entries(m.hostPaths ?? {}).map(([, host], i) => ({ name: `host-${i}`, hostPath: { path: host, type: 'Directory' } })),
      ...(m.devices ?? []).map((d, i) => ({ name: `dev-${i}`, hostPath: { path: d, type: 'CharDevice' } })),
    ];
    const mounts = [...Object.keys(m.hostPaths ?? {}).map((inContainer, i) => ({ name: `host-${i}`, mountPath: inContainer })), ...(m.devices ?? []).map((d, i) => ({ name: `dev-${i}`, mountPath: d }))];
    const env = Object.entries(m.env ?? {}).map(([name, v]) => (typeof v === 'string' ? { name, value: v } : { name, valueFrom: { secretKeyRef: { name: 'iotedge-identity', key: v.secret } } }));
    const doc = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: resource, annotations: { 'net.azure-devices.edge.module': module } },
      spec: {
        replicas: m.replicas ?? 1,
        template: {
          spec: {
            ...(m.hostNetwork ? { hostNetwork: true } : {}),
            containers: [
              {
                name: resource,
                image: m.image ?? `example.azurecr.io/${resource}:1.0`,
                env,
                securityContext: { ...(m.privileged ? { privileged: true } : {}), ...(m.capabilities ? { capabilities: { add: m.capabilities } } : {}) },
                ...(m.memory ? { resources: { limits: { memory: m.memory } } } : {}),
                volumeMounts: mounts,
              },
            ],
            volumes,
          },
        },
      },
    };
    out.set(`deployment-${resource}.yaml`, YAML.stringify(doc));
  }
  const config = { routes: spec.routes ?? { upstream: 'FROM /messages/* INTO $upstream' }, schemaVersion: '1.1', storeAndForwardConfiguration: { timeToLiveSecs: spec.ttl ?? 7200 } };
  out.set('configmap-edgehub-config.yaml', YAML.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'edgehub-config', annotations: { 'net.azure-devices.edge.module': '$edgeHub' } }, data: { 'edgehub-config.json': JSON.stringify(config, null, 2) } }));
  for (const [module, desired] of Object.entries(spec.twins ?? {})) {
    out.set(`configmap-${module}-twin.yaml`, YAML.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${module}-twin`, annotations: { 'net.azure-devices.edge.module': module } }, data: { 'twin.json': JSON.stringify(desired) } }));
  }
  const data = Object.entries(spec.remoteKeys ?? {}).map(([secretKey, key]) => ({ secretKey, remoteRef: { key } }));
  out.set('externalsecret-iotedge-identity.yaml', YAML.stringify({ apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'iotedge-identity' }, spec: { data } }));
  return out;
}

function review(before: DeviceSpec | null, after: DeviceSpec | null) {
  const a = before === null ? null : readDeviceFiles(files(before));
  const b = after === null ? null : readDeviceFiles(files(after));
  return reviewDeviceChange(a, b, diffWorkloads(readWorkloads(a ?? new Map()), readWorkloads(b ?? new Map())));
}

const base: DeviceSpec = { modules: { telemetry: { image: 'example.azurecr.io/telemetry:1.2.0', env: { LOG_LEVEL: 'info' } } } };

describe('reviewDeviceChange', () => {
  it.each<{ name: string; after: DeviceSpec; changes: string[]; postureRises?: string[] }>([
    { name: 'nothing differs', after: base, changes: [] },
    {
      name: 'image bump and env added: names only, the value stays out',
      after: { modules: { telemetry: { image: 'example.azurecr.io/telemetry:1.3.0', env: { LOG_LEVEL: 'info', SAMPLE_RATE: '10' } } } },
      changes: ['module telemetry: image example.azurecr.io/telemetry:1.2.0 → example.azurecr.io/telemetry:1.3.0; env added SAMPLE_RATE'],
    },
    {
      name: 'status stopped is rendered as replicas 0',
      after: { modules: { telemetry: { ...base.modules['telemetry'], replicas: 0 } } },
      changes: ['module telemetry: running → stopped'],
    },
    {
      name: 'an env value that becomes a secret reference',
      after: { modules: { telemetry: { ...base.modules['telemetry'], env: { LOG_LEVEL: 'info', DB_PASSWORD: { secret: 'telemetry-env-db-password' } } } } },
      changes: ['module telemetry: env added DB_PASSWORD (from a secret)'],
    },
    {
      name: 'privileged, host network, a capability, a host path and a host device: each a posture rise',
      after: { modules: { telemetry: { ...base.modules['telemetry'], privileged: true, hostNetwork: true, capabilities: ['NET_ADMIN'], hostPaths: { '/data': '/srv/data' }, devices: ['/dev/ttyUSB0'] } } },
      changes: ['module telemetry: mounts +/data ← hostPath /srv/data, +/dev/ttyUSB0 ← hostPath /dev/ttyUSB0; privileged; host namespaces +hostNetwork; capabilities +NET_ADMIN'],
      postureRises: ['module telemetry: capability NET_ADMIN added', 'module telemetry: host device /dev/ttyUSB0', 'module telemetry: host path /srv/data', 'module telemetry: hostNetwork', 'module telemetry: privileged'],
    },
    {
      name: 'resources',
      after: { modules: { telemetry: { ...base.modules['telemetry'], memory: '512Mi' } } },
      changes: ['module telemetry: resources +limits.memory=512Mi'],
    },
    {
      name: 'a route added (object form) and one changed; store-and-forward TTL',
      after: { ...base, routes: { upstream: 'FROM /messages/modules/telemetry/* INTO $upstream', alerts: { route: 'FROM /messages/* WHERE alert = true INTO $upstream', priority: 1 } }, ttl: 3600 },
      changes: [
        'route alerts added: FROM /messages/* WHERE alert = true INTO $upstream, priority 1',
        'route upstream changed: FROM /messages/* INTO $upstream → FROM /messages/modules/telemetry/* INTO $upstream',
        'store-and-forward {"timeToLiveSecs":7200} → {"timeToLiveSecs":3600}',
      ],
    },
  ])('$name', ({ after, changes, postureRises }) => {
    const result = review(base, after);
    expect(result.changes).toStrictEqual(changes);
    expect(result.postureRises).toStrictEqual(postureRises ?? []);
  });

  it('twin desired keys: added, removed and changed by path, never by value', () => {
    const before = { ...base, twins: { telemetry: { interval: 10, thresholds: { high: 80, low: 10 }, legacy: true } } };
    const after = { ...base, twins: { telemetry: { interval: 30, thresholds: { high: 90, low: 10, unit: 'C' } } } };
    expect(review(before, after).changes).toStrictEqual(['module telemetry: twin desired keys added thresholds.unit, removed legacy, changed interval, thresholds.high']);
  });

  it('a route removed', () => {
    expect(review({ ...base, routes: { upstream: 'FROM /messages/* INTO $upstream', debug: 'FROM /messages/* INTO BrokeredEndpoint("/modules/debug/inputs/in")' } }, base).changes).toStrictEqual([
      'route debug removed: FROM /messages/* INTO BrokeredEndpoint("/modules/debug/inputs/in")',
    ]);
  });

  it('a new module: its identity and its secret-store keys are to act on; a removed one is one line', () => {
    const after = { modules: { ...base.modules, probe: { image: 'example.azurecr.io/probe:1.0' } }, remoteKeys: { 'probe-connection-string': 'iotedge/hub1/devices/dev1/modules/probe/connection-string' } };
    const result = review(base, after);
    expect(result.changes).toStrictEqual(['module probe added: image example.azurecr.io/probe:1.0']);
    expect(result.identitiesAdded).toStrictEqual(['probe']);
    expect(result.secretsAdded).toStrictEqual([{ ref: 'iotedge-identity/probe-connection-string', remoteKey: 'iotedge/hub1/devices/dev1/modules/probe/connection-string' }]);
    expect(review(after, base).changes).toStrictEqual(['module probe removed']);
    expect(review(after, base).secretsAdded).toStrictEqual([]);
    expect(review(after, null).changes).toStrictEqual(['device removed with its modules probe, telemetry']);
  });
});
