/**
 * readReviewFacts: per module its security posture, mounts, resources and secret-sourced env names; per device
 * edgeHub's routes (a string, or `{route, priority, timeToLiveSecs}` in edgeHub schema 1.1) and
 * store-and-forward, module twins, and the remote keys its ExternalSecrets name. Read from files alone.
 */
import YAML from 'yaml';
import { readReviewFacts, type ModuleReviewFacts } from '../../../src/publish/changes/review-facts.js';
import { readDeviceFiles } from '../../../src/publish/changes/device-file-documents.js';

const MODULE = 'net.azure-devices.edge.module';
const read = (files: Record<string, unknown>) => readReviewFacts(readDeviceFiles(new Map(Object.entries(files).map(([name, doc]) => [name, typeof doc === 'string' ? doc : YAML.stringify(doc)]))));

function deployment(module: string | undefined, pod: Record<string, unknown>, container: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'm', ...(module ? { annotations: { [MODULE]: module } } : {}) },
    spec: { template: { spec: { ...pod, containers: [{ name: 'm', image: 'i', ...container }] } } },
  };
}
const EMPTY: Omit<ModuleReviewFacts, 'module'> = { privileged: false, hostNamespaces: [], capabilitiesAdded: [], hostPaths: [], hostDevices: [], mounts: [], resources: [], secretEnv: [] };
const edgeHubConfig = (config: unknown, name = 'edgehub-config') => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, annotations: { [MODULE]: '$edgeHub' } }, data: { 'edgehub-config.json': typeof config === 'string' ? config : JSON.stringify(config) } });

describe('readReviewFacts: module facts', () => {
  it.each<{ name: string; pod?: Record<string, unknown>; container?: Record<string, unknown>; expected: Partial<ModuleReviewFacts> }>([
    { name: 'nothing set: all false and empty', expected: {} },
    { name: 'privileged only when exactly true', container: { securityContext: { privileged: 'true' } }, expected: {} },
    { name: 'privileged', container: { securityContext: { privileged: true } }, expected: { privileged: true } },
    { name: 'host namespaces set to true, in the order hostNetwork, hostPID, hostIPC', pod: { hostIPC: true, hostPID: false, hostNetwork: true }, expected: { hostNamespaces: ['hostNetwork', 'hostIPC'] } },
    { name: 'added capabilities, sorted', container: { securityContext: { capabilities: { add: ['SYS_TIME', 'NET_ADMIN'], drop: ['ALL'] } } }, expected: { capabilitiesAdded: ['NET_ADMIN', 'SYS_TIME'] } },
    {
      name: 'host paths apart from host device files (CharDevice, BlockDevice), each sorted and listed once',
      pod: {
        volumes: [
          { name: 'b', hostPath: { path: '/var/run', type: 'Directory' } },
          { name: 'a', hostPath: { path: '/data' } },
          { name: 'a2', hostPath: { path: '/data' } },
          { name: 'tty', hostPath: { path: '/dev/ttyUSB0', type: 'CharDevice' } },
          { name: 'disk', hostPath: { path: '/dev/sda', type: 'BlockDevice' } },
          { name: 'sock', hostPath: { path: '/run/x.sock', type: 'Socket' } },
          { name: 'e', emptyDir: {} },
        ],
      },
      expected: { hostPaths: ['/data', '/run/x.sock', '/var/run'], hostDevices: ['/dev/sda', '/dev/ttyUSB0'] },
    },
    {
      name: 'mounts name their source, read-only when so, sorted',
      pod: {
        volumes: [
          { name: 'h', hostPath: { path: '/srv/data' } },
          { name: 's', secret: { secretName: 'certs' } },
          { name: 'c', configMap: { name: 'settings' } },
          { name: 'p', persistentVolumeClaim: { claimName: 'store' } },
          { name: 'e', emptyDir: {} },
          { name: 'x', downwardAPI: { items: [] } },
        ],
      },
      container: {
        volumeMounts: [
          { name: 'h', mountPath: '/data' },
          { name: 's', mountPath: '/certs', readOnly: true },
          { name: 'c', mountPath: '/etc/app' },
          { name: 'p', mountPath: '/store' },
          { name: 'e', mountPath: '/tmp' },
          { name: 'x', mountPath: '/info' },
          { name: 'missing', mountPath: '/lost' },
        ],
      },
      expected: {
        hostPaths: ['/srv/data'],
        mounts: ['/certs ← Secret certs (read-only)', '/data ← hostPath /srv/data', '/etc/app ← ConfigMap settings', '/info ← volume x', '/lost ← unknown volume', '/store ← PVC store', '/tmp ← emptyDir'],
      },
    },
    { name: 'limits and requests as side.key=value, sorted', container: { resources: { requests: { memory: '128Mi', cpu: '100m' }, limits: { memory: '512Mi' } } }, expected: { resources: ['limits.memory=512Mi', 'requests.cpu=100m', 'requests.memory=128Mi'] } },
    {
      name: 'env names whose value comes from a Secret, sorted; plain values and ConfigMap keys are not',
      container: {
        env: [
          { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
          { name: 'PLAIN', value: 'x' },
          { name: 'FROM_CM', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } },
          { name: 'A_KEY', valueFrom: { secretKeyRef: { name: 's', key: 'a' } } },
        ],
      },
      expected: { secretEnv: ['A_KEY', 'TOKEN'] },
    },
  ])('$name', ({ pod, container, expected }) => {
    const facts = read({ 'deployment-m.yaml': deployment('Sensor', pod ?? {}, container ?? {}) });
    expect(facts.modules.get('Sensor')).toStrictEqual({ module: 'Sensor', ...EMPTY, ...expected });
  });

  it('keyed by the module name as written; a Deployment without a module annotation is not a module', () => {
    const facts = read({ 'a.yaml': deployment('$edgeHub', {}), 'b.yaml': deployment(undefined, {}), 'c.yaml': { ...deployment(undefined, {}), metadata: { name: 'old', annotations: { 'net.azure-devices.edge.original-moduleid': 'Legacy' } } } });
    expect([...facts.modules.keys()].sort()).toEqual(['$edgeHub', 'Legacy']);
  });

  it('files are read in name order: of two Deployments of one module, the later name wins whatever the order given', () => {
    const z = deployment('M', {}, { securityContext: { privileged: true } });
    const a = deployment('M', {});
    expect(read({ 'z.yaml': z, 'a.yaml': a }).modules.get('M')!.privileged).toBe(true);
  });

  it('documents that are not objects, and files that do not parse, are skipped', () => {
    const facts = read({ 'a.yaml': '--- 42\n--- null\n', 'b.yaml': 'kind: [unclosed\n', 'c.yaml': deployment('M', {}) });
    expect([...facts.modules.keys()]).toEqual(['M']);
  });
});

describe('readReviewFacts: device facts', () => {
  it('nothing to read: empty maps, no store-and-forward', () => {
    const facts = read({ 'namespace.yaml': { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns' } } });
    expect(facts).toStrictEqual({ modules: new Map(), twins: new Map(), routes: new Map(), storeAndForward: null, secretRefs: new Map() });
  });

  it('routes: a string as it is; an object as its route then its other keys, sorted, with JSON values', () => {
    const facts = read({
      'configmap-edgehub-config.yaml': edgeHubConfig({
        schemaVersion: '1.1',
        routes: {
          up: 'FROM /messages/* INTO $upstream',
          alerts: { timeToLiveSecs: 60, route: 'FROM /messages/* WHERE alert = true INTO $upstream', priority: 1 },
          odd: 7,
        },
      }),
    });
    expect(facts.routes).toStrictEqual(
      new Map([
        ['up', 'FROM /messages/* INTO $upstream'],
        ['alerts', 'FROM /messages/* WHERE alert = true INTO $upstream, priority 1, timeToLiveSecs 60'],
        ['odd', '7'],
      ]),
    );
    expect(facts.storeAndForward).toBeNull();
  });

  it('store-and-forward as canonical JSON: keys sorted, no spaces', () => {
    const facts = read({ 'cm.yaml': edgeHubConfig({ routes: {}, storeAndForwardConfiguration: { timeToLiveSecs: 7200, maxSize: 10 } }) });
    expect(facts.storeAndForward).toBe('{"maxSize":10,"timeToLiveSecs":7200}');
  });

  it('an edgeHub config that is not JSON gives no routes and no store-and-forward', () => {
    const facts = read({ 'cm.yaml': edgeHubConfig('{not json') });
    expect([facts.routes.size, facts.storeAndForward]).toEqual([0, null]);
  });

  it('twins: the parsed twin.json of a module\'s ConfigMap; null when it is not JSON; none without a module annotation', () => {
    const twin = (name: string, module: string | undefined, text: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...(module ? { annotations: { [MODULE]: module } } : {}) }, data: { 'twin.json': text } });
    const facts = read({ 'a.yaml': twin('a-twin', 'Sensor', '{"interval":10,"thresholds":{"high":80}}'), 'b.yaml': twin('b-twin', 'Broken', '{oops'), 'c.yaml': twin('c-twin', undefined, '{}') });
    expect(facts.twins).toStrictEqual(new Map<string, unknown>([['Sensor', { interval: 10, thresholds: { high: 80 } }], ['Broken', null]]));
  });

  it('secret refs: <ExternalSecret>/<secretKey> → remote key; entries missing either are skipped', () => {
    const externalSecret = {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'iotedge-identity' },
      spec: {
        data: [
          { secretKey: 'sensor-connection-string', remoteRef: { key: 'hub1--dev1--sensor' } },
          { secretKey: 'no-remote' },
          { remoteRef: { key: 'no-secret-key' } },
          { secretKey: 'numeric', remoteRef: { key: 5 } },
        ],
      },
    };
    expect(read({ 'es.yaml': externalSecret }).secretRefs).toStrictEqual(new Map([['iotedge-identity/sensor-connection-string', 'hub1--dev1--sensor']]));
  });
});
