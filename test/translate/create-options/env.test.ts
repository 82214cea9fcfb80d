/**
 * createOptions.Env (k8s-mapping.md §2.1, §7.2 row 15): `NAME=value` entries split on the first `=`; the
 * merge with module env and runtime variables is module-env.ts's and tested there.
 */
import { configErrorOf, expectFieldRow, userEnv, applyToDraft, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  { name: 'Env K=V → env (split on first =)', co: { Env: ['A=1', 'B=x=y'] }, key: 'Env', fidelity: 'exact', pick: userEnv, expected: [{ name: 'A', value: '1' }, { name: 'B', value: 'x=y' }] },
  { name: 'Env entry without = → dropped', co: { Env: ['A=1', 'NOVALUE'] }, key: 'Env', fidelity: 'dropped', pick: userEnv, expected: [{ name: 'A', value: '1' }] },
];

describe('Env → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));
});

describe('Env rules', () => {
  it('each entry keeps its index in createOptions.Env (the ledger and secret references point at it); an empty value is a value', () => {
    const { draft, entry } = applyToDraft({ Env: ['A=', 'NOVALUE', 'B=2'] });
    expect(draft.createEnv).toStrictEqual([
      { name: 'A', value: '', index: 0 },
      { name: 'B', value: '2', index: 2 },
    ]);
    expect(entry('Env').reason).toMatch(/^1 entry\(ies\) without NAME=value/);
  });

  it('an entry whose name is empty fails the module, at that entry (Docker refuses to create the container)', () => {
    const error = configErrorOf({ Env: ['A=1', '=x'] });
    expect(error.message).toBe("Env: the variable name is empty ('=' comes first); Docker refuses to create such a container");
    expect(error.jsonPath).toMatch(/\.createOptions\.Env\[1\]$/);
  });

  it('Env that is not a list of strings is an error naming the type found', () => {
    expect(applyToDraft({ Env: { A: '1' } }).errors).toStrictEqual(['Env: expected a list of strings, got an object @ .settings.createOptions.Env']);
  });
});
