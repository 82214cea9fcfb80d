/**
 * Issue 7, no-op sync: a device whose translate input (tool version, options, device id, cluster, its deployments'
 * ids and redacted modulesContent in merge order) is unchanged since the run that wrote its directory is neither
 * translated nor rendered. The rule under test: after any change, the incremental run leaves exactly the tree a
 * fresh run writes, and translates exactly the devices whose input changed (counted by hand from
 * examples/README.md: factory-base targets factory-line-1, factory-line-2 and Line3_Gateway.Telemetry;
 * metrics-layer those three plus opc-gw-prod and analytics-gw-prod; 10 devices are managed).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { synthesize, type SynthOptions } from '../../src/plan/synthesize.js';
import { readPreviousOutput } from '../../src/publish/output/read-previous-output.js';
import type { StageProfiler } from '../../src/plan/stage-profiler.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { openOutput } from '../../src/publish/output/write-output.js';
import type { Inventory } from '../../src/plan/inventory.js';
import { readTree } from '../helpers/output-tree.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { inventoryTexts, withoutInventories } from '../helpers/read-inventory.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = JSON.parse(readFileSync(path.join(root, 'examples/hub-snapshot.json'), 'utf8')) as HubSnapshot;

const temp = tempDirs('iotedge-gitops-source-hash-');

/** synth as the command runs it; returns how many times translate ran. */
async function synth(snapshot: HubSnapshot, out: string, options: SynthOptions = {}): Promise<{ translated: number; rendered: number }> {
  let translated = 0;
  const profiler: StageProfiler = {
    time(stage, work) {
      if (stage === 'translate') translated++;
      return work();
    },
  };
  const previous = await readPreviousOutput(out);
  const output = await openOutput(out);
  const result = synthesize(snapshot, { ...options, profiler, details: false, ...(previous ? { previous } : {}), onDevice: (dir, files) => output.writeDevice(dir, files) });
  await output.finish(result.plan);
  return { translated, rendered: result.plan.deviceDirs.length };
}

/** The example's fresh output (default options), synthesized once for the file into a folder removed after it. */
let exampleOutput: Promise<string> | undefined;
afterAll(async () => {
  if (exampleOutput) rmSync(await exampleOutput, { recursive: true, force: true });
});
/** A new folder holding what a fresh synth of the example writes: a copy of `exampleOutput` (the same bytes). */
async function freshExample(): Promise<string> {
  exampleOutput ??= (async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iotedge-gitops-source-hash-example-'));
    await synth(example, dir);
    return dir;
  })();
  const out = temp();
  cpSync(await exampleOutput, out, { recursive: true });
  return out;
}

const changed = (fn: (s: HubSnapshot) => void): HubSnapshot => {
  const copy = JSON.parse(JSON.stringify(example)) as HubSnapshot;
  fn(copy);
  return copy;
};
const configuration = (s: HubSnapshot, id: string) => (s.configurations as JsonObject[]).find((c) => c['id'] === id)!;
const agent = (s: HubSnapshot, id: string) => ((configuration(s, id)['content'] as JsonObject)['modulesContent'] as any).$edgeAgent['properties.desired'];
const twin = (s: HubSnapshot, id: string) => (s.devices as JsonObject[]).find((d) => d['deviceId'] === id)!;

describe('translate input hash: unchanged devices are neither translated nor rendered', () => {
  it.each([
    { name: 'nothing changed', snapshot: example, options: {}, translated: 0, rendered: 0 },
    { name: "factory-base's grafana image (its 3 devices)", snapshot: changed((s) => (agent(s, 'factory-base').modules.grafana.settings.image = 'grafana/grafana:10.0.0')), options: {}, translated: 3, rendered: 3 },
    { name: "metrics-layer's route (its 5 devices)", snapshot: changed((s) => ((configuration(s, 'metrics-layer')['content'] as any).modulesContent.$edgeHub['properties.desired.routes.metricsToHub'] = 'FROM /messages/modules/metricsCollector/* INTO $upstream')), options: {}, translated: 5, rendered: 5 },
    { name: "factory-line-1's cluster tag (that device; its directory moves)", snapshot: changed((s) => ((twin(s, 'factory-line-1')['tags'] as JsonObject)['cluster'] = 'plant-z')), options: {}, translated: 1, rendered: 1 },
    { name: 'the secret store option (every managed device)', snapshot: example, options: { secretStore: { name: 'vault', kind: 'SecretStore' as const } }, translated: 10, rendered: 10 },
    // 9 < factory-base's 10: Line3_Gateway.Telemetry keeps factory-base, telemetry-01 keeps tick-base (its only match).
    { name: "tick-base's priority (selection unchanged: nothing)", snapshot: changed((s) => (configuration(s, 'tick-base')['priority'] = 9)), options: {}, translated: 0, rendered: 0 },
    // 11 > 10: Line3_Gateway.Telemetry (role=telemetry, site=factory) now gets tick-base; its layers (50, 100) stay.
    { name: "tick-base's priority above factory-base's (Line3_Gateway.Telemetry changes base)", snapshot: changed((s) => (configuration(s, 'tick-base')['priority'] = 11)), options: {}, translated: 1, rendered: 1 },
    { name: "tick-base's registry password (never written, not hashed: nothing)", snapshot: changed((s) => (agent(s, 'tick-base').runtime.settings.registryCredentials.default.password = 'rotated-EXAMPLE-SECRET')), options: {}, translated: 0, rendered: 0 },
  ])('$name: translated $translated, rendered $rendered, the tree a fresh run writes', async ({ snapshot, options, translated, rendered }) => {
    const out = await freshExample();
    expect(await synth(snapshot, out, options)).toEqual({ translated, rendered });
    const fresh = temp();
    await synth(snapshot, fresh, options);
    expect(readTree(out)).toEqual(readTree(fresh));
  });

  it('other code (another codeVersion) trusts no recorded hash: every device is translated and rendered, no file rewritten', async () => {
    const out = temp();
    await synth(example, out, { codeVersion: 'build-a' });
    const before = readTree(out);
    const output = await openOutput(out);
    const previous = await readPreviousOutput(out);
    const result = synthesize(example, { codeVersion: 'build-b', details: false, previous: previous!, onDevice: (dir, files) => output.writeDevice(dir, files) });
    const written = await output.finish(result.plan);
    expect(result.plan.deviceDirs).toHaveLength(10);
    // Same translation, same files: the writer compares and leaves all 10 directories as they are.
    expect({ added: written.added.length, changed: written.changed.length, unchanged: written.unchanged.length }).toEqual({ added: 0, changed: 0, unchanged: 10 });
    const after = readTree(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, text] of withoutInventories(before)) expect({ file, text: after.get(file) }).toEqual({ file, text });
    expect(inventoryTexts(after)).not.toEqual(inventoryTexts(before));
  });

  /**
   * Synthesizes the example, edits the inventory.json of each of `clusters` by hand, re-synthesizes: translate count,
   * and whether the inventories came out as a fresh run's.
   */
  async function afterHandEdit(edit: (inventory: Inventory) => void, clusters = ['plant-a']): Promise<{ translated: number; rendered: number; repaired: boolean }> {
    const out = await freshExample();
    for (const cluster of clusters) {
      const file = path.join(out, 'devices', cluster, 'inventory.json');
      const inventory = JSON.parse(readFileSync(file, 'utf8')) as Inventory;
      edit(inventory);
      writeFileSync(file, JSON.stringify(inventory, null, 2) + '\n');
    }
    const counts = await synth(example, out);
    const fresh = await freshExample();
    return { ...counts, repaired: JSON.stringify([...inventoryTexts(readTree(out))]) === JSON.stringify([...inventoryTexts(readTree(fresh))]) };
  }

  it('a ledger row edited by hand in inventory.json is not trusted: the first device using it is translated again, the row repaired', async () => {
    let users = 0;
    const result = await afterHandEdit((inventory) => {
      const grafanaId = inventory.devices.find((d) => d.deviceId === 'factory-line-1')!.ledger!['grafana']!;
      users = inventory.devices.filter((d) => Object.values(d.ledger ?? {}).includes(grafanaId)).length;
      (inventory.ledgers[grafanaId]![0] as { reason: string }).reason = 'edited';
    });
    // factory-base's grafana reaches factory-line-1, factory-line-2 and Line3_Gateway.Telemetry unchanged by layers.
    // The first of them is translated again; that puts the true rows under the id, which the other two then reuse.
    expect(users).toBe(3);
    expect(result).toEqual({ translated: 1, rendered: 0, repaired: true });
  });

  it('an inventory whose ledgers table was replaced by null is not trusted: every device is translated again, nothing breaks', async () => {
    const result = await afterHandEdit((inventory) => ((inventory as { ledgers: unknown }).ledgers = null), ['default', 'field', 'plant-a', 'plant-b']);
    expect(result).toEqual({ translated: 10, rendered: 0, repaired: true });
  });

  it('a device reused untranslated reports the ledger translate gives it (what explain and the counts read)', async () => {
    const out = await freshExample();
    const previous = await readPreviousOutput(out);
    const reused = synthesize(example, { previous: previous! });
    const translated = synthesize(example);
    expect(reused.plan.unchanged).toHaveLength(10);
    expect(reused.ledgerSummary).toEqual(translated.ledgerSummary);
    expect(new Map(reused.ledgers)).toEqual(new Map(translated.ledgers));
  });

  it('records no hash of a credential: a rotated registry password leaves every sourceHash as it was', async () => {
    const a = synthesize(example, { details: false }).plan.inventory;
    const b = synthesize(changed((s) => (agent(s, 'factory-base').runtime.settings.registryCredentials.industrialsafety.password = 'another-EXAMPLE-SECRET')), { details: false }).plan.inventory;
    expect(b.devices.map((d) => d.sourceHash)).toEqual(a.devices.map((d) => d.sourceHash));
    expect(a.devices.filter((d) => d.sourceHash !== undefined)).toHaveLength(10);
  });
});
