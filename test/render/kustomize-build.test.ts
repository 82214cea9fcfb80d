/**
 * Every rendered device directory builds with `kubectl kustomize` (issue 2), and what kustomize outputs is
 * exactly the objects render produced: kustomize reads the YAML with go-yaml, so this also proves the files
 * mean the same to the tools Flux and Argo CD use. Skipped with a warning when kubectl is not installed
 * (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { JsonObject } from '../../src/model/json.js';
import { renderDevice, renderDeviceObjects } from '../../src/render/render-device.js';
import type { DeviceIntent } from '../../src/translate/device-intent.js';
import { nestedEdgeDevice } from '../fixtures/render/nested-edge-device.js';
import { deviceIntent, workloadIntent } from '../builders.js';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const hasKubectl = kubectl.status === 0;
if (!hasKubectl) console.warn('kubectl not found on PATH: kustomize build tests skipped (CI installs kubectl)');

function byKindAndName(objects: JsonObject[]): JsonObject[] {
  const key = (o: JsonObject): string => `${String(o['kind'])}/${String((o['metadata'] as JsonObject)['name'])}`;
  return [...objects].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const DEVICES: { name: string; intent: DeviceIntent }[] = [
  { name: 'nested-edge fixture (every field)', intent: nestedEdgeDevice() },
  { name: 'one minimal workload', intent: deviceIntent({ deviceId: 'dev-2', namespace: 'msiot-contoso-hub-dev-2', workloads: [workloadIntent('sensor')] }) },
  { name: 'no workloads', intent: deviceIntent({ deviceId: 'dev-3', namespace: 'msiot-contoso-hub-dev-3' }) },
];

(hasKubectl ? describe : describe.skip)('kubectl kustomize builds every device directory', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'render-kustomize-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it.each(DEVICES)('$name: kustomize outputs exactly the rendered objects', ({ intent }) => {
    const rendered = renderDevice(intent);
    const dir = join(root, rendered.dir);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of rendered.files) writeFileSync(join(dir, name), text);

    const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const built = parseAllDocuments(result.stdout).map((document) => document.toJS() as JsonObject);
    expect(byKindAndName(built)).toStrictEqual(byKindAndName(renderDeviceObjects(intent)));
  });
});
