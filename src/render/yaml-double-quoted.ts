import { InternalError } from '../errors.js';

// Printable ASCII except `"` and `\`, and the code points every YAML reader takes raw: go-yaml's reader
// (kustomize, kubectl, Flux, Argo CD) and PyYAML refuse DEL, C1 controls other than NEL, U+FFFE and U+FFFF
// anywhere in a file, and treat NEL, U+2028 and U+2029 as line breaks; go-yaml's emitter also never writes
// U+FEFF raw. Everything outside this set is escaped.
const RAW = /[\x20-\x21\x23-\x5b\x5d-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
const NAMED: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/**
 * `value` as a YAML double-quoted scalar on one line, every character outside the set all readers take raw
 * written as an escape that YAML 1.1 and 1.2 both define (`\n`, `\t`, `\r`, `\"`, `\\`, `\xXX`, `\uXXXX`,
 * `\UXXXXXXXX`), so go-yaml, PyYAML and the `yaml` package read back exactly `value`.
 * @throws InternalError for a lone UTF-16 surrogate: no UTF-8 file can hold one, and translate refuses
 * such values where they enter (see `findLoneSurrogate`), so reaching here is a bug.
 */
export function yamlDoubleQuoted(value: string): string {
  let out = '"';
  for (const char of value) {
    const named = NAMED[char];
    if (named !== undefined) {
      out += named;
      continue;
    }
    if (RAW.test(char)) {
      out += char;
      continue;
    }
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) throw new InternalError('a lone UTF-16 surrogate reached the YAML writer', { stage: 'render' });
    out += code <= 0xff ? `\\x${_hex(code, 2)}` : code <= 0xffff ? `\\u${_hex(code, 4)}` : `\\U${_hex(code, 8)}`;
  }
  return out + '"';
}

function _hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0');
}
