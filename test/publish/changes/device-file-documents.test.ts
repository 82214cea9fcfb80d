import { moduleNameOf, readDeviceFiles } from '../../../src/publish/changes/device-file-documents.js';

describe('readDeviceFiles', () => {
  it('keeps every file with its text, parses only YAML files, and marks a broken document null', () => {
    const files = new Map([
      ['service-hub.yml', 'kind: Service\nmetadata:\n  name: hub\n---\nkind: [unclosed\n'],
      ['README.txt', 'kind: Deployment\n'],
      ['namespace.yaml', 'kind: Namespace\nmetadata:\n  name: ns\n'],
    ]);
    const read = readDeviceFiles(files);
    // The order of the files given is kept: readWorkloads lets a later Deployment of the same name win.
    expect([...read.keys()]).toEqual(['service-hub.yml', 'README.txt', 'namespace.yaml']);
    expect(read.get('service-hub.yml')).toEqual({ text: files.get('service-hub.yml'), documents: [{ kind: 'Service', metadata: { name: 'hub' } }, null] });
    // A text file that happens to look like YAML is not a manifest.
    expect(read.get('README.txt')).toEqual({ text: 'kind: Deployment\n', documents: [] });
    expect(read.get('namespace.yaml')!.documents).toEqual([{ kind: 'Namespace', metadata: { name: 'ns' } }]);
  });
});

describe('moduleNameOf', () => {
  it('prefers the module annotation, falls back to the original-moduleid of older output', () => {
    expect(moduleNameOf({ 'net.azure-devices.edge.module': '$edgeHub', 'net.azure-devices.edge.original-moduleid': 'old' })).toBe('$edgeHub');
    expect(moduleNameOf({ 'net.azure-devices.edge.original-moduleid': 'SimulatedTemperatureSensor' })).toBe('SimulatedTemperatureSensor');
    expect(moduleNameOf({ 'app.kubernetes.io/name': 'x' })).toBeUndefined();
  });
});
