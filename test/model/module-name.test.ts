/**
 * Module names of `$edgeAgent` `modules.<name>` (src/model/module-name.ts; spec §1 limits and the `modules.<name>`
 * row: the az CLI schemas' `^[a-zA-Z0-9_-]+$`, names beginning with `$` reserved for the system modules).
 */
import { MAX_MODULES_PER_DEPLOYMENT, moduleNameProblem } from '../../src/model/module-name.js';

describe('moduleNameProblem', () => {
  it.each([
    { name: 'letters and digits', input: 'SimulatedTemperatureSensor2' },
    { name: 'underscore and dash anywhere', input: '_temp-sensor_1-' },
    { name: 'digits only', input: '123' },
    { name: 'a single character', input: 'm' },
  ])('valid: $name', ({ input }) => {
    expect(moduleNameProblem(input)).toBeUndefined();
  });

  it.each([
    { name: '$edgeAgent is a system module', input: '$edgeAgent' },
    { name: '$edgeHub is a system module', input: '$edgeHub' },
    { name: 'any other name starting with $', input: '$custom' },
    { name: 'a $ name that would also break the pattern is reported as reserved', input: '$my module' },
  ])('reserved: $name', ({ input }) => {
    expect(moduleNameProblem(input)).toBe(`module name '${input}' is reserved: names beginning with '$' belong to the IoT Edge system modules`);
  });

  it.each([
    { name: 'empty', input: '' },
    { name: 'a dot', input: 'temp.sensor' },
    { name: 'a space', input: 'temp sensor' },
    { name: 'a slash', input: 'a/b' },
    { name: 'a $ not at the start', input: 'a$b' },
    { name: 'a non-ASCII letter', input: 'capteur-été' },
    { name: 'a trailing newline', input: 'sensor\n' },
  ])('invalid: $name', ({ input }) => {
    expect(moduleNameProblem(input)).toBe(`module name '${input}' is invalid: use only letters, digits, '_' and '-' (^[a-zA-Z0-9_-]+$)`);
  });

  it('the deployment module cap is the IoT Hub quota of 50', () => {
    expect(MAX_MODULES_PER_DEPLOYMENT).toBe(50);
  });
});
