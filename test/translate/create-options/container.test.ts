/**
 * Process and container-level createOptions fields (container.ts): expected values from the Docker Engine
 * API (ContainerConfig, Healthcheck in nanoseconds, Go zero values) and k8s-mapping.md §7.2 rows 16–29.
 */
import type { JsonObject } from '../../../src/model/json.js';
import { argSecretName } from '../../../src/translate/create-options/container.js';
import { applyToDraft, expectFieldRow, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  { name: 'Cmd list → args', co: { Cmd: ['--pf=/app/pn.json', '--aa'] }, key: 'Cmd', fidelity: 'exact', pick: (w) => w.container.args, expected: ['--pf=/app/pn.json', '--aa'] },
  { name: 'Cmd single string → one-element args', co: { Cmd: 'run.sh' }, key: 'Cmd', fidelity: 'exact', pick: (w) => w.container.args, expected: ['run.sh'] },
  { name: 'Entrypoint → command', co: { Entrypoint: ['/bin/app', '-v'] }, key: 'Entrypoint', fidelity: 'exact', pick: (w) => w.container.command, expected: ['/bin/app', '-v'] },
  { name: 'WorkingDir → workingDir', co: { WorkingDir: '/app' }, key: 'WorkingDir', fidelity: 'exact', pick: (w) => w.container.workingDir, expected: '/app' },
  { name: 'Hostname → pod hostname', co: { Hostname: 'opcpublisher' }, key: 'Hostname', fidelity: 'approximate', pick: (w) => w.pod.hostname, expected: 'opcpublisher' },
  { name: 'Hostname made a DNS label', co: { Hostname: 'My_Host' }, key: 'Hostname', fidelity: 'approximate', pick: (w) => w.pod.hostname, expected: 'my-host' },
  { name: 'Domainname → pod subdomain', co: { Domainname: 'plant1' }, key: 'Domainname', fidelity: 'approximate', pick: (w) => w.pod.subdomain, expected: 'plant1' },
  {
    name: 'Labels → pod-template and Service annotations',
    co: { Labels: { 'com.example.team': 'ops' }, ExposedPorts: { '80/tcp': {} } },
    key: 'Labels',
    fidelity: 'approximate',
    pick: (w) => [w.podAnnotations['com.example.team'], w.service?.annotations],
    expected: ['ops', { 'com.example.team': 'ops' }],
  },
  {
    name: 'Healthcheck CMD-SHELL → livenessProbe exec sh -c, ns → s, Docker defaults for the rest',
    co: { Healthcheck: { Test: ['CMD-SHELL', 'curl -f http://localhost/'], Interval: 15000000000, Retries: 5 } },
    key: 'Healthcheck',
    fidelity: 'approximate',
    pick: (w) => w.container.livenessProbe,
    expected: { exec: { command: ['/bin/sh', '-c', 'curl -f http://localhost/'] }, periodSeconds: 15, timeoutSeconds: 30, failureThreshold: 5 },
  },
  {
    name: 'Healthcheck CMD with StartPeriod → exec argv + initialDelaySeconds (rounded up)',
    co: { Healthcheck: { Test: ['CMD', '/health', '--quick'], StartPeriod: 1500000000, Timeout: 2000000000 } },
    key: 'Healthcheck',
    fidelity: 'approximate',
    pick: (w) => w.container.livenessProbe,
    expected: { exec: { command: ['/health', '--quick'] }, periodSeconds: 30, timeoutSeconds: 2, failureThreshold: 3, initialDelaySeconds: 2 },
  },
  { name: 'StopTimeout → terminationGracePeriodSeconds', co: { StopTimeout: 45 }, key: 'StopTimeout', fidelity: 'exact', pick: (w) => w.pod.terminationGracePeriodSeconds, expected: 45 },
  { name: 'StopSignal non-default → dropped', co: { StopSignal: 'SIGINT' }, key: 'StopSignal', fidelity: 'dropped', pick: (w) => w.pod.terminationGracePeriodSeconds, expected: undefined },
  { name: 'Tty → tty', co: { Tty: true }, key: 'Tty', fidelity: 'exact', pick: (w) => w.container.tty, expected: true },
  { name: 'OpenStdin → stdin', co: { OpenStdin: true }, key: 'OpenStdin', fidelity: 'exact', pick: (w) => w.container.stdin, expected: true },
];

describe('container fields → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));
});

describe('argSecretName: the env variable a credential argument is read from', () => {
  it.each([
    { name: 'Cmd argument', field: 'Cmd' as const, index: 2, expected: 'IOTEDGE_GITOPS_CMD_2' },
    { name: 'Entrypoint argument, upper-cased field name', field: 'Entrypoint' as const, index: 0, expected: 'IOTEDGE_GITOPS_ENTRYPOINT_0' },
  ])('$name', ({ field, index, expected }) => {
    expect(argSecretName(field, index)).toBe(expected);
  });
});

describe('container field rules', () => {
  it('a credential argument is remembered with its key, path and clear prefix, so the secret store can fill it', () => {
    const { draft, entry } = applyToDraft({ Cmd: ['--user', 'admin', '--token=abc123'] });
    expect(draft.args).toStrictEqual(['--user', 'admin', '--token=$(IOTEDGE_GITOPS_CMD_2)']);
    expect(draft.argSecrets).toStrictEqual([
      { name: 'IOTEDGE_GITOPS_CMD_2', key: 'Cmd[2]', path: ['settings', 'createOptions', 'Cmd', 2], field: 'Cmd', index: 2, prefix: '--token=' },
    ]);
    expect(entry('Cmd').fidelity).toBe('approximate');
  });

  it.each<{ name: string; co: JsonObject; key: string; fidelity: string }>([
    { name: 'Image: IoT Edge uses settings.image, so nothing is set (exact)', co: { Image: 'other:1' }, key: 'Image', fidelity: 'exact' },
    { name: 'Hostname with no letter or digit cannot be a DNS label: dropped', co: { Hostname: '___' }, key: 'Hostname', fidelity: 'dropped' },
    { name: 'Domainname with no letter or digit: dropped', co: { Domainname: '..' }, key: 'Domainname', fidelity: 'dropped' },
    { name: 'StopTimeout negative (wait forever) has no equivalent: dropped', co: { StopTimeout: -1 }, key: 'StopTimeout', fidelity: 'dropped' },
    { name: 'StopSignal SIGTERM is what Kubernetes sends: exact', co: { StopSignal: 'SIGTERM' }, key: 'StopSignal', fidelity: 'exact' },
    { name: 'StopSignal "15" is SIGTERM by number: exact', co: { StopSignal: '15' }, key: 'StopSignal', fidelity: 'exact' },
    { name: 'AttachStdout true is the Docker default: exact', co: { AttachStdout: true }, key: 'AttachStdout', fidelity: 'exact' },
    { name: 'AttachStdin true needs a client: dropped', co: { AttachStdin: true }, key: 'AttachStdin', fidelity: 'dropped' },
    { name: 'MacAddress: the pod network assigns it, dropped', co: { MacAddress: '02:42:ac:11:00:02' }, key: 'MacAddress', fidelity: 'dropped' },
    { name: 'Healthcheck Test NONE disables the check: exact, no probe', co: { Healthcheck: { Test: ['NONE'] } }, key: 'Healthcheck', fidelity: 'exact' },
    { name: 'Healthcheck without Test inherits the image check, which Kubernetes ignores: dropped', co: { Healthcheck: { Interval: 5000000000 } }, key: 'Healthcheck', fidelity: 'dropped' },
    // Docker Engine API: "[] inherit healthcheck from image or parent image", the same as no Test.
    { name: 'Healthcheck with an empty Test inherits the image check too: dropped', co: { Healthcheck: { Test: [], Interval: 5000000000 } }, key: 'Healthcheck', fidelity: 'dropped' },
  ])('$name', ({ co, key, fidelity }) => {
    const { draft, entry } = applyToDraft(co);
    expect(entry(key).fidelity).toBe(fidelity);
    expect([draft.hostname, draft.subdomain, draft.terminationGracePeriodSeconds, draft.livenessProbe, draft.hasHealthcheck]).toStrictEqual([undefined, undefined, undefined, undefined, false]);
  });

  it('StopTimeout 0 is a value (kill at once), not the Docker default; a string of digits is read as a number', () => {
    expect(applyToDraft({ StopTimeout: 0 }).draft.terminationGracePeriodSeconds).toBe(0);
    expect(applyToDraft({ StopTimeout: '20' }).draft.terminationGracePeriodSeconds).toBe(20);
  });

  it('Healthcheck: nanoseconds round up to whole seconds; zero durations and retries take the Docker defaults (30 s, 30 s, 3)', () => {
    const { draft } = applyToDraft({ Healthcheck: { Test: ['CMD', 'true'], Interval: 1, Timeout: 0, Retries: 0, StartPeriod: 2000000001 } });
    expect(draft.livenessProbe).toStrictEqual({ exec: { command: ['true'] }, periodSeconds: 1, timeoutSeconds: 30, failureThreshold: 3, initialDelaySeconds: 3 });
    expect(draft.hasHealthcheck).toBe(true);
  });

  it('Labels: keys that are not annotation keys and values that are not strings are left out, and counted', () => {
    const { draft, entry } = applyToDraft({ Labels: { 'com.example/team': 'ops', 'bad key': 'x', replicas: 3 } });
    expect(draft.labelAnnotations).toStrictEqual({ 'com.example/team': 'ops' });
    expect(entry('Labels').reason).toMatch(/; 2 label\(s\) with an invalid key or a non-string value were left out\.$/);
  });

  it.each<{ name: string; co: JsonObject; expected: string[] }>([
    { name: 'Healthcheck Test of an unknown kind, at Test[0]', co: { Healthcheck: { Test: ['HTTP', '/health'] } }, expected: ['Healthcheck: Healthcheck.Test must start with NONE, CMD or CMD-SHELL @ .settings.createOptions.Healthcheck.Test[0]'] },
    { name: 'Tty that is not a boolean', co: { Tty: 'yes' }, expected: ['Tty: expected true or false, got a string @ .settings.createOptions.Tty'] },
    { name: 'Cmd that is a number', co: { Cmd: 5 }, expected: ['Cmd: expected a list of strings or a string, got a number @ .settings.createOptions.Cmd'] },
    { name: 'WorkingDir that is a list', co: { WorkingDir: ['/app'] }, expected: ['WorkingDir: expected a string, got a list @ .settings.createOptions.WorkingDir'] },
    { name: 'StopTimeout that is a fraction', co: { StopTimeout: 1.5 }, expected: ['StopTimeout: expected an integer, got a number @ .settings.createOptions.StopTimeout'] },
  ])('bad value → error naming the field and the type: $name', ({ co, expected }) => {
    expect(applyToDraft(co).errors).toStrictEqual(expected);
  });
});
