import type { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import type { PersistentVolumeClaimIntent } from '../translate/device-intent.js';
import { objectMetadata } from './object-metadata.js';

/**
 * A PersistentVolumeClaim from the `k8s` module (L1): accessModes, `resources.requests.storage` and
 * storageClassName exactly as the intent says. Not the cdk8s-plus L2, because it takes the size as a
 * `Size` and writes it back in its own unit (e.g. `1G` would not survive), and adds a volumeMode.
 */
export function addPersistentVolumeClaim(chart: Chart, namespace: string, claim: PersistentVolumeClaimIntent): void {
  new k8s.KubePersistentVolumeClaim(chart, `persistentvolumeclaim-${claim.name}`, {
    metadata: objectMetadata(claim.name, namespace, claim.labels, claim.annotations),
    spec: {
      accessModes: [...claim.accessModes],
      resources: { requests: { storage: k8s.Quantity.fromString(claim.storage) } },
      storageClassName: claim.storageClassName,
    },
  });
}
