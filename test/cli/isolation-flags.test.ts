/**
 * The isolation flags: a table of flags → options, the refusals (exit 1 before anything is written), and through
 * the real command line on the bundled example (examples/hub-snapshot.json) `--max-pod-security baseline`: the five
 * devices whose deployments need privileged pods keep their last good output (exit 2, named in the messages and in
 * inventory.json), the others are written with their level. Which devices need privileged, worked out by hand from
 * their base deployments: opc-analytics-base (OPCPublisher binds /home/sineth/iiotedge), vision-base (camera
 * Devices, a host bind), lorawan-base (Privileged, NetworkMode host), opc-prod-base (sqledge CapAdd SYS_PTRACE),
 * tick-base (host binds, docker.sock).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';
import { resolveIsolationFlags, type IsolationFlags } from '../../src/cli/isolation-flags.js';
import { readInventory } from '../helpers/read-inventory.js';

const example = path.resolve(import.meta.dirname, '../../examples/hub-snapshot.json');

describe('resolveIsolationFlags: flags → options', () => {
  it.each<{ name: string; flags: IsolationFlags; expected: unknown }>([
    { name: 'defaults: nothing set (every device labelled with what it needs, ports open to all, egress open, no bounds)', flags: {}, expected: {} },
    { name: 'a maximum level', flags: { maxPodSecurity: 'baseline' }, expected: { maxPodSecurity: 'baseline' } },
    { name: 'expose to nobody outside', flags: { exposeFrom: ['none'] }, expected: { exposeFrom: 'none' } },
    { name: 'expose to all (the default, said explicitly)', flags: { exposeFrom: ['all'] }, expected: { exposeFrom: 'all' } },
    {
      name: 'expose to CIDRs (IPv4 and IPv6) and a namespace selector with two labels',
      flags: { exposeFrom: ['192.168.0.0/16', 'fd00::/8', 'namespace:team=edge,kubernetes.io/metadata.name=gw'] },
      expected: { exposeFrom: [{ cidr: '192.168.0.0/16' }, { cidr: 'fd00::/8' }, { namespaceLabels: { team: 'edge', 'kubernetes.io/metadata.name': 'gw' } }] },
    },
    { name: 'egress none: the namespace and DNS only', flags: { egressTo: ['none'] }, expected: { egressTo: [] } },
    { name: 'egress all: open', flags: { egressTo: ['all'] }, expected: { egressTo: 'all' } },
    { name: 'egress to a CIDR', flags: { egressTo: ['0.0.0.0/0'] }, expected: { egressTo: [{ cidr: '0.0.0.0/0' }] } },
    {
      name: 'a quota on limits with default limits',
      flags: { namespaceQuota: ['limits.cpu=2', 'limits.memory=4Gi', 'pods=20'], containerLimits: ['cpu=500m', 'memory=256Mi'] },
      expected: { namespaceQuota: { 'limits.cpu': '2', 'limits.memory': '4Gi', pods: '20' }, containerLimits: { cpu: '500m', memory: '256Mi' } },
    },
    { name: 'a quota on requests.cpu covered by default limits (they default the request too)', flags: { namespaceQuota: ['requests.cpu=2'], containerLimits: ['cpu=1'] }, expected: { namespaceQuota: { 'requests.cpu': '2' }, containerLimits: { cpu: '1' } } },
    { name: 'object counts need no default', flags: { namespaceQuota: ['count/deployments.apps=10', 'requests.storage=50Gi'] }, expected: { namespaceQuota: { 'count/deployments.apps': '10', 'requests.storage': '50Gi' } } },
    { name: 'default requests alone', flags: { containerRequests: ['cpu=10m', 'memory=1e6'] }, expected: { containerRequests: { cpu: '10m', memory: '1e6' } } },
  ])('$name', ({ flags, expected }) => {
    expect(resolveIsolationFlags(flags)).toStrictEqual(expected);
  });

  it.each<{ name: string; flags: IsolationFlags; message: string }>([
    { name: 'an unknown level', flags: { maxPodSecurity: 'strict' }, message: "--max-pod-security must be restricted, baseline, privileged, got 'strict'" },
    { name: 'a level in upper case', flags: { maxPodSecurity: 'Baseline' }, message: "got 'Baseline'" },
    { name: 'all with a CIDR', flags: { exposeFrom: ['all', '10.0.0.0/8'] }, message: '--expose-from all cannot be combined with other --expose-from values' },
    { name: 'an address without a prefix length', flags: { exposeFrom: ['10.0.0.1'] }, message: "--expose-from must be all, none, a CIDR (10.0.0.0/8, fd00::/8) or namespace:<key>=<value>, got '10.0.0.1'" },
    { name: 'a prefix too long for IPv4', flags: { egressTo: ['10.0.0.0/33'] }, message: "--egress-to must be all, none, a CIDR" },
    { name: 'a host name', flags: { egressTo: ['example.com/24'] }, message: "got 'example.com/24'" },
    { name: 'a namespace selector without a value', flags: { exposeFrom: ['namespace:team'] }, message: "--expose-from 'namespace:team': a namespace selector is namespace:<label key>=<label value>" },
    { name: 'a namespace selector with a bad label value', flags: { exposeFrom: ['namespace:team=a b'] }, message: "'namespace:team=a b'" },
    { name: 'a quantity with a bad unit', flags: { namespaceQuota: ['pods=20x'] }, message: "--namespace-quota takes <resource>=<quantity> (cpu=500m, memory=256Mi, pods=20), got 'pods=20x'" },
    { name: 'a negative quantity', flags: { containerLimits: ['cpu=-1'] }, message: "--container-limits takes <resource>=<quantity>" },
    { name: 'no =', flags: { containerRequests: ['cpu'] }, message: "got 'cpu'" },
    { name: 'a resource twice', flags: { containerLimits: ['cpu=1', 'cpu=2'] }, message: '--container-limits gives cpu twice' },
    { name: 'a quota on limits.memory with no default limit', flags: { namespaceQuota: ['limits.memory=4Gi'], containerRequests: ['memory=64Mi'] }, message: '--namespace-quota limits.memory needs --container-limits memory=<quantity>' },
    { name: 'a quota on cpu (requests) with no default', flags: { namespaceQuota: ['cpu=2'] }, message: '--namespace-quota cpu needs --container-requests (or --container-limits) cpu=<quantity>' },
  ])('rejects $name', ({ flags, message }) => {
    expect(() => resolveIsolationFlags(flags)).toThrow(ConfigError);
    expect(() => resolveIsolationFlags(flags)).toThrow(message);
  });
});

describe('isolation flags on the command line', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'isolation-flags-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function io(out: string[], err: string[]): CommandIo {
    return { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {}, cwd: dir };
  }

  it('a bad flag: exit 1, one line, nothing written', async () => {
    const err: string[] = [];
    expect(await main(['synth', '--snapshot', example, '--out', 'bad', '--expose-from', 'everyone'], io([], err))).toBe(1);
    expect(err.join('')).toBe("error: --expose-from must be all, none, a CIDR (10.0.0.0/8, fd00::/8) or namespace:<key>=<value>, got 'everyone'\n");
    expect(existsSync(path.join(dir, 'bad'))).toBe(false);
  });

  it('--max-pod-security baseline: the privileged devices keep their last good output (exit 2), the others get their level', async () => {
    const out = path.join(dir, 'out');
    expect(await main(['synth', '--snapshot', example, '--out', out, '--quiet'], io([], []))).toBe(0);
    const before = readInventory(out) as { devices: { deviceId: string; podSecurity?: string; path: string | null }[] };
    const levels = Object.fromEntries(before.devices.map((d) => [d.deviceId, d.podSecurity ?? null]));
    expect(levels).toStrictEqual({
      'Line3_Gateway.Telemetry': 'baseline',
      'analytics-gw-prod': 'privileged',
      'camera-01': 'privileged',
      'dev-box': 'baseline',
      'factory-line-1': 'baseline',
      'factory-line-2': 'baseline',
      'lora-gw-1': 'privileged',
      'nested-top-1': 'baseline',
      'opc-gw-prod': 'privileged',
      'spare-01': null,
      'telemetry-01': 'privileged',
    });
    const cameraDir = path.join(out, before.devices.find((d) => d.deviceId === 'camera-01')!.path!);
    const cameraFiles = readdirSync(cameraDir).map((f) => [f, readFileSync(path.join(cameraDir, f), 'utf8')]);
    expect(readFileSync(path.join(cameraDir, 'namespace.yaml'), 'utf8')).toContain('pod-security.kubernetes.io/enforce: privileged\n');

    const err: string[] = [];
    expect(await main(['synth', '--snapshot', example, '--out', out, '--max-pod-security', 'baseline'], io([], err))).toBe(2);
    const after = readInventory(out) as { devices: { deviceId: string; errors?: string[] }[] };
    const failed = after.devices.filter((d) => d.errors !== undefined).map((d) => d.deviceId);
    expect(failed).toStrictEqual(['analytics-gw-prod', 'camera-01', 'lora-gw-1', 'opc-gw-prod', 'telemetry-01']);
    const camera = after.devices.find((d) => d.deviceId === 'camera-01')!;
    // The device's errors are one entry, a line per field (ConfigErrors).
    expect(camera.errors).toHaveLength(1);
    expect(camera.errors![0]!.split('\n')).toStrictEqual([
      expect.stringMatching(/^configuration 'vision-base', device 'camera-01', module 'camera-capture', at .*modules\.camera-capture: needs Pod Security level 'privileged', above --max-pod-security baseline: HostPath Volumes: spec\.volumes\[\d+\]\.hostPath volume '[a-z0-9-]+' mounts \/dev\/snd from the node$/),
      expect.stringMatching(/module 'camera-capture'.*HostPath Volumes: spec\.volumes\[\d+\]\.hostPath volume 'dev-video0' mounts \/dev\/video0 from the node$/),
      expect.stringMatching(/module 'image-classifier-service'.*HostPath Volumes: .* mounts \/home\/pi\/images from the node$/),
    ]);
    // Its directory is untouched: the last good output.
    expect(readdirSync(cameraDir).map((f) => [f, readFileSync(path.join(cameraDir, f), 'utf8')])).toStrictEqual(cameraFiles);
    expect(err.join('')).toContain("device 'camera-01', module 'camera-capture'");
  });

  it('explain shows the level each module needs and which field, also when the limit fails the device', async () => {
    const out: string[] = [];
    expect(await main(['explain', 'lora-gw-1', '--snapshot', example, '--max-pod-security', 'baseline'], io(out, []))).toBe(2);
    const text = out.join('');
    expect(text).toContain('pod security (the namespace is labelled with the highest level: privileged):\n');
    expect(text).toContain('  LoRaBasicsStationModule  privileged\n    needs privileged: Host Namespaces: spec.hostNetwork true; sharing the host namespaces is not allowed\n    needs privileged: Privileged Containers: spec.containers[0].securityContext.privileged true; privileged containers are not allowed\n');
    expect(text).toContain('  $edgeHub  baseline\n    needs baseline: Privilege Escalation: spec.containers[0].securityContext.allowPrivilegeEscalation unset; must be false\n');
    expect(text).toContain("errors (the device keeps its last good output):\n  configuration 'lorawan-base', device 'lora-gw-1', module 'LoRaBasicsStationModule'");
  });
});
