/**
 * Pins the output tree byte for byte: the SHA-256 of every file that synth writes for the bundled example (default
 * flags and every translation flag set), a synthetic fleet of 60 devices, and an incremental run of that fleet
 * after one device's tags changed (the previous output read back from disk, so reuse is exercised). The expected
 * digests in `output-digests/*.sha256` were recorded from the code before `src/plan/` existed, and hold for every
 * refactor since: moving code must not move a byte.
 *
 * The run is synth's own (streamed device writer, then `finish`), with `codeVersion` pinned to `pinned`: the
 * commands pass a fingerprint of the tool's own source files, which any edit changes, and it only enters the
 * hashes in inventory.json.
 *
 * When output changes on purpose, regenerate and review the diff of the `.sha256` files:
 *   npm run digests        (runs this file with UPDATE_OUTPUT_DIGESTS=1, which rewrites them)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { synthesize, type SynthOptions } from '../../src/plan/synthesize.js';
import { readPreviousOutput } from '../../src/publish/output/read-previous-output.js';
import { openOutput } from '../../src/publish/output/write-output.js';
import { syntheticHub } from '../builders.js';
import { readTree } from '../helpers/output-tree.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const root = path.resolve(import.meta.dirname, '../..');
const digestsDir = path.join(import.meta.dirname, 'output-digests');
const example = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;
const update = process.env['UPDATE_OUTPUT_DIGESTS'] === '1';
const temp = tempDirs('iotedge-gitops-digests-');

/** synth into `out` as the command does: previous output read from `out`, each device streamed to the writer. */
async function synthInto(out: string, snapshot: HubSnapshot, options: SynthOptions = {}): Promise<void> {
  const output = await openOutput(out);
  const previous = await readPreviousOutput(out);
  const result = synthesize(snapshot, { ...options, codeVersion: 'pinned', details: false, ...(previous ? { previous } : {}), onDevice: (dir, files) => output.writeDevice(dir, files) });
  await output.finish(result.plan);
}

/** `<sha256>  <path>` per file, in path order (the format of `sha256sum`). */
function manifest(out: string): string {
  const lines = [...readTree(out)].map(([file, content]) => `${createHash('sha256').update(content).digest('hex')}  ${file}`);
  return lines.sort().join('\n') + '\n';
}

/** The fleet with one production device moved to other layers (as the bench's sync does). */
function withOneDeviceChanged(hub: HubSnapshot): HubSnapshot {
  const changed = JSON.parse(JSON.stringify(hub)) as HubSnapshot;
  const device = (changed.devices as JsonObject[]).find((d) => (d['tags'] as JsonObject)['environment'] === 'prod')!;
  const tags = device['tags'] as JsonObject;
  tags['analytics'] = !tags['analytics'];
  tags['role'] = tags['role'] === 'telemetry' ? 'control' : 'telemetry';
  return changed;
}

const fleet = syntheticHub(example, { devices: 60 });
const cases: { name: string; run: (out: string) => Promise<void> }[] = [
  { name: 'example-default', run: (out) => synthInto(out, example) },
  {
    name: 'example-flags',
    run: (out) => synthInto(out, example, { clusterTag: 'site', secretStore: { name: 'vault-store', kind: 'SecretStore' }, upstreamHost: 'registry.example' }),
  },
  { name: 'example-strict', run: (out) => synthInto(out, example, { strict: true }) },
  { name: 'fleet-60', run: (out) => synthInto(out, fleet) },
  {
    name: 'fleet-60-one-changed-incremental',
    run: async (out) => {
      await synthInto(out, fleet);
      await synthInto(out, withOneDeviceChanged(fleet));
    },
  },
];

describe('output digests', () => {
  it.each(cases)('$name: every file has the recorded SHA-256', async ({ name, run }) => {
    const out = temp();
    await run(out);
    const actual = manifest(out);
    const file = path.join(digestsDir, `${name}.sha256`);
    if (update) writeFileSync(file, actual);
    if (!existsSync(file)) throw new Error(`no recorded digests in ${file}: run \`npm run digests\` and review them`);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  }, 300_000);
});
