/**
 * The bad-input corpus (issue 8 §1): every case of test/corpus/expectations.json runs through
 * `main(['synth', '--snapshot', case, '--out', tmp/out])` in-process. Each case names the rule it checks;
 * its expected exit code and message fragments were worked out from README (Exit codes, Isolation, Names,
 * Manifest checks) and spec/iothub-semantics.md, not copied from a run.
 *
 * Every case also proves the generic promises: no stack trace and no internal error on stderr, nothing
 * written outside --out, every file inside <out>/devices/<label>/<label>/ or a cluster's <out>/devices/<label>/inventory.json (no path traversal through ids or
 * tags), devices without a problem synthesized, failed devices listed with their errors and no directory.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { readInventory } from '../helpers/read-inventory.js';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandIo } from '../../src/cli/io.js';

interface CaseExpectation {
  readonly rule: string;
  readonly exit: 0 | 1 | 2;
  readonly stderr: readonly string[];
  /** Input file under cases/ (default `<name>.json`). */
  readonly file?: string;
  /** Built at test time (too large to commit): a key of GENERATORS. */
  readonly generate?: string;
  /** Device ids that must have a directory (exactly these). */
  readonly synthesized?: readonly string[];
  /** Device ids listed with errors and without a directory (exactly these). */
  readonly failed?: readonly string[];
  /** deviceId → expected namespace; `########` stands for the 8 hex digits of the id hash. */
  readonly namespaces?: Readonly<Record<string, string>>;
}

const here = import.meta.dirname;
const expectations = JSON.parse(readFileSync(path.join(here, 'expectations.json'), 'utf8')) as Record<string, CaseExpectation>;
const goodSnapshot = () => readFileSync(path.join(here, 'good-snapshot.json'), 'utf8');
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** Nesting that JSON.stringify of a real object would overflow on: built as text. */
const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** Inputs too large or too deep to commit, built from good-snapshot.json. */
const GENERATORS: Record<string, () => string> = {
  'deep-module-twin': () => {
    const s = JSON.parse(goodSnapshot());
    s.configurations[0].content.modulesContent.sensor = { 'properties.desired': { deep: '@DEEP@' } };
    return JSON.stringify(s).replace('"@DEEP@"', deepObject(10_000));
  },
  'deep-layer': () => {
    const s = JSON.parse(goodSnapshot());
    s.configurations.push({ id: 'deep-layer', content: { modulesContent: { sensor: { 'properties.desired.deep': '@DEEP@' } } }, targetCondition: "deviceId = 'good-2'", priority: 20 });
    return JSON.stringify(s).replace('"@DEEP@"', deepArray(10_000));
  },
  'deep-twin-tags': () => {
    const s = JSON.parse(goodSnapshot());
    s.devices.push({ ...s.devices[0], deviceId: 'deep-1', tags: { ring: 'good', deep: '@DEEP@' } });
    return JSON.stringify(s).replace('"@DEEP@"', deepObject(10_000));
  },
  'five-mb-module-twin': () => {
    const s = JSON.parse(goodSnapshot());
    const desired: Record<string, string> = {};
    for (let i = 0; i < 50_000; i++) desired[`p${i}`] = 'v'.repeat(90);
    s.configurations[0].content.modulesContent.sensor = { 'properties.desired': desired };
    return JSON.stringify(s);
  },
  'five-mb-too-many-modules': () => {
    const s = JSON.parse(goodSnapshot());
    const modules = s.configurations[0].content.modulesContent.$edgeAgent['properties.desired'].modules;
    for (let i = 0; i < 6_000; i++) modules[`m${i}`] = { ...modules.sensor, env: { A: { value: 'y'.repeat(700) } } };
    return JSON.stringify(s);
  },
};

let scratch: string;
beforeAll(() => (scratch = mkdtempSync(path.join(os.tmpdir(), 'corpus-'))));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file and directory under `dir`, relative, sorted (directories end with `/`). */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel === '' ? name : `${rel}/${name}`;
      if (statSync(path.join(dir, child)).isDirectory()) {
        out.push(`${child}/`);
        walk(child);
      } else out.push(child);
    }
  };
  walk('');
  return out;
}

function inputFile(name: string, expected: CaseExpectation, parent: string): string {
  if (expected.generate === undefined) return path.join(here, 'cases', expected.file ?? `${name}.json`);
  const generate = GENERATORS[expected.generate];
  if (generate === undefined) throw new Error(`no generator '${expected.generate}'`);
  // Outside `parent`, so that the before/after listing of parent sees only what synth wrote.
  const file = path.join(scratch, `${name}.json`);
  writeFileSync(file, generate());
  return file;
}

async function runSynth(snapshot: string, cwd: string, out: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { stdout: { write: (t: string) => stdout.push(t) }, stderr: { write: (t: string) => stderr.push(t) }, env: {}, cwd };
  const code = await main(['synth', '--snapshot', snapshot, '--out', out], io);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

const rows = Object.entries(expectations).map(([name, expected]) => ({ name, ...expected }));

it('has at least 40 cases, each input file present and each naming its rule', () => {
  expect(rows.length).toBeGreaterThanOrEqual(40);
  const files = new Set(readdirSync(path.join(here, 'cases')));
  const used = rows.filter((r) => r.generate === undefined).map((r) => r.file ?? `${r.name}.json`);
  expect(used.filter((f) => !files.has(f))).toStrictEqual([]);
  expect([...files].filter((f) => !used.includes(f))).toStrictEqual([]);
  for (const row of rows) expect(row.rule.length).toBeGreaterThan(10);
});

describe.each(rows)('$name', (row) => {
  it(`${row.rule}`, async () => {
    const parent = mkdtempSync(path.join(scratch, 'run-'));
    writeFileSync(path.join(parent, 'sentinel.txt'), 'left alone');
    mkdirSync(path.join(parent, 'sibling'));
    const before = listing(parent);
    const snapshot = inputFile(row.name, row, parent);
    if (row.generate?.startsWith('five-mb')) expect(statSync(snapshot).size).toBeGreaterThanOrEqual(5_000_000);
    const out = path.join(parent, 'out');

    const { code, stderr } = await runSynth(snapshot, parent, out);

    expect({ code, stderr }).toMatchObject({ code: row.exit });
    for (const fragment of row.stderr) expect(stderr).toContain(fragment);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('internal error');

    const after = listing(parent);
    expect(after.filter((p) => !p.startsWith('out/') && p !== 'out/')).toStrictEqual(before);
    if (row.exit === 1) {
      expect(after).toStrictEqual(before);
      return;
    }
    const written = listing(out).filter((p) => !p.endsWith('/'));
    for (const file of written) {
      const parts = file.split('/');
      const inside = (parts.length === 3 && parts[0] === 'devices' && DNS_LABEL.test(parts[1]!) && parts[2] === 'inventory.json') || (parts.length === 4 && parts[0] === 'devices' && DNS_LABEL.test(parts[1]!) && DNS_LABEL.test(parts[2]!));
      expect({ file, inside }).toStrictEqual({ file, inside: true });
    }

    const inventory = readInventory(out);
    const byId = new Map<string, any>(inventory.devices.map((d: any) => [d.deviceId, d]));
    const withDir = inventory.devices.filter((d: any) => d.path !== null && !d.errors).map((d: any) => d.deviceId).sort();
    const failed = inventory.devices.filter((d: any) => d.errors).map((d: any) => d.deviceId).sort();
    expect({ synthesized: withDir, failed }).toStrictEqual({ synthesized: [...(row.synthesized ?? [])].sort(), failed: [...(row.failed ?? [])].sort() });
    const dirs = new Set(written.filter((f) => f.endsWith('/kustomization.yaml')).map((f) => path.posix.dirname(f)));
    expect([...dirs].sort()).toStrictEqual(withDir.map((id: string) => byId.get(id).path).sort());
    for (const [deviceId, pattern] of Object.entries(row.namespaces ?? {})) {
      const namespace: string = byId.get(deviceId)?.namespace;
      const regex = new RegExp('^' + pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('########', '[0-9a-f]{8}') + '$');
      expect({ deviceId, namespace }).toStrictEqual({ deviceId, namespace: expect.stringMatching(regex) });
    }
  });
});

describe('validate and explain on every case', () => {
  // The same inputs through the commands that write nothing: a clear answer (0 valid, 1 not), never a crash.
  it.each(rows.filter((r) => r.generate === undefined || r.generate.startsWith('deep')))('$name', async (row) => {
    const snapshot = inputFile(row.name, row, scratch);
    const err: string[] = [];
    const io: CommandIo = { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) }, env: {}, cwd: scratch };
    const validate = await main(['validate', '--snapshot', snapshot, '--quiet'], io);
    expect(validate).toBe(row.exit === 0 ? 0 : 1);
    // explain: 1 when the input is unusable, 2 when the device keeps its last good output, else 0.
    const device = row.synthesized?.[0] ?? row.failed?.[0] ?? 'good-1';
    const explain = await main(['explain', device, '--snapshot', snapshot], io);
    expect(explain).toBe(row.exit === 1 ? 1 : row.synthesized?.length ? 0 : 2);
    expect(err.join('')).not.toMatch(/^\s+at |internal error/m);
  });
});
