/**
 * `k8s-experimental` values typed as the IoT Edge on Kubernetes runtime's models typed them: it deserialised
 * them into the Kubernetes C# client (V1PodSecurityContext, V1Volume, V1VolumeMount) with Newtonsoft.Json,
 * which converts "1" → 1 and "true" → true for int and bool members; the API server converts nothing.
 */
import type { JsonObject } from '../../../src/model/json.js';
import { renderDeviceObjects } from '../../../src/render/render-device.js';
import { validationErrors } from '../../helpers/k8s-validation.js';
import { translateModuleM, userMounts, userVolumes } from '../translate-helpers.js';

describe('k8s-experimental values typed', () => {
  it('"fsGroup": "1", "runAsNonRoot": "true", "supplementalGroups": ["44"] become numbers and booleans', () => {
    const { w, ledger, intent } = translateModuleM({ 'k8s-experimental': { securityContext: { fsGroup: '1', runAsNonRoot: 'true', runAsUser: ' 1000 ', supplementalGroups: ['44', 45] } } });
    expect(w.pod.securityContext).toStrictEqual({ fsGroup: 1, runAsNonRoot: true, runAsUser: 1000, supplementalGroups: [44, 45] });
    expect(ledger.filter((e) => e.key === 'k8s-experimental (reading)').map((e) => [e.fidelity, e.reason])).toStrictEqual([
      ['exact', "Strings read as integers or booleans, as the IoT Edge on Kubernetes runtime's typed models read them: securityContext.fsGroup, securityContext.runAsNonRoot, securityContext.runAsUser, securityContext.supplementalGroups.0."],
    ]);
    expect(renderDeviceObjects(intent).flatMap((o) => validationErrors(o))).toStrictEqual([]);
  });

  it('a volume with "optional": "true" and "defaultMode": "420", mounted "readOnly": "true"', () => {
    const { w, intent } = translateModuleM({
      'k8s-experimental': { volumes: [{ volume: { name: 'cfg', configMap: { name: 'app-config', optional: 'true', defaultMode: '420' } }, volumeMounts: [{ name: 'cfg', mountPath: '/etc/app', readOnly: 'true' }] }] },
    });
    expect(userVolumes(w).map((v) => v.raw)).toStrictEqual([{ name: 'cfg', configMap: { name: 'app-config', optional: true, defaultMode: 420 } }]);
    expect(userMounts(w)).toStrictEqual([{ name: 'cfg', mountPath: '/etc/app', readOnly: true }]);
    expect(renderDeviceObjects(intent).flatMap((o) => validationErrors(o))).toStrictEqual([]);
  });

  it.each<{ name: string; co: JsonObject; message: string }>([
    { name: 'fsGroup "one"', co: { 'k8s-experimental': { securityContext: { fsGroup: 'one' } } }, message: 'k8s-experimental: securityContext.fsGroup must be an integer; the IoT Edge on Kubernetes runtime could not read this value' },
    { name: 'optional "yes"', co: { 'k8s-experimental': { volumes: [{ volume: { name: 'c', secret: { secretName: 's', optional: 'yes' } } }] } }, message: 'k8s-experimental: volumes.0.volume.secret.optional must be a boolean' },
  ])('a value that cannot convert is a clear error: $name', ({ co, message }) => {
    expect(() => translateModuleM(co)).toThrow(message);
  });
});
