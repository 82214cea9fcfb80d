/**
 * provisionModuleIdentities against in-memory stores: which module identities it creates, which secrets it writes
 * (only those that differ, so a second run writes nothing), which identities no deployment names any more, what
 * --prune and --dry-run change, and the bound on calls in flight. Connection strings are built by hand from the
 * IoT Edge simulator's form: HostName;DeviceId;ModuleId;SharedAccessKey[;GatewayHostName].
 */
import { ConfigError } from '../../src/errors.js';
import type { SecretStoreWriter } from '../../src/provision/key-vault-secrets.js';
import type { ModuleIdentity, ModuleIdentityStore } from '../../src/provision/module-identity-store.js';
import type { ModuleIdentityTarget, ModuleIdentityTargets } from '../../src/provision/module-identity-targets.js';
import { provisionModuleIdentities, type ProvisionOptions } from '../../src/provision/provision-identities.js';

const HOST = 'fleet-hub.azure-devices.net';

/** A hub of module identities: device → module → identity. Creating one generates the key `key-<device>-<module>`. */
class MemoryIdentities implements ModuleIdentityStore {
  readonly calls: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(readonly modules: Map<string, Map<string, ModuleIdentity>> = new Map()) {}
  private async _call<T>(label: string, work: () => T): Promise<T> {
    this.calls.push(label);
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.inFlight--;
    return work();
  }
  get(deviceId: string, moduleId: string) {
    return this._call(`get ${deviceId}/${moduleId}`, () => this.modules.get(deviceId)?.get(moduleId));
  }
  create(deviceId: string, moduleId: string) {
    return this._call(`create ${deviceId}/${moduleId}`, () => {
      const identity = { moduleId, primaryKey: `key-${deviceId}-${moduleId}`, etag: 'e1' };
      if (!this.modules.has(deviceId)) this.modules.set(deviceId, new Map());
      this.modules.get(deviceId)!.set(moduleId, identity);
      return identity;
    });
  }
  list(deviceId: string) {
    return this._call(`list ${deviceId}`, () => [...(this.modules.get(deviceId)?.keys() ?? [])]);
  }
  remove(deviceId: string, moduleId: string, etag: string) {
    return this._call(`remove ${deviceId}/${moduleId} ${etag}`, () => void this.modules.get(deviceId)?.delete(moduleId));
  }
}

class MemorySecrets implements SecretStoreWriter {
  readonly writes: string[] = [];
  constructor(readonly values: Map<string, string> = new Map()) {}
  async read(name: string) {
    return this.values.get(name);
  }
  async write(name: string, value: string) {
    this.writes.push(name);
    this.values.set(name, value);
  }
}

const identity = (moduleId: string, primaryKey: string, etag = 'e0'): ModuleIdentity => ({ moduleId, primaryKey, etag });
const target = (deviceId: string, moduleId: string): ModuleIdentityTarget => ({
  deviceId,
  moduleId,
  remoteKey: `hub--${deviceId}--${moduleId.replace('$', '')}--connection-string`,
  // edgeHub connects to IoT Hub itself; every other module through edgeHub.
  ...(moduleId === '$edgeHub' ? {} : { gatewayHostName: 'edgehub' }),
});
/** d1 and d2 are managed, each with $edgeHub and sensor; d9 kept its last good output. */
const PLAN: ModuleIdentityTargets = {
  targets: [target('d1', '$edgeHub'), target('d1', 'sensor'), target('d2', '$edgeHub'), target('d2', 'sensor')],
  managedDevices: ['d1', 'd2'],
  skippedDevices: ['d9'],
};
/** The hub as a device creation leaves it: $edgeAgent and $edgeHub exist with the device. */
function newDevices(): Map<string, Map<string, ModuleIdentity>> {
  return new Map(
    ['d1', 'd2', 'd9'].map((d) => [
      d,
      new Map([
        ['$edgeAgent', identity('$edgeAgent', `key-${d}-agent`)],
        ['$edgeHub', identity('$edgeHub', `key-${d}-hub`)],
      ]),
    ]),
  );
}

async function provision(identities: MemoryIdentities, secrets: MemorySecrets, options: Partial<ProvisionOptions> = {}) {
  return provisionModuleIdentities({ hostName: HOST, plan: PLAN, identities, secrets, ...options });
}

describe('provisionModuleIdentities', () => {
  it('first run: creates the missing identities and writes every connection string, each under its key', async () => {
    const identities = new MemoryIdentities(newDevices());
    const secrets = new MemorySecrets();
    const report = await provision(identities, secrets);
    expect(report).toStrictEqual({
      identitiesCreated: ['d1/sensor', 'd2/sensor'],
      secretsWritten: ['hub--d1--edgeHub--connection-string', 'hub--d1--sensor--connection-string', 'hub--d2--edgeHub--connection-string', 'hub--d2--sensor--connection-string'],
      staleIdentities: [],
      identitiesRemoved: [],
      // The two $edgeHub identities existed.
      unchanged: 2,
    });
    expect(secrets.values.get('hub--d1--sensor--connection-string')).toBe(`HostName=${HOST};DeviceId=d1;ModuleId=sensor;SharedAccessKey=key-d1-sensor;GatewayHostName=edgehub`);
    expect(secrets.values.get('hub--d2--edgeHub--connection-string')).toBe(`HostName=${HOST};DeviceId=d2;ModuleId=$edgeHub;SharedAccessKey=key-d2-hub`);
    // Nothing for the device that kept its last good output.
    expect(identities.calls.filter((c) => c.includes('d9'))).toStrictEqual([]);
  });

  it('second run: every identity and secret as needed, nothing written', async () => {
    const identities = new MemoryIdentities(newDevices());
    const secrets = new MemorySecrets();
    await provision(identities, secrets);
    const writes = secrets.writes.length;
    const report = await provision(identities, secrets);
    expect(report).toStrictEqual({ identitiesCreated: [], secretsWritten: [], staleIdentities: [], identitiesRemoved: [], unchanged: 8 });
    expect(secrets.writes.length).toBe(writes);
    expect(identities.calls.filter((c) => c.startsWith('create'))).toHaveLength(2);
  });

  it('a secret that no longer matches (the key was regenerated): only that secret is written again', async () => {
    const identities = new MemoryIdentities(newDevices());
    const secrets = new MemorySecrets();
    await provision(identities, secrets);
    identities.modules.get('d1')!.set('$edgeHub', identity('$edgeHub', 'regenerated'));
    const report = await provision(identities, secrets);
    expect(report.secretsWritten).toStrictEqual(['hub--d1--edgeHub--connection-string']);
    expect(report.identitiesCreated).toStrictEqual([]);
    expect(secrets.values.get('hub--d1--edgeHub--connection-string')).toBe(`HostName=${HOST};DeviceId=d1;ModuleId=$edgeHub;SharedAccessKey=regenerated`);
  });

  it('--dry-run: reports what it would create and write, and changes nothing', async () => {
    const identities = new MemoryIdentities(newDevices());
    const secrets = new MemorySecrets(new Map([['hub--d1--edgeHub--connection-string', 'stale']]));
    const report = await provision(identities, secrets, { dryRun: true });
    expect(report.identitiesCreated).toStrictEqual(['d1/sensor', 'd2/sensor']);
    expect(report.secretsWritten).toStrictEqual(['hub--d1--edgeHub--connection-string', 'hub--d1--sensor--connection-string', 'hub--d2--edgeHub--connection-string', 'hub--d2--sensor--connection-string']);
    expect(identities.calls.filter((c) => !c.startsWith('get ') && !c.startsWith('list '))).toStrictEqual([]);
    expect(secrets.writes).toStrictEqual([]);
  });

  describe('identities no deployment names any more', () => {
    const withOld = () => {
      const modules = newDevices();
      modules.get('d1')!.set('old', identity('old', 'k', 'etag-old'));
      modules.get('d1')!.set('sensor', identity('sensor', 'key-d1-sensor'));
      modules.get('d2')!.set('sensor', identity('sensor', 'key-d2-sensor'));
      // A stale identity on a device that kept its last good output is not this run's to judge.
      modules.get('d9')!.set('old', identity('old', 'k'));
      return new MemoryIdentities(modules);
    };

    it.each<{ name: string; options: Partial<ProvisionOptions>; removed: string[]; calls: string[] }>([
      { name: 'without --prune: listed, kept', options: {}, removed: [], calls: [] },
      { name: '--prune: removed with the ETag just read', options: { prune: true }, removed: ['d1/old'], calls: ['remove d1/old etag-old'] },
      { name: '--prune --dry-run: listed, kept', options: { prune: true, dryRun: true }, removed: [], calls: [] },
    ])('$name', async ({ options, removed, calls }) => {
      const identities = withOld();
      const report = await provision(identities, new MemorySecrets(), options);
      // $edgeAgent is never stale: system modules belong to the device.
      expect(report.staleIdentities).toStrictEqual(['d1/old']);
      expect(report.identitiesRemoved).toStrictEqual(removed);
      expect(identities.calls.filter((c) => c.startsWith('remove'))).toStrictEqual(calls);
      expect(identities.modules.get('d1')!.has('old')).toBe(removed.length === 0);
      expect(identities.modules.get('d9')!.has('old')).toBe(true);
    });

    it('--prune: one removed by someone else meanwhile is not removed again', async () => {
      const identities = withOld();
      const get = identities.get.bind(identities);
      identities.get = async (deviceId, moduleId) => (moduleId === 'old' ? undefined : get(deviceId, moduleId));
      const report = await provision(identities, new MemorySecrets(), { prune: true });
      expect(report.staleIdentities).toStrictEqual(['d1/old']);
      expect(report.identitiesRemoved).toStrictEqual([]);
    });
  });

  it.each([1, 3])('never more than --concurrency %i calls in flight', async (concurrency) => {
    const identities = new MemoryIdentities(newDevices());
    await provision(identities, new MemorySecrets(), { concurrency });
    expect(identities.maxInFlight).toBeLessThanOrEqual(concurrency);
    expect(identities.maxInFlight).toBe(concurrency);
  });

  it('a failed call fails the run with its typed error', async () => {
    const identities = new MemoryIdentities(newDevices());
    identities.create = async () => {
      throw new ConfigError('IoT Hub refused');
    };
    await expect(provision(identities, new MemorySecrets())).rejects.toThrow(new ConfigError('IoT Hub refused'));
  });
});
