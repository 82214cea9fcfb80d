/**
 * Kubernetes quantity strings for Docker's byte and CPU numbers. Bytes stay exact: `Mi`/`Gi` only when
 * the number is a whole multiple, else the plain integer. CPUs are millicores (`500m`), rounded up to
 * whole millicores because Kubernetes has no finer unit.
 */
const MI = 1024 * 1024;
const GI = 1024 * MI;

/** `268435456` → `256Mi`; `1073741824` → `1Gi`; `1000000` → `1000000`. */
export function bytesQuantity(bytes: number): string {
  if (bytes > 0 && bytes % GI === 0) return `${bytes / GI}Gi`;
  if (bytes > 0 && bytes % MI === 0) return `${bytes / MI}Mi`;
  return String(bytes);
}

/** Millicores → quantity: `500` → `500m`. */
export function milliCpuQuantity(milli: number): string {
  return `${milli}m`;
}

/** Docker NanoCpus (10⁻⁹ CPU) → millicores, rounded up; `exact` is false when rounding happened. */
export function nanoCpusToMilli(nanoCpus: number): { milli: number; exact: boolean } {
  const milli = Math.ceil(nanoCpus / 1e6);
  return { milli, exact: milli * 1e6 === nanoCpus };
}

/** Docker size strings (`64m`, `1g`, `512k`, `100`) → bytes; undefined when unreadable. */
export function parseDockerSize(text: string): number | undefined {
  const m = /^([0-9]+)\s*([bkmg]?)b?$/i.exec(text.trim());
  if (m === null) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit === 'k' ? 1024 : unit === 'm' ? MI : unit === 'g' ? GI : 1;
  return Number(m[1]) * factor;
}
