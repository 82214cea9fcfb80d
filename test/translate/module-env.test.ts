/**
 * A module's env on Kubernetes (module-env.ts): names, values, Docker-mode order and precedence, and credentials
 * moved to the secret store.
 *
 * Env names Docker takes but Kubernetes 1.27 refuses (kubernetes/kubernetes pkg/apis/core/validation
 * validateEnv → validation.IsEnvVarName: `[-._a-zA-Z][-._a-zA-Z0-9]*`). Real manifests use .NET configuration
 * keys such as `Logging:LogLevel:Default` (Azure/iotedge e2e connectivity deployment, vslepakov EventGridEdge);
 * .NET's environment-variable configuration provider reads `__` as `:`, so `Logging__LogLevel__Default` means
 * the same to the module.
 */
import { buildModuleEnv, envValueString, kubernetesEnvName } from '../../src/translate/module-env.js';
import { newWorkloadDraft, type WorkloadDraft } from '../../src/translate/workload-draft.js';
import { dockerModuleSpec, moduleRecorder, moduleSourceRef } from '../builders/translate-specs.js';
import { renderDeviceObjects } from '../../src/render/render-device.js';
import { validationErrors } from '../helpers/k8s-validation.js';
import { translateModuleM } from './translate-helpers.js';

describe('env names on Kubernetes', () => {
  it.each([
    { name: 'valid name kept', input: 'LOG_LEVEL', expected: 'LOG_LEVEL' },
    { name: 'dots and dashes are valid', input: 'my.var-1', expected: 'my.var-1' },
    { name: '.NET key with ":"', input: 'Logging:LogLevel:Microsoft', expected: 'Logging__LogLevel__Microsoft' },
    { name: 'a space has no valid spelling', input: 'MY VAR', expected: undefined },
    { name: 'a leading digit has no valid spelling', input: '1VAR', expected: undefined },
  ])('$name', ({ input, expected }) => {
    expect(kubernetesEnvName(input)).toBe(expected);
  });

  it('module env and createOptions Env with ":" become "__", recorded as approximate; the pod is valid', () => {
    const { w, ledger, intent } = translateModuleM({ Env: ['inbound:serverAuth:tlsPolicy=strict', 'MY VAR=1'] }, { env: { 'Logging:LogLevel:Default': { value: 'Debug' } } });
    const user = w.container.env.filter((e) => !/^(IOTEDGE_|EdgeHub|EdgeModule)/.test(e.name));
    expect(user).toStrictEqual([
      { name: 'Logging__LogLevel__Default', value: 'Debug' },
      { name: 'inbound__serverAuth__tlsPolicy', value: 'strict' },
    ]);
    expect(ledger.filter((e) => e.key.includes(':')).map((e) => [e.key, e.fidelity, e.target])).toStrictEqual([
      ['Env.inbound:serverAuth:tlsPolicy', 'approximate', 'containers[].env inbound__serverAuth__tlsPolicy'],
      ['env.Logging:LogLevel:Default', 'approximate', 'containers[].env Logging__LogLevel__Default'],
    ]);
    expect(ledger.filter((e) => e.key === 'Env.MY VAR').map((e) => e.fidelity)).toStrictEqual(['dropped']);
    expect(renderDeviceObjects(intent).flatMap((object) => validationErrors(object))).toStrictEqual([]);
  });

  it('"a:b" next to an explicit "a__b": the explicit one is kept', () => {
    const { w, ledger } = translateModuleM({ Env: ['a:b=1', 'a__b=2'] });
    expect(w.container.env.filter((e) => e.name.startsWith('a'))).toStrictEqual([{ name: 'a__b', value: '2' }]);
    expect(ledger.filter((e) => e.key === 'Env.a:b').map((e) => e.fidelity)).toStrictEqual(['dropped']);
  });
});

/** One module env entry `{"<name>": {"value": <value>}}` of module `sensor`. */
const envSetting = (name: string, value: string | number | boolean) => ({ name, value, source: moduleSourceRef('sensor') });

/** buildModuleEnv of module `sensor` (env given, sorted by name as the model sorts it) with a draft filled by `fill`. */
function moduleEnvOf(env: ReturnType<typeof envSetting>[], fill: (draft: WorkloadDraft) => void = () => {}, registryPasswords: ReadonlySet<string> = new Set()) {
  const draft = newWorkloadDraft();
  draft.runtimeEnv = [
    { name: 'IOTEDGE_DEVICEID', value: 'device-1' },
    { name: 'IOTEDGE_MODULEID', value: 'sensor' },
  ];
  fill(draft);
  const rec = moduleRecorder('sensor');
  const result = buildModuleEnv(dockerModuleSpec('sensor', { env }), draft, rec, { hub: 'myhub', deviceId: 'device-1', envSecretName: 'sensor-env', registryPasswords });
  return { ...result, entries: rec.entries, errors: rec.errors };
}

const MODULE = moduleSourceRef('sensor').jsonPath;

describe('envValueString', () => {
  it.each([
    { name: 'a string verbatim', input: 'Debug', expected: 'Debug' },
    { name: 'an empty string stays empty', input: '', expected: '' },
    { name: 'an integer as JSON text', input: 3, expected: '3' },
    { name: 'a fraction as JSON text', input: 0.5, expected: '0.5' },
    { name: 'true as JSON text', input: true, expected: 'true' },
    { name: 'false as JSON text', input: false, expected: 'false' },
  ])('$name', ({ input, expected }) => {
    expect(envValueString(input)).toBe(expected);
  });
});

describe('buildModuleEnv (Docker-mode order and precedence, k8s-mapping.md §2.1)', () => {
  it('a later duplicate inside createOptions.Env wins in the place of the first', () => {
    const { env } = moduleEnvOf([], (d) => {
      d.createEnv.push({ name: 'C', value: '1', index: 0 }, { name: 'D', value: '2', index: 1 }, { name: 'C', value: '3', index: 2 });
    });
    expect(env.map((e) => [e.name, 'value' in e ? e.value : undefined])).toStrictEqual([
      ['C', '3'],
      ['D', '2'],
      ['IOTEDGE_DEVICEID', 'device-1'],
      ['IOTEDGE_MODULEID', 'sensor'],
    ]);
  });

  it('a user variable named like a runtime variable gives way to the runtime value, recorded as approximate', () => {
    const { env, entries } = moduleEnvOf([envSetting('IOTEDGE_DEVICEID', 'spoofed')], (d) => {
      d.createEnv.push({ name: 'IOTEDGE_MODULEID', value: 'other', index: 0 });
    });
    expect(env).toStrictEqual([
      { name: 'IOTEDGE_DEVICEID', value: 'device-1' },
      { name: 'IOTEDGE_MODULEID', value: 'sensor' },
    ]);
    expect(entries.filter((e) => e.key !== 'env').map((e) => [e.key, e.fidelity, e.jsonPath])).toStrictEqual([
      ['env.IOTEDGE_DEVICEID', 'approximate', `${MODULE}.env.IOTEDGE_DEVICEID`],
      ['Env.IOTEDGE_MODULEID', 'approximate', `${MODULE}.settings.createOptions.Env[0]`],
    ]);
  });

  it('module env present: one exact "env" entry; absent: none', () => {
    expect(moduleEnvOf([envSetting('A', 1)]).entries.filter((e) => e.key === 'env').map((e) => [e.fidelity, e.target, e.jsonPath])).toStrictEqual([['exact', 'containers[].env', `${MODULE}.env`]]);
    expect(moduleEnvOf([], (d) => d.createEnv.push({ name: 'A', value: '1', index: 0 })).entries.some((e) => e.key === 'env')).toBe(false);
  });

  it('plain values carry no secrets and no secret sources', () => {
    const { secrets, sources } = moduleEnvOf([envSetting('LOG_LEVEL', 'info')]);
    expect([secrets, sources]).toStrictEqual([[], []]);
  });
});

describe('buildModuleEnv credentials', () => {
  it('module env credential: a secretKeyRef to <module>-env, its store key, and its place (module env) for provision', () => {
    const { env, secrets, sources, entries } = moduleEnvOf([envSetting('password', 'hunter2')]);
    expect(env[0]).toStrictEqual({ name: 'password', secretKeyRef: { name: 'sensor-env', key: 'password' } });
    expect(secrets).toStrictEqual([{ secretKey: 'password', remoteKey: 'myhub--device-1--sensor--env--password' }]);
    expect(sources).toStrictEqual([{ remoteKey: 'myhub--device-1--sensor--env--password', place: { kind: 'module env', module: 'sensor', name: 'password' } }]);
    const recorded = entries.find((e) => e.key === 'env.password')!;
    expect([recorded.fidelity, recorded.target, recorded.jsonPath]).toStrictEqual(['approximate', 'containers[].env[].valueFrom.secretKeyRef (sensor-env)', `${MODULE}.env.password`]);
    // Devices that share a module share its ledger rows, so the reason names no device.
    expect(recorded.reason).not.toContain('device-1');
  });

  it('createOptions.Env credential: its place is the Env entry after "NAME="', () => {
    const { env, sources, entries } = moduleEnvOf([], (d) => d.createEnv.push({ name: 'LOG', value: 'x', index: 0 }, { name: 'token', value: 'abc', index: 1 }));
    expect(env.slice(0, 2)).toStrictEqual([
      { name: 'LOG', value: 'x' },
      { name: 'token', secretKeyRef: { name: 'sensor-env', key: 'token' } },
    ]);
    expect(sources).toStrictEqual([{ remoteKey: 'myhub--device-1--sensor--env--token', place: { kind: 'createOptions', module: 'sensor', field: 'Env', index: 1, prefix: 'token=' } }]);
    expect(entries.find((e) => e.key === 'Env.token')?.jsonPath).toBe(`${MODULE}.settings.createOptions.Env[1]`);
  });

  it('a credential argument of Cmd: the variable it reads comes from the store; ledger key and place are the argument', () => {
    const { env, secrets, sources, entries } = moduleEnvOf([], (d) =>
      d.argSecrets.push({ name: 'IOTEDGE_GITOPS_CMD_2', key: 'Cmd[2]', path: ['settings', 'createOptions', 'Cmd', 2], field: 'Cmd', index: 2, prefix: '--password=' }),
    );
    expect(env[0]).toStrictEqual({ name: 'IOTEDGE_GITOPS_CMD_2', secretKeyRef: { name: 'sensor-env', key: 'IOTEDGE_GITOPS_CMD_2' } });
    expect(secrets.map((s) => s.secretKey)).toStrictEqual(['IOTEDGE_GITOPS_CMD_2']);
    expect(sources.map((s) => s.place)).toStrictEqual([{ kind: 'createOptions', module: 'sensor', field: 'Cmd', index: 2, prefix: '--password=' }]);
    const recorded = entries.find((e) => e.key === 'Cmd[2]')!;
    expect([recorded.fidelity, recorded.jsonPath]).toStrictEqual(['approximate', `${MODULE}.settings.createOptions.Cmd[2]`]);
    expect(recorded.reason).toContain('$(IOTEDGE_GITOPS_CMD_2)');
  });

  it.each([
    { name: 'a value equal to a registry password is a credential', value: 'p4ss-registry', passwords: ['p4ss-registry'], secret: true },
    { name: 'an empty value is never one, even if a registry password is empty', value: '', passwords: [''], secret: false },
    { name: 'a value merely containing a registry password is not', value: 'xp4ss-registryx', passwords: ['p4ss-registry'], secret: false },
  ])('$name', ({ value, passwords, secret }) => {
    const { env } = moduleEnvOf([envSetting('UPSTREAM_URL', value)], () => {}, new Set(passwords));
    expect('secretKeyRef' in env[0]!).toBe(secret);
  });
});
