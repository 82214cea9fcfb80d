/**
 * addExternalSecret: an external-secrets.io/v1 ExternalSecret that names where each key of a Secret is read
 * from in the secret store — never a value (k8s-mapping.md §7.2 row 67): secretStoreRef, target.name = its
 * own name, target.template only with a Secret type or templated data, one data[] entry per key.
 */
import { renderDeviceObjects } from '../../src/render/render-device.js';
import { nestedEdgeDevice } from '../fixtures/render/nested-edge-device.js';
import { DEVICE_ID, HUB, NAMESPACE, deviceIntent, deviceLabels } from '../builders.js';
import { at, objectOf } from '../helpers/rendered-objects.js';

describe('addExternalSecret (through renderDeviceObjects)', () => {
  const objects = renderDeviceObjects(nestedEdgeDevice());

  it.each([
    {
      name: 'Opaque secret with a remote property: no template',
      secret: 'device-identity',
      expected: {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
        metadata: { name: 'device-identity', namespace: NAMESPACE, labels: deviceLabels() },
        spec: {
          secretStoreRef: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' },
          target: { name: 'device-identity' },
          data: [{ secretKey: 'connectionString', remoteRef: { key: `iotedge-${HUB}-${DEVICE_ID}`, property: 'connectionString' } }],
        },
      },
    },
    {
      name: 'registry credentials: dockerconfigjson template type and data, no property',
      secret: 'registry-buildcr',
      expected: {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
        metadata: {
          name: 'registry-buildcr',
          namespace: NAMESPACE,
          labels: deviceLabels(),
          annotations: { 'net.azure-devices.edge.registry': 'buildcr' },
        },
        spec: {
          secretStoreRef: { name: 'iotedge-secrets', kind: 'ClusterSecretStore' },
          target: {
            name: 'registry-buildcr',
            template: {
              type: 'kubernetes.io/dockerconfigjson',
              data: {
                '.dockerconfigjson':
                  '{"auths":{"myregistry.azurecr.io":{"username":"buildcr","password":"{{ .password }}","auth":"{{ printf "%s:%s" "buildcr" .password | b64enc }}"}}}',
              },
            },
          },
          data: [{ secretKey: 'password', remoteRef: { key: 'registry-buildcr-password' } }],
        },
      },
    },
  ])('ExternalSecret: $name', ({ secret, expected }) => {
    expect(objectOf(objects, 'ExternalSecret', secret)).toStrictEqual(expected);
  });

  it('ExternalSecret with a SecretStore, a template type and no data: no empty data list', () => {
    const intent = deviceIntent({
      externalSecrets: [
        { name: 'gen', labels: {}, annotations: {}, storeRef: { name: 'local', kind: 'SecretStore' }, secretType: 'Opaque', data: [] },
      ],
    });
    expect(at(objectOf(renderDeviceObjects(intent), 'ExternalSecret', 'gen'), ['spec'])).toStrictEqual({
      secretStoreRef: { name: 'local', kind: 'SecretStore' },
      target: { name: 'gen', template: { type: 'Opaque' } },
    });
  });

  it('ExternalSecret: a base64-kept binary file gets remoteRef.decodingStrategy Base64, others none', () => {
    const intent = deviceIntent({
      externalSecrets: [
        {
          name: 'certs', labels: {}, annotations: {}, storeRef: { name: 's', kind: 'ClusterSecretStore' },
          data: [
            { secretKey: 'ca.pem', remoteKey: 'k/ca' },
            { secretKey: 'server.pfx', remoteKey: 'k/pfx', decodingStrategy: 'Base64' },
          ],
        },
      ],
    });
    expect(at(objectOf(renderDeviceObjects(intent), 'ExternalSecret', 'certs'), ['spec', 'data'])).toStrictEqual([
      { secretKey: 'ca.pem', remoteRef: { key: 'k/ca' } },
      { secretKey: 'server.pfx', remoteRef: { key: 'k/pfx', decodingStrategy: 'Base64' } },
    ]);
  });

  it('templated data without a Secret type: the template has data only', () => {
    const intent = deviceIntent({
      externalSecrets: [
        { name: 'cfg', labels: {}, annotations: {}, storeRef: { name: 's', kind: 'ClusterSecretStore' }, template: { 'app.conf': 'token={{ .token }}' }, data: [{ secretKey: 'token', remoteKey: 'k/token' }] },
      ],
    });
    expect(at(objectOf(renderDeviceObjects(intent), 'ExternalSecret', 'cfg'), ['spec', 'target'])).toStrictEqual({ name: 'cfg', template: { data: { 'app.conf': 'token={{ .token }}' } } });
  });
});
