/**
 * Text printed by the tool is made of lines it chose; values inside a line (device ids, module names,
 * configuration ids, JSON paths, messages from IoT Hub or git) come from the hub and may hold line breaks. A value
 * that could start a line could also issue a GitHub Actions workflow command (`::add-mask::`, `::error::`…) or a
 * terminal escape, so every printed line goes through `oneLine` (via `printableLines` or the CLI's `printLines`).
 */

// C0 controls (newline, carriage return, tab, escape…), DEL, C1 controls (NEL among them) and the Unicode line and
// paragraph separators: everything a terminal, a log viewer or the Actions runner may treat as a line break or a
// control sequence.
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` as one printable line: `\n`, `\r` and tab written as `\n`, `\r`, `\t`, every other control character and
 * U+2028/U+2029 as `\xXX` / `\uXXXX`. Backslashes are left as they are (paths stay readable), so the escapes are
 * for reading, not for decoding.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? _escape(char.charCodeAt(0)));
}

/** Lines (each made one line by `oneLine`) joined with newlines, ending in one: a block ready to print. */
export function printableLines(lines: readonly string[]): string {
  return lines.map(oneLine).join('\n') + '\n';
}

function _escape(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
