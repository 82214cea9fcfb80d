/**
 * explainDevice and formatExplain: which configuration supplied each module, route and module twin property of a
 * device (the last surviving write, IoT Hub's layering rule), and the text `explain` prints.
 */
import { explainDevice, formatExplain, type ExplainReport } from '../../src/cli/explain-report.js';
import { ConfigError } from '../../src/errors.js';
import type { LedgerEntry } from '../../src/translate/ledger.js';
import { baseModulesContent, edgeModule, manifestTargetOf, deviceTargetOf } from '../builders.js';

const CONTEXT = { namespace: 'msiot-myhub-device-1', cluster: 'plant-a', ledger: [] as LedgerEntry[] };
const AGENT = 'content.modulesContent.$edgeAgent';
const HUB = 'content.modulesContent.$edgeHub';

// Base: edgeHub, `sensor` with twin properties interval and unit, one route. The layer adds module `filter`,
// a route, and overwrites sensor's `interval` (layers write under a dotted path, IoT Hub's layered form).
const BASE = baseModulesContent({
  modules: { sensor: edgeModule('repo/sensor:1.0') },
  routes: { upstream: 'FROM /messages/* INTO $upstream' },
  twins: { sensor: { interval: 5, unit: 'C' } },
});
const LAYER = {
  $edgeAgent: { 'properties.desired.modules.filter': edgeModule('repo/filter:2.0') },
  $edgeHub: { 'properties.desired.routes.filterToHub': 'FROM /messages/modules/filter/* INTO $upstream' },
  sensor: { 'properties.desired.interval': 60 },
};

describe('explainDevice', () => {
  const report = explainDevice(manifestTargetOf(BASE, { layers: [LAYER] }), CONTEXT);

  it('names the device, its place, its base and its layers in merge order', () => {
    expect({ deviceId: report.deviceId, namespace: report.namespace, cluster: report.cluster, base: report.baseDeployment, layers: report.layeredDeployments }).toStrictEqual({
      deviceId: 'device-1',
      namespace: 'msiot-myhub-device-1',
      cluster: 'plant-a',
      base: 'base',
      layers: ['layer-1'],
    });
    expect(report.decisions.map((d) => [d.configurationId, d.reason])).toStrictEqual([
      ['base', 'applied-base'],
      ['layer-1', 'applied-layer'],
    ]);
  });

  it('modules: edgeHub first, each from the configuration that supplied it', () => {
    expect(report.modules.map((m) => [m.name, m.configurationId])).toStrictEqual([
      ['$edgeHub', 'base'],
      ['filter', 'layer-1'],
      ['sensor', 'base'],
    ]);
    expect(report.modules.find((m) => m.name === 'filter')!.jsonPath).toBe(`${AGENT}["properties.desired.modules.filter"]`);
  });

  it('routes, each from its configuration', () => {
    expect(report.routes.map((r) => [r.name, r.configurationId])).toStrictEqual([
      ['filterToHub', 'layer-1'],
      ['upstream', 'base'],
    ]);
    expect(report.routes.find((r) => r.name === 'filterToHub')!.jsonPath).toBe(`${HUB}["properties.desired.routes.filterToHub"]`);
  });

  it('module twin properties, sorted: one the layer overwrote is the layer\'s, the others stay the base\'s', () => {
    expect(report.moduleTwins.map((t) => [t.name, t.configurationId])).toStrictEqual([
      ['sensor.interval', 'layer-1'],
      ['sensor.unit', 'base'],
    ]);
    expect(report.moduleTwins[0]!.jsonPath).toBe('content.modulesContent.sensor["properties.desired.interval"]');
  });

  it('passes the ledger through, and has no podSecurity unless given', () => {
    const ledger: LedgerEntry[] = [{ deviceId: 'device-1', module: 'sensor', configurationId: 'base', jsonPath: 'p', key: 'restartPolicy', fidelity: 'approximate', target: 'Deployment.spec', reason: 'r' }];
    const withLedger = explainDevice(manifestTargetOf(BASE), { ...CONTEXT, ledger });
    expect(withLedger.ledger).toStrictEqual(ledger);
    expect(withLedger).not.toHaveProperty('podSecurity');
    const podSecurity = { level: 'restricted' as const, modules: [] };
    expect(explainDevice(manifestTargetOf(BASE), { ...CONTEXT, podSecurity }).podSecurity).toStrictEqual(podSecurity);
  });

  it("errors: targeting's first, then the context's, each described with its context", () => {
    const target = deviceTargetOf(baseModulesContent({ modules: { sensor: { version: '1.0', type: 'docker', status: 'running', restartPolicy: 'always', settings: { createOptions: '{}' } } } }));
    expect(target.errors.length).toBeGreaterThan(0);
    const extra = new ConfigError('the cluster tag is not a string', { deviceId: 'device-1' });
    const errors = explainDevice(target, { ...CONTEXT, errors: [extra] }).errors;
    expect(errors).toStrictEqual([...target.errors.map((e) => e.describe()), "device 'device-1': the cluster tag is not a string"]);
  });

  it('a device that no base deployment targets: no modules, routes or twin properties, only the decisions', () => {
    const target = { ...deviceTargetOf(BASE), base: null, layers: [], merged: null, manifest: null };
    const report = explainDevice(target, CONTEXT);
    expect({ decisions: report.decisions, base: report.baseDeployment, layers: report.layeredDeployments, modules: report.modules, routes: report.routes, twins: report.moduleTwins, errors: report.errors }).toStrictEqual({
      decisions: target.decisions,
      base: null,
      layers: [],
      modules: [],
      routes: [],
      twins: [],
      errors: [],
    });
  });
});

describe('formatExplain', () => {
  const minimal: ExplainReport = {
    deviceId: 'dev-1',
    namespace: 'msiot-hub-dev-1',
    cluster: 'default',
    baseDeployment: 'base',
    layeredDeployments: [],
    decisions: [
      { configurationId: 'base', kind: 'base', priority: 10, reason: 'applied-base', detail: '' },
      { configurationId: 'older-base', kind: 'base', priority: 10, reason: 'older-at-equal-priority', detail: "'base' is newer" },
      { configurationId: 'lab', kind: 'layered', priority: 5, reason: 'not-above-base', detail: '' },
    ],
    modules: [],
    routes: [],
    moduleTwins: [],
    ledger: [],
    errors: [],
  };

  it('a device with a base and no layers: header, base line, the deployments aligned in columns; empty sections left out', () => {
    expect(formatExplain(minimal)).toBe(
      [
        "device 'dev-1' → namespace msiot-hub-dev-1 (cluster default)",
        'base deployment: base; layers merged in order: (none)',
        '',
        'deployments:',
        '  base        base     priority  10  APPLIED (base)',
        "  older-base  base     priority  10  not applied (older at equal priority): 'base' is newer",
        '  lab         layered  priority   5  not applied (layer not above the base)',
        '',
      ].join('\n'),
    );
  });

  it.each<{ name: string; change: Partial<ExplainReport>; line: string }>([
    { name: 'layers, in merge order', change: { layeredDeployments: ['l1', 'l2'] }, line: 'base deployment: base; layers merged in order: l1, l2' },
    {
      name: 'no base: what IoT Hub does with the device',
      change: { baseDeployment: null },
      line: 'no base deployment targets this device: IoT Hub leaves it as it is, so no directory is written and nothing is deleted',
    },
  ])('second line, $name', ({ change, line }) => {
    expect(formatExplain({ ...minimal, ...change }).split('\n')[1]).toBe(line);
  });

  it.each<{ name: string; change: Partial<ExplainReport>; lines: string[] }>([
    {
      name: 'where modules, routes and twin properties came from',
      change: {
        modules: [{ name: 'sensor', configurationId: 'base', jsonPath: 'a.b' }],
        routes: [{ name: 'up', configurationId: 'l1', jsonPath: 'c' }],
        moduleTwins: [{ name: 'sensor.interval', configurationId: 'l1', jsonPath: 'd' }],
      },
      lines: ['', 'modules (from which configuration):', '  sensor  ← base  a.b', '', 'routes:', '  up  ← l1  c', '', 'module twin properties:', '  sensor.interval  ← l1  d'],
    },
    {
      name: 'the ledger: the Kubernetes target after an arrow, none for a dropped field',
      change: {
        ledger: [
          { deviceId: 'dev-1', module: 'sensor', configurationId: 'base', jsonPath: 'p', key: 'restartPolicy', fidelity: 'approximate', target: 'Deployment.spec.template.spec.restartPolicy', reason: 'on-failure becomes Always' },
          { deviceId: 'dev-1', module: 'sensor', configurationId: 'base', jsonPath: 'p', key: 'startupOrder', fidelity: 'dropped', target: '', reason: 'Kubernetes has no start order' },
        ],
      },
      lines: [
        '',
        'translation (fidelity ledger):',
        '  sensor  restartPolicy  approximate → Deployment.spec.template.spec.restartPolicy  — on-failure becomes Always',
        '  sensor  startupOrder  dropped  — Kubernetes has no start order',
      ],
    },
    {
      name: 'pod security: the namespace level, each module and what it needs',
      change: {
        podSecurity: {
          level: 'privileged',
          modules: [
            { module: 'sensor', level: 'restricted', violations: [] },
            { module: 'opc', level: 'privileged', violations: [{ needs: 'privileged', rule: 'Host Namespaces', field: 'spec.hostNetwork', detail: 'is true' }] },
          ],
        },
      },
      lines: ['', 'pod security (the namespace is labelled with the highest level: privileged):', '  sensor  restricted', '  opc  privileged', '    needs privileged: Host Namespaces: spec.hostNetwork is true'],
    },
    { name: 'errors last: the device keeps its last good output', change: { errors: ["configuration 'base': broken"] }, lines: ['', 'errors (the device keeps its last good output):', "  configuration 'base': broken"] },
  ])('after the deployments, $name', ({ change, lines }) => {
    const text = formatExplain({ ...minimal, ...change });
    expect(text).toBe(formatExplain(minimal) + lines.join('\n') + '\n');
  });

  it('a device id or value holding a line break stays on its line', () => {
    const text = formatExplain({ ...minimal, deviceId: 'dev\n::error::x', errors: ['bad\r\nvalue'] });
    expect(text.split('\n')[0]).toBe("device 'dev\\n::error::x' → namespace msiot-hub-dev-1 (cluster default)");
    expect(text.split('\n').at(-2)).toBe('  bad\\r\\nvalue');
  });
});
