// Builds examples/hub-snapshot.json from the real deployment manifests in examples/manifests/ (copied from
// ../shared/examples; sources in examples/README.md). Deterministic: run `node examples/build-hub-snapshot.mjs`.
// Placeholder secrets (<redacted>, <password>, "password") become recognisable fake values starting with
// EXAMPLE-SECRET- so that tests can prove no secret value ever reaches the output.
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const manifest = (file) => {
  const json = JSON.parse(readFileSync(new URL(`manifests/${file}`, here), 'utf8'));
  return json.content?.modulesContent ?? json.modulesContent;
};

let secretCounter = 0;
const fakeSecret = (what) => `EXAMPLE-SECRET-${what}-${++secretCounter}`;
function seedSecrets(value, id, key = '') {
  if (Array.isArray(value)) return value.map((v) => seedSecrets(v, id));
  if (typeof value === 'string') {
    if (value === '<redacted>' || value === '<password>' || (key === 'password' && value !== '')) return fakeSecret(id);
    return value.replace(/(Key|PASSWORD)=<redacted>/g, (_m, what) => `${what}=${fakeSecret(id)}`);
  }
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [childKey, child] of Object.entries(value)) out[childKey] = seedSecrets(child, id, childKey);
  return out;
}

const etag = (id) => Buffer.from(`${id}:1`).toString('base64');
const configuration = ({ id, file, targetCondition, priority, created, labels = {} }) => ({
  id,
  schemaVersion: '1.0',
  labels,
  content: { modulesContent: seedSecrets(manifest(file), id), deviceContent: null, moduleContent: null },
  targetCondition,
  priority,
  createdTimeUtc: created,
  lastUpdatedTimeUtc: created,
  etag: etag(id),
  metrics: { queries: {}, results: {} },
  systemMetrics: {
    queries: {
      targetedCount: `select deviceId from devices where capabilities.iotEdge = true and ${targetCondition}`,
      appliedCount: `select deviceId from devices.modules where moduleId = '$edgeAgent' and configurations.[[${id}]].status = 'Applied'`,
    },
    results: {},
  },
});

const configurations = [
  configuration({ id: 'factory-base', file: 'scalers-ai--factorysolutions--deployment-amd64.json', targetCondition: "tags.site='factory'", priority: 10, created: '2026-03-02T09:00:00.000Z', labels: { team: 'ot' } }),
  configuration({ id: 'tick-base', file: 'paloukari--az-iot-edge-tick--deployment-amd64.json', targetCondition: "tags.role = 'telemetry'", priority: 10, created: '2026-02-01T09:00:00.000Z' }),
  configuration({ id: 'vision-base', file: 'gloveboxes--Create-a-talking-image-recognition-solution-with-Azure-IoT-Edge-Azure-Cognitive-Services--deployment-amd64.json', targetCondition: 'tags.camera = true', priority: 20, created: '2026-01-15T12:00:00.000Z' }),
  configuration({ id: 'opc-prod-base', file: 'howardginsburg--IndustrialIoTDemo--deployment-amd64.json', targetCondition: "tags.environment='prod' AND NOT (tags.site = 'factory')", priority: 5, created: '2026-01-10T08:30:00.000Z' }),
  configuration({ id: 'opc-analytics-base', file: 'sinfergit--IIOT_SmartAnalytics_Edge--deployment-amd64.json', targetCondition: "tags.environment='prod' AND tags.analytics = true", priority: 6, created: '2026-01-11T08:30:00.000Z' }),
  configuration({ id: 'dev-base', file: 'Azure--azure-iot-cli-extension--test-edge-deployment-ea-v11-eh-v12.json', targetCondition: "tags.environment IN ['dev', 'test']", priority: 0, created: '2026-01-01T00:00:00.000Z' }),
  configuration({ id: 'lorawan-base', file: 'Azure--iotedge-lorawan-starterkit--deployment-ci-lbs-template.resolved.json', targetCondition: 'tags.lorawan = true', priority: 15, created: '2026-02-20T10:00:00.000Z' }),
  configuration({ id: 'nested-top-base', file: 'Azure--iotedge--nestededge-topLayerBaseDeployment-mqtt.resolved.json', targetCondition: "tags.layer = 'top'", priority: 30, created: '2026-02-21T10:00:00.000Z' }),
  configuration({ id: 'metrics-layer', file: 'Azure-Samples--iot-edge-for-iiot--metricsCollector-top-layered.json', targetCondition: "tags.environment = 'prod' OR tags.site = 'factory'", priority: 100, created: '2026-03-05T10:00:00.000Z' }),
  configuration({ id: 'sample-module-layer', file: 'Azure--azure-iot-cli-extension--test-edge-deployment-layered.json', targetCondition: "tags.site='factory' AND properties.reported.firmware >= 2", priority: 50, created: '2026-03-06T10:00:00.000Z' }),
  {
    // An ADM device configuration: not an IoT Edge deployment, ignored.
    id: 'adm-firmware',
    schemaVersion: '1.0',
    labels: {},
    content: { deviceContent: { 'properties.desired.firmware': { version: '3.1' } }, modulesContent: null, moduleContent: null },
    targetCondition: "tags.site='factory'",
    priority: 1,
    createdTimeUtc: '2026-01-05T00:00:00.000Z',
    lastUpdatedTimeUtc: '2026-01-05T00:00:00.000Z',
    etag: etag('adm-firmware'),
    metrics: { queries: {}, results: {} },
    systemMetrics: { queries: {}, results: {} },
  },
];

const twin = (deviceId, { tags, reported = {}, edge = true }) => ({
  deviceId,
  etag: 'AAAAAAAAAAE=',
  deviceEtag: 'MTIzNDU2Nzg=',
  status: 'enabled',
  statusUpdateTime: '0001-01-01T00:00:00Z',
  connectionState: 'Connected',
  lastActivityTime: '2026-03-10T08:00:00.0000000Z',
  cloudToDeviceMessageCount: 0,
  authenticationType: 'sas',
  x509Thumbprint: { primaryThumbprint: null, secondaryThumbprint: null },
  modelId: '',
  version: 7,
  tags,
  properties: {
    desired: { $metadata: { $lastUpdated: '2026-03-01T00:00:00Z' }, $version: 1 },
    reported: { ...reported, $metadata: { $lastUpdated: '2026-03-10T08:00:00Z' }, $version: 5 },
  },
  capabilities: { iotEdge: edge },
  ...(edge ? { deviceScope: `ms-azure-iot-edge://${deviceId}-637000000000000000` } : { parentScopes: [] }),
});

const devices = [
  twin('factory-line-1', { tags: { site: 'factory', cluster: 'plant-a' }, reported: { firmware: 3 } }),
  twin('factory-line-2', { tags: { site: 'factory', cluster: 'plant-a' }, reported: { firmware: 1 } }),
  twin('telemetry-01', { tags: { role: 'telemetry', cluster: 'plant-b' } }),
  twin('Line3_Gateway.Telemetry', { tags: { site: 'factory', role: 'telemetry', cluster: 'plant-a' }, reported: { firmware: 2 } }),
  twin('camera-01', { tags: { camera: true, site: 'warehouse', cluster: 'plant-b' } }),
  twin('opc-gw-prod', { tags: { environment: 'prod', site: 'riverside' } }),
  twin('analytics-gw-prod', { tags: { environment: 'prod', analytics: true } }),
  twin('dev-box', { tags: { environment: 'dev' } }),
  twin('lora-gw-1', { tags: { lorawan: true, cluster: 'field' } }),
  twin('nested-top-1', { tags: { layer: 'top', cluster: 'field' } }),
  twin('spare-01', { tags: { environment: 'staging' } }),
  twin('leaf-sensor-7', { tags: { site: 'factory' }, edge: false }),
];

const snapshot = { hub: 'contoso-hub', hostName: 'contoso-hub.azure-devices.net', configurations, devices };
writeFileSync(new URL('hub-snapshot.json', here), JSON.stringify(snapshot, null, 2) + '\n');
