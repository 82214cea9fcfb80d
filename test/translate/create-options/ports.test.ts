/**
 * ExposedPorts and HostConfig.PortBindings → container ports and the module's Service (ports.ts):
 * k8s-mapping.md §3.1 and §7.2 rows 23, 30–32 (ports keyed by port and protocol, names
 * `exposedport-<port>-<proto>` / `hostport-<hostPort>-<proto>`), Docker's `<port>[/<proto>]` keys.
 */
import type { JsonObject } from '../../../src/model/json.js';
import { parsePortKey } from '../../../src/translate/create-options/ports.js';
import { applyToDraft, configErrorOf, expectFieldRow, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  {
    name: 'ExposedPorts → container port + ClusterIP Service port (exposedport-<p>-<proto>)',
    co: { ExposedPorts: { '8091/tcp': {} } },
    key: 'ExposedPorts',
    fidelity: 'exact',
    pick: (w) => [w.container.ports, w.service],
    expected: [[{ containerPort: 8091, protocol: 'TCP' }], { type: 'ClusterIP', ports: [{ name: 'exposedport-8091-tcp', port: 8091, targetPort: 8091, protocol: 'TCP' }], annotations: {} }],
  },
  {
    name: 'PortBindings host port ≠ container port: port = HostPort, targetPort = container port',
    co: { HostConfig: { PortBindings: { '8000/tcp': [{ HostPort: '80' }] } } },
    key: 'HostConfig.PortBindings',
    fidelity: 'approximate',
    pick: (w) => [w.container.ports, w.service?.ports],
    expected: [[{ containerPort: 8000, protocol: 'TCP' }], [{ name: 'hostport-80-tcp', port: 80, targetPort: 8000, protocol: 'TCP' }]],
  },
  {
    name: 'PortBindings udp and tcp on one number stay two ports (keyed by port and protocol)',
    co: { HostConfig: { PortBindings: { '8089/udp': [{ HostPort: '8089' }], '8089/tcp': [{ HostPort: '8089' }] } } },
    key: 'HostConfig.PortBindings',
    fidelity: 'approximate',
    pick: (w) => w.service?.ports,
    expected: [
      { name: 'hostport-8089-tcp', port: 8089, targetPort: 8089, protocol: 'TCP' },
      { name: 'hostport-8089-udp', port: 8089, targetPort: 8089, protocol: 'UDP' },
    ],
  },
  {
    name: 'PortBindings replaces the ExposedPorts entry of the same port',
    co: { ExposedPorts: { '5000/tcp': {} }, HostConfig: { PortBindings: { '5000/tcp': [{ HostPort: '5000' }] } } },
    key: 'HostConfig.PortBindings',
    fidelity: 'approximate',
    pick: (w) => w.service?.ports,
    expected: [{ name: 'hostport-5000-tcp', port: 5000, targetPort: 5000, protocol: 'TCP' }],
  },
];

describe('port fields → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));

  it.each<{ name: string; co: JsonObject; path: RegExp }>([
    { name: 'port key that is not a port', co: { ExposedPorts: { 'http/tcp': {} } }, path: /ExposedPorts\["http\/tcp"\]$/ },
    { name: 'HostPort that is not a number', co: { HostConfig: { PortBindings: { '80/tcp': [{ HostPort: 'eighty' }] } } }, path: /HostPort$/ },
  ])('bad value is a ConfigError with its JSON path: $name', ({ co, path }) => {
    const error = configErrorOf(co);
    expect(error).toMatchObject({ name: 'ConfigError', deviceId: 'device-1', module: 'm', configurationId: 'base' });
    expect(error.jsonPath).toMatch(path);
  });
});

describe('parsePortKey', () => {
  it.each([
    { name: 'no protocol → TCP', key: '80', expected: { port: 80, protocol: 'TCP' } },
    { name: 'protocol upper-cased', key: '8089/UDP', expected: { port: 8089, protocol: 'UDP' } },
    { name: 'sctp', key: '3868/sctp', expected: { port: 3868, protocol: 'SCTP' } },
    { name: 'surrounding spaces trimmed', key: ' 53/udp ', expected: { port: 53, protocol: 'UDP' } },
    { name: 'highest port 65535', key: '65535/tcp', expected: { port: 65535, protocol: 'TCP' } },
    { name: 'port 0 is not a port', key: '0/tcp', expected: undefined },
    { name: 'port 65536 is out of range', key: '65536', expected: undefined },
    { name: 'an unknown protocol', key: '80/icmp', expected: undefined },
    { name: 'a port range (Docker accepts it, a Service port cannot)', key: '8000-8010/tcp', expected: undefined },
    { name: 'a name instead of a number', key: 'http', expected: undefined },
  ])('$name', ({ key, expected }) => {
    expect(parsePortKey(key)).toStrictEqual(expected);
  });
});

describe('port field rules', () => {
  const ports = (co: JsonObject) => {
    const { draft, entries, errors } = applyToDraft(co);
    // Map order is not part of the contract (the intent sorts ports): compared by port number.
    const byPort = <T extends { containerPort?: number; port?: number }>(list: T[]): T[] => list.sort((a, b) => (a.containerPort ?? a.port ?? 0) - (b.containerPort ?? b.port ?? 0));
    return { containerPorts: byPort([...draft.containerPorts.values()]), servicePorts: byPort([...draft.servicePorts.values()]), entries, errors };
  };

  it('ExposedPorts udp and a key without protocol: ports named after port and protocol', () => {
    const { containerPorts, servicePorts } = ports({ ExposedPorts: { '53/udp': {}, '80': {} } });
    expect(containerPorts).toStrictEqual([{ containerPort: 53, protocol: 'UDP' }, { containerPort: 80, protocol: 'TCP' }]);
    expect(servicePorts).toStrictEqual([
      { name: 'exposedport-53-udp', port: 53, targetPort: 53, protocol: 'UDP' },
      { name: 'exposedport-80-tcp', port: 80, targetPort: 80, protocol: 'TCP' },
    ]);
  });

  it('two host ports bound to one container port are two Service ports with distinct names', () => {
    const { containerPorts, servicePorts } = ports({ HostConfig: { PortBindings: { '8080/tcp': [{ HostPort: '80' }, { HostPort: 8081 }] } } });
    expect(containerPorts).toStrictEqual([{ containerPort: 8080, protocol: 'TCP' }]);
    expect(servicePorts).toStrictEqual([
      { name: 'hostport-80-tcp', port: 80, targetPort: 8080, protocol: 'TCP' },
      { name: 'hostport-8081-tcp', port: 8081, targetPort: 8080, protocol: 'TCP' },
    ]);
  });

  it('an empty HostPort (Docker picks a random one) becomes the container port, and the reason says so', () => {
    const { servicePorts, entries } = ports({ HostConfig: { PortBindings: { '9000/tcp': [{ HostIp: '', HostPort: '' }] } } });
    expect(servicePorts).toStrictEqual([{ name: 'hostport-9000-tcp', port: 9000, targetPort: 9000, protocol: 'TCP' }]);
    expect(entries.find((e) => e.key === 'HostConfig.PortBindings')?.reason).toMatch(/an empty HostPort \(Docker picks a random port\) became the container port/);
  });

  it('a HostIp other than 0.0.0.0 is dropped, and the reason says so', () => {
    const { servicePorts, entries } = ports({ HostConfig: { PortBindings: { '1883/tcp': [{ HostIp: '127.0.0.1', HostPort: '1883' }] } } });
    expect(servicePorts).toStrictEqual([{ name: 'hostport-1883-tcp', port: 1883, targetPort: 1883, protocol: 'TCP' }]);
    expect(entries.find((e) => e.key === 'HostConfig.PortBindings')?.reason).toMatch(/HostIp is dropped/);
  });

  it('a port key bound to null opens the container port but adds no Service port', () => {
    const { containerPorts, servicePorts, errors } = ports({ HostConfig: { PortBindings: { '7000/tcp': null } } });
    expect([containerPorts, servicePorts, errors]).toStrictEqual([[{ containerPort: 7000, protocol: 'TCP' }], [], []]);
  });

  it('PublishAllPorts true: random host ports have no equivalent, dropped', () => {
    expect(applyToDraft({ HostConfig: { PublishAllPorts: true } }).entry('HostConfig.PublishAllPorts').fidelity).toBe('dropped');
  });

  it.each<{ name: string; co: JsonObject; expected: string }>([
    { name: 'port key 0', co: { ExposedPorts: { '0/tcp': {} } }, expected: 'ExposedPorts: port key must be <port>[/tcp|udp|sctp] @ .settings.createOptions.ExposedPorts["0/tcp"]' },
    { name: 'bindings not a list', co: { HostConfig: { PortBindings: { '80/tcp': { HostPort: '80' } } } }, expected: 'HostConfig.PortBindings: expected a list of {HostIp, HostPort} @ .settings.createOptions.HostConfig.PortBindings["80/tcp"]' },
    { name: 'HostPort out of range', co: { HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '70000' }] } } }, expected: 'HostConfig.PortBindings: HostPort must be a port number @ .settings.createOptions.HostConfig.PortBindings["80/tcp"][0].HostPort' },
    { name: 'ExposedPorts as a list', co: { ExposedPorts: ['80/tcp'] }, expected: 'ExposedPorts: expected an object, got a list @ .settings.createOptions.ExposedPorts' },
  ])('bad value → error at its path: $name', ({ co, expected }) => {
    expect(applyToDraft(co).errors).toStrictEqual([expected]);
  });
});
