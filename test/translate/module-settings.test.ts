/**
 * The IoT Edge module settings (k8s-mapping.md §7.2 rows 2–14) applied one handler after the other, as
 * translateModule applies them, on hand-written ModuleSpecs. Image references follow the distribution/reference
 * grammar Docker uses (lower-case repository path, optional `host[:port]/`, tag of at most 128 word characters,
 * `@sha256:` + 64 hex); `$upstream` is the nested-edge prefix the IoT Edge agent replaces with its parent's host
 * ("Connect downstream IoT Edge devices"). Fidelities already checked through translateDevice in
 * translate-device.test.ts (status, restartPolicy, imagePullPolicy, startupOrder, version) are not repeated.
 */
import type { ModuleSpec } from '../../src/model/device-manifest.js';
import type { LedgerEntry } from '../../src/translate/ledger.js';
import { hasTagOrDigest, isImageReference, SETTING_HANDLERS, type SettingsDraft } from '../../src/translate/module-settings.js';
import { dockerModuleSpec, moduleRecorder, moduleSourceRef } from '../builders/translate-specs.js';

const DIGEST = 'a'.repeat(64);

/** Runs every handler on `module` as translateModule does; returns the draft, the entries and the error texts. */
function applySettings(module: ModuleSpec, draftExtra: Partial<SettingsDraft> = {}) {
  const rec = moduleRecorder(module.name);
  const draft: SettingsDraft = { replicas: 1, image: module.image.trim(), hasHealthcheck: false, ...draftExtra };
  for (const handler of SETTING_HANDLERS) handler.apply(module, draft, rec);
  return { draft, entries: rec.entries, errors: rec.errors.map((e) => e.describe()) };
}

const entry = (entries: LedgerEntry[], key: string): LedgerEntry | undefined => entries.find((e) => e.key === key);
const at = (name: string, ...keys: string[]): string => [moduleSourceRef(name).jsonPath, ...keys].join('.');

describe('image references', () => {
  it.each([
    { name: 'no tag', image: 'nginx', expected: false },
    { name: 'a tag', image: 'nginx:1.25', expected: true },
    { name: 'registry and tag', image: 'myacr.azurecr.io/sensor:1.0', expected: true },
    { name: 'a registry port is not a tag', image: 'localhost:5000/sensor', expected: false },
    { name: 'registry port and tag', image: 'localhost:5000/sensor:2', expected: true },
    { name: 'a digest', image: `mcr.microsoft.com/azureiotedge-hub@sha256:${DIGEST}`, expected: true },
  ])('hasTagOrDigest: $name', ({ image, expected }) => {
    expect(hasTagOrDigest(image)).toBe(expected);
  });

  it.each([
    { name: 'Microsoft registry with tag', image: 'mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.5', expected: true },
    { name: 'Docker Hub short name', image: 'nginx', expected: true },
    { name: 'registry port, nested path, tag with dot and underscore', image: 'localhost:5000/team/app:v1.2_rc', expected: true },
    { name: 'tag and digest', image: `nginx:1.25@sha256:${DIGEST}`, expected: true },
    { name: 'tag of 128 characters', image: `nginx:${'t'.repeat(128)}`, expected: true },
    { name: 'tag of 129 characters', image: `nginx:${'t'.repeat(129)}`, expected: false },
    { name: 'digest one hex digit short', image: `nginx@sha256:${DIGEST.slice(1)}`, expected: false },
    { name: 'upper case in the repository (Docker refuses it)', image: 'myacr.azurecr.io/Sensor:1', expected: false },
    { name: 'an unresolved deployment-template placeholder', image: '${MODULES.SimulatedTemperatureSensor}', expected: false },
    { name: 'an unresolved $upstream (before it is replaced)', image: '$upstream:443/azureiotedge-agent:1.5', expected: false },
    { name: 'an empty path segment', image: 'myacr.azurecr.io//sensor:1', expected: false },
    { name: 'empty', image: '', expected: false },
  ])('isImageReference: $name', ({ image, expected }) => {
    expect(isImageReference(image)).toBe(expected);
  });
});

describe('SETTING_HANDLERS', () => {
  it('records in the documented ledger order: type, image, status, restartPolicy, imagePullPolicy, startupOrder, version, createOptions form, reading', () => {
    const module = dockerModuleSpec('m', {
      imagePullPolicy: 'never',
      startupOrder: 1,
      version: '1.0',
      createOptionsForm: 'chunked',
      createOptionsReadings: [{ kind: 'name', path: ['HostConfig'], note: 'n' }],
    });
    expect(applySettings(module).entries.map((e) => e.key)).toStrictEqual([
      'type',
      'settings.image',
      'status',
      'restartPolicy',
      'imagePullPolicy',
      'startupOrder',
      'version',
      'settings.createOptions',
      'settings.createOptions (reading)',
    ]);
  });

  it('fields left out record nothing and change nothing', () => {
    const { draft, entries } = applySettings(dockerModuleSpec('m'));
    expect(entries.map((e) => e.key)).toStrictEqual(['type', 'settings.image', 'status', 'restartPolicy']);
    expect(draft).toStrictEqual({ replicas: 1, image: 'myacr.azurecr.io/m:1.0', hasHealthcheck: false });
  });

  it.each([
    { name: 'type docker: exact', type: 'docker', errors: [] as string[] },
    { name: 'any other type: an error naming it', type: 'rkt', errors: [`configuration 'base-config', device 'device-1', module 'm', at ${at('m', 'type')}: module type 'rkt' is not supported (only docker)`] },
  ])('$name', ({ type, errors }) => {
    expect(applySettings(dockerModuleSpec('m', { type })).errors).toStrictEqual(errors);
  });

  it.each([
    { name: 'surrounding spaces trimmed', image: '  nginx:1.25  ', expected: 'nginx:1.25', fidelity: 'exact' },
    { name: 'a digest is as exact as a tag', image: `nginx@sha256:${DIGEST}`, expected: `nginx@sha256:${DIGEST}`, fidelity: 'exact' },
    { name: 'a registry port without tag pulls :latest', image: 'localhost:5000/sensor', expected: 'localhost:5000/sensor', fidelity: 'approximate' },
  ])('settings.image: $name', ({ image, expected, fidelity }) => {
    const { draft, entries, errors } = applySettings(dockerModuleSpec('m', { image }));
    expect([draft.image, entry(entries, 'settings.image')?.fidelity, entry(entries, 'settings.image')?.target, errors]).toStrictEqual([expected, fidelity, 'containers[].image', []]);
  });

  it.each([
    { name: 'a template placeholder', image: '${MODULES.sensor}' },
    { name: 'only spaces', image: '   ' },
    { name: '$upstream without ":" or "/" after it is no nested-edge prefix', image: '$upstreamer/sensor:1' },
  ])('settings.image: $name is an error at settings.image, and no image entry', ({ image }) => {
    const { entries, errors } = applySettings(dockerModuleSpec('m', { image }));
    expect(errors).toStrictEqual([`configuration 'base-config', device 'device-1', module 'm', at ${at('m', 'settings', 'image')}: settings.image is not a valid image reference (an unresolved template placeholder?)`]);
    expect(entry(entries, 'settings.image')).toBeUndefined();
  });

  it.each([
    { name: 'host:port form, parent device id', image: '$upstream:443/azureiotedge-agent:1.5', upstream: { host: 'gateway-1', from: 'parent' as const }, expected: 'gateway-1:443/azureiotedge-agent:1.5', reasonHas: 'parentScopes' },
    { name: 'path form, --upstream-host', image: '$upstream/azureiotedge-agent:1.5', upstream: { host: 'registry.plant-a.example', from: 'flag' as const }, expected: 'registry.plant-a.example/azureiotedge-agent:1.5', reasonHas: '--upstream-host' },
  ])('$upstream: $name → approximate, saying where the host came from', ({ image, upstream, expected, reasonHas }) => {
    const { draft, entries, errors } = applySettings(dockerModuleSpec('m', { image }), { upstream });
    expect([draft.image, entry(entries, 'settings.image')?.fidelity, errors]).toStrictEqual([expected, 'approximate', []]);
    expect(entry(entries, 'settings.image')?.reason).toContain(reasonHas);
  });

  it('$upstream replaced by a host that makes no valid reference: an error', () => {
    const { errors } = applySettings(dockerModuleSpec('m', { image: '$upstream:443/agent:1.5' }), { upstream: { host: 'Gateway_1', from: 'parent' } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('settings.image is not a valid image reference');
  });

  it.each([
    { name: 'with a Healthcheck: the livenessProbe restarts unhealthy containers', hasHealthcheck: true, reasonHas: 'livenessProbe from Healthcheck' },
    { name: 'without: nothing detects an unhealthy container', hasHealthcheck: false, reasonHas: 'without a Healthcheck nothing detects an unhealthy container' },
  ])('restartPolicy on-unhealthy $name', ({ hasHealthcheck, reasonHas }) => {
    const { entries } = applySettings(dockerModuleSpec('m', { restartPolicy: 'on-unhealthy' }), { hasHealthcheck });
    expect(entry(entries, 'restartPolicy')?.reason).toContain(reasonHas);
  });

  it('restartPolicy never: dropped, no target', () => {
    expect(entry(applySettings(dockerModuleSpec('m', { restartPolicy: 'never' })).entries, 'restartPolicy')?.target).toBe('');
  });

  it.each([
    { name: 'a JSON object (template form) is approximate: IoT Hub needs a string', form: 'object' as const, fidelity: 'approximate' },
    { name: 'createOptions01… chunks are exact: joined as IoT Edge joins them', form: 'chunked' as const, fidelity: 'exact' },
    { name: 'one string is the normal form: no entry', form: 'string' as const, fidelity: undefined },
    { name: 'absent: no entry', form: 'absent' as const, fidelity: undefined },
  ])('createOptions form: $name', ({ form, fidelity }) => {
    const found = entry(applySettings(dockerModuleSpec('m', { createOptionsForm: form })).entries, 'settings.createOptions');
    expect(found?.fidelity).toBe(fidelity);
    if (found !== undefined) expect(found.jsonPath).toBe(at('m', 'settings', 'createOptions'));
  });

  it('createOptions read leniently: one exact entry listing each kind, paths once each and sorted, never a value', () => {
    const module = dockerModuleSpec('m', {
      createOptionsReadings: [
        { kind: 'name', path: ['HostConfig', 'Privileged'], note: 'privileged' },
        { kind: 'value', path: ['HostConfig', 'Memory'], note: '"1024"' },
        { kind: 'name', path: ['HostConfig', 'Binds'], note: 'binds' },
        { kind: 'name', path: ['HostConfig', 'Binds'], note: 'binds again' },
        { kind: 'syntax', path: [], note: 'comments' },
      ],
    });
    const found = applySettings(module).entries.filter((e) => e.key === 'settings.createOptions (reading)');
    expect(found.map((e) => [e.fidelity, e.reason])).toStrictEqual([
      [
        'exact',
        "Read as the IoT Edge agent reads createOptions: not strict JSON (unquoted member names, single quotes or comments), read as Newtonsoft reads it; member names matched case-insensitively: HostConfig.Binds, HostConfig.Privileged; values converted to the member's type: HostConfig.Memory.",
      ],
    ]);
  });

  it('createOptions read leniently in one way only: only that part is listed', () => {
    const module = dockerModuleSpec('m', { createOptionsReadings: [{ kind: 'value', path: ['Tty'], note: 'true' }] });
    expect(entry(applySettings(module).entries, 'settings.createOptions (reading)')?.reason).toBe("Read as the IoT Edge agent reads createOptions: values converted to the member's type: Tty.");
  });
});
