/**
 * The `k8s-experimental` createOptions section (k8s-experimental.ts): k8s-mapping.md §4 and §7.2 row 66 —
 * keys matched case-insensitively, `service-options` accepted beside `serviceOptions`, values copied as
 * written, pod-level securityContext, one ledger entry per key. String-typed values are k8s-typed-values.test.ts's.
 */
import type { JsonValue } from '../../../src/model/json.js';
import { userMounts, userVolumes } from '../translate-helpers.js';
import { applyToDraft, expectFieldRow, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  {
    name: 'k8s-experimental resources/nodeSelector/strategy/securityContext (case-insensitive keys)',
    co: { 'k8s-experimental': { Resources: { limits: { memory: '128Mi', 'nvidia.com/gpu': 1 } }, NodeSelector: { disk: 'ssd' }, strategy: { type: 'Recreate' }, securityContext: { runAsNonRoot: true } } },
    key: 'k8s-experimental.resources',
    fidelity: 'exact',
    pick: (w) => [w.container.resources, w.pod.nodeSelector, w.strategy, w.pod.securityContext],
    expected: [{ limits: { memory: '128Mi', 'nvidia.com/gpu': '1' } }, { disk: 'ssd' }, { type: 'Recreate' }, { runAsNonRoot: true }],
  },
  {
    name: 'k8s-experimental volumes copied; string readOnly coerced',
    co: { 'k8s-experimental': { volumes: [{ volume: { name: 'cfg', configMap: { name: 'my-cfg' } }, volumeMounts: [{ name: 'cfg', mountPath: '/etc/cfg', readOnly: 'true' }] }] } },
    key: 'k8s-experimental.volumes',
    fidelity: 'exact',
    pick: (w) => [userVolumes(w), userMounts(w)],
    expected: [[{ name: 'cfg', raw: { name: 'cfg', configMap: { name: 'my-cfg' } } }], [{ name: 'cfg', mountPath: '/etc/cfg', readOnly: true }]],
  },
  {
    name: 'k8s-experimental serviceOptions.type sets the Service type',
    co: { ExposedPorts: { '80/tcp': {} }, 'k8s-experimental': { serviceOptions: { type: 'loadbalancer', loadBalancerIP: '10.1.2.3' } } },
    key: 'k8s-experimental.serviceOptions',
    fidelity: 'exact',
    pick: (w) => [w.service?.type, w.service?.loadBalancerIP],
    expected: ['LoadBalancer', '10.1.2.3'],
  },
  { name: 'k8s-experimental unknown key → dropped', co: { 'k8s-experimental': { affinity: {} } }, key: 'k8s-experimental.affinity', fidelity: 'dropped', pick: (w) => w.pod.nodeSelector, expected: undefined },
];

describe('k8s-experimental → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));
});

describe('k8s-experimental rules', () => {
  it('service-options (dashed) is read as serviceOptions; the entry points at the key as written', () => {
    const { draft, entry } = applyToDraft({ 'k8s-experimental': { 'service-options': { Type: 'NodePort' } } });
    expect(draft.serviceType).toBe('NodePort');
    expect(entry('k8s-experimental.serviceOptions')).toMatchObject({ fidelity: 'exact', jsonPath: 'modules.m.settings.createOptions.k8s-experimental.service-options' });
  });

  it('serviceOptions with a key other than type and loadBalancerIP: the type still applies, the entry is dropped and counts the key', () => {
    const { draft, entry } = applyToDraft({ 'k8s-experimental': { serviceOptions: { type: 'LoadBalancer', externalTrafficPolicy: 'Local' } } });
    expect(draft.serviceType).toBe('LoadBalancer');
    expect(entry('k8s-experimental.serviceOptions')).toMatchObject({ fidelity: 'dropped', reason: '1 unknown serviceOptions key(s); only type and loadBalancerIP exist.' });
  });

  it('nodeSelector: a number value is written as a string', () => {
    expect(applyToDraft({ 'k8s-experimental': { nodeSelector: { gpu: 'true', rack: 4 } } }).draft.nodeSelector).toStrictEqual({ gpu: 'true', rack: '4' });
  });

  it('resources replace what HostConfig asked for: kept apart as the override', () => {
    const { draft } = applyToDraft({ HostConfig: { Memory: 268435456 }, 'k8s-experimental': { resources: { requests: { cpu: '250m' } } } });
    expect(draft.resourcesOverride).toStrictEqual({ requests: { cpu: '250m' } });
  });

  it('securityContext is pod level and wins over HostConfig.GroupAdd for the same field', () => {
    const { draft } = applyToDraft({ HostConfig: { GroupAdd: ['44'] }, 'k8s-experimental': { securityContext: { supplementalGroups: [10], runAsUser: 1000 } } });
    expect(draft.podSecurity).toStrictEqual({ supplementalGroups: [10], runAsUser: 1000 });
    expect(draft.security).toStrictEqual({});
  });

  it('volumes: a mount without name mounts its own volume; subPath and a Kubernetes mountPropagation kept, a Docker propagation name ignored', () => {
    const { draft } = applyToDraft({
      'k8s-experimental': {
        volumes: [
          {
            volume: { name: 'cfg', configMap: { name: 'app' } },
            volumeMounts: [
              { mountPath: '/etc/app', subPath: 'app.json' },
              { name: 'cfg', mountPath: '/etc/b', mountPropagation: 'HostToContainer' },
              { name: 'cfg', mountPath: '/etc/c', mountPropagation: 'rshared' },
            ],
          },
        ],
      },
    });
    expect(draft.mounts).toStrictEqual([
      { name: 'cfg', mountPath: '/etc/app', subPath: 'app.json' },
      { name: 'cfg', mountPath: '/etc/b', mountPropagation: 'HostToContainer' },
      { name: 'cfg', mountPath: '/etc/c' },
    ]);
    expect(draft.mounts.map((m) => draft.mountOrigins.get(m)?.rank)).toStrictEqual([4, 4, 4]);
  });

  it('a volume whose name a Binds volume already took is renamed, and its mounts follow the new name', () => {
    const { draft } = applyToDraft({
      HostConfig: { Binds: ['/cfg:/host-cfg'] },
      'k8s-experimental': { volumes: [{ volume: { name: 'cfg', emptyDir: {} }, volumeMounts: [{ name: 'cfg', mountPath: '/cfg' }] }] },
    });
    const renamed = [...draft.volumes.keys()].find((name) => name !== 'cfg');
    expect(renamed).toMatch(/^cfg-[0-9a-f]{8}$/);
    expect(draft.volumes.get('cfg')).toStrictEqual({ name: 'cfg', hostPath: { path: '/cfg', type: 'DirectoryOrCreate' } });
    expect(draft.mounts.find((m) => m.mountPath === '/cfg')).toStrictEqual({ name: renamed, mountPath: '/cfg' });
  });

  it('every key gets its own ledger entry', () => {
    const { entries } = applyToDraft({ 'k8s-experimental': { strategy: { type: 'Recreate' }, nodeSelector: { a: 'b' }, tolerations: [] } });
    expect(entries.map((e) => [e.key, e.fidelity])).toStrictEqual([
      ['k8s-experimental.nodeSelector', 'exact'],
      ['k8s-experimental.strategy', 'exact'],
      ['k8s-experimental.tolerations', 'dropped'],
    ]);
  });

  const AT = '.settings.createOptions.k8s-experimental';
  it.each<{ name: string; section: JsonValue; expected: string }>([
    { name: 'the section is not an object', section: ['volumes'], expected: `k8s-experimental: k8s-experimental must be an object @ ${AT}` },
    { name: 'serviceOptions.type that is not a Service type', section: { serviceOptions: { type: 'External' } }, expected: `k8s-experimental: serviceOptions.type must be ClusterIP, NodePort or LoadBalancer @ ${AT}.serviceOptions.type` },
    { name: 'nodeSelector with an object value', section: { nodeSelector: { zone: { a: 1 } } }, expected: `k8s-experimental: nodeSelector must map label names to strings @ ${AT}.nodeSelector` },
    { name: 'resources limits as a list', section: { resources: { limits: ['cpu'] } }, expected: `k8s-experimental: limits and requests must map resource names to quantities @ ${AT}.resources` },
    { name: 'securityContext as a list', section: { securityContext: [] }, expected: `k8s-experimental: securityContext must be a PodSecurityContext object @ ${AT}.securityContext` },
    { name: 'strategy as a string', section: { strategy: 'Recreate' }, expected: `k8s-experimental: strategy must be a DeploymentStrategy object @ ${AT}.strategy` },
    { name: 'volumes as an object', section: { volumes: { name: 'v' } }, expected: `k8s-experimental: expected a list of {volume, volumeMounts} @ ${AT}.volumes` },
    { name: 'a volume without a name', section: { volumes: [{ volume: { emptyDir: {} } }] }, expected: `k8s-experimental: each entry needs volume.name @ ${AT}.volumes[0]` },
    { name: 'volumeMounts as an object', section: { volumes: [{ volume: { name: 'v', emptyDir: {} }, volumeMounts: { mountPath: '/v' } }] }, expected: `k8s-experimental: volumeMounts must be a list @ ${AT}.volumes[0].volumeMounts` },
    { name: 'a volume mount without mountPath', section: { volumes: [{ volume: { name: 'v', emptyDir: {} }, volumeMounts: [{ name: 'v' }] }] }, expected: `k8s-experimental: a volume mount needs mountPath @ ${AT}.volumes[0].volumeMounts[0]` },
  ])('bad value → error at its path: $name', ({ section, expected }) => {
    expect(applyToDraft({ 'k8s-experimental': section }).errors).toStrictEqual([expected]);
  });
});
