import type { JsonValue } from './json.js';

// A UTF-16 surrogate that is not half of a pair (JSON `"\ud800"` gives one): not Unicode text, no UTF-8 form.
const LONE_SURROGATE = /[\ud800-\udfff]/u;
// Characters that do not come through `kustomize build` (the Kustomize API inside kubectl, Flux's
// kustomize-controller and Argo CD) however the YAML quotes or escapes them, because go-yaml writes them raw when
// kustomize serializes the objects again: DEL, C1 controls but NEL and the non-characters U+FFFE and U+FFFF make
// it fail ("control characters are not allowed"); NEL, U+2028 and U+2029 come out as raw line breaks, which YAML
// 1.1 readers (go-yaml, PyYAML) fold into spaces or read with the next line's indentation.
const KUSTOMIZE_REFUSES = /[\x7f-\x9f\u2028\u2029\ufffe\uffff]/u;

/**
 * Why no device directory can carry `text`, or null when it can: a lone surrogate, or a character that does not
 * come through kustomize in any quoting (a device holding one would fail `kustomize build`, stopping Flux or Argo
 * CD from applying the whole cluster folder, or reach the cluster changed).
 */
export function unwritableTextReason(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'holds a lone UTF-16 surrogate (a \\uD800–\\uDFFF escape that is not half of a pair): not Unicode text, so no Kubernetes object (UTF-8) can hold it';
  const refused = KUSTOMIZE_REFUSES.exec(text);
  if (refused !== null) {
    const code = refused[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `holds U+${code}, a control character, line separator or non-character that kustomize (which Flux and Argo CD run) cannot carry however it is quoted`;
  }
  return null;
}

/**
 * The first key or string value under `value` that no device directory can carry (see `unwritableTextReason`):
 * its path (keys and indexes) and the reason, or null. The model refuses such text where it enters, naming the
 * configuration or device and this path, rather than letting the YAML writer fail on it, writing a device that
 * kustomize cannot build, or replacing characters (which would change a value silently).
 */
export function findUnwritableText(value: JsonValue, path: (string | number)[] = []): { path: (string | number)[]; reason: string } | null {
  if (typeof value === 'string') {
    const reason = unwritableTextReason(value);
    return reason === null ? null : { path, reason };
  }
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnwritableText(value[i]!, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const reason = unwritableTextReason(key);
    if (reason !== null) return { path: [...path, key], reason };
    const found = findUnwritableText(child, [...path, key]);
    if (found) return found;
  }
  return null;
}
