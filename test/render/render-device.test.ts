import { parse } from 'yaml';
import { InternalError } from '../../src/errors.js';
import type { JsonObject } from '../../src/model/json.js';
import { renderDevice, renderDeviceObjects } from '../../src/render/render-device.js';
import { nestedEdgeDevice } from '../fixtures/render/nested-edge-device.js';
import { DEVICE_ID, NAMESPACE, containerIntent, deviceAnnotations, deviceIntent, deviceLabels, workloadIntent } from '../builders.js';
import { MODULE_ANNOTATIONS, MODULE_LABELS, objectOf } from '../helpers/rendered-objects.js';

describe('renderDeviceObjects: input', () => {
  it('does not change the intent it reads', () => {
    const intent = nestedEdgeDevice();
    const before = JSON.stringify(intent);
    renderDevice(intent);
    expect(JSON.stringify(intent)).toBe(before);
  });
});

describe('renderDeviceObjects: other objects', () => {
  const objects = renderDeviceObjects(nestedEdgeDevice());

  it('Namespace: name, device labels and annotations, nothing else (no spec, no namespace)', () => {
    expect(objectOf(objects, 'Namespace', NAMESPACE)).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: NAMESPACE, labels: deviceLabels(), annotations: deviceAnnotations() },
    });
  });

  it('no Service when the workload has none', () => {
    expect(objects.filter((o) => o['kind'] === 'Service').map((o) => (o['metadata'] as JsonObject)['name'])).toStrictEqual([
      'dockercontainerregistry',
      'edgehub',
    ]);
  });

  it('ServiceAccount per workload: workload labels and annotations, no automountServiceAccountToken', () => {
    expect(objectOf(objects, 'ServiceAccount', 'dockercontainerregistry')).toStrictEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'dockercontainerregistry',
        namespace: NAMESPACE,
        labels: MODULE_LABELS('dockercontainerregistry'),
        annotations: MODULE_ANNOTATIONS('dockerContainerRegistry'),
      },
    });
    expect(objects.filter((o) => o['kind'] === 'ServiceAccount')).toHaveLength(3);
  });

  it('ConfigMap: data verbatim (multi-line text kept), no immutable', () => {
    expect(objectOf(objects, 'ConfigMap', 'edgehub-config')).toStrictEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'edgehub-config', namespace: NAMESPACE, labels: deviceLabels() },
      data: {
        'mqttBroker.enabled': 'yes',
        'routes.json': '{\n  "ToUpstream": "FROM /messages/* INTO $upstream"\n}\n',
        'storeAndForward.json': '{"timeToLiveSecs":7200}',
      },
    });
  });

  it('PersistentVolumeClaim: access modes, storage quantity as written (1G), storage class', () => {
    expect(objectOf(objects, 'PersistentVolumeClaim', 'opcpublisher-appdata')).toStrictEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'opcpublisher-appdata', namespace: NAMESPACE, labels: deviceLabels() },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1G' } }, storageClassName: 'local-path' },
    });
  });

  it('every namespaced object is in the device namespace; the Namespace has none', () => {
    for (const object of objects) {
      const namespace = (object['metadata'] as JsonObject)['namespace'];
      expect([object['kind'], namespace]).toStrictEqual([object['kind'], object['kind'] === 'Namespace' ? undefined : NAMESPACE]);
    }
  });
});

describe('renderDevice: directory, files, YAML', () => {
  const rendered = renderDevice(nestedEdgeDevice());

  it('dir is the directory the intent carries (named once, by deviceIdentity), and no file holds it', () => {
    expect(rendered.dir).toBe(`devices/plant-1/${NAMESPACE}`);
    const elsewhere = renderDevice({ ...nestedEdgeDevice(), dir: 'devices/plant-2/kept-where-it-was' });
    expect(elsewhere.dir).toBe('devices/plant-2/kept-where-it-was');
    expect([...elsewhere.files]).toStrictEqual([...rendered.files]);
  });

  it('one file per object named <kind>-<name>.yaml (namespace.yaml for the Namespace) plus kustomization.yaml, in name order', () => {
    expect([...rendered.files.keys()]).toStrictEqual([
      'configmap-edgehub-config.yaml',
      'deployment-dockercontainerregistry.yaml',
      'deployment-edgehub.yaml',
      'deployment-opcpublisher.yaml',
      'externalsecret-device-identity.yaml',
      'externalsecret-registry-buildcr.yaml',
      'kustomization.yaml',
      'namespace.yaml',
      'persistentvolumeclaim-opcpublisher-appdata.yaml',
      'service-dockercontainerregistry.yaml',
      'service-edgehub.yaml',
      'serviceaccount-dockercontainerregistry.yaml',
      'serviceaccount-edgehub.yaml',
      'serviceaccount-opcpublisher.yaml',
    ]);
  });

  it('kustomization.yaml lists every other file, sorted, and nothing else', () => {
    const others = [...rendered.files.keys()].filter((name) => name !== 'kustomization.yaml');
    expect(parse(rendered.files.get('kustomization.yaml') as string)).toStrictEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: others,
    });
  });

  it('every file, read back with YAML 1.1 rules (as kubectl does), is exactly its object', () => {
    const objects = renderDeviceObjects(nestedEdgeDevice());
    for (const object of objects) {
      const name = object['kind'] === 'Namespace' ? 'namespace.yaml' : `${String(object['kind']).toLowerCase()}-${String((object['metadata'] as JsonObject)['name'])}.yaml`;
      expect(parse(rendered.files.get(name) as string, { version: '1.1' })).toStrictEqual(object);
    }
  });

  it.each([
    { name: 'env "true" stays a quoted string', file: 'deployment-edgehub.yaml', text: 'value: "true"' },
    { name: 'env "on" stays a quoted string (a YAML 1.1 boolean)', file: 'deployment-edgehub.yaml', text: 'value: "on"' },
    { name: 'env "0" stays a quoted string', file: 'deployment-edgehub.yaml', text: 'value: "0"' },
    { name: 'env "0755" stays a quoted string (a YAML 1.1 octal)', file: 'deployment-opcpublisher.yaml', text: 'value: "0755"' },
    { name: 'annotation "yes" stays a quoted string', file: 'deployment-opcpublisher.yaml', text: 'com.example/scrape: "yes"' },
    { name: 'multi-line ConfigMap data is a literal block', file: 'configmap-edgehub-config.yaml', text: 'routes.json: |\n' },
    { name: 'replicas 0 is the number 0', file: 'deployment-opcpublisher.yaml', text: '\n  replicas: 0\n' },
  ])('YAML: $name', ({ file, text }) => {
    expect(rendered.files.get(file)).toContain(text);
  });

  it('key order: apiVersion, kind, metadata, then sorted keys; every file ends with exactly one newline', () => {
    expect(rendered.files.get('serviceaccount-edgehub.yaml')).toBe(
      [
        'apiVersion: v1',
        'kind: ServiceAccount',
        'metadata:',
        '  annotations:',
        '    net.azure-devices.edge.deviceid: edge-01',
        '    net.azure-devices.edge.hub: contoso-hub',
        '    net.azure-devices.edge.module: $edgeHub',
        '    net.azure-devices.edge.original-moduleid: edgeHub',
        '  labels:',
        '    app.kubernetes.io/managed-by: iotedge-gitops',
        '    app.kubernetes.io/name: edgehub',
        '    net.azure-devices.edge.deviceid: edge-01',
        '    net.azure-devices.edge.hub: contoso-hub',
        '    net.azure-devices.edge.module: edgehub',
        '  name: edgehub',
        `  namespace: ${NAMESPACE}`,
        '',
      ].join('\n'),
    );
    for (const text of rendered.files.values()) expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('no cdk8s label, annotation or default value in any file', () => {
    for (const text of rendered.files.values()) {
      expect(text).not.toMatch(/cdk8s|minReadySeconds|progressDeadlineSeconds|fsGroupChangePolicy|automountServiceAccountToken|immutable|externalIPs/);
    }
  });

  it('deterministic: rendering again, or with CDK8S_DISABLE_SORT set, gives byte-identical files', () => {
    const again = renderDevice(nestedEdgeDevice());
    const previous = process.env['CDK8S_DISABLE_SORT'];
    process.env['CDK8S_DISABLE_SORT'] = '1';
    let unsorted;
    try {
      unsorted = renderDevice(nestedEdgeDevice());
    } finally {
      if (previous === undefined) delete process.env['CDK8S_DISABLE_SORT'];
      else process.env['CDK8S_DISABLE_SORT'] = previous;
    }
    expect([...again.files]).toStrictEqual([...rendered.files]);
    expect([...unsorted.files]).toStrictEqual([...rendered.files]);
  });

  it('a device with no workloads renders its Namespace and kustomization only', () => {
    expect([...renderDevice(deviceIntent()).files.keys()]).toStrictEqual(['kustomization.yaml', 'namespace.yaml']);
  });
});

describe('renderDevice: errors', () => {
  it('an intent cdk8s refuses (two container ports with one number and protocol) → InternalError with the device id', () => {
    const workload = workloadIntent('dup', {
      container: containerIntent('dup', { ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 80, protocol: 'TCP' }] }),
    });
    try {
      renderDevice(deviceIntent({ workloads: [workload] }));
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InternalError);
      expect((error as InternalError).deviceId).toBe(DEVICE_ID);
      expect((error as InternalError).stage).toBe('render');
    }
  });

  it('two ConfigMaps with one name → InternalError (one file each is impossible)', () => {
    const configMap = { name: 'same', labels: {}, annotations: {}, data: {} };
    expect(() => renderDevice(deviceIntent({ configMaps: [configMap, configMap] }))).toThrow(InternalError);
  });
});
