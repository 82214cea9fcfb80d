/**
 * README's mapping table is generated from the handlers that apply the mapping (module settings, createOptions
 * fields in application order, system rows), so it may never drift from the code nor from README.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CREATE_OPTIONS_HANDLERS } from '../../src/translate/create-options/index.js';
import { mappingTable, renderMappingTableMarkdown } from '../../src/translate/mapping-table.js';
import { SETTING_HANDLERS } from '../../src/translate/module-settings.js';

const readme = path.resolve(import.meta.dirname, '../../README.md');
const START = '<!-- mapping-table:start -->\n';
const END = '<!-- mapping-table:end -->';

it('README mapping table equals the generated one (UPDATE_README=1 npm test -- mapping-table to refresh)', () => {
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(START) + START.length;
  const to = text.indexOf(END);
  expect(from).toBeGreaterThan(START.length - 1);
  expect(to).toBeGreaterThan(from - 1);
  const generated = renderMappingTableMarkdown().trimEnd() + '\n';
  if (process.env['UPDATE_README'] === '1') writeFileSync(readme, text.slice(0, from) + generated + text.slice(to));
  else expect(text.slice(from, to)).toBe(generated);
});

describe('mappingTable', () => {
  const rows = mappingTable();

  it('module settings first, then every createOptions field in the order the handlers apply them, then the system rows', () => {
    const settings = rows.slice(0, SETTING_HANDLERS.length).map((r) => r.field);
    const createOptions = rows.slice(SETTING_HANDLERS.length, SETTING_HANDLERS.length + CREATE_OPTIONS_HANDLERS.length).map((r) => r.field);
    const system = rows.slice(SETTING_HANDLERS.length + CREATE_OPTIONS_HANDLERS.length).map((r) => r.field);
    expect(settings).toStrictEqual(SETTING_HANDLERS.map((h) => h.field));
    expect(createOptions).toStrictEqual(CREATE_OPTIONS_HANDLERS.map((h) => `createOptions.${h.field}`));
    expect(system.some((f) => f.startsWith('createOptions.'))).toBe(false);
    expect(system).toEqual(expect.arrayContaining(['modules.<name>', 'env.<NAME>.value', 'systemModules.edgeAgent', 'systemModules.edgeHub', '$edgeHub routes', '<module> properties.desired']));
  });

  it('each field has one row', () => {
    const fields = rows.map((r) => r.field);
    expect(fields.filter((f, i) => fields.indexOf(f) !== i)).toStrictEqual([]);
  });

  it('fidelity uses the ledger’s words only (exact, approximate, dropped, several joined by " / ")', () => {
    expect(rows.filter((r) => !/^(exact|approximate|dropped)( \/ (exact|approximate|dropped))*$/.test(r.fidelity)).map((r) => r.field)).toStrictEqual([]);
  });

  it('a field that is only dropped names no Kubernetes field (as its ledger entries have no target)', () => {
    expect(rows.filter((r) => r.fidelity === 'dropped' && r.kubernetes !== '').map((r) => r.field)).toStrictEqual([]);
  });

  it('rows are copies with exactly the four table columns (no handler function leaks into the table)', () => {
    for (const row of rows) expect(Object.keys(row)).toStrictEqual(['field', 'kubernetes', 'fidelity', 'note']);
  });
});

describe('renderMappingTableMarkdown', () => {
  const rows = mappingTable();
  const lines = renderMappingTableMarkdown().split('\n');

  it('a header, a separator, one line per row and a final newline', () => {
    expect(lines.slice(0, 2)).toStrictEqual(['| Field | Kubernetes | Fidelity | Note |', '|---|---|---|---|']);
    expect(lines).toHaveLength(rows.length + 3);
    expect(lines[lines.length - 1]).toBe('');
  });

  it('field in code, empty cells as an em dash', () => {
    const dropped = rows.findIndex((r) => r.kubernetes === '' && r.note !== '');
    const row = rows[dropped]!;
    expect(lines[dropped + 2]).toBe(`| \`${row.field}\` | — | ${row.fidelity} | ${row.note} |`);
    const noNote = rows.findIndex((r) => r.note === '');
    expect(lines[noNote + 2]!.endsWith(' | — |')).toBe(true);
  });
});
