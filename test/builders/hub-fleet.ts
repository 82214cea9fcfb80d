/** Generated fleets for the fake hub: numbered twins and configurations shaped like IoT Hub returns them. Deterministic. */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `edge-00042` for 42: ids sort in numeric order, so tests can reason about pages. */
export function edgeDeviceId(index: number): string {
  return `edge-${String(index).padStart(5, '0')}`;
}

/** The twin of an IoT Edge device as `SELECT * FROM devices` returns it (spec §8 field list). */
export function numberedEdgeTwin(index: number, edge = true): Json {
  const stamp = '2024-05-01T10:00:00.0000000Z';
  return {
    deviceId: edge ? edgeDeviceId(index) : `leaf-${String(index).padStart(5, '0')}`,
    etag: Buffer.from(`etag-${index}`).toString('base64'),
    deviceEtag: Buffer.from(`device-${index}`).toString('base64'),
    status: 'enabled',
    statusUpdateTime: '0001-01-01T00:00:00Z',
    connectionState: index % 3 === 0 ? 'Connected' : 'Disconnected',
    lastActivityTime: '0001-01-01T00:00:00Z',
    cloudToDeviceMessageCount: 0,
    authenticationType: 'sas',
    x509Thumbprint: { primaryThumbprint: null, secondaryThumbprint: null },
    modelId: '',
    version: 3 + (index % 5),
    tags: { environment: index % 2 === 0 ? 'prod' : 'test', site: `site-${index % 17}` },
    properties: {
      desired: { $metadata: { $lastUpdated: stamp }, $version: 1 },
      reported: { $metadata: { $lastUpdated: stamp }, $version: 1 },
    },
    capabilities: { iotEdge: edge },
  };
}

/** `count` edge twins, `edge-00000` … */
export function edgeTwins(count: number): Json[] {
  return Array.from({ length: count }, (_, index) => numberedEdgeTwin(index));
}

/** A base edge deployment as `GET /configurations` returns it, with a registry password and a secret env value. */
export function edgeDeployment(id: string, priority: number, targetCondition: string, extra: { password?: string; apiKey?: string } = {}): Json {
  return {
    id,
    schemaVersion: '1.0',
    labels: { team: 'ot' },
    content: {
      modulesContent: {
        $edgeAgent: {
          'properties.desired': {
            schemaVersion: '1.1',
            runtime: {
              type: 'docker',
              settings: {
                minDockerVersion: 'v1.25',
                registryCredentials: { acr: { address: 'contoso.azurecr.io', username: 'contoso', password: extra.password ?? 'acr-password-1' } },
              },
            },
            systemModules: {
              edgeAgent: { type: 'docker', settings: { image: 'mcr.microsoft.com/azureiotedge-agent:1.4', createOptions: '' } },
              edgeHub: { type: 'docker', status: 'running', restartPolicy: 'always', settings: { image: 'mcr.microsoft.com/azureiotedge-hub:1.4', createOptions: '' } },
            },
            modules: {
              sensor: {
                type: 'docker',
                status: 'running',
                restartPolicy: 'always',
                version: '1.0',
                settings: { image: 'contoso.azurecr.io/sensor:1.2.0', createOptions: '{"HostConfig":{"Privileged":false}}' },
                env: { API_KEY: { value: extra.apiKey ?? 'api-key-1' }, LOG_LEVEL: { value: 'info' } },
              },
            },
          },
        },
        $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes: { up: 'FROM /messages/* INTO $upstream' }, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } },
      },
      deviceContent: null,
      moduleContent: null,
    },
    targetCondition,
    priority,
    createdTimeUtc: '2024-04-01T08:00:00.000Z',
    lastUpdatedTimeUtc: '2024-04-01T08:00:00.000Z',
    etag: Buffer.from(`${id}-1`).toString('base64'),
    metrics: { queries: {}, results: {} },
    systemMetrics: { queries: {}, results: { targetedCount: 0, appliedCount: 0 } },
  };
}
