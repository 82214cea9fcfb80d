import { oneLine } from '../one-line.js';

/** Where the CLI prints (stdout, stderr, or a test's buffer). */
export interface LineStream {
  write(text: string): unknown;
}

/**
 * Prints messages, one line each: every control character inside a message is escaped (see `oneLine`), so a value
 * holding a newline can never start a line of its own, e.g. a `::add-mask::` or `::error` workflow command in
 * GitHub Actions. Every message the CLI prints goes through here or through `printableLines`.
 */
export function printLines(stream: LineStream, ...lines: readonly string[]): void {
  if (lines.length === 0) return;
  stream.write(lines.map(oneLine).join('\n') + '\n');
}

/**
 * Prints `value` as pretty JSON. JSON.stringify escapes C0 controls in strings but leaves DEL, C1 controls and
 * U+2028/U+2029 raw; they are written as `\uXXXX` escapes (same JSON value), so every line printed is one line.
 */
export function printJson(stream: LineStream, value: unknown): void {
  const text = JSON.stringify(value, null, 2).replace(/[\x7f-\x9f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  stream.write(text + '\n');
}
