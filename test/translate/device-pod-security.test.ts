/**
 * The device's Pod Security level and what `--max-pod-security` makes of it. The field-by-field rules are in
 * pod-security-rules.test.ts; here the module levels are written by hand (DevicePodSecurity is plain data), so
 * only this file's rules are under test: labels per Pod Security Admission mode
 * (https://kubernetes.io/docs/concepts/security/pod-security-admission/: `pod-security.kubernetes.io/<MODE>` and
 * `<MODE>-version`, modes enforce, audit, warn) and one ConfigError per violation above the limit.
 */
import { ConfigError } from '../../src/errors.js';
import { devicePodSecurity, POD_SECURITY_MODES, podSecurityLabels, podSecurityLimitErrors } from '../../src/translate/device-pod-security.js';
import type { DevicePodSecurity, PodSecurityLevel } from '../../src/translate/pod-security-level.js';

/** Three modules: one admitted everywhere, one needing baseline, one needing privileged (a baseline rule and a restricted rule). */
const SECURITY: DevicePodSecurity = {
  level: 'privileged',
  modules: [
    { module: 'reader', level: 'restricted', violations: [] },
    {
      module: 'sensor',
      level: 'baseline',
      violations: [{ needs: 'baseline', rule: 'Seccomp (restricted)', field: 'spec.containers[0].securityContext.seccompProfile.type', detail: 'unset; must be RuntimeDefault or Localhost' }],
    },
    {
      module: '$edgeHub',
      level: 'privileged',
      violations: [
        { needs: 'privileged', rule: 'Host Namespaces', field: 'spec.hostNetwork', detail: 'true' },
        { needs: 'baseline', rule: 'Running as Non-root', field: 'spec.containers[0].securityContext.runAsNonRoot', detail: 'unset' },
      ],
    },
  ],
};

const sourceOf = (module: string) => ({ configurationId: 'base', jsonPath: `content.modulesContent.$edgeAgent["properties.desired"].modules.${module}` });

describe('devicePodSecurity', () => {
  it('a device without workloads needs nothing above restricted', () => {
    expect(devicePodSecurity([])).toStrictEqual({ level: 'restricted', modules: [] });
  });
});

describe('podSecurityLabels', () => {
  it('labels the three Pod Security Admission modes', () => {
    expect([...POD_SECURITY_MODES].sort()).toStrictEqual(['audit', 'enforce', 'warn']);
  });

  it.each<{ name: string; level: PodSecurityLevel }>([
    { name: 'restricted', level: 'restricted' },
    { name: 'privileged', level: 'privileged' },
  ])('$name: every mode at that level, each pinned to v1.27', ({ level }) => {
    expect(podSecurityLabels(level)).toStrictEqual({
      'pod-security.kubernetes.io/enforce': level,
      'pod-security.kubernetes.io/enforce-version': 'v1.27',
      'pod-security.kubernetes.io/warn': level,
      'pod-security.kubernetes.io/warn-version': 'v1.27',
      'pod-security.kubernetes.io/audit': level,
      'pod-security.kubernetes.io/audit-version': 'v1.27',
    });
  });
});

describe('podSecurityLimitErrors', () => {
  it.each<{ name: string; max: PodSecurityLevel; expected: [string, string][] }>([
    {
      name: 'max restricted: every violation of every module above restricted, each saying the level its module needs',
      max: 'restricted',
      expected: [
        ['sensor', "needs Pod Security level 'baseline', above --max-pod-security restricted: Seccomp (restricted): spec.containers[0].securityContext.seccompProfile.type unset; must be RuntimeDefault or Localhost"],
        ['$edgeHub', "needs Pod Security level 'privileged', above --max-pod-security restricted: Host Namespaces: spec.hostNetwork true"],
        ['$edgeHub', "needs Pod Security level 'privileged', above --max-pod-security restricted: Running as Non-root: spec.containers[0].securityContext.runAsNonRoot unset"],
      ],
    },
    {
      name: 'max baseline: only the violations baseline does not admit (a restricted-rule violation is fine there)',
      max: 'baseline',
      expected: [['$edgeHub', "needs Pod Security level 'privileged', above --max-pod-security baseline: Host Namespaces: spec.hostNetwork true"]],
    },
    { name: 'max privileged: nothing is above it', max: 'privileged', expected: [] },
  ])('$name', ({ max, expected }) => {
    const errors = podSecurityLimitErrors(SECURITY, max, 'edge-01', sourceOf);
    expect(errors.map((e) => [e.module, e.message])).toStrictEqual(expected);
  });

  it('each error is a ConfigError of stage translate naming device, module, configuration and the module path', () => {
    const [error] = podSecurityLimitErrors(SECURITY, 'baseline', 'edge-01', sourceOf);
    expect(error).toBeInstanceOf(ConfigError);
    expect([error!.stage, error!.deviceId, error!.module, error!.configurationId, error!.jsonPath]).toStrictEqual([
      'translate',
      'edge-01',
      '$edgeHub',
      'base',
      'content.modulesContent.$edgeAgent["properties.desired"].modules.$edgeHub',
    ]);
  });

  it('a module whose source is unknown still fails, without configuration and path', () => {
    const [error] = podSecurityLimitErrors(SECURITY, 'baseline', 'edge-01', () => undefined);
    expect([error!.deviceId, error!.module, error!.configurationId, error!.jsonPath]).toStrictEqual(['edge-01', '$edgeHub', undefined, undefined]);
  });
});
