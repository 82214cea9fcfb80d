/**
 * The working copy of one module's workload: an empty draft, mounts with their origin, and pod volumes whose
 * names stay unique (Kubernetes: volume names unique within a pod) while one source bound twice shares a volume.
 */
import { createHash } from 'node:crypto';
import type { VolumeIntent } from '../../src/translate/device-intent.js';
import { addMount, addVolume, newWorkloadDraft, type MountOrigin } from '../../src/translate/workload-draft.js';

/** `-<first 8 hex of SHA-256>` of the volume's JSON description, as the contract of addVolume states. */
const hash8 = (volume: VolumeIntent): string => createHash('sha256').update(JSON.stringify(volume), 'utf8').digest('hex').slice(0, 8);

describe('newWorkloadDraft', () => {
  it('is empty: no env, ports, volumes, mounts, security or resources, and no Healthcheck', () => {
    const draft = newWorkloadDraft();
    expect([draft.createEnv, draft.argSecrets, draft.runtimeEnv, draft.mounts]).toStrictEqual([[], [], [], []]);
    expect([draft.containerPorts.size, draft.servicePorts.size, draft.volumes.size, draft.mountOrigins.size, draft.pvcs.size, draft.hostAliases.size]).toStrictEqual([0, 0, 0, 0, 0, 0]);
    expect([draft.security, draft.podSecurity, draft.limits, draft.requests, draft.labelAnnotations, draft.dnsConfig]).toStrictEqual([{}, {}, {}, {}, {}, {}]);
    expect(draft.hasHealthcheck).toBe(false);
    // Unset fields stay unset in the output, so the draft must not hold them at all.
    for (const key of ['command', 'args', 'workingDir', 'serviceType', 'hostNetwork', 'livenessProbe', 'resourcesOverride', 'strategy']) expect(key in draft).toBe(false);
  });

  it('each draft is a fresh object: one module cannot write into another', () => {
    const a = newWorkloadDraft();
    const b = newWorkloadDraft();
    a.createEnv.push({ name: 'A', value: '1', index: 0 });
    a.limits['cpu'] = '1';
    a.volumes.set('x', { name: 'x', emptyDir: {} });
    expect([b.createEnv, b.limits, b.volumes.size]).toStrictEqual([[], {}, 0]);
  });
});

describe('addMount', () => {
  it('adds the mount and remembers which field asked for it', () => {
    const draft = newWorkloadDraft();
    const origin: MountOrigin = { key: 'HostConfig.Binds', path: ['settings', 'createOptions', 'HostConfig', 'Binds', 0], rank: 3 };
    const mount = { name: 'data', mountPath: '/data' };
    addMount(draft, mount, origin);
    expect(draft.mounts).toStrictEqual([{ name: 'data', mountPath: '/data' }]);
    expect(draft.mountOrigins.get(mount)).toBe(origin);
  });

  it('two equal mounts from two fields keep an origin each', () => {
    const draft = newWorkloadDraft();
    const bind = { name: 'data', mountPath: '/data' };
    const volume = { name: 'data', mountPath: '/data' };
    addMount(draft, bind, { key: 'HostConfig.Binds', path: [], rank: 3 });
    addMount(draft, volume, { key: 'Volumes', path: [], rank: 1 });
    expect([draft.mounts.length, draft.mountOrigins.get(bind)?.key, draft.mountOrigins.get(volume)?.key]).toStrictEqual([2, 'HostConfig.Binds', 'Volumes']);
  });
});

describe('addVolume', () => {
  const abc: VolumeIntent = { name: 'a-bc', hostPath: { path: '/a/bc' } };
  const aDashBc: VolumeIntent = { name: 'a-bc', hostPath: { path: '/a-bc' } };

  it('a new name: the volume as given, under its own name', () => {
    const draft = newWorkloadDraft();
    expect(addVolume(draft, abc)).toBe('a-bc');
    expect([...draft.volumes.values()]).toStrictEqual([abc]);
  });

  it('the same source under the same name (a named volume bound twice): one shared volume', () => {
    const draft = newWorkloadDraft();
    addVolume(draft, { name: 'data', persistentVolumeClaim: { claimName: 'data' } });
    expect(addVolume(draft, { name: 'data', persistentVolumeClaim: { claimName: 'data' } })).toBe('data');
    expect([...draft.volumes.keys()]).toStrictEqual(['data']);
  });

  it('/a/bc and /a-bc sanitize to one name: the second gets -<hash8> of its description, the first keeps its name', () => {
    const draft = newWorkloadDraft();
    addVolume(draft, abc);
    const second = addVolume(draft, aDashBc);
    expect(second).toBe(`a-bc-${hash8(aDashBc)}`);
    expect(draft.volumes.get('a-bc')).toStrictEqual(abc);
    expect(draft.volumes.get(second)).toStrictEqual({ name: second, hostPath: { path: '/a-bc' } });
  });

  it('the clashing source added again gets the same hashed name, not a third volume', () => {
    const draft = newWorkloadDraft();
    addVolume(draft, abc);
    const first = addVolume(draft, aDashBc);
    expect(addVolume(draft, aDashBc)).toBe(first);
    expect(draft.volumes.size).toBe(2);
  });

  it('a clash on a 63-character name: cut to 54 characters + "-" + 8 hex, so the name stays a 63-character DNS label', () => {
    const long = 'v'.repeat(63);
    const other: VolumeIntent = { name: long, emptyDir: { medium: 'Memory' } };
    const draft = newWorkloadDraft();
    addVolume(draft, { name: long, emptyDir: {} });
    const name = addVolume(draft, other);
    expect(name).toBe(`${'v'.repeat(54)}-${hash8(other)}`);
    expect(name).toHaveLength(63);
  });
});
