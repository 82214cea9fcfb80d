/** Ordinal comparison of strings (UTF-16 code units): locale-independent, so sorted output is the same on every machine. */
export function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
