/**
 * The YAML floor: how long a plain Node script takes to `yaml.stringify` and write the documents the product
 * wrote. Reads the product's output tree back to JSON first (not timed), then times stringify + write into a
 * fresh directory. Usage: node lib/test/bench/yaml-floor.js <product-out> <floor-out>. Prints one JSON line.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

interface Doc {
  readonly file: string;
  readonly value: unknown;
  readonly json: boolean;
}

function collect(root: string, relative: string, into: Doc[]): void {
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) collect(root, rel, into);
    else {
      const text = readFileSync(path.join(root, rel), 'utf8');
      into.push({ file: rel, value: rel.endsWith('.json') ? JSON.parse(text) : parse(text), json: rel.endsWith('.json') });
    }
  }
}

const [productOut, floorOut] = process.argv.slice(2);
if (!productOut || !floorOut) throw new Error('usage: yaml-floor <product-out> <floor-out>');
const docs: Doc[] = [];
collect(productOut, '', docs);
rmSync(floorOut, { recursive: true, force: true });
const started = performance.now();
let bytes = 0;
const made = new Set<string>();
for (const doc of docs) {
  const text = doc.json ? JSON.stringify(doc.value, null, 2) + '\n' : stringify(doc.value);
  const dir = path.dirname(path.join(floorOut, doc.file));
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(path.join(floorOut, doc.file), text);
  bytes += Buffer.byteLength(text);
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, files: docs.length, bytes }) + '\n');
