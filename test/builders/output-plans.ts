/** Builds OutputPlans by hand for publish tests: device dirs with a Namespace, one Deployment per module, a kustomization. */
import YAML from 'yaml';
import type { OutputPlan } from '../../src/plan/output-plan.js';
import type { Inventory, InventoryDevice } from '../../src/plan/inventory.js';
import { clusterInventories } from '../../src/plan/cluster-inventories.js';

export interface ModuleProps {
  readonly name: string;
  readonly image: string;
  readonly replicas?: number;
  readonly env?: Record<string, string>;
  readonly ports?: number[];
}

export interface DeviceProps {
  readonly deviceId: string;
  readonly cluster?: string;
  readonly base?: string;
  readonly layers?: string[];
  readonly modules: readonly ModuleProps[];
  /** The device failed this run: its dir goes to `keep`, no files. */
  readonly failed?: string;
}

export interface PlanProps {
  readonly hub?: string;
  readonly configurations?: { id: string; etag: string | null; kind?: 'base' | 'layered'; priority?: number }[];
  readonly devices: readonly DeviceProps[];
}

/** A device of `cluster` with one module, SimulatedTemperatureSensor on `image`. */
export function clusterDevice(deviceId: string, cluster: string, image = 'repo/sensor:1.0'): DeviceProps {
  return { deviceId, cluster, modules: [{ name: 'SimulatedTemperatureSensor', image }] };
}

/** Devices `dev1`…`dev<n>`, each with SimulatedTemperatureSensor on `image` (with `env`) and $edgeHub on ports 8883 and 443. */
export function sensorDevices(n: number, image = 'repo/sensor:1.0', env: Record<string, string> = { MessageCount: '10' }): DeviceProps[] {
  return Array.from({ length: n }, (_, i) => ({
    deviceId: `dev${i + 1}`,
    modules: [
      { name: 'SimulatedTemperatureSensor', image, env },
      { name: '$edgeHub', image: 'mcr.microsoft.com/azureiotedge-hub:1.4', ports: [8883, 443] },
    ],
  }));
}

export function namespaceOf(hub: string, deviceId: string): string {
  return `msiot-${hub}-${deviceId}`.toLowerCase();
}

export function dirOf(device: DeviceProps, hub = 'hub1'): string {
  return `devices/${device.cluster ?? 'default'}/${namespaceOf(hub, device.deviceId)}`;
}

export function buildPlan(props: PlanProps): OutputPlan {
  const hub = props.hub ?? 'hub1';
  const files = new Map<string, string>();
  const deviceDirs: string[] = [];
  const keep: string[] = [];
  const devices: InventoryDevice[] = [];
  for (const device of [...props.devices].sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1))) {
    const dir = dirOf(device, hub);
    const namespace = namespaceOf(hub, device.deviceId);
    const identity = {
      deviceId: device.deviceId,
      cluster: device.cluster ?? 'default',
      namespace,
      path: dir,
      baseDeployment: device.base ?? 'base-config',
      layeredDeployments: device.layers ?? [],
      modules: device.modules.map((m) => m.name).sort(),
    };
    if (device.failed !== undefined) {
      keep.push(dir);
      devices.push({ ...identity, errors: [device.failed] });
      continue;
    }
    deviceDirs.push(dir);
    devices.push(identity);
    const names = ['namespace.yaml'];
    files.set(`${dir}/namespace.yaml`, YAML.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }));
    for (const m of device.modules) {
      const name = m.name.toLowerCase().replace(/[^a-z0-9-]/g, '');
      const doc = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace },
        spec: {
          replicas: m.replicas ?? 1,
          template: {
            metadata: { annotations: { 'net.azure-devices.edge.original-moduleid': m.name } },
            spec: {
              containers: [
                {
                  name,
                  image: m.image,
                  ...(m.env ? { env: Object.entries(m.env).map(([k, v]) => ({ name: k, value: v })) } : {}),
                  ...(m.ports ? { ports: m.ports.map((p) => ({ containerPort: p, protocol: 'TCP' })) } : {}),
                },
              ],
            },
          },
        },
      };
      files.set(`${dir}/deployment-${name}.yaml`, YAML.stringify(doc));
      names.push(`deployment-${name}.yaml`);
    }
    files.set(`${dir}/kustomization.yaml`, YAML.stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: names.sort() }));
  }
  const inventory: Inventory = {
    hub,
    ledgers: {},
    hostName: `${hub}.azure-devices.net`,
    configurations: (props.configurations ?? [{ id: 'base-config', etag: 'etag-1' }]).map((c) => ({ id: c.id, kind: c.kind ?? 'base', priority: c.priority ?? 10, etag: c.etag })),
    devices,
  };
  for (const [cluster, part] of clusterInventories(inventory)) files.set(`devices/${cluster}/inventory.json`, JSON.stringify(part, null, 2) + '\n');
  return { files, deviceDirs: deviceDirs.sort(), keep: keep.sort(), inventory };
}

/**
 * A plan for some clusters' devices only, with their own `devices/<cluster>/inventory.json`, scoped as sync scopes a
 * `--cluster`/`--shard` run: to `clusters` (default: the devices' clusters), so the writer touches nothing else.
 */
export function selectedClusterPlan(devices: readonly DeviceProps[], clusters: readonly string[] = [...new Set(devices.map((d) => d.cluster!))]): OutputPlan {
  return { ...buildPlan({ devices }), selection: { kind: 'clusters', clusters: [...clusters].sort() } };
}
