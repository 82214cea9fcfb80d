/**
 * manifestFileName: `namespace.yaml` for the Namespace (named or not: there is one per directory), otherwise
 * `<kind lower-cased>-<metadata.name>.yaml`; an object without a kind or (but for the Namespace) a name is a
 * render bug, an InternalError of stage render that names what is missing.
 */
import { InternalError } from '../../src/errors.js';
import type { JsonObject } from '../../src/model/json.js';
import { manifestFileName } from '../../src/render/manifest-file-name.js';

describe('manifestFileName', () => {
  it.each<{ name: string; object: JsonObject; expected: string }>([
    { name: 'a Namespace without a name is still namespace.yaml', object: { kind: 'Namespace' }, expected: 'namespace.yaml' },
    { name: 'a name with dots keeps them', object: { kind: 'ConfigMap', metadata: { name: 'edgehub.config' } }, expected: 'configmap-edgehub.config.yaml' },
    { name: 'every capital of the kind is lowered', object: { kind: 'NetworkPolicy', metadata: { name: 'iotedge-device-isolation' } }, expected: 'networkpolicy-iotedge-device-isolation.yaml' },
    { name: 'the namespace of the object is not part of the name', object: { kind: 'LimitRange', metadata: { name: 'l', namespace: 'msiot-a-b' } }, expected: 'limitrange-l.yaml' },
  ])('$name', ({ object, expected }) => {
    expect(manifestFileName(object)).toBe(expected);
  });

  it.each<{ name: string; object: JsonObject; message: string }>([
    { name: 'empty kind', object: { kind: '', metadata: { name: 'x' } }, message: 'rendered object has no kind' },
    { name: 'kind that is not a string', object: { kind: 3, metadata: { name: 'x' } }, message: 'rendered object has no kind' },
    { name: 'empty name', object: { kind: 'Service', metadata: { name: '' } }, message: 'rendered Service has no metadata.name' },
    { name: 'name that is not a string', object: { kind: 'Deployment', metadata: { name: 7 } }, message: 'rendered Deployment has no metadata.name' },
    { name: 'no metadata', object: { kind: 'ConfigMap' }, message: 'rendered ConfigMap has no metadata.name' },
    { name: 'metadata null', object: { kind: 'ConfigMap', metadata: null }, message: 'rendered ConfigMap has no metadata.name' },
    { name: 'metadata an array', object: { kind: 'ConfigMap', metadata: [{ name: 'x' }] }, message: 'rendered ConfigMap has no metadata.name' },
  ])('$name → InternalError "$message"', ({ object, message }) => {
    const error = thrown(() => manifestFileName(object));
    expect([error instanceof InternalError, (error as InternalError).message, (error as InternalError).stage]).toStrictEqual([true, message, 'render']);
  });
});

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('manifestFileName: basic cases', () => {
  it.each([
    { name: 'Namespace → namespace.yaml', object: { kind: 'Namespace', metadata: { name: 'msiot-h-d' } }, expected: 'namespace.yaml' },
    { name: 'kind lower-cased + name', object: { kind: 'Deployment', metadata: { name: 'edgehub' } }, expected: 'deployment-edgehub.yaml' },
    { name: 'camel-case kind', object: { kind: 'PersistentVolumeClaim', metadata: { name: 'data' } }, expected: 'persistentvolumeclaim-data.yaml' },
    { name: 'CRD kind', object: { kind: 'ExternalSecret', metadata: { name: 'reg' } }, expected: 'externalsecret-reg.yaml' },
  ])('$name', ({ object, expected }) => {
    expect(manifestFileName(object)).toBe(expected);
  });

  it.each([
    { name: 'no kind', object: { metadata: { name: 'x' } } },
    { name: 'no name', object: { kind: 'Service', metadata: {} } },
  ])('InternalError: $name', ({ object }) => {
    expect(() => manifestFileName(object as unknown as JsonObject)).toThrow(InternalError);
  });
});
