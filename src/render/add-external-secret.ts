import type { Chart } from 'cdk8s';
import { ExternalSecret, ExternalSecretSpecDataRemoteRefDecodingStrategy, type ExternalSecretSpecSecretStoreRefKind } from '../../imports/external-secrets-external-secrets.io.js';
import type { ExternalSecretIntent } from '../translate/device-intent.js';
import { objectMetadata } from './object-metadata.js';

/**
 * An ExternalSecret (external-secrets.io/v1, typed construct from imports/) that makes External Secrets
 * fill a Secret of the same name from the secret store: `secretStoreRef` = the intent's store,
 * `target.name` = the ExternalSecret name (the name imagePullSecrets and secretKeyRef use),
 * `target.template` only when the intent gives a Secret type or templated data, and one `data[]` entry per
 * key with its `remoteRef` (key, optional property). It never holds a secret value: only where to find one.
 */
export function addExternalSecret(chart: Chart, namespace: string, secret: ExternalSecretIntent): void {
  const template =
    secret.secretType === undefined && secret.template === undefined
      ? undefined
      : { type: secret.secretType, data: secret.template === undefined ? undefined : { ...secret.template } };
  new ExternalSecret(chart, `externalsecret-${secret.name}`, {
    metadata: objectMetadata(secret.name, namespace, secret.labels, secret.annotations),
    spec: {
      secretStoreRef: {
        name: secret.storeRef.name,
        kind: secret.storeRef.kind as ExternalSecretSpecSecretStoreRefKind,
      },
      target: { name: secret.name, template },
      data:
        secret.data.length === 0
          ? undefined
          : secret.data.map((entry) => ({
              secretKey: entry.secretKey,
              remoteRef: {
                key: entry.remoteKey,
                property: entry.remoteProperty,
                // A binary file (the edgeHub .pfx) is kept base64-encoded in the store.
                decodingStrategy: entry.decodingStrategy === 'Base64' ? ExternalSecretSpecDataRemoteRefDecodingStrategy.BASE64 : undefined,
              },
            })),
    },
  });
}
