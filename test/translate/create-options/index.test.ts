/**
 * applyCreateOptions and the handler table (create-options/index.ts): every field present gets exactly one
 * ledger entry; Go zero values are Docker defaults (exact, nothing emitted); unknown fields are dropped;
 * input errors are collected, each at its JSON path, and the module fails with them (STYLE habits 5, 6).
 */
import type { JsonObject } from '../../../src/model/json.js';
import { CREATE_OPTIONS_HANDLERS } from '../../../src/translate/create-options/index.js';
import { translateModuleM } from '../translate-helpers.js';
import { applyToDraft, expectFieldRow, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  { name: 'unknown createOptions field → dropped', co: { Frobnicate: 3 }, key: 'Frobnicate', fidelity: 'dropped', pick: (w) => w.container.securityContext, expected: {} },
  { name: 'unknown HostConfig field → dropped', co: { HostConfig: { Frobnicate: 3 } }, key: 'HostConfig.Frobnicate', fidelity: 'dropped', pick: (w) => w.container.securityContext, expected: {} },
  { name: 'zero value of a dropped field is the Docker default (exact)', co: { HostConfig: { AutoRemove: false } }, key: 'HostConfig.AutoRemove', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: {} },
];

describe('fields no handler knows, and zero values', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));
});

describe('CREATE_OPTIONS_HANDLERS', () => {
  it('one handler per field (the mapping table has one row per field)', () => {
    const fields = CREATE_OPTIONS_HANDLERS.map((h) => h.field);
    expect(fields.filter((f, i) => fields.indexOf(f) !== i)).toStrictEqual([]);
  });

  it('every field is top-level or directly under HostConfig', () => {
    expect(CREATE_OPTIONS_HANDLERS.map((h) => h.field).filter((f) => !/^(HostConfig\.)?[A-Za-z0-9-]+$/.test(f))).toStrictEqual([]);
  });
});

describe('applyCreateOptions', () => {
  it('container securityContext is {} and resources undefined when the module asks for nothing (no library defaults)', () => {
    const { w } = translateModuleM({});
    expect(w.container.securityContext).toStrictEqual({});
    expect(w.container.resources).toBeUndefined();
    expect(w.pod.securityContext).toBeUndefined();
  });

  it('the ledger path of a HostConfig field points inside createOptions', () => {
    const { ledger } = translateModuleM({ HostConfig: { Privileged: true } });
    expect(ledger.find((e) => e.key === 'HostConfig.Privileged')?.jsonPath).toBe('content.modulesContent.$edgeAgent["properties.desired"].modules.m.settings.createOptions.HostConfig.Privileged');
  });

  it('one entry per field present: known fields, then unknown ones (top level, then HostConfig)', () => {
    const { entries } = applyToDraft({ Zed: 1, Cmd: ['run'], HostConfig: { Privileged: true, Alpha: 'x' } });
    expect(entries.map((e) => [e.key, e.fidelity])).toStrictEqual([
      ['Cmd', 'exact'],
      ['HostConfig.Privileged', 'exact'],
      ['Zed', 'dropped'],
      ['HostConfig.Alpha', 'dropped'],
    ]);
  });

  it.each<{ name: string; co: JsonObject; key: string }>([
    { name: 'an empty Cmd list', co: { Cmd: [] }, key: 'Cmd' },
    { name: 'Privileged false', co: { HostConfig: { Privileged: false } }, key: 'HostConfig.Privileged' },
    { name: 'Memory 0', co: { HostConfig: { Memory: 0 } }, key: 'HostConfig.Memory' },
    { name: 'an empty Labels object', co: { Labels: {} }, key: 'Labels' },
    { name: 'WorkingDir ""', co: { WorkingDir: '' }, key: 'WorkingDir' },
    { name: 'NetworkMode null', co: { HostConfig: { NetworkMode: null } }, key: 'HostConfig.NetworkMode' },
  ])('a zero value is the Docker default: exact, nothing set — $name', ({ co, key }) => {
    const { draft, entry } = applyToDraft(co);
    expect(entry(key)).toMatchObject({ fidelity: 'exact', target: '', reason: 'Empty or zero value: the Docker default, nothing to translate.' });
    expect([draft.args, draft.security, draft.limits, draft.labelAnnotations, draft.workingDir, draft.hostNetwork]).toStrictEqual([undefined, {}, {}, {}, undefined, undefined]);
  });

  it('an unknown field with a zero value: exact, nothing to translate', () => {
    expect(applyToDraft({ HostConfig: { Frobnicate: [] } }).entry('HostConfig.Frobnicate')).toMatchObject({ fidelity: 'exact', reason: 'Unknown field with an empty or zero value: nothing to translate.' });
  });

  it('HostConfig that is not an object: one error at HostConfig, and nothing else is applied', () => {
    const { draft, entries, errors } = applyToDraft({ HostConfig: ['Privileged'], Cmd: ['run'] });
    expect(errors).toStrictEqual(['HostConfig must be an object @ .settings.createOptions.HostConfig']);
    expect([entries, draft.args]).toStrictEqual([[], undefined]);
  });

  it('HostConfig null is no HostConfig: no error, no entry for it', () => {
    const { entries, errors } = applyToDraft({ HostConfig: null, Tty: true });
    expect([entries.map((e) => e.key), errors]).toStrictEqual([['Tty'], []]);
  });

  it('every bad field is reported, not only the first, and the good ones are still applied', () => {
    const { draft, errors } = applyToDraft({ Tty: 'yes', Cmd: ['run'], HostConfig: { Memory: 'lots' } });
    expect(errors).toStrictEqual([
      'Tty: expected true or false, got a string @ .settings.createOptions.Tty',
      'HostConfig.Memory: expected an integer, got a string @ .settings.createOptions.HostConfig.Memory',
    ]);
    expect(draft.args).toStrictEqual(['run']);
  });
});
