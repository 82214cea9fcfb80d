/**
 * Env names Docker takes but Kubernetes 1.27 refuses (kubernetes/kubernetes pkg/apis/core/validation
 * validateEnv → validation.IsEnvVarName: `[-._a-zA-Z][-._a-zA-Z0-9]*`). Real manifests use .NET configuration
 * keys such as `Logging:LogLevel:Default` (Azure/iotedge e2e connectivity deployment, vslepakov EventGridEdge);
 * .NET's environment-variable configuration provider reads `__` as `:`, so `Logging__LogLevel__Default` means
 * the same to the module.
 */
import { kubernetesEnvName } from '../../src/translate/module-env.js';
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
