/** The `Retry-After` response header (RFC 9110 §10.2.3), which IoT Hub may send with 429 and 503. */

/**
 * Milliseconds to wait from `nowMs`: the header is either whole seconds (`"2"`) or an HTTP-date. A date in
 * the past gives 0. Absent, empty or unparsable headers give `undefined`, so the caller falls back to its
 * own backoff.
 */
export function parseRetryAfter(header: string | readonly string[] | undefined, nowMs: number): number | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only the HTTP-date shape: Date.parse alone would also accept "1.5" or "-3" as dates.
  if (!/^[A-Za-z]{3},? /.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
