/**
 * Issue 4 §5: every object render writes validates against the Kubernetes 1.27 schemas (kubernetes-models
 * 4.4.2, generated from the v1.27.1 OpenAPI spec) and the ExternalSecret CRD schema (the openAPIV3Schema of
 * external-secrets.io/v1 in imports/crds, compiled with ajv and made strict: an unknown field is an error,
 * as the API server's pruning would silently drop it). Names and label keys/values are checked against the
 * Kubernetes rules, which the OpenAPI schemas do not encode.
 */
import type { JsonObject } from '../../src/model/json.js';
import { apiServerProblems, nameAndLabelProblems, validationErrors } from '../helpers/k8s-validation.js';
import { renderDeviceObjects } from '../../src/render/render-device.js';
import type { DeviceIntent } from '../../src/translate/device-intent.js';
import { nestedEdgeDevice } from '../fixtures/render/nested-edge-device.js';
import { containerIntent, deviceIntent, podIntent, workloadIntent } from '../builders.js';

const DEVICES: { name: string; intent: DeviceIntent }[] = [
  { name: 'nested-edge fixture (every field)', intent: nestedEdgeDevice() },
  { name: 'minimal workload', intent: deviceIntent({ workloads: [workloadIntent('sensor')] }) },
  {
    name: 'LoadBalancer Service, UDP, stopped module',
    intent: deviceIntent({
      workloads: [
        workloadIntent('syslog', {
          replicas: 0,
          container: containerIntent('syslog', { ports: [{ containerPort: 514, protocol: 'UDP' }] }),
          pod: podIntent({ hostNetwork: false }),
          service: { type: 'LoadBalancer', loadBalancerIP: '10.0.0.9', ports: [{ name: 'hostport-514-udp', port: 514, targetPort: 514, protocol: 'UDP' }], annotations: {} },
        }),
      ],
    }),
  },
];

describe('rendered objects validate against the Kubernetes 1.27 and CRD schemas', () => {
  const rows = DEVICES.flatMap(({ name, intent }) =>
    renderDeviceObjects(intent).map((object) => ({
      name: `${name}: ${String(object['kind'])}/${String((object['metadata'] as JsonObject)['name'])}`,
      object,
    })),
  );

  it.each(rows)('$name', ({ object }) => {
    expect(validationErrors(object)).toStrictEqual([]);
    expect(nameAndLabelProblems(object)).toStrictEqual([]);
  });

  // The validators must be able to fail, or the rows above prove nothing.
  it.each<{ name: string; object: JsonObject }>([
    {
      name: 'Deployment whose replicas is a string',
      object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: '1', selector: {}, template: {} } },
    },
    {
      name: 'Deployment without a selector',
      object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { template: {} } },
    },
    {
      name: 'Service port without a port number',
      object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { ports: [{ name: 'p' }] } },
    },
    {
      name: 'ExternalSecret with an unknown spec field',
      object: { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'x' }, spec: { storeRef: { name: 'a' } } },
    },
    {
      name: 'ExternalSecret with a store kind outside the enum',
      object: { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'x' }, spec: { secretStoreRef: { name: 'a', kind: 'Vault' } } },
    },
    {
      name: 'ExternalSecret data entry without remoteRef',
      object: { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'x' }, spec: { data: [{ secretKey: 'k' }] } },
    },
  ])('rejects: $name', ({ object }) => {
    expect(validationErrors(object)).not.toStrictEqual([]);
  });

  it.each([
    { name: 'upper-case Service name', object: { kind: 'Service', metadata: { name: 'EdgeHub' } } },
    { name: 'label value with a space', object: { kind: 'ConfigMap', metadata: { name: 'x', labels: { a: 'b c' } } } },
    { name: 'label value of 64 characters', object: { kind: 'ConfigMap', metadata: { name: 'x', labels: { a: 'v'.repeat(64) } } } },
  ])('name/label check rejects: $name', ({ object }) => {
    expect(nameAndLabelProblems(object as JsonObject)).not.toStrictEqual([]);
  });

  // The API server's own rules (apiServerProblems), which the schemas and kustomize do not check.
  const pod = (spec: JsonObject): JsonObject => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' },
    spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec } },
  });
  const container = (extra: JsonObject): JsonObject => ({ name: 'c', image: 'busybox', ...extra });
  it.each<{ name: string; object: JsonObject; expected: string[] }>([
    {
      name: 'one path mounted twice (validateVolumeMounts: must be unique)',
      object: pod({ volumes: [{ name: 'a', emptyDir: {} }, { name: 'b', emptyDir: {} }], containers: [container({ volumeMounts: [{ name: 'a', mountPath: '/dev/video0' }, { name: 'b', mountPath: '/dev/video0' }] })] }),
      expected: ['container c: mountPath /dev/video0 must be unique'],
    },
    {
      name: 'a mount naming no volume (validateVolumeMounts: NotFound)',
      object: pod({ volumes: [{ name: 'a', emptyDir: {} }], containers: [container({ volumeMounts: [{ name: 'b', mountPath: '/b' }] })] }),
      expected: ['container c: volumeMount b names no volume'],
    },
    {
      name: 'two volumes of one name (ValidateVolumes: Duplicate value)',
      object: pod({ volumes: [{ name: 'a', emptyDir: {} }, { name: 'a', emptyDir: {} }], containers: [container({})] }),
      expected: ['volumes: duplicate name a'],
    },
    {
      name: 'hostNetwork with hostPort ≠ containerPort (validateHostNetwork)',
      object: pod({ hostNetwork: true, containers: [container({ ports: [{ containerPort: 80, hostPort: 8080 }] })] }),
      expected: ['container c: with hostNetwork hostPort 8080 must equal containerPort 80'],
    },
    {
      name: 'env name with a space (validateEnv: IsEnvVarName)',
      object: pod({ containers: [container({ env: [{ name: 'A B', value: 'x' }] })] }),
      expected: ['container c: env name A B is not a valid environment variable name'],
    },
    {
      name: 'selector not matching the template (ValidateDeploymentSpec)',
      object: { ...pod({ containers: [container({})] }), spec: { selector: { matchLabels: { a: 'c' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [container({})] } } } },
      expected: ['selector a=c does not match the template labels'],
    },
    {
      name: 'Service with one port/protocol twice (validateServicePort: Duplicate value)',
      object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { ports: [{ name: 'a', port: 80, protocol: 'TCP' }, { name: 'b', port: 80 }] } },
      expected: ['ports: duplicate port 80/TCP'],
    },
    {
      name: 'Service with one port name twice',
      object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { ports: [{ name: 'a', port: 80 }, { name: 'a', port: 81 }] } },
      expected: ['ports: duplicate name a'],
    },
    {
      name: 'ConfigMap key with a slash (ValidateConfigMap: IsConfigMapKey)',
      object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { 'a/b': '1' } },
      expected: ['data key a/b'],
    },
  ])('API-server rule rejects: $name', ({ object, expected }) => {
    expect(apiServerProblems(object)).toStrictEqual(expected);
    expect(validationErrors(object)).toStrictEqual(expected);
  });
});
