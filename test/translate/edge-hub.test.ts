/**
 * edgeHub's desired properties → the `edgehub-config` ConfigMap and its ledger. Route grammar as the IoT Edge docs
 * give it ("Declare routes", https://learn.microsoft.com/azure/iot-edge/module-composition#declare-routes):
 * `FROM <source> [WHERE <condition>] INTO <sink>`, sources `/messages/modules/<moduleId>/outputs/<output>` and
 * sinks `BrokeredEndpoint("/modules/<moduleId>/inputs/<input>")` or `$upstream`; keywords in any case. Routes are
 * written in object form (`{route, priority, timeToLiveSecs}`, schema 1.1), store-and-forward as
 * `storeAndForwardConfiguration.timeToLiveSecs`.
 */
import { ConfigError } from '../../src/errors.js';
import { EDGEHUB_CONFIG_DIR, EDGEHUB_CONFIG_FILE, EDGEHUB_CONFIG_MAP, edgeHubConfig, routeModules, translateEdgeHub } from '../../src/translate/edge-hub.js';
import { edgeHubSpec, routeSpec } from '../builders/translate-specs.js';

const HUB_PATH = 'content.modulesContent.$edgeHub["properties.desired"]';
const LABELS = { 'app.kubernetes.io/managed-by': 'iotedge-gitops' };
const ANNOTATIONS = { 'net.azure-devices.edge.deviceid': 'edge-01' };

describe('edgeHub config names', () => {
  it('ConfigMap edgehub-config with edgehub-config.json, mounted under /etc/iotedge-gitops/edgehub', () => {
    expect([EDGEHUB_CONFIG_MAP, EDGEHUB_CONFIG_FILE, EDGEHUB_CONFIG_DIR]).toStrictEqual(['edgehub-config', 'edgehub-config.json', '/etc/iotedge-gitops/edgehub']);
  });
});

describe('routeModules', () => {
  it.each<{ name: string; route: string; modules?: string[]; expected: string[] }>([
    { name: 'all messages upstream: no module', route: 'FROM /messages/* INTO $upstream', expected: [] },
    { name: 'one module output upstream', route: 'FROM /messages/modules/sensor/outputs/* INTO $upstream', expected: ['sensor'] },
    {
      name: 'source and sink module, sorted',
      route: 'FROM /messages/modules/sensor/outputs/temperatureOutput INTO BrokeredEndpoint("/modules/filter/inputs/input1")',
      expected: ['filter', 'sensor'],
    },
    {
      name: 'a WHERE condition between them',
      route: 'FROM /messages/modules/tempSensor/outputs/* WHERE $body.machine.temperature > 30 INTO BrokeredEndpoint("/modules/alerts/inputs/hot")',
      expected: ['alerts', 'tempSensor'],
    },
    { name: 'spaces inside BrokeredEndpoint( … )', route: 'FROM /messages/* INTO BrokeredEndpoint( "/modules/filter/inputs/in" )', expected: ['filter'] },
    { name: 'a module reading its own output is listed once', route: 'FROM /messages/modules/loop/outputs/* INTO BrokeredEndpoint("/modules/loop/inputs/in")', expected: ['loop'] },
    { name: 'the module wildcard /messages/modules/* names no module', route: 'FROM /messages/modules/* INTO $upstream', expected: [] },
    { name: 'the model’s list is merged in', route: 'FROM /messages/* INTO $upstream', modules: ['zeta', 'alpha'], expected: ['alpha', 'zeta'] },
  ])('$name', ({ route, modules, expected }) => {
    expect(routeModules(routeSpec('r', route, modules !== undefined ? { modules } : {}))).toStrictEqual(expected);
  });
});

describe('edgeHubConfig', () => {
  it('object-form routes, priority and timeToLiveSecs only when set (0 is a value), store-and-forward TTL, no mqttBroker unless given', () => {
    const hub = edgeHubSpec(
      [
        routeSpec('plain', 'FROM /messages/* INTO $upstream'),
        routeSpec('urgent', 'FROM /messages/modules/alarm/outputs/* INTO $upstream', { priority: 0, timeToLiveSecs: 0 }),
        routeSpec('bulk', 'FROM /messages/modules/log/outputs/* INTO $upstream', { priority: 9, timeToLiveSecs: 86400 }),
      ],
      { schemaVersion: '1.1', timeToLiveSecs: 3600 },
    );
    expect(edgeHubConfig(hub)).toStrictEqual({
      schemaVersion: '1.1',
      routes: {
        plain: { route: 'FROM /messages/* INTO $upstream' },
        urgent: { route: 'FROM /messages/modules/alarm/outputs/* INTO $upstream', priority: 0, timeToLiveSecs: 0 },
        bulk: { route: 'FROM /messages/modules/log/outputs/* INTO $upstream', priority: 9, timeToLiveSecs: 86400 },
      },
      storeAndForwardConfiguration: { timeToLiveSecs: 3600 },
    });
  });

  it('mqttBroker (schema 1.2) verbatim', () => {
    const mqttBroker = { authorizations: [{ identities: ['{{iot:identity}}'], allow: [{ operations: ['mqtt:connect'] }] }] };
    expect(edgeHubConfig(edgeHubSpec([], { schemaVersion: '1.2', mqttBroker }))).toStrictEqual({
      schemaVersion: '1.2',
      routes: {},
      storeAndForwardConfiguration: { timeToLiveSecs: 7200 },
      mqttBroker,
    });
  });
});

describe('translateEdgeHub', () => {
  const modules = new Set(['$edgeHub', 'sensor', 'filter']);

  it('the ConfigMap: name, the given labels and annotations, one file of sorted JSON with a final newline', () => {
    const { configMap } = translateEdgeHub(edgeHubSpec([routeSpec('up', 'FROM /messages/modules/sensor/outputs/* INTO $upstream', { priority: 1 })]), 'edge-01', modules, LABELS, ANNOTATIONS);
    expect(configMap).toStrictEqual({
      name: 'edgehub-config',
      labels: LABELS,
      annotations: ANNOTATIONS,
      data: {
        'edgehub-config.json':
          '{\n  "routes": {\n    "up": {\n      "priority": 1,\n      "route": "FROM /messages/modules/sensor/outputs/* INTO $upstream"\n    }\n  },\n  "schemaVersion": "1.1",\n  "storeAndForwardConfiguration": {\n    "timeToLiveSecs": 7200\n  }\n}\n',
      },
    });
  });

  it.each<{ name: string; route: string; fidelity: string; reasonHas: string }>([
    { name: 'every module it names runs on the device: exact', route: 'FROM /messages/modules/sensor/outputs/* INTO BrokeredEndpoint("/modules/filter/inputs/in")', fidelity: 'exact', reasonHas: 'edgeHub ConfigMap' },
    { name: 'no module named: exact', route: 'FROM /messages/* INTO $upstream', fidelity: 'exact', reasonHas: 'edgeHub ConfigMap' },
    { name: 'a sink module the device does not run: approximate, naming it', route: 'FROM /messages/modules/sensor/outputs/* INTO BrokeredEndpoint("/modules/ghost/inputs/in")', fidelity: 'approximate', reasonHas: '(ghost)' },
    { name: 'two missing modules: both named, sorted', route: 'FROM /messages/modules/zed/outputs/* INTO BrokeredEndpoint("/modules/ann/inputs/in")', fidelity: 'approximate', reasonHas: '(ann, zed)' },
    { name: 'keywords in lower case parse', route: 'from /messages/* where $body.x = 1 into $upstream', fidelity: 'exact', reasonHas: 'edgeHub ConfigMap' },
  ])('route: $name', ({ route, fidelity, reasonHas }) => {
    const { recorder } = translateEdgeHub(edgeHubSpec([routeSpec('r1', route)]), 'edge-01', modules, LABELS, ANNOTATIONS);
    const entry = recorder.entries.find((e) => e.key === 'routes.r1');
    expect([entry?.fidelity, entry?.target, entry?.module, entry?.jsonPath]).toStrictEqual([fidelity, 'ConfigMap edgehub-config', '$edgeHub', `${HUB_PATH}.routes.r1`]);
    expect(entry?.reason).toContain(reasonHas);
    expect(recorder.errors).toStrictEqual([]);
  });

  it.each([
    { name: 'no FROM', route: 'INTO $upstream' },
    { name: 'no INTO', route: 'FROM /messages/*' },
    { name: 'no sink after INTO', route: 'FROM /messages/* INTO ' },
    { name: 'WHERE without a condition', route: 'FROM /messages/* WHERE INTO $upstream' },
    { name: 'empty', route: '' },
    { name: 'an unresolved template placeholder', route: '${ROUTE}' },
  ])('a route that does not parse is an error naming the route and the grammar: $name', ({ route }) => {
    const { recorder } = translateEdgeHub(edgeHubSpec([routeSpec('bad', route)]), 'edge-01', modules, LABELS, ANNOTATIONS);
    expect(recorder.errors).toHaveLength(1);
    const [error] = recorder.errors;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.describe()).toBe(
      `configuration 'base-config', device 'edge-01', module '$edgeHub', at ${HUB_PATH}.routes.bad: route 'bad' does not parse (expected FROM <source> [WHERE <condition>] INTO <sink>)`,
    );
    expect(recorder.entries.some((e) => e.key === 'routes.bad')).toBe(false);
  });

  it('every bad route is reported at once; good routes are still recorded', () => {
    const hub = edgeHubSpec([routeSpec('a', 'nonsense'), routeSpec('b', 'FROM /messages/* INTO $upstream'), routeSpec('c', 'INTO nowhere')]);
    const { recorder } = translateEdgeHub(hub, 'edge-01', modules, LABELS, ANNOTATIONS);
    expect(recorder.errors.map((e) => e.jsonPath)).toStrictEqual([`${HUB_PATH}.routes.a`, `${HUB_PATH}.routes.c`]);
    expect(recorder.entries.map((e) => e.key)).toStrictEqual(['routes.b', 'storeAndForwardConfiguration.timeToLiveSecs']);
  });

  it('store-and-forward is always recorded, mqttBroker only when present; both exact at the hub document path', () => {
    const without = translateEdgeHub(edgeHubSpec(), 'edge-01', modules, LABELS, ANNOTATIONS).recorder.entries;
    expect(without.map((e) => [e.key, e.fidelity, e.jsonPath])).toStrictEqual([['storeAndForwardConfiguration.timeToLiveSecs', 'exact', `${HUB_PATH}.storeAndForwardConfiguration.timeToLiveSecs`]]);
    const withBroker = translateEdgeHub(edgeHubSpec([], { schemaVersion: '1.2', mqttBroker: { bridges: [] } }), 'edge-01', modules, LABELS, ANNOTATIONS).recorder.entries;
    expect(withBroker.map((e) => [e.key, e.fidelity, e.jsonPath])).toStrictEqual([
      ['storeAndForwardConfiguration.timeToLiveSecs', 'exact', `${HUB_PATH}.storeAndForwardConfiguration.timeToLiveSecs`],
      ['mqttBroker', 'exact', `${HUB_PATH}.mqttBroker`],
    ]);
  });
});
