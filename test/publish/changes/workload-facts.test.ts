/**
 * readWorkloads: what a reviewer sees of each module's workload (image, replicas, ports, env names), read from a
 * device directory as render writes it. The module name comes from the annotations (`$edgeHub`), else the resource.
 */
import YAML from 'yaml';
import { readWorkloads } from '../../../src/publish/changes/workload-facts.js';
import { readDeviceFiles } from '../../../src/publish/changes/device-file-documents.js';

function deployment(name: string, props: { module?: string; image?: unknown; replicas?: unknown; env?: object[]; ports?: object[]; metadataModule?: string; containers?: object[] }) {
  return YAML.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, ...(props.metadataModule ? { annotations: { 'net.azure-devices.edge.original-moduleid': props.metadataModule } } : {}) },
    spec: {
      ...(props.replicas !== undefined ? { replicas: props.replicas } : {}),
      template: {
        metadata: props.module ? { annotations: { 'net.azure-devices.edge.original-moduleid': props.module } } : {},
        spec: { containers: props.containers ?? [{ name, image: props.image, ...(props.env ? { env: props.env } : {}), ...(props.ports ? { ports: props.ports } : {}) }] },
      },
    },
  });
}

const service = (name: string, ports: object[]) => YAML.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { ports } });
const read = (files: [string, string][]) => readWorkloads(readDeviceFiles(new Map(files)));
const plain = (facts: ReturnType<typeof read>) => Object.fromEntries([...facts].map(([k, f]) => [k, { ...f, env: [...f.env.keys()] }]));

describe('readWorkloads', () => {
  it('reads image, replicas, container and Service ports, env names, and the original module name', () => {
    const files: [string, string][] = [
      ['deployment-edgehub.yaml', deployment('edgehub', { module: '$edgeHub', image: 'hub:1', replicas: 1, env: [{ name: 'A', value: 'x' }, { name: 'S', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }], ports: [{ containerPort: 8883, protocol: 'TCP' }] })],
      ['service-edgehub.yaml', service('edgehub', [{ name: 'p', port: 443, targetPort: 8443, protocol: 'TCP' }])],
      ['namespace.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n'],
      ['broken.yaml', 'kind: [unclosed\n'],
      ['README.txt', 'not yaml'],
    ];
    expect(plain(read(files))).toEqual({ edgehub: { module: '$edgeHub', image: 'hub:1', replicas: 1, ports: ['8883/TCP', 'service 443→8443/TCP'], env: ['A', 'S'] } });
  });

  it.each<{ name: string; files: [string, string][]; expected: Record<string, unknown> }>([
    {
      name: 'no module annotation: the module is the resource name',
      files: [['d.yaml', deployment('sensor', { image: 'i:1' })]],
      expected: { sensor: { module: 'sensor', image: 'i:1', replicas: null, ports: [], env: [] } },
    },
    {
      name: 'the same annotation on the pod template wins over the one on the Deployment',
      files: [['d.yaml', deployment('sensor', { image: 'i', metadataModule: 'FromDeployment', module: 'FromTemplate' })]],
      expected: { sensor: { module: 'FromTemplate', image: 'i', replicas: null, ports: [], env: [] } },
    },
    {
      name: 'a Deployment annotation is used when the template has none',
      files: [['d.yaml', deployment('sensor', { image: 'i', metadataModule: 'Sensor' })]],
      expected: { sensor: { module: 'Sensor', image: 'i', replicas: null, ports: [], env: [] } },
    },
    {
      name: 'no containers: no image, no ports, no env',
      files: [['d.yaml', deployment('empty', { containers: [] })]],
      expected: { empty: { module: 'empty', image: null, replicas: null, ports: [], env: [] } },
    },
    {
      name: 'replicas and image of the wrong type are unknown (null)',
      files: [['d.yaml', deployment('m', { image: 42, replicas: '2' })]],
      expected: { m: { module: 'm', image: null, replicas: null, ports: [], env: [] } },
    },
    {
      name: 'replicas 0 (a stopped module) is kept as 0',
      files: [['d.yaml', deployment('m', { image: 'i', replicas: 0 })]],
      expected: { m: { module: 'm', image: 'i', replicas: 0, ports: [], env: [] } },
    },
    {
      name: 'only the first container is read',
      files: [['d.yaml', deployment('m', { containers: [{ name: 'm', image: 'first' }, { name: 'side', image: 'second', ports: [{ containerPort: 1 }] }] })]],
      expected: { m: { module: 'm', image: 'first', replicas: null, ports: [], env: [] } },
    },
    {
      name: 'protocol defaults to TCP, a Service targetPort to its port; ports sorted and listed once',
      files: [
        ['d.yaml', deployment('m', { image: 'i', ports: [{ containerPort: 9000 }, { containerPort: 5671, protocol: 'UDP' }, { containerPort: 9000, protocol: 'TCP' }] })],
        ['s.yaml', service('m', [{ port: 80 }, { port: 443, targetPort: 8443 }])],
      ],
      expected: { m: { module: 'm', image: 'i', replicas: null, ports: ['5671/UDP', '9000/TCP', 'service 443→8443/TCP', 'service 80→80/TCP'], env: [] } },
    },
    {
      name: 'a Service without a Deployment of its name is no workload',
      files: [['s.yaml', service('lonely', [{ port: 80 }])]],
      expected: {},
    },
    {
      name: 'objects without a name, and null documents, are skipped',
      files: [['d.yaml', 'kind: Deployment\nspec: {}\n---\n---\n' + deployment('m', { image: 'i' })]],
      expected: { m: { module: 'm', image: 'i', replicas: null, ports: [], env: [] } },
    },
    {
      name: 'two Deployments of one name: the later file wins',
      files: [['a.yaml', deployment('m', { image: 'old' })], ['b.yaml', deployment('m', { image: 'new' })]],
      expected: { m: { module: 'm', image: 'new', replicas: null, ports: [], env: [] } },
    },
  ])('$name', ({ files, expected }) => {
    expect(plain(read(files))).toEqual(expected);
  });

  it('keyed by resource name in ordinal order (upper case before lower case)', () => {
    const facts = read([['1.yaml', deployment('b', { image: 'i' })], ['2.yaml', deployment('B', { image: 'i' })], ['3.yaml', deployment('a', { image: 'i' })]]);
    expect([...facts.keys()]).toEqual(['B', 'a', 'b']);
  });

  it('env: a fingerprint per name that differs when the value or its source differs, and is equal when they are', () => {
    const env = (list: object[]) => read([['d.yaml', deployment('m', { image: 'i', env: list })]]).get('m')!.env;
    const a = env([{ name: 'X', value: 'one' }, { name: 'S', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }, { name: 'E' }]);
    const b = env([{ name: 'X', value: 'two' }, { name: 'S', valueFrom: { secretKeyRef: { name: 's', key: 'other' } } }, { name: 'E' }]);
    const c = env([{ name: 'X', value: 'one' }, { name: 'S', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }, { name: 'E' }, { value: 'no name' }]);
    expect([...a.keys()]).toEqual(['X', 'S', 'E']);
    expect([a.get('X') === b.get('X'), a.get('S') === b.get('S'), a.get('E') === b.get('E')]).toEqual([false, false, true]);
    expect(c).toEqual(a);
  });
});
