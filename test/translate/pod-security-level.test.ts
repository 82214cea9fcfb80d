/**
 * The order of the Pod Security Standards levels (https://kubernetes.io/docs/concepts/security/pod-security-standards/):
 * `restricted` ⊂ `baseline` ⊂ `privileged` — a pod admitted at one level is admitted at every less restricted one.
 */
import { exceedsLevel, isPodSecurityLevel, looserLevel, POD_SECURITY_LEVELS, POD_SECURITY_VERSION, type PodSecurityLevel } from '../../src/translate/pod-security-level.js';

describe('Pod Security levels', () => {
  it('are ordered from the most to the least restricted, pinned to the Kubernetes 1.27 policy', () => {
    expect(POD_SECURITY_LEVELS).toStrictEqual(['restricted', 'baseline', 'privileged']);
    expect(POD_SECURITY_VERSION).toBe('v1.27');
  });

  it.each([
    { name: 'restricted is a level', input: 'restricted', expected: true },
    { name: 'baseline is a level', input: 'baseline', expected: true },
    { name: 'privileged is a level', input: 'privileged', expected: true },
    { name: 'case matters (the namespace label value is lower case)', input: 'Baseline', expected: false },
    { name: 'the label value "latest" is a version, not a level', input: 'latest', expected: false },
    { name: 'empty', input: '', expected: false },
  ])('isPodSecurityLevel: $name', ({ input, expected }) => {
    expect(isPodSecurityLevel(input)).toBe(expected);
  });

  it.each<{ name: string; a: PodSecurityLevel; b: PodSecurityLevel; expected: PodSecurityLevel }>([
    { name: 'restricted vs baseline → baseline', a: 'restricted', b: 'baseline', expected: 'baseline' },
    { name: 'baseline vs restricted → baseline (order of arguments does not matter)', a: 'baseline', b: 'restricted', expected: 'baseline' },
    { name: 'privileged vs restricted → privileged', a: 'privileged', b: 'restricted', expected: 'privileged' },
    { name: 'baseline vs privileged → privileged', a: 'baseline', b: 'privileged', expected: 'privileged' },
    { name: 'equal levels → that level', a: 'restricted', b: 'restricted', expected: 'restricted' },
  ])('looserLevel: $name', ({ a, b, expected }) => {
    expect(looserLevel(a, b)).toBe(expected);
  });

  it.each<{ name: string; needed: PodSecurityLevel; allowed: PodSecurityLevel; expected: boolean }>([
    { name: 'a baseline pod in a restricted namespace is refused', needed: 'baseline', allowed: 'restricted', expected: true },
    { name: 'a privileged pod in a baseline namespace is refused', needed: 'privileged', allowed: 'baseline', expected: true },
    { name: 'a privileged pod in a restricted namespace is refused', needed: 'privileged', allowed: 'restricted', expected: true },
    { name: 'a pod at exactly the allowed level is admitted', needed: 'baseline', allowed: 'baseline', expected: false },
    { name: 'a restricted pod is admitted in a privileged namespace', needed: 'restricted', allowed: 'privileged', expected: false },
    { name: 'a baseline pod is admitted in a privileged namespace', needed: 'baseline', allowed: 'privileged', expected: false },
  ])('exceedsLevel: $name', ({ needed, allowed, expected }) => {
    expect(exceedsLevel(needed, allowed)).toBe(expected);
  });
});
