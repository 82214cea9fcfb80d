/**
 * HostConfig memory and CPU fields → container resources (resources.ts): k8s-mapping.md §7.2 rows 41–48;
 * Docker's units (bytes, NanoCpus = 10⁻⁹ CPU, CFS quota/period in µs with a 100 000 µs default period,
 * 1024 CpuShares = 1 CPU) and its "unset" values (-1 for unlimited swap, swappiness and pids).
 */
import type { JsonObject } from '../../../src/model/json.js';
import { applyToDraft, expectFieldRow, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  { name: 'Memory → limits.memory (Mi when exact)', co: { HostConfig: { Memory: 268435456 } }, key: 'HostConfig.Memory', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { memory: '256Mi' } } },
  { name: 'Memory not a Mi multiple → plain bytes', co: { HostConfig: { Memory: 100000000 } }, key: 'HostConfig.Memory', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { memory: '100000000' } } },
  { name: 'MemoryReservation → requests.memory', co: { HostConfig: { MemoryReservation: 134217728 } }, key: 'HostConfig.MemoryReservation', fidelity: 'approximate', pick: (w) => w.container.resources, expected: { requests: { memory: '128Mi' } } },
  { name: 'MemorySwap > Memory → dropped', co: { HostConfig: { Memory: 268435456, MemorySwap: 536870912 } }, key: 'HostConfig.MemorySwap', fidelity: 'dropped', pick: (w) => w.container.resources, expected: { limits: { memory: '256Mi' } } },
  { name: 'MemorySwap = Memory → nothing to drop', co: { HostConfig: { Memory: 268435456, MemorySwap: 268435456 } }, key: 'HostConfig.MemorySwap', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { memory: '256Mi' } } },
  { name: 'NanoCpus → limits.cpu millicores', co: { HostConfig: { NanoCpus: 1500000000 } }, key: 'HostConfig.NanoCpus', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { cpu: '1500m' } } },
  { name: 'CpuShares → requests.cpu = shares/1024', co: { HostConfig: { CpuShares: 512 } }, key: 'HostConfig.CpuShares', fidelity: 'approximate', pick: (w) => w.container.resources, expected: { requests: { cpu: '500m' } } },
  { name: 'CpuQuota/CpuPeriod → limits.cpu = quota/period', co: { HostConfig: { CpuQuota: 50000, CpuPeriod: 100000 } }, key: 'HostConfig.CpuQuota', fidelity: 'exact', pick: (w) => w.container.resources, expected: { limits: { cpu: '500m' } } },
  { name: 'Ulimits → dropped', co: { HostConfig: { Ulimits: [{ Name: 'nofile', Soft: 1024, Hard: 2048 }] } }, key: 'HostConfig.Ulimits', fidelity: 'dropped', pick: (w) => w.container.resources, expected: undefined },
];

describe('resource fields → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));
});

describe('resource field rules', () => {
  it.each<{ name: string; co: JsonObject; key: string; fidelity: string; limits: JsonObject; requests?: JsonObject }>([
    { name: 'Memory as a string of digits → read as bytes', co: { HostConfig: { Memory: '268435456' } }, key: 'HostConfig.Memory', fidelity: 'exact', limits: { memory: '256Mi' } },
    { name: 'MemorySwap -1 (unlimited swap) → nothing to set, exact', co: { HostConfig: { Memory: 268435456, MemorySwap: -1 } }, key: 'HostConfig.MemorySwap', fidelity: 'exact', limits: { memory: '256Mi' } },
    { name: 'NanoCpus below a millicore → 1m, rounded up: approximate', co: { HostConfig: { NanoCpus: 1 } }, key: 'HostConfig.NanoCpus', fidelity: 'approximate', limits: { cpu: '1m' } },
    { name: 'CpuQuota alone uses the 100 ms default period: 50000 µs → 500m, exact', co: { HostConfig: { CpuQuota: 50000 } }, key: 'HostConfig.CpuQuota', fidelity: 'exact', limits: { cpu: '500m' } },
    { name: 'CpuQuota / CpuPeriod with another period → same ratio, approximate (Kubernetes uses 100 ms)', co: { HostConfig: { CpuQuota: 25000, CpuPeriod: 50000 } }, key: 'HostConfig.CpuQuota', fidelity: 'approximate', limits: { cpu: '500m' } },
    { name: 'CpuQuota that is not a whole millicore → rounded up, approximate', co: { HostConfig: { CpuQuota: 33333 } }, key: 'HostConfig.CpuQuota', fidelity: 'approximate', limits: { cpu: '334m' } },
    { name: 'CpuQuota negative (no limit) → nothing set, exact', co: { HostConfig: { CpuQuota: -1 } }, key: 'HostConfig.CpuQuota', fidelity: 'exact', limits: {} },
    { name: 'CpuQuota with NanoCpus: the NanoCpus limit is kept', co: { HostConfig: { NanoCpus: 2000000000, CpuQuota: 50000 } }, key: 'HostConfig.CpuQuota', fidelity: 'exact', limits: { cpu: '2000m' } },
    { name: 'CpuPeriod with CpuQuota: read with it, approximate', co: { HostConfig: { CpuQuota: 25000, CpuPeriod: 50000 } }, key: 'HostConfig.CpuPeriod', fidelity: 'approximate', limits: { cpu: '500m' } },
    { name: 'CpuPeriod without CpuQuota sets no limit: dropped', co: { HostConfig: { CpuPeriod: 50000 } }, key: 'HostConfig.CpuPeriod', fidelity: 'dropped', limits: {} },
    { name: 'CpuShares 1024 = 1 CPU → 1000m request', co: { HostConfig: { CpuShares: 1024 } }, key: 'HostConfig.CpuShares', fidelity: 'approximate', limits: {}, requests: { cpu: '1000m' } },
    { name: 'CpuShares 2 → 1.95 m rounded to 2m', co: { HostConfig: { CpuShares: 2 } }, key: 'HostConfig.CpuShares', fidelity: 'approximate', limits: {}, requests: { cpu: '2m' } },
    { name: 'DeviceRequests counts add up → nvidia.com/gpu limit', co: { HostConfig: { DeviceRequests: [{ Driver: 'nvidia', Count: 1 }, { Count: 2 }] } }, key: 'HostConfig.DeviceRequests', fidelity: 'approximate', limits: { 'nvidia.com/gpu': '3' } },
    { name: 'DeviceRequests Count -1 (all GPUs) → dropped, no limit', co: { HostConfig: { DeviceRequests: [{ Count: -1 }] } }, key: 'HostConfig.DeviceRequests', fidelity: 'dropped', limits: {} },
    { name: 'DeviceRequests without a Count → dropped', co: { HostConfig: { DeviceRequests: [{ Driver: 'nvidia', Capabilities: [['gpu']] }] } }, key: 'HostConfig.DeviceRequests', fidelity: 'dropped', limits: {} },
  ])('$name', ({ co, key, fidelity, limits, requests }) => {
    const { draft, entry } = applyToDraft(co);
    expect(entry(key).fidelity).toBe(fidelity);
    expect(draft.limits).toStrictEqual(limits);
    expect(draft.requests).toStrictEqual(requests ?? {});
  });

  it.each<{ name: string; co: JsonObject; key: string; fidelity: string }>([
    { name: 'MemorySwappiness -1 is the Docker default', co: { HostConfig: { MemorySwappiness: -1 } }, key: 'HostConfig.MemorySwappiness', fidelity: 'exact' },
    { name: 'MemorySwappiness 0 is the zero value', co: { HostConfig: { MemorySwappiness: 0 } }, key: 'HostConfig.MemorySwappiness', fidelity: 'exact' },
    { name: 'MemorySwappiness 60 has no field', co: { HostConfig: { MemorySwappiness: 60 } }, key: 'HostConfig.MemorySwappiness', fidelity: 'dropped' },
    { name: 'PidsLimit -1 (unlimited) is the Docker default', co: { HostConfig: { PidsLimit: -1 } }, key: 'HostConfig.PidsLimit', fidelity: 'exact' },
    { name: 'PidsLimit 100 is node-wide only', co: { HostConfig: { PidsLimit: 100 } }, key: 'HostConfig.PidsLimit', fidelity: 'dropped' },
    { name: 'CpusetCpus needs the static CPU manager', co: { HostConfig: { CpusetCpus: '0-1' } }, key: 'HostConfig.CpusetCpus', fidelity: 'dropped' },
    { name: 'OomKillDisable: Kubernetes always OOM-kills', co: { HostConfig: { OomKillDisable: true } }, key: 'HostConfig.OomKillDisable', fidelity: 'dropped' },
  ])('$name → $fidelity', ({ co, key, fidelity }) => {
    const { draft, entry } = applyToDraft(co);
    expect(entry(key).fidelity).toBe(fidelity);
    expect([draft.limits, draft.requests]).toStrictEqual([{}, {}]);
  });

  it.each<{ name: string; co: JsonObject; expected: string }>([
    { name: 'Memory as a size string', co: { HostConfig: { Memory: '256m' } }, expected: 'HostConfig.Memory: expected an integer, got a string @ .settings.createOptions.HostConfig.Memory' },
    { name: 'NanoCpus as a fraction of CPUs', co: { HostConfig: { NanoCpus: 0.5 } }, expected: 'HostConfig.NanoCpus: expected an integer, got a number @ .settings.createOptions.HostConfig.NanoCpus' },
    { name: 'DeviceRequests not a list', co: { HostConfig: { DeviceRequests: { Count: 1 } } }, expected: 'HostConfig.DeviceRequests: expected a list of device requests @ .settings.createOptions.HostConfig.DeviceRequests' },
  ])('bad value → error at its path: $name', ({ co, expected }) => {
    expect(applyToDraft(co).errors).toStrictEqual([expected]);
  });
});
