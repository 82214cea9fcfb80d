/**
 * createOptions members read as the IoT Edge agent reads them. Expected values worked out from the agent's
 * model (Azure/iotedge edge-agent/src/Microsoft.Azure.Devices.Edge.Agent.Docker/models/CreateContainerParameters.cs:
 * Env, ExposedPorts, HostConfig, Image, Labels, Name, NetworkingConfig typed; the rest kept raw for Docker),
 * Docker.DotNet's HostConfig member types, and Newtonsoft.Json's rules (member names matched
 * case-insensitively; Convert.ChangeType of a primitive to the member type: Boolean.Parse, Int64.Parse).
 */
import { readDockerCreateOptions } from '../../src/model/docker-create-options.js';
import { parseCreateOptions } from '../../src/model/create-options.js';
import type { JsonObject } from '../../src/model/json.js';
import type { Problem } from '../../src/model/problem.js';

interface Row {
  name: string;
  input: JsonObject;
  expected: JsonObject;
  /** Paths (joined with '.') of the readings recorded. */
  readings: string[];
  /** [path, message fragment] of the one problem, when the agent fails the module. */
  problem?: [string, string];
}

const rows: Row[] = [
  { name: 'exact names: nothing to note', input: { HostConfig: { Privileged: true } }, expected: { HostConfig: { Privileged: true } }, readings: [] },
  {
    name: 'hostConfig / privileged / binds in camel case',
    input: { hostConfig: { privileged: true, binds: ['/a:/b'] } },
    expected: { HostConfig: { Privileged: true, Binds: ['/a:/b'] } },
    readings: ['HostConfig', 'HostConfig.Privileged', 'HostConfig.Binds'],
  },
  { name: 'env and cmd in lower case', input: { env: ['A=1'], cmd: ['run'] }, expected: { Env: ['A=1'], Cmd: ['run'] }, readings: ['Env', 'Cmd'] },
  { name: '"Privileged": "true" is true (Boolean.Parse)', input: { HostConfig: { Privileged: 'true' } }, expected: { HostConfig: { Privileged: true } }, readings: ['HostConfig.Privileged'] },
  { name: '" False " is false (case and white space ignored)', input: { HostConfig: { Privileged: ' False ' } }, expected: { HostConfig: { Privileged: false } }, readings: ['HostConfig.Privileged'] },
  { name: 'a number for a boolean: non-zero is true', input: { HostConfig: { ReadonlyRootfs: 1 } }, expected: { HostConfig: { ReadonlyRootfs: true } }, readings: ['HostConfig.ReadonlyRootfs'] },
  { name: '"ShmSize": "1073741824" is a number (Int64.Parse)', input: { HostConfig: { ShmSize: '1073741824' } }, expected: { HostConfig: { ShmSize: 1073741824 } }, readings: ['HostConfig.ShmSize'] },
  { name: 'HostPort as a number is text', input: { HostConfig: { PortBindings: { '80/tcp': [{ HostPort: 8080 }] } } }, expected: { HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '8080' }] } } }, readings: ['HostConfig.PortBindings.80/tcp.0.HostPort'] },
  { name: 'nested member names: devices[].pathOnHost', input: { HostConfig: { Devices: [{ pathOnHost: '/dev/a', pathInContainer: '/dev/a', cgroupPermissions: 'rwm' }] } }, expected: { HostConfig: { Devices: [{ PathOnHost: '/dev/a', PathInContainer: '/dev/a', CgroupPermissions: 'rwm' }] } }, readings: ['HostConfig.Devices.0.PathOnHost', 'HostConfig.Devices.0.PathInContainer', 'HostConfig.Devices.0.CgroupPermissions'] },
  { name: 'a number in Env is text', input: { Env: ['A=1', 2] }, expected: { Env: ['A=1', '2'] }, readings: ['Env.1'] },
  { name: 'a boolean Label value is .NET text True', input: { Labels: { a: true } }, expected: { Labels: { a: 'True' } }, readings: ['Labels.a'] },
  // Raw members go to Docker's Go decoder: names match in any case, values are not converted.
  { name: '"tty": "true" outside HostConfig: name matched, value left for Docker', input: { tty: 'true' }, expected: { Tty: 'true' }, readings: ['Tty'] },
  { name: 'healthcheck.test: names matched', input: { healthcheck: { test: ['CMD', 'true'] } }, expected: { Healthcheck: { Test: ['CMD', 'true'] } }, readings: ['Healthcheck', 'Healthcheck.Test'] },
  { name: 'unknown members and map keys keep their spelling', input: { myField: 1, Labels: { 'Com.Example': 'x' } }, expected: { myField: 1, Labels: { 'Com.Example': 'x' } }, readings: [] },
  { name: 'k8s-experimental is not a Docker member: kept as written', input: { 'k8s-experimental': { volumes: [] } }, expected: { 'k8s-experimental': { volumes: [] } }, readings: [] },
  { name: 'HostConfig twice in two spellings: objects merged, later member wins', input: { HostConfig: { Privileged: false, Binds: ['/a:/a'] }, hostconfig: { Privileged: true } }, expected: { HostConfig: { Privileged: true, Binds: ['/a:/a'] } }, readings: ['HostConfig'] },
  { name: 'a __proto__ member is kept as data', input: JSON.parse('{"Labels":{"__proto__":"x"}}'), expected: JSON.parse('{"Labels":{"__proto__":"x"}}'), readings: [] },
  // Names that Object.prototype carries are members like any other (the fast-check counterexample {"valueOf":{"":""}}).
  { name: 'valueOf, constructor and toString are unknown members, kept as written', input: { valueOf: { '': '' }, constructor: 1, HostConfig: { toString: 'x' } }, expected: { valueOf: { '': '' }, constructor: 1, HostConfig: { toString: 'x' } }, readings: [] },
  { name: 'hasOwnProperty in another case is still an unknown member', input: { HASOWNPROPERTY: true }, expected: { HASOWNPROPERTY: true }, readings: [] },
  { name: '"Privileged": "yes" cannot be read', input: { HostConfig: { Privileged: 'yes' } }, expected: { HostConfig: { Privileged: 'yes' } }, readings: [], problem: ['HostConfig.Privileged', 'not true or false; the IoT Edge agent cannot read it as a boolean and fails the module'] },
  { name: '"ShmSize": "1g" cannot be read', input: { HostConfig: { ShmSize: '1g' } }, expected: { HostConfig: { ShmSize: '1g' } }, readings: [], problem: ['HostConfig.ShmSize', 'not an integer'] },
];

describe('readDockerCreateOptions: the agent\'s member rules', () => {
  it.each(rows)('$name', ({ input, expected, readings, problem }) => {
    const problems: Problem[] = [];
    const result = readDockerCreateOptions(input, problems);
    expect(result.options).toStrictEqual(expected);
    expect(result.readings.map((r) => r.path.join('.'))).toStrictEqual(readings);
    expect(problems.map((p) => [p.path.join('.'), p.message])).toStrictEqual(problem === undefined ? [] : [[problem[0], expect.stringContaining(problem[1])]]);
  });

  it('never quotes the value in a problem (createOptions may hold credentials)', () => {
    const problems: Problem[] = [];
    readDockerCreateOptions({ HostConfig: { Privileged: 'S3cret-value' } }, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).not.toContain('S3cret');
  });
});

describe('parseCreateOptions: text read as Newtonsoft reads it', () => {
  it.each<{ name: string; text: string; expected: JsonObject; lenient: boolean }>([
    { name: 'unquoted member names', text: '{HostConfig:{Privileged:true}}', expected: { HostConfig: { Privileged: true } }, lenient: true },
    { name: 'single-quoted strings', text: "{'Env':['A=1']}", expected: { Env: ['A=1'] }, lenient: true },
    { name: 'comments', text: '{"Env":["A=1"] /* why */ }', expected: { Env: ['A=1'] }, lenient: true },
    { name: 'strict JSON: no note', text: '{"Env":["A=1"]}', expected: { Env: ['A=1'] }, lenient: false },
  ])('$name', ({ text, expected, lenient }) => {
    const problems: Problem[] = [];
    const result = parseCreateOptions({ createOptions: text }, problems);
    expect(problems).toStrictEqual([]);
    expect(result.options).toStrictEqual(expected);
    expect(result.readings.some((r) => r.path.length === 0)).toBe(lenient);
  });

  it('a value the agent cannot convert is a problem under the createOptions key', () => {
    const problems: Problem[] = [];
    parseCreateOptions({ createOptions: '{"hostConfig":{"privileged":"maybe"}}' }, problems);
    expect(problems.map((p) => p.path)).toStrictEqual([['createOptions', 'HostConfig', 'Privileged']]);
  });

  it('text that not even the lenient reader reads is still an error', () => {
    const problems: Problem[] = [];
    parseCreateOptions({ createOptions: '{"a":' }, problems);
    expect(problems.map((p) => p.message)).toStrictEqual([expect.stringContaining('is not valid JSON')]);
  });
});
