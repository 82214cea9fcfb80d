/**
 * Runs one render `add*` function on a throw-away cdk8s Chart and returns the objects it made, with the
 * ObjectPatches it queued applied (as renderDeviceObjects does, minus the key sorting), so the tests of
 * src/render/add-*.ts can check one object without rendering a whole device.
 */
import { App, Chart } from 'cdk8s';
import type { JsonObject } from '../../src/model/json.js';
import { ObjectPatches } from '../../src/render/object-patches.js';

/** The Kubernetes JSON of every object `build` adds to a fresh chart, patches applied. */
export function chartObjects(build: (chart: Chart, patches: ObjectPatches) => void): JsonObject[] {
  const chart = new Chart(new App({ outdir: '.', recordConstructMetadata: false }), 'test');
  const patches = new ObjectPatches();
  build(chart, patches);
  return (chart.toJson() as JsonObject[]).map((object) => patches.applyTo(object));
}

/** The one object `build` adds (fails the test when it adds none or several). */
export function chartObject(build: (chart: Chart, patches: ObjectPatches) => void): JsonObject {
  const objects = chartObjects(build);
  if (objects.length !== 1) throw new Error(`expected one object, got ${objects.map((o) => o['kind']).join(', ') || 'none'}`);
  return objects[0]!;
}
