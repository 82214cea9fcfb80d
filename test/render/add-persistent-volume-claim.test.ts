/**
 * addPersistentVolumeClaim: a v1 PersistentVolumeClaim in the device namespace with the intent's accessModes (in
 * order), `resources.requests.storage` exactly as written (no unit conversion) and storageClassName only when the
 * intent has one; `""` is kept, because for Kubernetes it means "no class, bind a pre-provisioned volume".
 */
import { addPersistentVolumeClaim } from '../../src/render/add-persistent-volume-claim.js';
import type { PersistentVolumeClaimIntent } from '../../src/translate/device-intent.js';
import { chartObject } from '../helpers/chart-objects.js';

const NS = 'msiot-hub-dev';

const claim = (overrides: Partial<PersistentVolumeClaimIntent> = {}): PersistentVolumeClaimIntent => ({
  name: 'data',
  labels: {},
  annotations: {},
  accessModes: ['ReadWriteOnce'],
  storage: '1Gi',
  ...overrides,
});

describe('addPersistentVolumeClaim', () => {
  it.each<{ name: string; intent: PersistentVolumeClaimIntent; spec: Record<string, unknown> }>([
    { name: 'no storage class → no storageClassName (the cluster default class applies)', intent: claim(), spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
    {
      name: 'empty storage class is kept (disables dynamic provisioning)',
      intent: claim({ storageClassName: '' }),
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: '' },
    },
    { name: 'the 0Mi default size is written as is', intent: claim({ storage: '0Mi' }), spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '0Mi' } } } },
    { name: 'a decimal quantity is written as is', intent: claim({ storage: '1.5Gi' }), spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1.5Gi' } } } },
    {
      name: 'several access modes keep their order',
      intent: claim({ accessModes: ['ReadWriteMany', 'ReadOnlyMany'], storageClassName: 'azurefile' }),
      spec: { accessModes: ['ReadWriteMany', 'ReadOnlyMany'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'azurefile' },
    },
  ])('$name', ({ intent, spec }) => {
    expect(chartObject((chart) => addPersistentVolumeClaim(chart, NS, intent))).toStrictEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: NS },
      spec,
    });
  });

  it('labels and annotations go into metadata; no volumeMode is added', () => {
    const object = chartObject((chart) => addPersistentVolumeClaim(chart, NS, claim({ labels: { a: '1' }, annotations: { 'net.azure-devices.edge.volume': 'data' } })));
    expect(object['metadata']).toStrictEqual({ name: 'data', namespace: NS, labels: { a: '1' }, annotations: { 'net.azure-devices.edge.volume': 'data' } });
    expect(Object.keys(object['spec'] as object)).not.toContain('volumeMode');
  });
});
