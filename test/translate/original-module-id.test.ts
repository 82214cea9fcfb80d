/**
 * `net.azure-devices.edge.original-moduleid` exists for compatibility with the IoT Edge on Kubernetes runtime,
 * which wrote the agent's module-set names there: `edgeHub` and `edgeAgent` for the system modules (their
 * identities `$edgeHub` / `$edgeAgent` stay in `net.azure-devices.edge.module`).
 */
import { originalModuleId } from '../../src/translate/labels.js';
import { translateModuleM } from './translate-helpers.js';

describe('net.azure-devices.edge.original-moduleid', () => {
  it.each([
    { name: 'edgeHub without $', module: '$edgeHub', expected: 'edgeHub' },
    { name: 'edgeAgent without $', module: '$edgeAgent', expected: 'edgeAgent' },
    { name: 'a user module as named', module: 'SimulatedTemperatureSensor', expected: 'SimulatedTemperatureSensor' },
    { name: 'a user module spelled like a system module keeps its name', module: 'edgeHub2', expected: 'edgeHub2' },
  ])('$name', ({ module, expected }) => {
    expect(originalModuleId(module)).toBe(expected);
  });

  it('edgeHub objects carry edgeHub there and $edgeHub in net.azure-devices.edge.module', () => {
    const { intent } = translateModuleM(null);
    const hub = intent.workloads.find((w) => w.module === '$edgeHub')!;
    expect([hub.annotations['net.azure-devices.edge.original-moduleid'], hub.podAnnotations['net.azure-devices.edge.original-moduleid'], hub.annotations['net.azure-devices.edge.module']]).toStrictEqual(['edgeHub', 'edgeHub', '$edgeHub']);
    const user = intent.workloads.find((w) => w.module === 'm')!;
    expect(user.annotations['net.azure-devices.edge.original-moduleid']).toBe('m');
  });
});
