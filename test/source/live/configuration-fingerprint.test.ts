/**
 * Whether two reads of the configuration list describe the same deployments (src/source/live/configuration-fingerprint.ts).
 * The live reader reads the list before and after the twins and reads again when the fingerprints differ, so the
 * fingerprint must change with anything that decides a device's modules (id, schemaVersion, labels, content,
 * targetCondition, priority, and createdTimeUtc, which breaks priority ties) and must not change with what the hub
 * updates on its own as devices report (metrics, systemMetrics, etag, lastUpdatedTimeUtc), nor with order.
 */
import type { JsonObject, JsonValue } from '../../../src/model/json.js';
import { configurationFingerprint } from '../../../src/source/live/configuration-fingerprint.js';

const deployment = (id: string, extra: JsonObject = {}): JsonObject => ({
  id,
  schemaVersion: '1.0',
  labels: { site: 'berlin' },
  content: { modulesContent: { $edgeAgent: { 'properties.desired': { schemaVersion: '1.1', modules: {} } } } },
  targetCondition: "tags.site='berlin'",
  priority: 10,
  createdTimeUtc: '2024-01-01T00:00:00Z',
  etag: 'MQ==',
  lastUpdatedTimeUtc: '2024-01-01T00:00:00Z',
  metrics: { queries: {}, results: {} },
  systemMetrics: { queries: {}, results: { appliedCount: 1 } },
  ...extra,
});
const BASE = deployment('base');

describe('configurationFingerprint', () => {
  it.each<{ name: string; changed: JsonValue[] }>([
    { name: 'another id', changed: [{ ...BASE, id: 'base2' }] },
    { name: 'another schemaVersion', changed: [{ ...BASE, schemaVersion: '2.0' }] },
    { name: 'another label', changed: [{ ...BASE, labels: { site: 'paris' } }] },
    { name: 'other content', changed: [{ ...BASE, content: { modulesContent: {} } }] },
    { name: 'another target condition', changed: [{ ...BASE, targetCondition: '*' }] },
    { name: 'another priority', changed: [{ ...BASE, priority: 11 }] },
    { name: 'another creation time (breaks priority ties)', changed: [{ ...BASE, createdTimeUtc: '2024-01-02T00:00:00Z' }] },
    { name: 'a deployment added', changed: [BASE, deployment('layer')] },
    { name: 'a deployment removed', changed: [] },
    { name: 'a deployment listed twice', changed: [BASE, BASE] },
  ])('changes with $name', ({ changed }) => {
    expect(configurationFingerprint(changed)).not.toBe(configurationFingerprint([BASE]));
  });

  it.each<{ name: string; same: JsonValue[] }>([
    { name: 'metrics that moved', same: [{ ...BASE, metrics: { queries: {}, results: { ok: 3 } } }] },
    { name: 'systemMetrics that moved', same: [{ ...BASE, systemMetrics: { queries: {}, results: { appliedCount: 9 } } }] },
    { name: 'a new etag', same: [{ ...BASE, etag: 'Mg==' }] },
    { name: 'a new lastUpdatedTimeUtc', same: [{ ...BASE, lastUpdatedTimeUtc: '2025-06-01T00:00:00Z' }] },
    { name: 'the members in reverse order', same: [Object.fromEntries(Object.entries(BASE).reverse()) as JsonObject] },
    {
      name: 'nested keys in another order',
      same: [{ ...BASE, content: { modulesContent: { $edgeAgent: { 'properties.desired': { modules: {}, schemaVersion: '1.1' } } } } }],
    },
  ])('stays the same with $name', ({ same }) => {
    expect(configurationFingerprint(same)).toBe(configurationFingerprint([BASE]));
  });

  it('does not depend on the order of the list', () => {
    const a = deployment('a');
    const b = deployment('b', { priority: 1 });
    expect(configurationFingerprint([a, b])).toBe(configurationFingerprint([b, a]));
  });

  it('items that are not objects still count, by their JSON text', () => {
    expect(configurationFingerprint([BASE, 'x'])).not.toBe(configurationFingerprint([BASE]));
    expect(configurationFingerprint([null, BASE])).toBe(configurationFingerprint([BASE, null]));
    expect(configurationFingerprint([1])).not.toBe(configurationFingerprint(['1']));
  });
});
