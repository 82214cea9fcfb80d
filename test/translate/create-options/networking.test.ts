/**
 * NetworkMode, IpcMode, PidMode, ExtraHosts, Dns* and NetworkingConfig (networking.ts): k8s-mapping.md
 * §2, §3.3 and §7.2 rows 49–56 (NetworkMode compared case-insensitively, as the original runtime did;
 * ExtraHosts `host:ip`, DnsOptions `name[:value]`).
 */
import type { JsonObject } from '../../../src/model/json.js';
import { applyToDraft, expectFieldRow, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  {
    name: 'NetworkMode host → hostNetwork + ClusterFirstWithHostNet',
    co: { HostConfig: { NetworkMode: 'host' } },
    key: 'HostConfig.NetworkMode',
    fidelity: 'exact',
    pick: (w) => [w.pod.hostNetwork, w.pod.dnsPolicy],
    expected: [true, 'ClusterFirstWithHostNet'],
  },
  { name: 'NetworkMode azure-iot-edge → pod network', co: { HostConfig: { NetworkMode: 'azure-iot-edge' } }, key: 'HostConfig.NetworkMode', fidelity: 'approximate', pick: (w) => w.pod.hostNetwork, expected: undefined },
  { name: 'IpcMode host → hostIPC', co: { HostConfig: { IpcMode: 'host' } }, key: 'HostConfig.IpcMode', fidelity: 'exact', pick: (w) => w.pod.hostIPC, expected: true },
  { name: 'PidMode host → hostPID', co: { HostConfig: { PidMode: 'host' } }, key: 'HostConfig.PidMode', fidelity: 'exact', pick: (w) => w.pod.hostPID, expected: true },
  {
    name: 'ExtraHosts → hostAliases grouped by IP',
    co: { HostConfig: { ExtraHosts: ['opc:10.0.0.5', 'plc:10.0.0.6', 'opc-alias:10.0.0.5'] } },
    key: 'HostConfig.ExtraHosts',
    fidelity: 'exact',
    pick: (w) => w.pod.hostAliases,
    expected: [
      { ip: '10.0.0.5', hostnames: ['opc', 'opc-alias'] },
      { ip: '10.0.0.6', hostnames: ['plc'] },
    ],
  },
  {
    name: 'Dns/DnsSearch/DnsOptions → dnsConfig',
    co: { HostConfig: { Dns: ['8.8.8.8'], DnsSearch: ['plant.local'], DnsOptions: ['ndots:2'] } },
    key: 'HostConfig.Dns',
    fidelity: 'approximate',
    pick: (w) => w.pod.dnsConfig,
    expected: { nameservers: ['8.8.8.8'], options: [{ name: 'ndots', value: '2' }], searches: ['plant.local'] },
  },
  { name: 'NetworkingConfig → dropped (Service name is the alias)', co: { NetworkingConfig: { EndpointsConfig: { host: {} } } }, key: 'NetworkingConfig', fidelity: 'dropped', pick: (w) => w.service, expected: undefined },
];

describe('network fields → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));
});

describe('network field rules', () => {
  it.each([
    { name: 'NetworkMode HOST (any case) → host network', mode: 'HOST', fidelity: 'exact', hostNetwork: true, reason: /ClusterFirstWithHostNet/ },
    { name: 'NetworkMode bridge → the pod network of the namespace', mode: 'bridge', fidelity: 'approximate', hostNetwork: undefined, reason: /^The IoT Edge network becomes the namespace/ },
    { name: 'NetworkMode of a custom network → the pod network, without isolation', mode: 'plant-net', fidelity: 'approximate', hostNetwork: undefined, reason: /^Custom Docker networks become the pod network/ },
    { name: 'NetworkMode none → dropped', mode: 'none', fidelity: 'dropped', hostNetwork: undefined, reason: /cannot run without a network/ },
    { name: "NetworkMode container:<x> (another container's network) → dropped", mode: 'container:opcua', fidelity: 'dropped', hostNetwork: undefined, reason: /join another container's network/ },
  ])('$name', ({ mode, fidelity, hostNetwork, reason }) => {
    const { draft, entry } = applyToDraft({ HostConfig: { NetworkMode: mode } });
    expect(entry('HostConfig.NetworkMode')).toMatchObject({ fidelity, reason: expect.stringMatching(reason) });
    expect([draft.hostNetwork, draft.dnsPolicy]).toStrictEqual(hostNetwork === true ? [true, 'ClusterFirstWithHostNet'] : [undefined, undefined]);
  });

  it.each<{ name: string; co: JsonObject; key: string; fidelity: string }>([
    { name: 'IpcMode private: a pod has its own IPC namespace, exact', co: { HostConfig: { IpcMode: 'private' } }, key: 'HostConfig.IpcMode', fidelity: 'exact' },
    { name: 'IpcMode shareable: exact', co: { HostConfig: { IpcMode: 'shareable' } }, key: 'HostConfig.IpcMode', fidelity: 'exact' },
    { name: "IpcMode container:<x>: cannot join another container's namespace, dropped", co: { HostConfig: { IpcMode: 'container:db' } }, key: 'HostConfig.IpcMode', fidelity: 'dropped' },
    { name: 'PidMode container:<x>: dropped', co: { HostConfig: { PidMode: 'container:db' } }, key: 'HostConfig.PidMode', fidelity: 'dropped' },
    { name: 'UTSMode host: dropped', co: { HostConfig: { UTSMode: 'host' } }, key: 'HostConfig.UTSMode', fidelity: 'dropped' },
    { name: 'UsernsMode host: a node setting, dropped', co: { HostConfig: { UsernsMode: 'host' } }, key: 'HostConfig.UsernsMode', fidelity: 'dropped' },
  ])('$name', ({ co, key, fidelity }) => {
    const { draft, entry } = applyToDraft(co);
    expect(entry(key).fidelity).toBe(fidelity);
    expect([draft.hostIPC, draft.hostPID]).toStrictEqual([undefined, undefined]);
  });

  it('ExtraHosts: host-gateway is dropped (Docker resolves it on the host), the other entries kept, a repeated name kept once', () => {
    const { draft, entry } = applyToDraft({ HostConfig: { ExtraHosts: ['plc:10.0.0.6', 'host.docker.internal:host-gateway', 'plc:10.0.0.6'] } });
    expect([...draft.hostAliases]).toStrictEqual([['10.0.0.6', ['plc']]]);
    expect(entry('HostConfig.ExtraHosts').fidelity).toBe('dropped');
  });

  it('ExtraHosts with an IPv6 address: split at the first colon', () => {
    const { draft } = applyToDraft({ HostConfig: { ExtraHosts: ['v6host:fd00::1'] } });
    expect([...draft.hostAliases]).toStrictEqual([['fd00::1', ['v6host']]]);
  });

  it('DnsOptions: an option without a value has only a name; DnsOptions exact, DnsSearch approximate', () => {
    const { draft, entry } = applyToDraft({ HostConfig: { DnsOptions: ['edns0', 'timeout:2'], DnsSearch: ['plant.local'] } });
    expect(draft.dnsConfig).toStrictEqual({ options: [{ name: 'edns0' }, { name: 'timeout', value: '2' }], searches: ['plant.local'] });
    expect([entry('HostConfig.DnsOptions').fidelity, entry('HostConfig.DnsSearch').fidelity]).toStrictEqual(['exact', 'approximate']);
  });

  it.each<{ name: string; co: JsonObject; expected: string }>([
    { name: 'ExtraHosts entry without a host name', co: { HostConfig: { ExtraHosts: ['opc:10.0.0.5', ':10.0.0.6'] } }, expected: 'HostConfig.ExtraHosts: an extra host must be host:ip @ .settings.createOptions.HostConfig.ExtraHosts[1]' },
    { name: 'ExtraHosts entry without a colon', co: { HostConfig: { ExtraHosts: ['opc'] } }, expected: 'HostConfig.ExtraHosts: an extra host must be host:ip @ .settings.createOptions.HostConfig.ExtraHosts[0]' },
    { name: 'NetworkMode as a boolean', co: { HostConfig: { NetworkMode: true } }, expected: 'HostConfig.NetworkMode: expected a string, got a boolean @ .settings.createOptions.HostConfig.NetworkMode' },
    { name: 'Dns as one string', co: { HostConfig: { Dns: '8.8.8.8' } }, expected: 'HostConfig.Dns: expected a list of strings, got a string @ .settings.createOptions.HostConfig.Dns' },
  ])('bad value → error at its path: $name', ({ co, expected }) => {
    expect(applyToDraft(co).errors).toStrictEqual([expected]);
  });
});
