/**
 * inventory.json stores each distinct module ledger once (issue 7: one copy per device made the file 26 KB per
 * device, over GitHub's 100 MB limit at 10,000 devices). Ids are the first 16 hex digits of SHA-256 of the rows'
 * JSON, worked out here from hand-written JSON text, not from the code's own serialization.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import { syntheticHub } from '../builders.js';
import { LedgerTable } from '../../src/plan/ledger-table.js';
import type { LedgerEntry } from '../../src/translate/ledger.js';

const entry = (deviceId: string, module: string, over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  deviceId,
  module,
  configurationId: 'c',
  jsonPath: `$.modules.${module}.x`,
  key: 'k',
  fidelity: 'approximate',
  target: 't',
  reason: 'why',
  ...over,
});
const idOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);
const rowJson = (module: string, reason = 'why') => `{"key":"k","fidelity":"approximate","configurationId":"c","jsonPath":"$.modules.${module}.x","target":"t","reason":"${reason}"}`;

describe('LedgerTable', () => {
  it('equal module rows from two devices get one id and one table entry; the device id is not stored', () => {
    const table = new LedgerTable();
    const a = table.add([entry('d1', 'm')]);
    const b = table.add([entry('d2', 'm')]);
    const id = idOf(`[${rowJson('m')}]`);
    expect({ ...a }).toEqual({ m: id });
    expect({ ...b }).toEqual({ m: id });
    expect(Object.keys(table.rows())).toEqual([id]);
    expect(JSON.stringify(table.rows()[id])).toBe(`[${rowJson('m')}]`);
  });

  it.each([
    { name: 'a differing reason', other: entry('d2', 'm', { reason: 'other' }) },
    { name: 'a differing fidelity', other: entry('d2', 'm', { fidelity: 'dropped' }) },
    { name: 'a differing configuration', other: entry('d2', 'm', { configurationId: 'd' }) },
  ])('$name gets its own id', ({ other }) => {
    const table = new LedgerTable();
    const a = table.add([entry('d1', 'm')]);
    const b = table.add([other]);
    expect(a['m']).not.toBe(b['m']);
    expect(Object.keys(table.rows())).toHaveLength(2);
  });

  it('splits a device ledger by module, keeping row order within a module', () => {
    const table = new LedgerTable();
    const refs = table.add([entry('d', 'a', { key: 'k1' }), entry('d', 'b'), entry('d', 'a', { key: 'k2' })]);
    const aJson = `[${rowJson('a').replace('"key":"k"', '"key":"k1"')},${rowJson('a').replace('"key":"k"', '"key":"k2"')}]`;
    expect({ ...refs }).toEqual({ a: idOf(aJson), b: idOf(`[${rowJson('b')}]`) });
    expect(JSON.stringify(table.rows()[refs['a']!])).toBe(aJson);
  });

  it('lists the table by id, sorted', () => {
    const table = new LedgerTable();
    for (const reason of ['r1', 'r2', 'r3', 'r4']) table.add([entry('d', 'm', { reason })]);
    const ids = ['r1', 'r2', 'r3', 'r4'].map((r) => idOf(`[${rowJson('m', r)}]`)).sort();
    expect(Object.keys(table.rows())).toEqual(ids);
  });

  it('a module named __proto__ is an ordinary key that survives JSON', () => {
    const refs = new LedgerTable().add([entry('d', '__proto__')]);
    expect(JSON.parse(JSON.stringify({ ledger: refs })).ledger).toEqual(JSON.parse(`{"__proto__":"${idOf(`[${rowJson('__proto__')}]`)}"}`));
  });

  it('an empty ledger references nothing', () => {
    const table = new LedgerTable();
    expect({ ...table.add([]) }).toEqual({});
    expect(table.rows()).toEqual({});
  });

  it('more distinct ledgers than one bucket compares still dedupe by content', () => {
    const table = new LedgerTable();
    // 40 ledgers alike in everything the bucket key looks at (module, length, configuration, first/last path).
    const first = Array.from({ length: 40 }, (_, i) => table.add([entry('d1', 'm', { reason: `r${i}` })])['m']);
    const again = Array.from({ length: 40 }, (_, i) => table.add([entry('d2', 'm', { reason: `r${i}` })])['m']);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(40);
    expect(Object.keys(table.rows())).toHaveLength(40);
  });
});

describe('ledgers of a synthesized fleet', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const example = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;
  const { inventory } = synthesize(syntheticHub(example, { devices: 100 }), { details: false }).plan;
  const managed = inventory.devices.filter((d) => d.ledger !== undefined);

  it('no ledger row names a device, so devices that take a module from the same deployments share its rows', () => {
    const text = JSON.stringify(inventory.ledgers);
    expect(managed.length).toBeGreaterThan(75);
    for (const device of managed) {
      expect(text).not.toContain(`"${device.deviceId}"`);
      expect(text).not.toContain(`/${device.deviceId}/`);
      expect(text).not.toContain(device.namespace);
    }
  });

  it('holds one row set per module and deployment set at most (so the table grows with variety, not fleet size)', () => {
    const variants = new Set(managed.flatMap((d) => Object.keys(d.ledger!).map((m) => JSON.stringify([m, d.baseDeployment, d.layeredDeployments]))));
    expect(Object.keys(inventory.ledgers).length).toBeLessThanOrEqual(variants.size);
  });
});
